import DXModel

/// How many targets each budget can meet: the scenario's budget scaled by a few factors, each run
/// with the scenario's own split and with the best split the optimiser finds at that budget. Read
/// down the table, it is a Pareto view of money against targets met.
package struct BudgetFrontier: Sendable {
    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// The budgets tried, as factors of the scenario's.
    package static let factors = [0.5, 1, 1.5, 2, 3, 4, 6, 8]

    /// One budget: the targets met with the scenario's split and with the best split found.
    package struct Point: Sendable {
        package let factor: Double
        package let metWithSplit: [Target]
        package let metWithBest: [Target]
        package let bestShares: [String: Double]
    }

    /// The frontier over `factors`, for the scenario's targets (those of `indicators` only, when given).
    package func frontier(_ scenario: Scenario, indicators: [String] = [], cancellation: Cancellation = .never) throws -> [Point] {
        var sought = scenario
        sought.targets = scenario.targets.filter { indicators.isEmpty || indicators.contains($0.indicator) }
        let optimiser = AllocationOptimiser(model: model)
        return try Self.factors.map { factor in
            if cancellation.isCancelled { throw SimulationError.cancelled }
            let scaled = BudgetSeek.scaled(sought, by: factor)
            func met(_ candidate: Scenario) throws -> [Target] {
                let run = try model.simulate(candidate, parameters: [:], detail: .yearEnds, cancellation: cancellation)
                return candidate.targets.filter { run.meets($0) == true }
            }
            let own = try met(scaled)
            let best = try optimiser.optimise(scaled, for: .targets(weights: [:]), cancellation: cancellation)
            var optimised = scaled
            optimised.allocation = best.shares
            let found = try met(optimised)
            // The optimiser is a local search: where the scenario's own split meets more, that is the best found.
            return found.count >= own.count
                ? Point(factor: factor, metWithSplit: own, metWithBest: found, bestShares: best.shares)
                : Point(factor: factor, metWithSplit: own, metWithBest: own, bestShares: scaled.allocation)
        }
    }
}
