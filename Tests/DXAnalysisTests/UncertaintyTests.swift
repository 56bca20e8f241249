import DXSource
import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("Uncertainty")
struct UncertaintyTests {
    /// A one-stock model: `level` grows by `growth` points a year from 0, so in year Y it is
    /// growth × (Y − 2024); `growth` is uniform on 1 to 3, `noise` unused by the indicator.
    static let tiny: DeclaredModel = {
        let text = """
            model "tiny"
              base year 2024
            programme roads "Roads" "Đường"
              pillar digital-society
              push 3
              spending spending_roads
              reference reference_roads
            indicator level "Level" "Mức"
              value level
              source "a test"
            param growth [%/year] = 2
              source "a test"
              range 1 to 3 uniform
            param fixed [1] = 1
              source "a test"
              range 0 to 2 uniform
              fitted
            param unused [1] = 1
              source "a test"
              range 0 to 2 uniform
            input spending_roads [bn VND/year]
            aux reference_roads [bn VND/year] = 100
            stock level [%] = 0
              inflow rising
            flow rising [%/year] = growth * fixed
            """
        switch DeclaredModel.load(SourceFile(name: "tiny.dxm", text: text)) {
        case .success(let model): return model
        case .failure(let errors): fatalError("\(errors.diagnostics.map(\.message))")
        }
    }()

    static let scenario = Scenario(name: "s", horizon: 2025...2030, budget: Budget(amountPerYear: 100), allocation: ["roads": 1])

    @Test(
        "each distribution draws inside its range with the mean it should have (fixed seed)",
        arguments: [
            (Distribution.uniform, 2.0, 2.0), (.triangular, 1.5, (1.0 + 1.5 + 3.0) / 3), (.normal, 2.0, 2.0),
        ])
    func draws(kind: Distribution, value: Double, mean: Double) {
        let distribution = ParameterDistribution(name: "x", value: value, range: 1...3, kind: kind)
        var generator = SeededGenerator(seed: 42)
        let draws = (0..<20_000).map { _ in distribution.draw(using: &generator) }
        #expect(draws.allSatisfy { (1...3).contains($0) })
        #expect(abs(draws.reduce(0, +) / Double(draws.count) - mean) < 0.02)
        if kind == .normal {
            // The range spans four standard deviations, truncated: P(|z| < 1) / P(|z| < 2) of the
            // draws lie within ±0.5 of the mean.
            let inner = Double(draws.filter { abs($0 - 2) <= 0.5 }.count) / Double(draws.count)
            #expect(abs(inner - 0.6827 / 0.9545) < 0.015)
        }
    }

    @Test("the bands of a model whose answer is known: level in 2030 = 6 × growth, growth uniform on 1 to 3")
    func knownBands() throws {
        let result = try UncertaintyAnalysis(model: Self.tiny).run(Self.scenario, samples: 4000, seed: 7)
        #expect(result.parameters == ["growth"], "fitted and unused parameters are not drawn")
        // Values are end-of-year: 2030 is six years after the end of 2024.
        for (p, expected) in [(0.05, 6 * 1.1), (0.5, 6 * 2.0), (0.95, 6 * 2.9)] {
            let value = try #require(result.quantile(p, of: "level", in: 2030))
            #expect(abs(value - expected) < 0.15, "quantile \(p): \(value), expected \(expected)")
        }
    }

    @Test("the quantile function inverts each distribution: Φ⁻¹ to 1e-12, the ends of the range, monotone")
    func quantiles() {
        #expect(abs(ParameterDistribution.normalQuantile(0.975) - 1.959963984540054) < 1e-12)
        #expect(abs(ParameterDistribution.normalQuantile(0.5)) < 1e-15)
        for p in [1e-10, 1e-4, 0.01, 0.02425, 0.1, 0.3, 0.7, 0.9, 0.97575, 0.999, 1 - 1e-10] {
            #expect(abs(ParameterDistribution.normalCDF(ParameterDistribution.normalQuantile(p)) - p) < 1e-12 * max(1, p / 1e-3), "\(p)")
        }
        for kind in [Distribution.uniform, .triangular, .normal] {
            let distribution = ParameterDistribution(name: "x", value: 1.5, range: 1...3, kind: kind)
            let values = stride(from: 0.0, through: 1.0, by: 0.01).map(distribution.quantile)
            #expect(abs(values.first! - 1) < 1e-9 && abs(values.last! - 3) < 1e-9, "\(kind): the ends of the range")
            #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 }, "\(kind): monotone")
        }
        // The triangular's most likely value splits the chance as its position splits the range.
        #expect(abs(ParameterDistribution(name: "x", value: 1.5, range: 1...3, kind: .triangular).quantile(0.25) - 1.5) < 1e-12)
        #expect(abs(ParameterDistribution(name: "x", value: 2, range: 1...3, kind: .normal).quantile(0.5) - 2) < 1e-12)
    }

