/// The outcome of one simulation: every indicator and programme's spending, year by year.
public struct RunResult: Sendable {
    public let scenario: Scenario
    /// The base year (initial values) followed by each simulated year; values are end-of-year.
    public let years: [Int]
    public let indicators: [Indicator]
    public let programmes: [Programme]
    /// `indicatorValues[i][y]` is indicator `i` at the end of `years[y]`, in its unit.
    public let indicatorValues: [[Double]]
    /// `spending[p][y]` is programme `p`'s spending during `years[y]`, in bn VND (zero in the base year).
    public let spending: [[Double]]
    /// Integration steps taken.
    public let steps: Int
    /// Every variable of the model at every step, when the model records them.
    public let trajectory: Trajectory?
    /// Where a value that is not a finite number first appeared in the run: the variable whose
    /// own inputs were still finite, and the model time.
    public var firstNonFinite: (variable: String, time: Double)?

    public init(
        scenario: Scenario, years: [Int], indicators: [Indicator], programmes: [Programme],
        indicatorValues: [[Double]], spending: [[Double]], steps: Int, trajectory: Trajectory? = nil
    ) {
        self.scenario = scenario
        self.years = years
        self.indicators = indicators
        self.programmes = programmes
        self.indicatorValues = indicatorValues
        self.spending = spending
        self.steps = steps
        self.trajectory = trajectory
    }

    /// An indicator's value at the end of a year, or nil when either is unknown.
    public func value(of indicator: String, in year: Int) -> Double? {
        guard let i = indicators.firstIndex(where: { $0.id == indicator }),
            let y = years.firstIndex(of: year)
        else { return nil }
        return indicatorValues[i][y]
    }

    /// Whether the run meets a target in its year (as `targetOutcomes` judges it); nil when the
    /// run has no such indicator or year. Cheaper than `targetOutcomes` for a Monte Carlo's counts.
    public func meets(_ target: Target) -> Bool? {
        guard let i = indicators.firstIndex(where: { $0.id == target.indicator }), let y = years.firstIndex(of: target.year) else {
            return nil
        }
        return indicators[i].meets(target, with: indicatorValues[i][y])
    }

    /// Each of the scenario's targets, judged against this run.
    public var targetOutcomes: [TargetOutcome] {
        scenario.targets.compactMap { target in
            guard let actual = value(of: target.indicator, in: target.year),
                let i = indicators.firstIndex(where: { $0.id == target.indicator })
            else { return nil }
            let indicator = indicators[i]
            func holds(_ value: Double) -> Bool { indicator.meets(target, with: value) }
            let holdsByYear = zip(years, indicatorValues[i]).map { ($0, holds($1)) }
            let met = holds(actual)
            let firstYear: Int?
            if met {
                // Where the run of years ending at the target year in which it holds begins.
                let upTo = holdsByYear.filter { $0.0 <= target.year }
                let lastMiss = upTo.last { !$0.1 }?.0
                firstYear = upTo.first { $0.1 && $0.0 > (lastMiss ?? Int.min) }?.0
            } else {
                // Met late: the first year after the target year in which it holds.
                firstYear = holdsByYear.first { $0.0 > target.year && $0.1 }?.0
            }
            return TargetOutcome(target: target, actual: actual, met: met, firstYearMet: firstYear)
        }
    }
}
