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
    /// Budgets for some years only (`in 2026 budget …`, `from 2027 budget …`); later ones win.
    public var budgetChanges: [BudgetChange] = []
    /// Shares for some years only (`from 2027 allocate … end`), over the base allocation; later ones win.
    public var allocationChanges: [AllocationChange] = []
    /// `normalize`: each year's shares are scaled to add up to 1.
    public var normalizesShares = false
    /// Programmes that are late (`delay`), by programme id: each year's money is spent this many
    /// years after the year it is planned for; what falls after the horizon is not spent in it.
    public var delays: [String: Int] = [:]

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

    /// The envelope in a year of the horizon, in bn VND.
    public func envelope(in year: Int) -> Double {
        if let change = budgetChanges.last(where: { $0.years.contains(year) }) {
            return change.budget.amount(in: year, startYear: change.years.lowerBound)
        }
        return budget.amount(in: year, startYear: horizon.lowerBound)
    }

    /// The shares in a year: the base allocation with the changes that cover the year applied in order.
    public func shares(in year: Int) -> [String: Double] {
        var shares = allocation
        for change in allocationChanges where change.years.contains(year) {
            shares.merge(change.shares) { $1 }
        }
        if normalizesShares {
            let total = shares.values.reduce(0, +)
            if total > 0 { shares = shares.mapValues { $0 / total } }
        }
        return shares
    }

    /// The money planned within the horizon that late programmes (`delays`) spend after it, in bn VND.
    public var spentAfterHorizon: Double {
        delays.keys.reduce(0) { total, programme in
            horizon.reduce(total) { $0 + plannedSpending(on: programme, in: $1) - spending(on: programme, in: $1) }
        }
    }

    /// The year whose planned money a programme spends in `year`: the same year, or `delays[programme]`
    /// years earlier for a late one; nil when that falls before the horizon (nothing is spent then).
    /// The one rule of `delay`, which the spending below and the model's inputs both follow.
    public func plannedYear(spentIn year: Int, by programme: String) -> Int? {
        let planned = year - (delays[programme] ?? 0)
        return planned >= horizon.lowerBound ? planned : nil
    }

    /// The money planned for a programme in a year of the horizon (before any delay), in bn VND.
    public func plannedSpending(on programme: String, in year: Int) -> Double {
        envelope(in: year) * (shares(in: year)[programme] ?? 0)
    }

    /// Spending on a programme in a year of the horizon, in bn VND: what is planned for the year
    /// `plannedYear(spentIn:by:)` names.
    public func spending(on programme: String, in year: Int) -> Double {
        plannedYear(spentIn: year, by: programme).map { plannedSpending(on: programme, in: $0) } ?? 0
    }
}

/// A budget for some years of the horizon; growth counts from its first year.
public struct BudgetChange: Sendable, Hashable {
    public var years: ClosedRange<Int>
    public var budget: Budget

    public init(years: ClosedRange<Int>, budget: Budget) {
        self.years = years
        self.budget = budget
    }
}

/// Programme shares for some years of the horizon, over the base allocation.
public struct AllocationChange: Sendable, Hashable {
    public var years: ClosedRange<Int>
    public var shares: [String: Double]

    public init(years: ClosedRange<Int>, shares: [String: Double]) {
        self.years = years
        self.shares = shares
    }
}
