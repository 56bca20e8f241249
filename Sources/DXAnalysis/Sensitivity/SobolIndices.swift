import DXModel

/// Variance-based sensitivity: Sobol's first-order and total-order indices of an indicator in a
/// year, estimated from Saltelli's design (Saltelli et al. 2010, the estimators SALib uses).
///
/// The factors are the inputs `uncertainty` draws: each assumption independently from its range
/// and distribution, and the fitted parameters as **one** factor (they are drawn jointly from the
/// fit's uncertainty, and Sobol indices need independent factors). Two matrices of N draws, A
/// and B, and for each factor i the matrix AB_i (A with factor i's columns from B) give
/// N·(D + 2) runs for D factors, laid out per sample j as A_j, AB_j^1 … AB_j^D, B_j, as SALib's
/// `sobol.analyze(…, calc_second_order=False)` reads them. With V the variance of the outputs of
/// A and B together:
///
///     S1_i = mean( f(B) · (f(AB_i) − f(A)) ) / V      (the share of V that factor i alone explains)
///     ST_i = ½ · mean( (f(A) − f(AB_i))² ) / V        (its share including its interactions)
///
/// with the outputs centred on their mean first. Confidence intervals: 95%, from 100 bootstrap
/// resamples of the N samples. The reference shares are scaled to add up to 1 after drawing, as
/// in `uncertainty`.
package struct SobolIndices: Sendable {
    package struct Factor: Sendable {
        /// A parameter's id, or "fitted parameters" for the fitted group.
        package let name: String
        package let kind: Tornado.Kind
        package let firstOrder: Double
        package let firstOrderConfidence: Double
        package let totalOrder: Double
        package let totalOrderConfidence: Double
    }

    package static let fittedGroup = "fitted parameters"
    package static let resamples = 100

    package let scenario: Scenario
    package let indicator: Indicator
    package let year: Int
    /// N: the samples of A and of B.
    package let samples: Int
    package let seed: UInt64
    /// Largest total-order index first.
    package let factors: [Factor]
    /// The indicator in every run, in Saltelli's layout (for a cross-check with SALib).
    package let outputs: [Double]
    /// The factors in the order of the layout.
    package let factorNames: [String]

    package var runs: Int { outputs.count }

    package static func runs(factors: Int, samples: Int) -> Int { samples * (factors + 2) }

    /// The factors that would be used for the scenario (their names, in layout order).
    package static func factorNames(for scenario: Scenario, model: DeclaredModel) -> [String] {
        let uncertainty = UncertaintyAnalysis(model: model)
        let fitted = uncertainty.fitUncertainty(for: scenario).map { fit in fit.names.contains { scenario.assumptions[$0] == nil } } ?? false
        return uncertainty.distributions(for: scenario).map(\.name) + (fitted ? [fittedGroup] : [])
    }

    package static func run(
        _ scenario: Scenario, indicator: Indicator, year: Int, model: DeclaredModel, samples: Int, seed: UInt64,
        workers: Int = ParallelRuns.availableCores, cancellation: Cancellation = .never
    ) throws -> SobolIndices {
        let uncertainty = UncertaintyAnalysis(model: model)
        let distributions = uncertainty.distributions(for: scenario)
        let fit = uncertainty.fitUncertainty(for: scenario)
        let fittedNames = fit?.names.filter { scenario.assumptions[$0] == nil } ?? []
        let names = distributions.map(\.name) + (fittedNames.isEmpty ? [] : [fittedGroup])
        let count = names.count
        let shares = model.referenceShareParameters.filter { name in distributions.contains { $0.name == name } }
        var generator = SeededGenerator(seed: seed)
        /// One row: each factor's values (one value for an assumption, the fitted group's values by name).
        func drawRow() -> [[String: Double]] {
            var row = distributions.map { [$0.name: $0.draw(using: &generator)] }
            if let fit, !fittedNames.isEmpty { row.append(fit.draw(using: &generator).filter { scenario.assumptions[$0.key] == nil }) }
            return row
        }
        let n = max(samples, 2)
        let a = (0..<n).map { _ in drawRow() }
        let b = (0..<n).map { _ in drawRow() }
        /// The parameter values of run `index` of the layout.
        @Sendable func overrides(_ index: Int) -> [String: Double] {
            let j = index / (count + 2), position = index % (count + 2)
            var row: [[String: Double]]
            if position == 0 {
                row = a[j]
            } else if position == count + 1 {
                row = b[j]
            } else {
                row = a[j]
                row[position - 1] = b[j][position - 1]
            }
            var values: [String: Double] = [:]
            for factor in row { values.merge(factor) { $1 } }
            UncertaintyAnalysis.scaleShares(&values, shares)
            return values
        }
        let outputs = try ParallelRuns.map(runs(factors: count, samples: n), workers: workers) { index -> Double in
            if cancellation.isCancelled { throw SimulationError.cancelled }
            return try model.simulate(scenario, parameters: overrides(index), detail: .yearEnds, cancellation: cancellation)
                .value(of: indicator.id, in: year) ?? .nan
        }
        let step = count + 2
        // Centred on the mean of every run: the first-order estimator is not invariant to a shift
        // of the outputs, and centring removes that bias (as SALib does).
        let centre = outputs.reduce(0, +) / Double(outputs.count)
        let centred = outputs.map { $0 - centre }
        let fA = (0..<n).map { centred[$0 * step] }, fB = (0..<n).map { centred[$0 * step + step - 1] }
        var bootstrap = SeededGenerator(seed: seed ^ 0x5A17_7E11)
        let draws = (0..<resamples).map { _ in (0..<n).map { _ in Int(bootstrap.next() % UInt64(n)) } }
        var factors: [Factor] = []
        for (i, name) in names.enumerated() {
            let fAB = (0..<n).map { centred[$0 * step + 1 + i] }
            let (first, total) = estimates(fA, fAB, fB, rows: Array(0..<n))
            let resampled = draws.map { estimates(fA, fAB, fB, rows: $0) }
            factors.append(
                Factor(
                    name: name, kind: name == fittedGroup ? .fitted : .assumption,
                    firstOrder: first, firstOrderConfidence: 1.959964 * standardDeviation(resampled.map(\.first)),
                    totalOrder: total, totalOrderConfidence: 1.959964 * standardDeviation(resampled.map(\.total))))
        }
        return SobolIndices(
            scenario: scenario, indicator: indicator, year: year, samples: n, seed: seed,
            factors: factors.sorted { a, b in
                let x = a.totalOrder.isNaN ? .infinity : a.totalOrder, y = b.totalOrder.isNaN ? .infinity : b.totalOrder
                return x != y ? x > y : a.name < b.name
            },
            outputs: outputs, factorNames: names)
    }

    /// The first- and total-order estimates over some of the samples (all of them, or a bootstrap
    /// resample), with the variance of the outputs of A and B over the same samples.
    static func estimates(_ fA: [Double], _ fAB: [Double], _ fB: [Double], rows: [Int]) -> (first: Double, total: Double) {
        let m = Double(rows.count)
        var mean = 0.0
        for j in rows { mean += fA[j] + fB[j] }
        mean /= 2 * m
        var variance = 0.0, first = 0.0, total = 0.0
        for j in rows {
            variance += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean)
            first += fB[j] * (fAB[j] - fA[j])
            total += (fA[j] - fAB[j]) * (fA[j] - fAB[j])
        }
        variance /= 2 * m
        // Outputs that do not vary at all: no factor explains anything.
        guard variance > 0 else { return (0, 0) }
        return (first / m / variance, 0.5 * total / m / variance)
    }

    /// The sample standard deviation (n − 1).
    static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let mean = values.reduce(0, +) / Double(values.count)
        return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
    }
}
