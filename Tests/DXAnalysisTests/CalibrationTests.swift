import Testing
@testable import DXAnalysis
@testable import DXModel

/// The bundled model, compiled once for the tests.
let calibratedModel: DeclaredModel = {
    do { return try BundledModel.load() } catch { fatalError("the bundled model does not load: \(error)") }
}()

@Suite("Calibration")
struct CalibrationTests {
    @Test("the model file reproduces every observation it was fitted to, within its tolerance")
    func fittedObservations() {
        let points = Calibration(model: calibratedModel).backcast()
        #expect(points.count >= 15)
        for point in points where !point.isStart && !point.observation.heldOut {
            #expect(point.withinTolerance,
                    "\(point.variable) at \(point.observation.time): model \(point.simulated), observed \(point.observation.value)")
        }
    }

    @Test("held-out observations the fit never saw", arguments: [
        ("fibre_percent", 2023.5, true),          // 77.1% in mid-2023: reproduced
        ("digital_economy", 2023.5, true),        // GSO 2023
        ("digital_economy_mic", 2023.5, true),    // MIC 2023 estimate
        ("online_dossiers_percent", 2024.5, false), // 42% at mid-2024: the model's smooth gap-closing misses the front-loaded jump
    ])
    func heldOut(variable: String, time: Double, reproduced: Bool) throws {
        let point = try #require(Calibration(model: calibratedModel).backcast().first {
            $0.variable == variable && $0.observation.time == time
        })
        #expect(point.observation.heldOut)
        #expect(point.withinTolerance == reproduced, "miss \(point.miss)")
    }

    @Test("fitting again from the model file's values finds them again")
    func reproducible() {
        let result = Calibration(model: calibratedModel).fit()
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
