import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("Fit uncertainty and hindcasts")
struct FitUncertaintyTests {
    static let calibration = Calibration(model: calibratedModel)

    func prior(_ name: String) -> Double {
        let range = Self.calibration.fittedParameters.first { $0.name == name }!.uncertainty!
        return (range.upperBound - range.lowerBound) / 4
    }

    @Test("observations narrow what they pin and leave the rest at their ranges' spread")
    func narrows() throws {
        let all = Self.calibration.fitUncertainty()
        // Four fibre observations pin how fast fibre spreads.
        #expect(try #require(all.standardDeviation(of: "fibre_speed")) < 0.2 * prior("fibre_speed"))
        // Before 2021, nothing was observed of the 5G pilot of 2025.
        let early = Self.calibration.fitUncertainty(until: 2021.0)
        let sd = try #require(early.standardDeviation(of: "five_g_rate_pilot"))
        #expect(abs(sd - prior("five_g_rate_pilot")) < 0.05 * prior("five_g_rate_pilot"))
    }

    @Test("joint draws stay inside the ranges; the same seed draws the same values")
    func draws() {
        let uncertainty = Self.calibration.fitUncertainty()
        var a = SeededGenerator(seed: 3), b = SeededGenerator(seed: 3)
        for _ in 0..<50 {
            let x = uncertainty.draw(using: &a), y = uncertainty.draw(using: &b)
            #expect(x == y)
            for (name, range) in zip(uncertainty.names, uncertainty.ranges) { #expect(range.contains(x[name]!), "\(name)") }
        }
    }

    @Test("a hindcast fits only what was known at its origin and bands every later observation")
    func hindcast() throws {
        let origin = 2025.0
        let first = try Self.calibration.hindcast(origin: origin, draws: 40, seed: 5, maximumEvaluations: 300)
        let again = try Self.calibration.hindcast(origin: origin, draws: 40, seed: 5, maximumEvaluations: 300)
        #expect(first.predictions.map(\.low) == again.predictions.map(\.low))
        #expect(!first.predictions.isEmpty)
        for prediction in first.predictions {
            #expect(prediction.observation.time > origin)
            #expect(prediction.low <= prediction.high)
        }
        let usable = Self.calibration.backcast().filter { Calibration.usable($0, until: origin) }.count
        #expect(first.observationsUsed == usable)
        #expect(first.covered <= first.predictions.count)
    }

    /// A point observed at `time` that an earlier fit missed by `z` tolerances.
    func point(at time: Double, missingBy z: Double, role: Calibration.Role = .fitted) -> Calibration.Point {
        Calibration.Point(
            variable: "x", observation: Observation(time: time, value: 10, provenance: .source("test"), heldOut: false),
            simulated: 10 + 2 * z, tolerance: 2, role: role)
    }

    @Test("the model error is learnt only from earlier fits' misses of what came after them and before the origin")
    func discrepancy() {
        let early = Calibration.Result(
            parameters: [],
            points: [
                point(at: 2020.5, missingBy: 9),  // before the fit's own origin: not a prediction
                point(at: 2022.0, missingBy: 3),  // one year ahead: (9 − 1)/1
                point(at: 2023.0, missingBy: 5),  // two years ahead: (25 − 1)/4
                point(at: 2022.5, missingBy: 0.5),  // inside the noise: 0
                point(at: 2022.5, missingBy: 50, role: .anchor),  // an anchor is no observation
                point(at: 2024.5, missingBy: 100),  // after the origin: not known yet
            ], objective: 0, evaluations: 0)
        let kappa = Discrepancy(earlier: [(2021.0, early, 1)], upTo: 2023.0)
        #expect(kappa.checks == 3)
        #expect(abs(kappa.perYear - ((8.0 + 6 + 0) / 3).squareRoot()) < 1e-12)
        // A fit made at the origin or after it teaches nothing about that origin.
        #expect(Discrepancy(earlier: [(2023.0, early, 1)], upTo: 2023.0).checks == 0)
        // A fit that already misses by s tolerances in sample counts only the excess.
        #expect(Discrepancy(earlier: [(2021.0, early, 3)], upTo: 2023.0).perYear == ((0.0 + 16.0 / 4 + 0) / 3).squareRoot())
    }

    @Test("the error scale is the fit's RMS miss in tolerances, never below 1")
    func errorScale() {
        let uncertainty = Self.calibration.fitUncertainty(until: 2023.0)
        let misses = Self.calibration.scaledMisses([:], until: 2023.0).filter(\.isFinite)
        let rms = (misses.reduce(0) { $0 + $1 * $1 } / Double(misses.count)).squareRoot()
        #expect(abs(uncertainty.errorScale - max(1, rms)) < 1e-12)
    }

    @Test("a rolling hindcast bands each origin with the model error learnt before it; more model error, wider bands")
    func rolling() throws {
        let hindcasts = try Self.calibration.rollingHindcast(origins: [2024.0, 2025.0], draws: 40, seed: 5, maximumEvaluations: 200)
        #expect(hindcasts.map(\.origin) == [2024.0, 2025.0])
        let last = hindcasts[1]
        #expect(last.discrepancy.checks > 0)
        #expect(last.discrepancy.perYear > 0)
        // The same fit and seed with that error give the same bands: the rolling hindcast is these pieces.
        let direct = try Self.calibration.hindcast(origin: 2025.0, discrepancy: last.discrepancy, draws: 40, seed: 5, maximumEvaluations: 200)
        #expect(direct.predictions.map(\.low) == last.predictions.map(\.low))
        #expect(direct.predictions.map(\.high) == last.predictions.map(\.high))
        // A large model error widens the bands (on average: draws are random).
        let plain = try Self.calibration.hindcast(origin: 2025.0, draws: 40, seed: 5, maximumEvaluations: 200)
        let wide = try Self.calibration.hindcast(
            origin: 2025.0, discrepancy: Discrepancy(perYear: 20, checks: 1), draws: 40, seed: 5,
            maximumEvaluations: 200)
        func meanWidth(_ h: Hindcast) -> Double {
            h.predictions.map { ($0.high - $0.low) / $0.tolerance }.reduce(0, +) / Double(h.predictions.count)
        }
        #expect(meanWidth(wide) > 2 * meanWidth(plain))
    }

    @Test("uncertainty draws the fitted parameters too, and the drawn budget shares add up to 1")
    func uncertaintyDraws() throws {
        let result = try UncertaintyAnalysis(model: calibratedModel).run(referenceScenario, samples: 30, seed: 2)
        #expect(result.parameters.contains("fibre_speed"), "a fitted parameter is drawn")
        #expect(result.parameters.contains("share_services"))
        #expect(calibratedModel.referenceShareParameters.count == calibratedModel.programmes.count)
        // The 2025 column varies now: the history itself is uncertain.
        let low = try #require(result.quantile(0.05, of: "fibre", in: 2025)), high = try #require(result.quantile(0.95, of: "fibre", in: 2025))
        #expect(high - low > 0.1)
    }
}