    @Test("a Latin hypercube draws every stratum of every parameter exactly once; its bands are right with few runs")
    func latinHypercube() throws {
        let distributions = [
            ParameterDistribution(name: "a", value: 2, range: 1...3, kind: .uniform),
            ParameterDistribution(name: "b", value: 0, range: -1...1, kind: .normal),
        ]
        var generator = SeededGenerator(seed: 3)
        let rows = UncertaintyAnalysis.latinHypercube(distributions, count: 50, using: &generator)
        #expect(rows.count == 50)
        let strataA = rows.map { Int((($0[0] - 1) / 2 * 50).rounded(.down)) }
        #expect(strataA.sorted() == Array(0..<50))
        // The normal's strata are strata of its truncated cumulative chance.
        let from = ParameterDistribution.normalCDF(-2), to = ParameterDistribution.normalCDF(2)
        let strataB = rows.map { Int(((ParameterDistribution.normalCDF($0[1] / 0.5) - from) / (to - from) * 50).rounded(.down)) }
        #expect(strataB.sorted() == Array(0..<50))
        #expect(strataA != strataB, "the strata are matched at random across parameters")
        var again = SeededGenerator(seed: 3)
        #expect(UncertaintyAnalysis.latinHypercube(distributions, count: 50, using: &again) == rows, "the same seed, the same sample")
        // 100 runs, one per stratum of growth: every quantile is within a stratum (6 × 2 / 100) of the truth.
        let result = try UncertaintyAnalysis(model: Self.tiny).run(Self.scenario, samples: 100, seed: 7, sampling: .latinHypercube)
        #expect(result.sampling == .latinHypercube)
        for (p, expected) in [(0.05, 6 * 1.1), (0.5, 6 * 2.0), (0.95, 6 * 2.9)] {
            let value = try #require(result.quantile(p, of: "level", in: 2030))
            #expect(abs(value - expected) < 0.125, "quantile \(p): \(value), expected \(expected)")
        }
    }

    @Test("a sample file: names, then one row a run; comments, blank lines, spaces and CRLF; problems where they are")
    func sampleFile() throws {
        let sample = try ParameterSample.parse("# made by SALib\r\ngrowth , fixed\r\n1, 1\n\n 2 ,1\n3,1\n")
        #expect(sample.names == ["growth", "fixed"])
        #expect(sample.rows == [[1, 1], [2, 1], [3, 1]])
        #expect(sample.nameColumns.map(\.line) == [2, 2] && sample.nameColumns.map(\.column) == [1, 10])
        for (text, message, line, column) in [
            ("a,b\n1\n", "this row has 1 value; the first line names 2", 2, 1),
            ("a,b\n1,x\n", "'x' is not a number", 2, 3),
            ("a,b\n1,inf\n", "'inf' is not a number", 2, 3),
            ("a,a\n1,2\n", "'a' is named twice", 1, 3),
            ("a,2 b\n1,2\n", "expected a parameter name, found '2 b'", 1, 3),
            ("a\n", "the file has names but no rows of values", 1, 1),
            ("# nothing\n", "the file names no parameters", 1, 1),
        ] {
            #expect(throws: ParameterSample.Problem(message: message, line: line, column: column)) { try ParameterSample.parse(text) }
        }
    }

    @Test("runs from a sample take its rows: three rows, three runs, the quantiles of their values; nothing else drawn")
    func givenSample() throws {
        let sample = try ParameterSample.parse("growth\n1\n2\n3\n")
        let result = try UncertaintyAnalysis(model: Self.tiny).run(Self.scenario, samples: 500, seed: 7, given: sample)
        #expect(result.samples == 3 && result.sampling == .given && result.parameters == ["growth"])
        #expect(result.quantile(0, of: "level", in: 2030).map { abs($0 - 6) < 1e-9 } == true)
        #expect(result.quantile(0.5, of: "level", in: 2030).map { abs($0 - 12) < 1e-9 } == true)
        #expect(result.quantile(1, of: "level", in: 2030).map { abs($0 - 18) < 1e-9 } == true)
    }

