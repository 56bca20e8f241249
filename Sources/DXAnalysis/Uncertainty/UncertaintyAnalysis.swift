import DXModel
import Synchronization

/// Propagates the model's uncertainty to a scenario's results by Monte Carlo: every uncertain
/// parameter is drawn from its range and distribution, the scenario is run once per draw, and the
/// spread of each indicator and the chance of each target are read from the runs.
///
/// Drawn: every parameter with a value and a range that some equation uses, except those the
/// scenario sets itself with `assume` (the planner fixed them). Fitted parameters are drawn
/// jointly from the fit's uncertainty (`FitUncertainty`: what the observations leave open, with
/// the correlations the fit implies), the others independently from their ranges. The shares that
/// split the reference budget are scaled after drawing so that they add up to 1.
package struct UncertaintyAnalysis: Sendable {
    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// Scales the reference shares among `values` so that they add up to 1 (the one rule every
    /// analysis that draws or moves them follows).
    package static func scaleShares(_ values: inout [String: Double], _ shares: [String]) {
        let total = shares.reduce(0) { $0 + values[$1]! }
        if total > 0 { for name in shares { values[name]! /= total } }
    }

    /// The parameters that are drawn for this scenario (those no equation uses, such as an
    /// exchange rate for scripts, change nothing and are left out).
    package func distributions(for scenario: Scenario) -> [ParameterDistribution] {
        let used = Set(model.compiled.variables.flatMap { $0.equation?.references.map(\.text) ?? [] })
        return model.compiled.parameters.compactMap { parameter in
            guard !parameter.isFitted, used.contains(parameter.name), let value = parameter.literalValue, let range = parameter.uncertainty,
                scenario.assumptions[parameter.name] == nil, range.upperBound > range.lowerBound
            else { return nil }
            return ParameterDistribution(name: parameter.name, value: value, range: range, kind: parameter.distribution ?? .uniform)
        }
    }

    /// How the independent parameters are drawn.
    package enum Sampling: String, Sendable, CaseIterable {
        /// Each run draws each parameter anew (plain Monte Carlo).
        case random
        /// Latin hypercube: each parameter's range is cut into as many strata of equal chance as
        /// there are runs, and every stratum is drawn exactly once, in an order shuffled per
        /// parameter; the bands settle with fewer runs.
        case latinHypercube
        /// Read from a file, one run a row (`ParameterSample`).
        case given
    }

    /// A Latin hypercube sample: `count` rows, one value per distribution in each, every
    /// distribution's `count` strata of equal chance each drawn once (a point drawn within its
    /// stratum, then the quantile function), the strata matched at random across distributions.
    package static func latinHypercube(
        _ distributions: [ParameterDistribution], count: Int, using generator: inout SeededGenerator
    ) -> [[Double]] {
        latinHypercubeUnits(dimensions: distributions.count, count: count, using: &generator).map { row in
            zip(distributions, row).map { $0.quantile($1) }
        }
    }

    /// The same hypercube as chances in (0, 1) (before each distribution's quantile function).
    package static func latinHypercubeUnits(dimensions: Int, count: Int, using generator: inout SeededGenerator) -> [[Double]] {
        var rows = [[Double]](repeating: [Double](repeating: 0, count: dimensions), count: count)
        for column in 0..<dimensions {
            var strata = Array(0..<count)
            // Fisher–Yates with the seeded generator, so the same seed gives the same sample.
            for i in stride(from: count - 1, to: 0, by: -1) {
                strata.swapAt(i, Int(generator.next() % UInt64(i + 1)))
            }
            for row in 0..<count {
                rows[row][column] = (Double(strata[row]) + generator.unit()) / Double(count)
            }
        }
        return rows
    }

    /// Draws of correlated parameters through a Gaussian copula: chances `units` (one per
    /// parameter, independent) become normal scores, the scores are mixed by `lower` (the
    /// Cholesky factor of the correlations), and each mixed score goes back through Φ and the
    /// parameter's own quantile function: every parameter keeps its distribution, and the normal
    /// scores have the declared correlations.
    package static func correlated(_ units: [Double], _ distributions: [ParameterDistribution], lower: [[Double]]) -> [Double] {
        let scores = units.map { ParameterDistribution.normalQuantile(Swift.min(Swift.max($0, 1e-16), 1 - 1e-16)) }
        return distributions.indices.map { i in
            let mixed = (0...i).reduce(0.0) { $0 + lower[i][$1] * scores[$1] }
            return distributions[i].quantile(ParameterDistribution.normalCDF(mixed))
        }
    }

    /// The fit's uncertainty around the model file's values, when the model has histories to
    /// say how well they pin the fitted parameters.
    package func fitUncertainty(for scenario: Scenario) -> FitUncertainty? {
        let calibration = Calibration(model: model)
        guard model.backcast != nil, !model.histories.isEmpty, !calibration.fittedParameters.isEmpty,
            calibration.unfittableParameters.isEmpty
        else { return nil }
        return calibration.fitUncertainty()
    }

    package struct Result: Sendable {
        package let scenario: Scenario
        package let samples: Int
        package let seed: UInt64
        package let sampling: Sampling
        /// The names of the parameters that were drawn.
        package let parameters: [String]
        package let years: [Int]
        package let indicators: [Indicator]
        /// For each indicator and year, the values of all runs, in the order of the runs.
        let values: [[[Double]]]
        /// Each target with the share of runs in which it was met.
        package let targets: [(target: Target, chance: Double)]
        /// The values of each indicator and year a quantile was asked of, sorted then (a report
        /// reads two years of many: sorting every year's values would cost more than the runs' bookkeeping).
        private let sorted = SortedValues()

        /// The `p` quantile (0…1) of an indicator in a year, interpolated between runs.
        package func quantile(_ p: Double, of indicator: String, in year: Int) -> Double? {
            guard let i = indicators.firstIndex(where: { $0.id == indicator }), let y = years.firstIndex(of: year) else { return nil }
            return Self.quantile(p, of: sorted.values(i, y, of: values))
        }

        static func quantile(_ p: Double, of sorted: [Double]) -> Double {
            guard !sorted.isEmpty else { return .nan }
            let position = p * Double(sorted.count - 1)
            let low = Int(position.rounded(.down)), high = Swift.min(low + 1, sorted.count - 1)
            return sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
        }
    }

    /// Runs the scenario `samples` times, spread over `workers` cores. The same seed gives the
    /// same result, whatever the number of cores: the draws are made in one sequence, batch by
    /// batch, and only the runs are shared out. With `given`, the runs take its rows instead of
    /// drawing (as many runs as rows; the parameters it does not name keep their values).
    package func run(
        _ scenario: Scenario, samples: Int, seed: UInt64, sampling: Sampling = .random, given: ParameterSample? = nil,
        workers: Int = ParallelRuns.availableCores, cancellation: Cancellation = .never
    ) throws(SimulationError) -> Result {
        let distributions = given == nil ? distributions(for: scenario) : []
        let fitted = given == nil ? fitUncertainty(for: scenario) : nil
        let fittedNames = fitted?.names.filter { scenario.assumptions[$0] == nil } ?? []
        // Where each of them is in a draw of the fit (in the fit's order of names).
        let fittedIndices = fittedNames.compactMap { fitted?.names.firstIndex(of: $0) }
        let names = given?.names ?? distributions.map(\.name) + fittedNames
        let count = given?.rows.count ?? max(samples, 1)
        var generator = SeededGenerator(seed: seed)
        // Parameters the model correlates (both drawn) go through a Gaussian copula together.
        let drawnNames = Set(distributions.map(\.name))
        let correlations = model.correlations.filter { drawnNames.contains($0.first) && drawnNames.contains($0.second) }
        let copula = distributions.indices.filter { i in
            correlations.contains { $0.first == distributions[i].name || $0.second == distributions[i].name }
        }
        let lower = copula.isEmpty ? nil : Correlation.cholesky(of: correlations, among: copula.map { distributions[$0].name })
        /// The sample's values with the correlated parameters drawn anew through the copula from chances `units`.
        func correlate(_ values: [Double], units: [Double]) -> [Double] {
            guard let lower else { return values }
            var values = values
            for (k, value) in zip(copula, Self.correlated(units, copula.map { distributions[$0] }, lower: lower)) { values[k] = value }
            return values
        }
        // A Latin hypercube of the independent parameters is drawn first, whole; the fitted ones
        // are drawn jointly run by run either way.
        let hypercube =
            sampling == .latinHypercube && given == nil
            ? Self.latinHypercubeUnits(dimensions: distributions.count, count: count, using: &generator).map { units in
                correlate(zip(distributions, units).map { $0.quantile($1) }, units: copula.map { units[$0] })
            } : nil
        var drawn = 0
        // The reference shares drawn (or given) are scaled to add up to 1.
        let shareIndices = model.referenceShareParameters.compactMap { names.firstIndex(of: $0) }
        /// The next sample's values, in the order of `names`, in the generator's sequence.
        func drawValues() -> [Double] {
            defer { drawn += 1 }
            var values: [Double]
            if let given {
                values = given.rows[drawn]
            } else {
                if let hypercube {
                    values = hypercube[drawn]
                } else {
                    values = distributions.map { $0.draw(using: &generator) }
                    if lower != nil { values = correlate(values, units: copula.map { _ in generator.unit() }) }
                }
                if let fitted {
                    let drawn = fitted.drawValues(using: &generator)
                    values += fittedIndices.map { drawn[$0] }
                }
            }
            let total = shareIndices.reduce(0) { $0 + values[$1] }
            if total > 0 { for index in shareIndices { values[index] /= total } }
            return values
        }
        /// The same, by name, for a model whose parameters cannot be given by slot.
        func draw() -> [String: Double] { Dictionary(uniqueKeysWithValues: zip(names, drawValues())) }
        // The values in a fixed order of names, their slots looked up once, when the model allows
        // it: no name is hashed in a run (the values, and so the results, are the same).
        var slots: ParameterSlots?
        if model.takesParameterValues { slots = try? model.compiled.parameterSlots(names) }
        var values: [[[Double]]] = []
        var years: [Int] = []
        var met: [Int] = []
        var targets: [Target] = []
        let model = model
        var done = 0
        while done < count {
            if cancellation.isCancelled { throw .cancelled }
            // A batch: enough runs to keep every core busy, few enough that the draws stay small.
            let batchSize = min(256, count - done)
            let results: [RunResult]
            do {
                if let slots {
                    let batch = (0..<batchSize).map { _ in drawValues() }
                    results = try ParallelRuns.map(batch.count, workers: workers) { index in
                        // Once cancelled (or the run budget spent), the rest of the batch does not start.
                        if cancellation.isCancelled { throw SimulationError.cancelled }
                        return try model.simulate(scenario, values: (slots, batch[index]), detail: .yearEnds, cancellation: cancellation)
                    }
                } else {
                    let batch = (0..<batchSize).map { _ in draw() }
                    results = try ParallelRuns.map(batch.count, workers: workers) { index in
                        if cancellation.isCancelled { throw SimulationError.cancelled }
                        return try model.simulate(scenario, parameters: batch[index], detail: .yearEnds, cancellation: cancellation)
                    }
                }
            } catch let error as SimulationError {
                throw error
            } catch {
                throw .invalidScenario("\(error)")
            }
            for result in results {
                if done == 0 {
                    years = result.years
                    values = result.indicators.map { _ in years.map { _ in [] } }
                    targets = result.targetOutcomes.map(\.target)
                    met = targets.map { _ in 0 }
                }
                for (i, series) in result.indicatorValues.enumerated() {
                    for (y, value) in series.enumerated() { values[i][y].append(value) }
                }
                for (k, target) in targets.enumerated() where result.meets(target) == true { met[k] += 1 }
                done += 1
            }
        }
        let runs = Double(count)
        return Result(
            scenario: scenario, samples: count, seed: seed, sampling: given == nil ? sampling : .given,
            parameters: names, years: years,
            indicators: model.indicators, values: values,
            targets: zip(targets, met).map { ($0, Double($1) / runs) })
    }
}

/// The values of an indicator in a year, sorted the first time a quantile of them is asked for and kept.
private final class SortedValues: Sendable {
    private let sorted = Mutex<[Int: [Double]]>([:])

    /// `values[indicator][year]`, sorted (IEEE total order: `radixSorted`).
    func values(_ indicator: Int, _ year: Int, of values: [[[Double]]]) -> [Double] {
        let key = indicator * (values.first?.count ?? 0) + year
        if let known = sorted.withLock({ $0[key] }) { return known }
        let made = values[indicator][year].radixSorted()
        sorted.withLock { $0[key] = made }
        return made
    }
}
