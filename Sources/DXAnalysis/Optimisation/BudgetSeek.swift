import DXModel

/// Goal seeking on money: the least budget that meets a scenario's targets (all of them, or
/// those of some indicators) by their years, with the scenario's split, growth and everything
/// else kept. The budget is scaled by a factor m (the envelope of every year times m), and m is
/// found by bracketing (doubling from 1, or from 0 upwards) then bisection to half a per cent.
///
/// This rests on more money never undoing a target that less money met, which the model's lever
/// tests check programme by programme (`LeverTests`, monotone responses); the answer is the
/// least budget to that precision under that property, and every budget tried is reported, so a
/// planner sees the cost of each target met.
package struct BudgetSeek: Sendable {
    /// One budget tried: its factor, and how many of the targets it meets.
    package struct Point: Sendable, Equatable {
        package let factor: Double
        package let met: Int
    }

    package struct Result: Sendable {
        /// The least factor that meets every target sought, nil when none up to `maximumFactor` does.
        package let factor: Double?
        /// The targets sought.
        package let targets: [Target]
        /// Every budget tried, by factor.
        package let points: [Point]
        /// The targets the largest budget tried still misses (when `factor` is nil).
        package let missedAtMost: [Target]
    }

    /// The largest budget tried: a hundred times the scenario's.
    package static let maximumFactor = 100.0
    /// Bisection stops when the bracket is this narrow, relative to its top.
    package static let precision = 0.005

    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// The scenario with every year's budget multiplied by `factor`.
    package static func scaled(_ scenario: Scenario, by factor: Double) -> Scenario {
        var scaled = scenario
        scaled.budget.amountPerYear = scenario.budget.amountPerYear * factor
        return scaled
    }

    /// Seeks the least budget meeting `targets` (the scenario's judged targets when empty).
    package func seek(_ scenario: Scenario, indicators: [String] = [], cancellation: Cancellation = .never) throws -> Result {
        let targets = scenario.targets.filter { indicators.isEmpty || indicators.contains($0.indicator) }
        var points: [Point] = []
        var missed: [Target] = []
        func metAll(_ factor: Double) throws -> Bool {
            if cancellation.isCancelled { throw SimulationError.cancelled }
            let run = try model.simulate(Self.scaled(scenario, by: factor), parameters: [:], detail: .yearEnds, cancellation: cancellation)
            let outcomes = run.targetOutcomes.filter { targets.contains($0.target) }
            points.append(Point(factor: factor, met: outcomes.filter(\.met).count))
            missed = outcomes.filter { !$0.met }.map(\.target)
            return missed.isEmpty
        }
        var low: Double, high: Double
        if try metAll(1) {
            if try metAll(0) { return Result(factor: 0, targets: targets, points: points.sorted { $0.factor < $1.factor }, missedAtMost: []) }
            (low, high) = (0, 1)
        } else {
            low = 1
            high = 2
            while try !metAll(high) {
                low = high
                if high >= Self.maximumFactor {
                    return Result(factor: nil, targets: targets, points: points.sorted { $0.factor < $1.factor }, missedAtMost: missed)
                }
                high = min(high * 2, Self.maximumFactor)
            }
        }
        while (high - low) / high > Self.precision {
            let middle = (low + high) / 2
            if try metAll(middle) { high = middle } else { low = middle }
        }
        return Result(factor: high, targets: targets, points: points.sorted { $0.factor < $1.factor }, missedAtMost: [])
    }
}
