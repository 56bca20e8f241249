import Testing

@testable import DXAnalysis
@testable import DXModel

/// The bundled model, compiled once for the tests.
let calibratedModel: DeclaredModel = {
    do { return try BundledModel.load() } catch { fatalError("the bundled model does not load: \(error)") }
}()

/// The 2025 spending pattern: VND 25,000 bn a year in the reference shares, 2026–2030.
let referenceScenario: Scenario = {
    let shares = zip(calibratedModel.programmes.map(\.id), calibratedModel.referenceSpending.map { $0 / calibratedModel.referenceBudget })
    return Scenario(
        name: "a", horizon: 2026...2030, budget: Budget(amountPerYear: 25_000),
        allocation: Dictionary(uniqueKeysWithValues: shares))
}()

@Suite("Calibration")
struct CalibrationTests {
    /// The backcast from mid-2020 with the model file's values, computed once.
    static let points = Calibration(model: calibratedModel).backcast()

    static func point(_ variable: String, _ time: Double) -> Calibration.Point? {
        points.first { $0.variable == variable && abs($0.observation.time - time) < 1e-9 }
    }

    /// What was published, each with the tolerance stated here (not read from the model file).
    @Test(
        "the backcast from mid-2020 reproduces what was observed 2020–2025",
        arguments: [
            ("fibre_percent", 2021.5, 65.0, 1.5),  // 65% of households using fibre in 2021
            ("fibre_percent", 2024.1, 80.2, 1.5),  // 80.2% in early 2024
            ("fibre_percent", 2025.5, 85.1, 1.5),  // 85.1% in June 2025
            ("fibre_percent", 2026.0, 87.6, 1.5),  // 87.6% in 2025
            ("online_services_percent", 2025.3, 50.4, 3.0),  // 50.4% of procedures fully online, April 2025
            ("online_dossiers_percent", 2024.0, 17.0, 4.0),  // end-2023
            ("digital_economy", 2020.5, 12.66, 0.3),  // NSO 2020
            ("digital_economy", 2022.5, 12.83, 0.3),  // NSO 2022
            ("digital_economy", 2025.5, 14.02, 0.3),  // NSO 2025
            ("digital_core", 2025.5, 8.42, 0.3),  // NSO 2025, core
            ("digitalisation", 2025.5, 5.6, 0.3),  // NSO 2025, digitalisation of other sectors
            ("ict_workers", 2025.0, 1_670_000, 50_000),  // end-2024
            ("five_g_sites", 2026.0, 35_304, 1_500),  // end-2025
            ("five_g_percent", 2026.0, 90.2, 3.0),  // end-2025
            ("egdi", 2024.7, 0.7709, 0.01),  // EGDI 2024 (from 0.6667 in 2020)
            ("online_service_use_percent", 2022.5, 4.85, 1.0),  // PAPI 2022
            ("smartphone_percent", 2022.2, 73.5, 2.0),  // March 2022
            ("payment_accounts_percent", 2025.83, 86.0, 2.0),  // SBV, October 2025
            ("e_signature_percent", 2025.5, 28.42, 2.0),  // NEAC, end-June 2025
            ("e_signature_percent", 2025.67, 35.18, 2.0),  // MoST, about August 2025
        ])
    func observed(variable: String, time: Double, value: Double, tolerance: Double) throws {
        let point = try #require(Self.point(variable, time), "no observation of \(variable) at \(time)")
        #expect(point.observation.value == value)
        #expect(point.role == .fitted)
        #expect(abs(point.simulated - value) <= tolerance, "\(variable) at \(time): model \(point.simulated), observed \(value)")
    }

    /// What the model cannot reproduce, asserted so that a change is noticed (MODEL.md §12 says why).
    @Test(
        "known misses: the 2025 fall in online dossiers, the flat digital economy of 2021–2023, 2025's deadline rush of 5G sites",
        arguments: [
            ("online_dossiers_percent", 2025.5, 1.0),  // 39.51% in June 2025, after 45.8% at the end of 2024: the model cannot fall
            ("online_dossiers_percent", 2025.83, 1.0),  // 39.98% in October 2025 (held out)
            ("digital_economy", 2024.5, 1.0),  // the model grows smoothly; the NSO series was flat, then jumped in 2025
            ("five_g_sites", 2025.83, 1.0),  // 16,737 in October 2025: half of 2025's sites came in its last two months
            ("five_g_percent", 2025.83, 1.0),
            ("online_dossiers_percent", 2024.5, -1.0),  // 42% at mid-2024: the 2024 jump was front-loaded (held out)
        ])
    func knownMisses(variable: String, time: Double, sign: Double) throws {
        let point = try #require(Self.point(variable, time))
        #expect(!point.withinTolerance, "\(variable) at \(time) is now met: update MODEL.md §12")
        #expect(point.miss * sign > 0, "the model is \(sign > 0 ? "above" : "below") what was observed")
    }

