import DXSource
import Foundation
import PythonEnvironment
import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("Sobol indices")
struct SobolIndicesTests {
    /// `level` rises by a + 2b points a year, a and b uniform on 0 to 1, so its variance is
    /// 1/12 + 4/12: a explains a fifth of it and b four fifths, with no interaction; `unused`
    /// explains nothing.
    static let additive: DeclaredModel = {
        let text = """
            model "additive"
              base year 2024
            programme roads "Roads" "Đường"
              pillar digital-society
              push 3
              spending spending_roads
              reference reference_roads
            indicator level "Level" "Mức"
              value level
              source "a test"
            param a [%/year] = 0.5
              source "a test"
              range 0 to 1 uniform
            param b [%/year] = 0.5
              source "a test"
              range 0 to 1 uniform
            param unused [%/year] = 1
              source "a test"
              range 0 to 2 uniform
            input spending_roads [bn VND/year]
            aux reference_roads [bn VND/year] = 100
            aux idle [%/year] = unused * 0
            stock level [%] = 0
              inflow rising
            flow rising [%/year] = a + 2 * b + idle
            """
        switch DeclaredModel.load(SourceFile(name: "additive.dxm", text: text)) {
        case .success(let model): return model
        case .failure(let errors): fatalError("\(errors.diagnostics.map(\.message))")
        }
    }()

    static let scenario = Scenario(name: "s", horizon: 2025...2027, budget: Budget(amountPerYear: 100), allocation: ["roads": 1])

    @Test("an additive model whose indices are known: a fifth and four fifths, first order equal to total order")
    func known() throws {
        let level = try #require(Self.additive.indicators.first)
        let result = try SobolIndices.run(Self.scenario, indicator: level, year: 2027, model: Self.additive, samples: 2000, seed: 5)
        #expect(result.factorNames == ["a", "b", "unused"])
        #expect(result.runs == 2000 * 5)
        let a = try #require(result.factors.first { $0.name == "a" }), b = try #require(result.factors.first { $0.name == "b" })
        let unused = try #require(result.factors.first { $0.name == "unused" })
        #expect(abs(a.firstOrder - 0.2) < 0.05 && abs(a.totalOrder - 0.2) < 0.05, "\(a)")
        #expect(abs(b.firstOrder - 0.8) < 0.05 && abs(b.totalOrder - 0.8) < 0.05, "\(b)")
        #expect(unused.firstOrder == 0 && unused.totalOrder == 0)
        #expect(result.factors.first?.name == "b", "largest total order first")
        #expect(a.firstOrderConfidence > 0 && a.firstOrderConfidence < 0.1, "a 95% interval from the bootstrap")
        // The same seed gives the same indices; another seed other ones.
        let again = try SobolIndices.run(Self.scenario, indicator: level, year: 2027, model: Self.additive, samples: 2000, seed: 5, workers: 1)
        #expect(again.outputs == result.outputs && again.factors.map(\.firstOrder) == result.factors.map(\.firstOrder))
    }
}

@Suite("Morris screening")
struct MorrisScreeningTests {
    @Test("the additive model's elementary effects are exact: level in 2027 moves 3 points per unit of a and 6 per unit of b")
    func known() throws {
        let model = SobolIndicesTests.additive
        let level = try #require(model.indicators.first)
        let result = try MorrisScreening.run(SobolIndicesTests.scenario, indicator: level, year: 2027, model: model, trajectories: 10, seed: 4)
        #expect(result.outputs.count == MorrisScreening.runs(factors: 3, trajectories: 10))
        // level in 2027 = (a + 2b) × 3 years; each input's range is 1 wide, so a whole range moves it 3 × (1 or 2).
        let a = try #require(result.factors.first { $0.name == "a" }), b = try #require(result.factors.first { $0.name == "b" })
        let unused = try #require(result.factors.first { $0.name == "unused" })
        #expect(abs(a.meanAbsolute - 3) < 1e-9 && abs(a.mean - 3) < 1e-9 && a.standardDeviation < 1e-9)
        #expect(abs(b.meanAbsolute - 6) < 1e-9 && b.standardDeviation < 1e-9)
        #expect(unused.meanAbsolute == 0)
        #expect(result.factors.map(\.name) == ["b", "a", "unused"])
        // Each trajectory moves every input once, by Δ on the four-level grid.
        for t in 0..<10 {
            let points = result.inputs[(t * 4)..<(t * 4 + 4)]
            for (before, after) in zip(points.dropLast(), points.dropFirst()) {
                let moved = zip(before, after).filter { $0 != $1 }
                #expect(moved.count == 1 && abs(abs(moved[0].0 - moved[0].1) - MorrisScreening.delta) < 1e-12)
            }
        }
    }
}

@Suite(
    "Sobol indices against SALib", .serialized,
    .enabled(
        "SALib could not be set up (scripts/pysd_env.sh failed; the reason is printed above): the cross-check is skipped",
        { PythonEnvironment.has("SALib", for: "the SALib cross-check") }))
