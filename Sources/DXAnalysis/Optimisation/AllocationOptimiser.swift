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
        /// threshold (the threshold over the value for `<=` and `<`), capped at 1 once met, times
        /// its indicator's weight (1 for an indicator `weights` does not name).
        case targets(weights: [String: Double])
        /// The value of one indicator in one year, as high as possible (as low as possible for an
        /// indicator whose lower values are better, such as cyber exposure).
        case indicator(String, year: Int)
    }

    /// A planner's condition on the split: a programme's share, or the sum of a group's (a
    /// pillar), at least or at most a fraction, or a programme kept at its share.
    package struct Constraint: Sendable, Equatable {
        package enum Bound: Sendable, Equatable {
            case atLeast(Double)
            case atMost(Double)
            /// The programme keeps the scenario's share.
            case fixed
        }

        /// As the planner wrote it (a programme or a pillar).
        package let name: String
        /// The programmes whose shares add up to what is bounded.
        package let programmes: [String]
        package let bound: Bound

        package init(name: String, programmes: [String], bound: Bound) {
            self.name = name
            self.programmes = programmes
            self.bound = bound
        }

        /// How far a split is outside the bound (0 when it holds).
        func violation(_ shares: [String: Double]) -> Double {
            let total = programmes.reduce(0) { $0 + (shares[$1] ?? 0) }
            switch bound {
            case .atLeast(let floor): return max(0, floor - total)
            case .atMost(let ceiling): return max(0, total - ceiling)
            case .fixed: return 0
            }
        }
    }

    package struct Result: Sendable {
        package let shares: [String: Double]
        package let before: Double
        package let after: Double
        package let evaluations: Int
        /// Whether the split keeps every constraint (to the 0.1% the shares are rounded to).
        package let keepsConstraints: Bool
    }

    /// Why a set of constraints cannot hold for any split.
    package struct ImpossibleConstraints: Error, CustomStringConvertible {
        package let description: String
    }

    /// Checks that some split can keep the constraints: the kept shares and the floors leave room,
    /// and no floor is above its ceiling. (A sufficient check for separate programmes and
    /// pillars, which do not overlap.)
    package func check(_ constraints: [Constraint], in scenario: Scenario) throws(ImpossibleConstraints) {
        let fixed = Set(constraints.filter { $0.bound == .fixed }.flatMap(\.programmes))
        let kept = fixed.reduce(0) { $0 + (scenario.allocation[$1] ?? 0) }
        var floors = kept
        for constraint in constraints {
            guard case .atLeast(let floor) = constraint.bound else { continue }
            let keptInside = constraint.programmes.filter(fixed.contains).reduce(0) { $0 + (scenario.allocation[$1] ?? 0) }
            if constraint.programmes.allSatisfy(fixed.contains), keptInside < floor - 1e-9 {
                throw ImpossibleConstraints(
                    description: "\(constraint.name) is kept at \(Self.percent(keptInside)), below its floor of \(Self.percent(floor))")
            }
            floors += max(0, floor - keptInside)
            for other in constraints where other.programmes == constraint.programmes {
                if case .atMost(let ceiling) = other.bound, ceiling < floor - 1e-9 {
                    throw ImpossibleConstraints(
                        description: "\(constraint.name) cannot be at least \(Self.percent(floor)) and at most \(Self.percent(ceiling))")
                }
            }
        }
        if floors > 1 + 1e-9 {
            throw ImpossibleConstraints(description: "the floors and the kept shares add up to \(Self.percent(floors)), more than the whole budget")
        }
        let ceilings = model.programmes.map(\.id).filter { id in !fixed.contains(id) }.reduce(kept) { total, id in
            let ceiling = constraints.compactMap { constraint -> Double? in
                guard constraint.programmes == [id], case .atMost(let value) = constraint.bound else { return nil }
                return value
            }.min()
            return total + (ceiling ?? 1)
        }
        if ceilings < 1 - 1e-9 {
            throw ImpossibleConstraints(
                description: "the ceilings and the kept shares add up to \(Self.percent(ceilings)), less than the whole budget")
        }
    }

    package static func percent(_ fraction: Double) -> String {
        let tenths = (fraction * 1000).rounded() / 10
        return (tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)) + "%"
    }

    /// How well a run does on the objective: higher is better.
    package func score(_ result: RunResult, _ objective: Objective) -> Double {
        switch objective {
        case .indicator(let id, let year):
            guard let value = result.value(of: id, in: year), value.isFinite else { return -.infinity }
            return model.indicator(id)?.lowerIsBetter == true ? -value : value
        case .targets(let weights):
            return result.targetOutcomes.reduce(0) { total, outcome in
                let target = outcome.target, actual = outcome.actual
                let weight = weights[target.indicator] ?? 1
                guard actual.isFinite else { return total }
                if outcome.met { return total + weight }
                let progress: Double
                switch target.comparison {
                case .atLeast, .greaterThan: progress = target.value > 0 ? max(actual, 0) / target.value : 0
                case .atMost, .lessThan: progress = actual > 0 ? target.value / actual : 0
                }
                return total + weight * min(max(progress, 0), 1)
            }
        }
    }

    package func optimise(
        _ scenario: Scenario, for objective: Objective, constraints: [Constraint] = [],
        cancellation: Cancellation = .never
    ) throws -> Result {
        try check(constraints, in: scenario)
        // Kept programmes stay out of the search; the others share what is left.
        let kept = Set(constraints.filter { $0.bound == .fixed }.flatMap(\.programmes))
        let ids = model.programmes.map(\.id).filter { !kept.contains($0) }
        let keptShares = Dictionary(uniqueKeysWithValues: kept.map { ($0, scenario.allocation[$0] ?? 0) })
        let free = 1 - keptShares.values.reduce(0, +)
        guard !ids.isEmpty else { throw ImpossibleConstraints(description: "every programme is kept at its share: there is nothing to move") }
        let bounds = constraints.filter { $0.bound != .fixed }
        // The scenario's own split as the start (a tiny floor keeps the logarithm finite).
        let start = ids.map { log(max(scenario.allocation[$0] ?? 0, 1e-4)) }
        func shares(_ x: [Double]) -> [String: Double] {
            let top = x.max() ?? 0
            let weights = x.map { exp($0 - top) }
            let total = weights.reduce(0, +)
            return Dictionary(uniqueKeysWithValues: zip(ids, weights.map { free * $0 / total })).merging(keptShares) { $1 }
        }
        func violation(_ split: [String: Double]) -> Double { bounds.reduce(0) { $0 + $1.violation(split) } }
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
        // A split outside a bound costs more than any gain in the objective could repay: ten times
        // the starting score per unit of share outside, plus a step for being outside at all.
        let penalty = 10 * max(abs(before), 1)
        func value(_ x: [Double]) -> Double {
            let candidate = shares(x)
            let moved = ids.reduce(0) { total, id in
                let change = (candidate[id] ?? 0) - (scenario.allocation[id] ?? 0)
                return total + change * change
            }
            let outside = violation(candidate)
            return -objectiveScore(candidate) + moveCost * moved + (outside > 0 ? penalty * (1 + outside) : 0)
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
        let rounded = Self.roundedShares(shares(best.point), order: model.programmes.map(\.id))
        var chosen = scenario
        chosen.allocation = rounded
        let after = score(try model.simulate(chosen, parameters: [:], detail: .yearEnds, cancellation: cancellation), objective)
        return Result(
            shares: rounded, before: before, after: after, evaluations: first.evaluations + second.evaluations,
            keepsConstraints: violation(rounded) <= 0.0005 * Double(max(bounds.count, 1)))
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