    /// A model whose level grows by growth − drag + 2 points a year, both uniform on 1 to 3,
    /// drawn with a correlation (none when `correlation` is nil).
    static func pair(correlation: Double?) throws -> DeclaredModel {
        var text = """
            model "pair"
              base year 2024
            programme roads "Roads" "Đường"
              pillar digital-society
              push 3
              spending spending_roads
              reference reference_roads
            indicator level "Level" "Mức"
              value level
              source "a test"
            param growth [%/year] = 2
              source "a test"
              range 1 to 3 uniform
            param drag [%/year] = 2
              source "a test"
              range 1 to 3 uniform
            input spending_roads [bn VND/year]
            aux reference_roads [bn VND/year] = 100
            stock level [%] = 0
              inflow rising
            flow rising [%/year] = growth - drag + 2 [%/year]

            """
        if let correlation {
            text += "correlation growth drag = \(correlation)\n  assumption \"a test\"\n"
        }
        switch DeclaredModel.load(SourceFile(name: "pair.dxm", text: text)) {
        case .success(let model): return model
        case .failure(let errors): throw errors
        }
    }

    @Test("correlated parameters: each keeps its distribution, their normal scores have the correlation declared")
    func copula() throws {
        let distributions = [
            ParameterDistribution(name: "a", value: 2, range: 1...3, kind: .uniform),
            ParameterDistribution(name: "b", value: 2, range: 1...3, kind: .triangular),
        ]
        let lower = try #require(
            Correlation.cholesky(of: [Correlation(first: "a", second: "b", value: 0.7, provenance: .assumption("t"))], among: ["a", "b"]))
        var generator = SeededGenerator(seed: 5)
        let draws = (0..<20_000).map { _ in UncertaintyAnalysis.correlated([generator.unit(), generator.unit()], distributions, lower: lower) }
        #expect(draws.allSatisfy { (1...3).contains($0[0]) && (1...3).contains($0[1]) })
        #expect(abs(draws.map { $0[0] }.reduce(0, +) / 20_000 - 2) < 0.02, "the uniform keeps its mean")
        // The normal scores: Φ⁻¹ of each value's chance under its own distribution.
        func chance(_ x: Double, _ kind: Distribution) -> Double {
            kind == .uniform ? (x - 1) / 2 : (x < 2 ? (x - 1) * (x - 1) / 2 : 1 - (3 - x) * (3 - x) / 2)
        }
        let scores = draws.map {
            [ParameterDistribution.normalQuantile(chance($0[0], .uniform)), ParameterDistribution.normalQuantile(chance($0[1], .triangular))]
        }
        let meanA = scores.map { $0[0] }.reduce(0, +) / 20_000, meanB = scores.map { $0[1] }.reduce(0, +) / 20_000
        let covariance = scores.reduce(0) { $0 + ($1[0] - meanA) * ($1[1] - meanB) } / 20_000
        let spreadA = (scores.reduce(0) { $0 + ($1[0] - meanA) * ($1[0] - meanA) } / 20_000).squareRoot()
        let spreadB = (scores.reduce(0) { $0 + ($1[1] - meanB) * ($1[1] - meanB) } / 20_000).squareRoot()
        #expect(abs(covariance / spreadA / spreadB - 0.7) < 0.02)
    }

    @Test("a correlation in the model moves the bands: growth and drag drawn together cancel, so level's band narrows")
    func correlatedBands() throws {
        func width(_ model: DeclaredModel, _ sampling: UncertaintyAnalysis.Sampling) throws -> Double {
            let result = try UncertaintyAnalysis(model: model).run(Self.scenario, samples: 2000, seed: 11, sampling: sampling)
            return try #require(result.quantile(0.95, of: "level", in: 2030)) - (try #require(result.quantile(0.05, of: "level", in: 2030)))
        }
        let independent = try width(try Self.pair(correlation: nil), .random)
        let together = try width(try Self.pair(correlation: 0.9), .random)
        let apart = try width(try Self.pair(correlation: -0.9), .random)
        #expect(together < 0.5 * independent, "\(together) against \(independent)")
        #expect(apart > 1.2 * independent, "\(apart) against \(independent)")
        #expect(try width(try Self.pair(correlation: 0.9), .latinHypercube) < 0.5 * independent, "with a Latin hypercube too")
    }

    @Test("a target's chance is the share of runs that meet it")
    func chance() throws {
        var scenario = Self.scenario
        scenario.targets = [Target(indicator: "level", comparison: .atLeast, value: 15, year: 2030)]
        let result = try UncertaintyAnalysis(model: Self.tiny).run(scenario, samples: 4000, seed: 7)
        // level ≥ 15 needs growth ≥ 2.5: a quarter of a uniform 1–3.
        #expect(abs(try #require(result.targets.first).chance - 0.25) < 0.03)
    }

    @Test("the same seed gives the same bands; another seed other draws; an assumed parameter is not drawn")
    func reproducible() throws {
        let analysis = UncertaintyAnalysis(model: calibratedModel)
        let scenario = Scenario(
            name: "s", horizon: 2026...2030, budget: Budget(amountPerYear: 25_000),
            allocation: Dictionary(
                uniqueKeysWithValues: zip(
                    calibratedModel.programmes.map(\.id),
                    calibratedModel.referenceSpending.map { $0 / calibratedModel.referenceBudget })))
        let a = try analysis.run(scenario, samples: 50, seed: 3), b = try analysis.run(scenario, samples: 50, seed: 3)
        let c = try analysis.run(scenario, samples: 50, seed: 4)
        #expect(a.quantile(0.5, of: "fibre", in: 2030) == b.quantile(0.5, of: "fibre", in: 2030))
        #expect(a.quantile(0.5, of: "fibre", in: 2030) != c.quantile(0.5, of: "fibre", in: 2030))
        #expect(a.parameters.contains("bass_q") && a.parameters.contains("fibre_speed") && !a.parameters.contains("usd_vnd"))
        var assumed = scenario
        assumed.assumptions["bass_q"] = 0.4
        assumed.assumptions["fibre_speed"] = 1
        #expect(!analysis.distributions(for: assumed).map(\.name).contains("bass_q"))
        #expect(!(try analysis.run(assumed, samples: 2, seed: 1).parameters.contains("fibre_speed")), "an assumed fitted parameter is not drawn")
    }

    @Test("one core, two or five: the same draws give the same result, bit for bit")
    func sameOnAnyNumberOfCores() throws {
        let analysis = UncertaintyAnalysis(model: calibratedModel)
        let scenario = Scenario(
            name: "s", horizon: 2026...2030, budget: Budget(amountPerYear: 25_000),
            allocation: Dictionary(
                uniqueKeysWithValues: zip(
                    calibratedModel.programmes.map(\.id),
                    calibratedModel.referenceSpending.map { $0 / calibratedModel.referenceBudget })),
            targets: [Target(indicator: "fibre", comparison: .atLeast, value: 95, year: 2030)])
        // 300 samples: more than one batch of draws.
        let one = try analysis.run(scenario, samples: 300, seed: 11, workers: 1)
        for workers in [2, 5] {
            let many = try analysis.run(scenario, samples: 300, seed: 11, workers: workers)
            #expect(many.values.joined().joined().map(\.bitPattern) == one.values.joined().joined().map(\.bitPattern))
            #expect(many.targets.map(\.chance) == one.targets.map(\.chance))
        }
        #expect(Set(one.values[0].last!).count > 1, "the runs differ from each other")
    }

    @Test("parameters given by slot, resolved once, run exactly as the same values given by name")
    func valuesBySlot() throws {
        let model = calibratedModel
        #expect(model.takesParameterValues)
        let scenario = Scenario(
            name: "s", horizon: 2026...2029, budget: Budget(amountPerYear: 30_000),
            allocation: Dictionary(uniqueKeysWithValues: zip(model.programmes.map(\.id), model.referenceSpending.map { $0 / model.referenceBudget })))
        let distributions = UncertaintyAnalysis(model: model).distributions(for: scenario)
        var generator = SeededGenerator(seed: 9)
        let values = distributions.map { $0.draw(using: &generator) }
        let byName = try model.simulate(
            scenario, parameters: Dictionary(uniqueKeysWithValues: zip(distributions.map(\.name), values)), detail: .yearEnds)
        let slots = try model.compiled.parameterSlots(distributions.map(\.name))
        let bySlot = try model.simulate(scenario, values: (slots, values), detail: .yearEnds)
        #expect(byName.indicatorValues.joined().map(\.bitPattern) == bySlot.indicatorValues.joined().map(\.bitPattern))
        #expect(byName.indicatorValues != (try model.simulate(scenario)).indicatorValues, "the drawn values change the run")
        #expect(throws: RunError.self) { try model.compiled.parameterSlots(["no_such_parameter"]) }
    }

    @Test("the jobs' results come back in their order, and the first failure is thrown")
    func parallelRunsKeepOrder() throws {
        struct Odd: Error {}
        #expect(try ParallelRuns.map(1000, workers: 3) { $0 * $0 } == (0..<1000).map { $0 * $0 })
        #expect(try ParallelRuns.map(0, workers: 3) { $0 }.isEmpty)
        #expect(throws: Odd.self) {
            try ParallelRuns.map(10, workers: 2) { index -> Int in
                if index == 7 { throw Odd() }
                return index
            }
        }
    }

    @Test("cancelling stops the runs")
    func cancelled() {
        #expect(throws: SimulationError.cancelled) {
            try UncertaintyAnalysis(model: Self.tiny).run(Self.scenario, samples: 100, seed: 1, cancellation: Cancellation { true })
        }
    }
}
