import Testing
@testable import DXAnalysis
@testable import DXModel

/// The bundled model, compiled once for the tests.
let calibratedModel: DeclaredModel = {
    do { return try BundledModel.load() } catch { fatalError("the bundled model does not load: \(error)") }
}()

/// The 2024 spending pattern: VND 25,000 bn a year in the reference shares, 2025–2030.
let referenceScenario: Scenario = {
    let shares = zip(calibratedModel.programmes.map(\.id), calibratedModel.referenceSpending.map { $0 / calibratedModel.referenceBudget })
    return Scenario(name: "a", horizon: 2025...2030, budget: Budget(amountPerYear: 25_000),
                    allocation: Dictionary(uniqueKeysWithValues: shares))
}()

@Suite("Calibration")
struct CalibrationTests {
    /// The backcast from mid-2020 with the model file's values, computed once.
    static let points = Calibration(model: calibratedModel).backcast()

    static func point(_ variable: String, _ time: Double) -> Calibration.Point? {
        points.first { $0.variable == variable && abs($0.observation.time - time) < 1e-9 }
    }

    /// The list, each with the tolerance stated here (not read from the model file).
    @Test("one backcast of the whole model from mid-2020 reproduces the observed 2021–2024 values", arguments: [
        ("fibre_percent", 2021.5, 65.0, 1.5),             // 65% of households in 2021
        ("fibre_percent", 2024.1, 80.2, 1.5),             // 80.2% in early 2024
        ("online_services_percent", 2024.3, 80.44, 2.0),  // April 2024
        ("online_dossiers_percent", 2024.0, 17.0, 2.0),   // end-2023
        ("online_dossiers_percent", 2025.0, 45.8, 2.0),   // end-2024
        ("digital_economy", 2021.5, 12.87, 0.3),          // GSO 2021
        ("digital_economy", 2022.5, 12.83, 0.3),          // GSO 2022
        ("digital_economy", 2024.5, 13.17, 0.3),          // GSO 2024
        ("digital_economy_mic", 2021.5, 11.91, 0.8),      // MIC 2021
        ("digital_economy_mic", 2022.5, 14.26, 0.8),      // MIC 2022
        ("digital_economy_mic", 2024.5, 18.3, 0.8),       // MIC 2024 estimate
        ("egdi", 2024.7, 0.7709, 0.01),                   // EGDI 2024 (from 0.6667 in 2020)
    ])
    func observed(variable: String, time: Double, value: Double, tolerance: Double) throws {
        let point = try #require(Self.point(variable, time), "no observation of \(variable) at \(time)")
        #expect(point.observation.value == value)
        #expect(point.role == .fitted)
        #expect(abs(point.simulated - value) <= tolerance, "\(variable) at \(time): model \(point.simulated), observed \(value)")
    }

    @Test("every observation the fit uses is met within its history's tolerance, and the starts are exact")
    func everyPoint() {
        #expect(Self.points.count >= 19)
        for point in Self.points where point.role != .heldOut {
            #expect(point.withinTolerance,
                    "\(point.variable) at \(point.observation.time): model \(point.simulated), observed \(point.observation.value)")
        }
        #expect(Self.points.filter { $0.role == .start }.map(\.variable).sorted() == ["digital_economy", "egdi"])
        #expect(Self.points.filter { $0.role == .anchor }.map(\.variable) == ["digital_skills_percent"])
    }

    @Test("held-out observations the fit never saw", arguments: [
        ("fibre_percent", 2023.5, true),          // 77.1% in mid-2023: reproduced
        ("digital_economy", 2023.5, true),        // GSO 2023
        ("digital_economy_mic", 2023.5, true),    // MIC 2023 estimate
        ("online_dossiers_percent", 2024.5, false), // 42% at mid-2024: the model's smooth gap-closing misses the front-loaded jump
    ])
    func heldOut(variable: String, time: Double, reproduced: Bool) throws {
        let point = try #require(Self.point(variable, time))
        #expect(point.role == .heldOut)
        #expect(point.withinTolerance == reproduced, "miss \(point.miss)")
    }

    @Test("the backcast is one run: the 2020 starting values are the backcast block's, and monitoring starts in 2024 inside it")
    func oneRun() throws {
        let calibration = Calibration(model: calibratedModel)
        let run = try #require(calibration.run())
        #expect(run.times.first == 2020.5)
        #expect(try #require(run.value("egdi", at: 2020.5)) == 0.6667)
        #expect(abs(try #require(run.value("fibre_percent", at: 2020.5)) - 57.749) < 1e-9)
        #expect(try #require(run.value("five_g_percent", at: 2020.5)) == 0)
        let push = try #require(run.series("dossier_push"))
        let monitoringStart = try #require(push.firstIndex { $0 > 0 })
        #expect(abs(run.times[monitoringStart] - 2024) < 1e-9)
        // A run of the model itself still starts from the 2024 baselines: the backcast changed nothing.
        #expect(calibratedModel.indicators.first { $0.id == "fibre" }?.baseline == 80.2)
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
            #expect(abs(parameter.fitted - parameter.modelValue) <= 0.01 * abs(parameter.modelValue),
                    "\(parameter.name): file \(parameter.modelValue), fit \(parameter.fitted)")
        }
    }
}

@Suite("Nelder–Mead")
struct NelderMeadTests {
    @Test("finds the minimum of a shifted bowl and of Rosenbrock's valley, inside the box")
    func minima() {
        let bowl = NelderMead().minimise({ ($0[0] - 1) * ($0[0] - 1) + ($0[1] + 2) * ($0[1] + 2) },
                                         from: [0, 0], within: [-5...5, -5...5])
        #expect(abs(bowl.point[0] - 1) < 1e-4 && abs(bowl.point[1] + 2) < 1e-4)
        let valley = NelderMead().minimise({ x in
            let a = 1 - x[0], b = x[1] - x[0] * x[0]
            return a * a + 100 * b * b
        }, from: [-1.2, 1], within: [-2...2, -2...2])
        #expect(abs(valley.point[0] - 1) < 1e-3 && abs(valley.point[1] - 1) < 1e-3)
        let boxed = NelderMead().minimise({ ($0[0] - 10) * ($0[0] - 10) }, from: [0], within: [0...3])
        #expect(abs(boxed.point[0] - 3) < 1e-6, "the minimum outside the box lands on its edge")
    }
}