    @Test(
        "held-out observations the fit never saw",
        arguments: [
            ("fibre_percent", 2023.5, true),  // 77.1% in mid-2023: reproduced
            ("digital_economy", 2023.5, false),  // NSO 2023: the model is 0.4 points high
            ("e_signature_percent", 2026.0, false),  // 26.45 million certificates issued: cumulative, an upper bound the model passes
        ])
    func heldOut(variable: String, time: Double, reproduced: Bool) throws {
        let point = try #require(Self.point(variable, time))
        #expect(point.role == .heldOut)
        #expect(point.withinTolerance == reproduced, "miss \(point.miss)")
    }

    @Test("the backcast is the run every scenario starts with: a plan's 2025 is the calibrated end of 2025")
    func oneRun() throws {
        let calibration = Calibration(model: calibratedModel)
        let run = try #require(calibration.run())
        #expect(run.times.first == 2020.5)
        #expect(try #require(run.value("egdi", at: 2020.5)) == 0.6667)
        #expect(try #require(run.value("five_g_percent", at: 2020.5)) == 0)
        let push = try #require(run.series("dossier_push"))
        let monitoringStart = try #require(push.firstIndex { $0 > 0 })
        #expect(abs(run.times[monitoringStart] - 2024) < 1e-9)
        // The forward run continues from the same state: its 2025 column is the backcast's end of 2025.
        let forward = try calibratedModel.simulate(referenceScenario)
        for (variable, indicator) in [("fibre_percent", "fibre"), ("five_g_percent", "five-g"), ("egdi", "egdi")] {
            let backcast = try #require(run.value(variable, at: 2026.0))
            #expect(abs(try #require(forward.value(of: indicator, in: 2025)) - backcast) < 1e-9, "\(indicator)")
        }
    }

    @Test("a cancelled fit stops and throws (Ctrl-C in the shell)")
    func cancelled() {
        #expect(throws: SimulationError.cancelled) {
            try Calibration(model: calibratedModel).fit(cancellation: Cancellation { true })
        }
    }

    @Test("fitting again from the model file's values finds them again")
    func reproducible() throws {
        let result = try Calibration(model: calibratedModel).fit()
        for parameter in result.parameters {
            // Within 1% of the value, or of a thousandth of the range for a value near zero.
            let width = parameter.range.upperBound - parameter.range.lowerBound
            #expect(
                abs(parameter.fitted - parameter.modelValue) <= max(0.01 * abs(parameter.modelValue), 0.001 * width),
                "\(parameter.name): file \(parameter.modelValue), fit \(parameter.fitted)")
        }
    }
}

@Suite("Nelder–Mead")
struct NelderMeadTests {
    @Test("finds the minimum of a shifted bowl and of Rosenbrock's valley, inside the box")
    func minima() {
        let bowl = NelderMead().minimise(
            { ($0[0] - 1) * ($0[0] - 1) + ($0[1] + 2) * ($0[1] + 2) },
            from: [0, 0], within: [-5...5, -5...5])
        #expect(abs(bowl.point[0] - 1) < 1e-4 && abs(bowl.point[1] + 2) < 1e-4)
        let valley = NelderMead().minimise(
            { x in
                let a = 1 - x[0], b = x[1] - x[0] * x[0]
                return a * a + 100 * b * b
            }, from: [-1.2, 1], within: [-2...2, -2...2])
        #expect(abs(valley.point[0] - 1) < 1e-3 && abs(valley.point[1] - 1) < 1e-3)
        let boxed = NelderMead().minimise({ ($0[0] - 10) * ($0[0] - 10) }, from: [0], within: [0...3])
        #expect(abs(boxed.point[0] - 3) < 1e-6, "the minimum outside the box lands on its edge")
    }
}
