import DXModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches the split of a scenario's budget across programmes that does best on what the planner
/// asks for: the scenario's targets, or one indicator in one year. The budget, horizon,
/// assumptions and policies stay as they are; only the shares move.
///
/// The shares are written as a softmax of free numbers, so every candidate is a valid split
/// (non-negative, adding up to 1), and Nelder–Mead searches those numbers from the scenario's
/// own split. A small cost for moving away from that split (0.1% of the starting score per unit
/// of squared share moved) breaks ties between splits that do equally well, so the answer does not
/// depend on where the search happened to stop in a flat direction. The search is deterministic.
package struct AllocationOptimiser: Sendable {
    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    package enum Objective: Sendable, Equatable {
        /// Progress towards every target the scenario sets: each counts its value over its
        /// threshold (the threshold over the value for `<=` and `<`), capped at 1 once met.
        case targets
        /// The value of one indicator in one year, as high as possible (as low as possible for an
        /// indicator whose lower values are better, such as cyber exposure).
        case indicator(String, year: Int)
    }

    package struct Result: Sendable {
        package let shares: [String: Double]
        package let before: Double
        package let after: Double
        package let evaluations: Int
    }

    /// How well a run does on the objective: higher is better.
    package func score(_ result: RunResult, _ objective: Objective) -> Double {
        switch objective {
        case .indicator(let id, let year):
            guard let value = result.value(of: id, in: year), value.isFinite else { return -.infinity }
            return model.indicator(id)?.lowerIsBetter == true ? -value : value
        case .targets:
            return result.targetOutcomes.reduce(0) { total, outcome in
                let target = outcome.target, actual = outcome.actual
                guard actual.isFinite else { return total }
                if outcome.met { return total + 1 }
                let progress: Double
                switch target.comparison {
                case .atLeast, .greaterThan: progress = target.value > 0 ? max(actual, 0) / target.value : 0
                case .atMost, .lessThan: progress = actual > 0 ? target.value / actual : 0
                }
                return total + min(max(progress, 0), 1)
            }
        }
    }

    package func optimise(
        _ scenario: Scenario, for objective: Objective,
        cancellation: Cancellation = .never
    ) throws -> Result {
        let ids = model.programmes.map(\.id)
        // The scenario's own split as the start (a tiny floor keeps the logarithm finite).
        let start = ids.map { log(max(scenario.allocation[$0] ?? 0, 1e-4)) }
        func shares(_ x: [Double]) -> [String: Double] {
            let top = x.max() ?? 0
            let weights = x.map { exp($0 - top) }
            let total = weights.reduce(0, +)
            return Dictionary(uniqueKeysWithValues: zip(ids, weights.map { $0 / total }))
        }
        var failure: Error?
        func objectiveScore(_ allocation: [String: Double]) -> Double {
            var candidate = scenario
            candidate.allocation = allocation
            do {
                return score(try model.simulate(candidate, parameters: [:], detail: .yearEnds, cancellation: cancellation), objective)
            } catch {
                failure = failure ?? error
                return -.infinity
            }
        }
        let before = objectiveScore(scenario.allocation)
        if let failure { throw failure }
        let moveCost = 1e-3 * max(abs(before), 1e-9)
        func value(_ x: [Double]) -> Double {
            let candidate = shares(x)
            let moved = ids.reduce(0) { total, id in
                let change = (candidate[id] ?? 0) - (scenario.allocation[id] ?? 0)
                return total + change * change
            }
            return -objectiveScore(candidate) + moveCost * moved
        }
        var search = NelderMead()
        search.maximumEvaluations = 1500
        search.tolerance = 1e-9
        let box = ids.map { _ in -12.0...12.0 }
        let first = search.minimise(value, from: start, within: box, shouldStop: { cancellation.isCancelled })
        let second = search.minimise(value, from: first.point, within: box, shouldStop: { cancellation.isCancelled })
        if cancellation.isCancelled { throw SimulationError.cancelled }
        if let failure { throw failure }
        let best = second.value <= first.value ? second : first
        // Shares as a planner writes them: whole tenths of a per cent, still adding up to 100%.
        let rounded = Self.roundedShares(shares(best.point), order: ids)
        var chosen = scenario
        chosen.allocation = rounded
        let after = score(try model.simulate(chosen, parameters: [:], detail: .yearEnds, cancellation: cancellation), objective)
        return Result(shares: rounded, before: before, after: after, evaluations: first.evaluations + second.evaluations)
    }

    /// Shares rounded to 0.1% that still add up to exactly 100% (largest remainders get the rest).
    static func roundedShares(_ shares: [String: Double], order: [String]) -> [String: Double] {
        let tenths = order.map { (shares[$0] ?? 0) * 1000 }
        var whole = tenths.map { $0.rounded(.down) }
        var missing = Int(1000 - whole.reduce(0, +))
        for index in tenths.indices.sorted(by: { tenths[$0] - whole[$0] > tenths[$1] - whole[$1] }) where missing > 0 {
            whole[index] += 1
            missing -= 1
        }
        return Dictionary(uniqueKeysWithValues: zip(order, whole.map { $0 / 1000 }))
    }
}