struct SobolSALibTests {
    @Test("the indices of the bundled model agree with SALib's on the same runs")
    func agreesWithSALib() throws {
        let python = try PythonEnvironment.python.get()
        let model = calibratedModel
        let fibre = try #require(model.indicators.first { $0.id == "fibre" })
        let scenario = Scenario(
            name: "s", horizon: 2026...2028, budget: Budget(amountPerYear: 40_000),
            allocation: Dictionary(
                uniqueKeysWithValues: zip(model.programmes.map(\.id), model.referenceSpending.map { $0 / model.referenceBudget })))
        let result = try SobolIndices.run(scenario, indicator: fibre, year: 2028, model: model, samples: 32, seed: 3)
        #expect(result.factorNames.last == SobolIndices.fittedGroup, "the fitted parameters are one factor")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-salib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outputs = directory.appendingPathComponent("y.txt")
        try result.outputs.map { String($0) }.joined(separator: "\n").write(to: outputs, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, numpy as np
            from SALib.analyze import sobol
            names = json.loads(sys.argv[2])
            problem = {"num_vars": len(names), "names": names, "bounds": [[0, 1]] * len(names)}
            y = np.loadtxt(sys.argv[1])
            si = sobol.analyze(problem, y, calc_second_order=False, num_resamples=100, seed=1)
            print(json.dumps({k: [float(v) for v in si[k]] for k in ["S1", "S1_conf", "ST", "ST_conf"]}))
            """
        let names = String(data: try JSONEncoder().encode(result.factorNames), encoding: .utf8)!
        let printed = try PythonEnvironment.run(python, ["-c", script, outputs.path, names])
        let salib = try JSONDecoder().decode([String: [Double]].self, from: Data(printed.utf8))
        for (index, name) in result.factorNames.enumerated() {
            let factor = try #require(result.factors.first { $0.name == name })
            #expect(abs(factor.firstOrder - salib["S1"]![index]) < 1e-9, "\(name): S1 \(factor.firstOrder) against SALib's \(salib["S1"]![index])")
            #expect(abs(factor.totalOrder - salib["ST"]![index]) < 1e-9, "\(name): ST \(factor.totalOrder) against SALib's \(salib["ST"]![index])")
            // The intervals come from different random resamples: alike, not equal.
            let ours = factor.totalOrderConfidence, theirs = salib["ST_conf"]![index]
            #expect(ours <= 2 * theirs + 1e-6 && theirs <= 2 * ours + 1e-6, "\(name): ST interval \(ours) against SALib's \(theirs)")
        }
    }

    @Test("Morris μ*, μ and σ of the bundled model agree with SALib's on the same trajectories")
    func morrisAgreesWithSALib() throws {
        let python = try PythonEnvironment.python.get()
        let model = calibratedModel
        let egdi = try #require(model.indicators.first { $0.id == "egdi" })
        let scenario = Scenario(
            name: "s", horizon: 2026...2028, budget: Budget(amountPerYear: 40_000),
            allocation: Dictionary(
                uniqueKeysWithValues: zip(model.programmes.map(\.id), model.referenceSpending.map { $0 / model.referenceBudget })))
        let result = try MorrisScreening.run(scenario, indicator: egdi, year: 2028, model: model, trajectories: 6, seed: 2)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-morris-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs = directory.appendingPathComponent("x.txt"), outputs = directory.appendingPathComponent("y.txt")
        try result.inputs.map { $0.map { String($0) }.joined(separator: " ") }.joined(separator: "\n").write(
            to: inputs, atomically: true, encoding: .utf8)
        try result.outputs.map { String($0) }.joined(separator: "\n").write(to: outputs, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, numpy as np
            from SALib.analyze import morris
            names = json.loads(sys.argv[3])
            problem = {"num_vars": len(names), "names": names, "bounds": [[0, 1]] * len(names)}
            si = morris.analyze(problem, np.loadtxt(sys.argv[1], ndmin=2), np.loadtxt(sys.argv[2]), num_levels=4, seed=1)
            print(json.dumps({k: [float(v) for v in si[k]] for k in ["mu", "mu_star", "sigma"]}))
            """
        let names = String(data: try JSONEncoder().encode(result.factorNames), encoding: .utf8)!
        let salib = try JSONDecoder().decode(
            [String: [Double]].self, from: Data(try PythonEnvironment.run(python, ["-c", script, inputs.path, outputs.path, names]).utf8))
        for (index, name) in result.factorNames.enumerated() {
            let factor = try #require(result.factors.first { $0.name == name })
            #expect(
                abs(factor.meanAbsolute - salib["mu_star"]![index]) < 1e-9, "\(name): μ* \(factor.meanAbsolute) against \(salib["mu_star"]![index])")
            #expect(abs(factor.mean - salib["mu"]![index]) < 1e-9, "\(name): μ")
            #expect(abs(factor.standardDeviation - salib["sigma"]![index]) < 1e-9, "\(name): σ")
        }
    }
}
