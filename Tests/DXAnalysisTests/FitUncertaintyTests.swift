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
