/// A fully resolved scenario: every input the model needs, with inheritance already applied.
public struct Scenario: Sendable, Hashable {
    public var name: String
    public var title: String?
    /// Years whose budgets this scenario sets; the model runs from its base year to the end.
    public var horizon: ClosedRange<Int>
    public var budget: Budget
    /// Programme id → share of the envelope (fractions that sum to 1).
    public var allocation: [String: Double]
    public var targets: [Target]
    /// Inherited targets whose year lies outside this scenario's horizon: kept, but not judged.
    public var unjudgedTargets: [Target] = []
    /// Model parameters this scenario assumes other values for (`assume`), by parameter id.
    public var assumptions: [String: Double] = [:]
    /// Dated policies switched on (the model time they start) or off (infinity), by policy name.
    public var policies: [String: Double] = [:]

    public init(
        name: String, title: String? = nil, horizon: ClosedRange<Int>, budget: Budget,
        allocation: [String: Double], targets: [Target] = []
    ) {
        self.name = name
        self.title = title
        self.horizon = horizon
        self.budget = budget
        self.allocation = allocation
        self.targets = targets
    }

    /// Spending on a programme in a year of the horizon, in bn VND.
    public func spending(on programme: String, in year: Int) -> Double {
        budget.amount(in: year, startYear: horizon.lowerBound) * (allocation[programme] ?? 0)
    }
}
