import Testing
@testable import DXAnalysis
@testable import DXModel

@Suite("Change attribution")
struct ChangeAttributionTests {
    static let base = referenceScenario
    static let shares = referenceScenario.allocation

    @Test("the parts and the interaction add up to the difference")
    func addsUp() throws {
        var b = Self.base
        b.budget = Budget(amountPerYear: 60_000)
        b.assumptions["bass_q"] = 0.45
        let result = try ChangeAttribution(model: calibratedModel).attribute("online-service-use", in: 2030, from: Self.base, to: b)
        #expect(result.factors.count == calibratedModel.programmes.count + 1)
        let sum = result.factors.reduce(0) { $0 + $1.contribution } + result.interaction
        #expect(abs(sum - result.difference) < 1e-9)
        #expect(result.difference > 0)
        #expect(result.factors.contains { $0.kind == .parameter("bass_q") && $0.contribution > 0 })
    }

    @Test("when one input differs, it accounts for the whole difference and nothing is left to interaction")
    func single() throws {
        var b = Self.base
        b.assumptions["fibre_speed"] = 2.0
        let result = try ChangeAttribution(model: calibratedModel).attribute("fibre", in: 2028, from: Self.base, to: b)
        #expect(result.factors.map(\.kind) == [.parameter("fibre_speed")])
        #expect(abs(result.factors[0].contribution - result.difference) < 1e-12)
        #expect(abs(result.interaction) < 1e-12)
        #expect(result.difference > 0.5)
    }

    @Test("the same inputs: no parts, no difference")
    func same() throws {
        var b = Self.base
        b.name = "b"
        let result = try ChangeAttribution(model: calibratedModel).attribute("egdi", in: 2030, from: Self.base, to: b)
        #expect(result.factors.isEmpty && result.difference == 0)
    }
}
