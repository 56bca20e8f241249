import DXSource
import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("sensitivity (tornado)")
struct TornadoTests {
    static let scenario = Scenario(
        name: "s", horizon: 2026...2030, budget: Budget(amountPerYear: 40_000),
        allocation: Dictionary(
            uniqueKeysWithValues: zip(
                calibratedModel.programmes.map(\.id), calibratedModel.referenceSpending.map { $0 / calibratedModel.referenceBudget })))

    @Test("each bar is the indicator in runs with that one input at its two ends; the largest swing comes first")
    func barsAreRuns() throws {
        let model = calibratedModel
        let fibre = try #require(model.indicators.first { $0.id == "fibre" })
        let tornado = try Tornado.run(Self.scenario, indicator: fibre, year: 2030, model: model)
        let base = try #require(try model.simulate(Self.scenario).value(of: "fibre", in: 2030))
        #expect(tornado.base == base)
        #expect(tornado.bars.map(\.swing) == tornado.bars.map(\.swing).sorted(by: >), "largest swing first")
        // An assumption, checked against runs made here.
        let bassQ = try #require(tornado.bars.first { $0.input == "bass_q" })
        #expect(bassQ.kind == .assumption)
        let range = try #require(model.compiled.variable("bass_q")?.uncertainty)
        #expect(bassQ.low == range.lowerBound && bassQ.high == range.upperBound)
        #expect(bassQ.atLow == (try model.simulate(Self.scenario, parameters: ["bass_q": range.lowerBound]).value(of: "fibre", in: 2030)))
        #expect(bassQ.atHigh == (try model.simulate(Self.scenario, parameters: ["bass_q": range.upperBound]).value(of: "fibre", in: 2030)))
        #expect(bassQ.atHigh > bassQ.atLow, "faster imitation, more fibre")
        // A lever: the broadband programme's money at half and one and a half times.
        let broadband = try #require(tornado.bars.first { $0.input == "broadband" })
        #expect(broadband.kind == .lever)
        let more = Tornado.scenario(Self.scenario, scaling: "broadband", by: 1.5)
        #expect(broadband.atHigh == (try model.simulate(more).value(of: "fibre", in: 2030)))
        #expect(abs(more.spending(on: "broadband", in: 2027) - 1.5 * Self.scenario.spending(on: "broadband", in: 2027)) < 1e-6)
        #expect(more.spending(on: "data", in: 2027) == Self.scenario.spending(on: "data", in: 2027), "the other programmes keep their money")
        #expect(broadband.atHigh >= broadband.atLow, "more money for broadband, no less fibre")
        // Fitted parameters are there, inside their search ranges.
        let fitted = tornado.bars.filter { $0.kind == .fitted }
        #expect(!fitted.isEmpty)
        for bar in fitted {
            let search = try #require(model.compiled.variable(bar.input)?.uncertainty)
            #expect(search.contains(bar.low) && search.contains(bar.high) && bar.low < bar.high)
        }
    }

    @Test("a parameter the scenario assumes is not moved; a share of the reference budget moves with the others scaled to add up to 1")
    func assumedAndShares() throws {
        let model = calibratedModel
        var scenario = Self.scenario
        scenario.assumptions["bass_q"] = 0.4
        let egdi = try #require(model.indicators.first { $0.id == "egdi" })
        let tornado = try Tornado.run(scenario, indicator: egdi, year: 2028, model: model)
        #expect(!tornado.bars.contains { $0.input == "bass_q" })
        let share = try #require(model.referenceShareParameters.first)
        let bar = try #require(tornado.bars.first { $0.input == share })
        // The same run made by hand: the share at its low end, the others scaled to fill the rest.
        let values = Dictionary(uniqueKeysWithValues: model.parameters.map { ($0.id, $0.value) })
        let others = model.referenceShareParameters.filter { $0 != share }
        let rest = others.reduce(0) { $0 + values[$1]! }
        var overrides = [share: bar.low]
        for name in others { overrides[name] = values[name]! * (1 - bar.low) / rest }
        #expect(abs(overrides.values.reduce(0, +) - 1) < 1e-12)
        #expect(bar.atLow == (try model.simulate(scenario, parameters: overrides).value(of: "egdi", in: 2028)))
    }

    @Test("cancelling stops it")
    func cancelled() throws {
        let fibre = try #require(calibratedModel.indicators.first { $0.id == "fibre" })
        #expect(throws: SimulationError.cancelled) {
            try Tornado.run(Self.scenario, indicator: fibre, year: 2030, model: calibratedModel, cancellation: Cancellation { true })
        }
    }
}
