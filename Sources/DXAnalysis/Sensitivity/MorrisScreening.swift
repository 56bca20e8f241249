import DXModel

/// Morris's elementary effects, for screening: which of many uncertain inputs matter at all, at
/// a cost of r·(k + 1) runs for k inputs (Morris 1991; μ* as Campolongo et al. 2007).
///
/// Each assumption's range is read as the unit interval (a screening, not a weighting by the
/// distribution), on a grid of four levels {0, 1/3, 2/3, 1} with the step Δ = 2/3. A trajectory
/// starts at a random grid point and moves one input at a time, in random order, by Δ (up from
/// 0 or 1/3, down from 2/3 or 1). Each move gives an elementary effect of that input,
///
///     EE_i = ( y(x with input i at its higher level) − y(x with it at the lower) ) / Δ,
///
/// the indicator's change per whole range of the input. Over r trajectories: μ* = mean |EE_i|
/// (how much the input matters), μ = mean EE_i (the direction, when μ ≈ ±μ*), and σ = standard
/// deviation of EE_i (how much the effect depends on the other inputs: interactions or
/// non-linearity). The fitted parameters keep their fitted values, the reference shares are
/// scaled to add up to 1 after each move, as in `uncertainty`.
package struct MorrisScreening: Sendable {
    package struct Factor: Sendable {
        package let name: String
        package let meanAbsolute: Double
        package let mean: Double
        package let standardDeviation: Double
    }

    /// Four levels, and the step between the two levels of each move.
    package static let levels = 4
    package static let delta = Double(levels) / Double(2 * (levels - 1))

    package let scenario: Scenario
    package let indicator: Indicator
    package let year: Int
    package let trajectories: Int
    package let seed: UInt64
    /// Largest μ* first.
    package let factors: [Factor]
    /// Every run's inputs in the unit interval (in the order of `factorNames`) and its output,
    /// trajectory after trajectory, as SALib's `morris.analyze` reads them.
    package let inputs: [[Double]]
    package let outputs: [Double]
    package let factorNames: [String]

    package static func runs(factors: Int, trajectories: Int) -> Int { trajectories * (factors + 1) }

    package static func factorNames(for scenario: Scenario, model: DeclaredModel) -> [String] {
        UncertaintyAnalysis(model: model).distributions(for: scenario).map(\.name)
    }

    package static func run(
        _ scenario: Scenario, indicator: Indicator, year: Int, model: DeclaredModel, trajectories: Int, seed: UInt64,
        workers: Int = ParallelRuns.availableCores, cancellation: Cancellation = .never
    ) throws -> MorrisScreening {
        let distributions = UncertaintyAnalysis(model: model).distributions(for: scenario)
        let k = distributions.count
        let shares = model.referenceShareParameters.filter { name in distributions.contains { $0.name == name } }
        var generator = SeededGenerator(seed: seed)
        // The trajectories: k + 1 points each, one input moved by Δ from each point to the next.
        var points: [[Double]] = []
        var moved: [Int] = []  // per point after the first of a trajectory: the input it moved
        let r = max(trajectories, 2)
        for _ in 0..<r {
            var x = (0..<k).map { _ in Double(Int(generator.next() % UInt64(levels))) / Double(levels - 1) }
            points.append(x)
            var order = Array(0..<k)
            for i in stride(from: k - 1, to: 0, by: -1) { order.swapAt(i, Int(generator.next() % UInt64(i + 1))) }
            for i in order {
                x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta
                points.append(x)
                moved.append(i)
            }
        }
        let runPoints = points
        @Sendable func overrides(_ point: [Double]) -> [String: Double] {
            var values: [String: Double] = [:]
            for (i, distribution) in distributions.enumerated() {
                values[distribution.name] = distribution.range.lowerBound + point[i] * (distribution.range.upperBound - distribution.range.lowerBound)
            }
            UncertaintyAnalysis.scaleShares(&values, shares)
            return values
        }
        let outputs = try ParallelRuns.map(runPoints.count, workers: workers) { index -> Double in
            if cancellation.isCancelled { throw SimulationError.cancelled }
            return try model.simulate(scenario, parameters: overrides(runPoints[index]), detail: .yearEnds, cancellation: cancellation)
                .value(of: indicator.id, in: year) ?? .nan
        }
        var effects = [[Double]](repeating: [], count: k)
        for t in 0..<r {
            for step in 0..<k {
                let before = t * (k + 1) + step, after = before + 1
                let i = moved[t * k + step]
                let up = points[after][i] > points[before][i]
                effects[i].append((up ? outputs[after] - outputs[before] : outputs[before] - outputs[after]) / delta)
            }
        }
        let factors = distributions.indices.map { i in
            let values = effects[i]
            let mean = values.reduce(0, +) / Double(values.count)
            let meanAbsolute = values.reduce(0) { $0 + abs($1) } / Double(values.count)
            return Factor(
                name: distributions[i].name, meanAbsolute: meanAbsolute, mean: mean,
                standardDeviation: SobolIndices.standardDeviation(values))
        }
        return MorrisScreening(
            scenario: scenario, indicator: indicator, year: year, trajectories: r, seed: seed,
            factors: factors.sorted { a, b in
                let x = a.meanAbsolute.isNaN ? .infinity : a.meanAbsolute, y = b.meanAbsolute.isNaN ? .infinity : b.meanAbsolute
                return x != y ? x > y : a.name < b.name
            },
            inputs: points, outputs: outputs, factorNames: distributions.map(\.name))
    }
}
