import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("Change attribution")
struct ChangeAttributionTests {
    static let base = referenceScenario
    static let shares = referenceScenario.allocation

    @Test("with two inputs that differ, each part is its Shapley value, computed here by brute force from the four runs")
    func twoInputsAreShapley() throws {
        // Two inputs: the services programme's money (doubled) and citizens' uptake speed.
        var spending = Self.base
        spending.allocation["services"]! *= 2
        var speed = Self.base
        speed.assumptions["service_use_speed"] = 0.6
        var both = spending
        both.assumptions["service_use_speed"] = 0.6
        func v(_ scenario: Scenario) throws -> Double {
            try #require(try calibratedModel.simulate(scenario).value(of: "online-service-use", in: 2030))
        }
        let none = try v(Self.base), onlySpending = try v(spending), onlySpeed = try v(speed), all = try v(both)
        // Shapley with two players: the mean of each one's marginal effect over both orders.
        let shapleyServices = ((onlySpending - none) + (all - onlySpeed)) / 2
        let shapleySpeed = ((onlySpeed - none) + (all - onlySpending)) / 2
        let result = try ChangeAttribution(model: calibratedModel).attribute("online-service-use", in: 2030, from: Self.base, to: both)
        #expect(abs(result.difference - (all - none)) < 1e-9)
        let services = try #require(result.factors.first { $0.kind == .spending("services") }?.contribution)
        let uptake = try #require(result.factors.first { $0.kind == .parameter("service_use_speed") }?.contribution)
        #expect(abs(services - shapleyServices) < 1e-9, "\(services) vs \(shapleyServices)")
        #expect(abs(uptake - shapleySpeed) < 1e-9, "\(uptake) vs \(shapleySpeed)")
        #expect(result.factors.count == 2)
        #expect(services > 0 && uptake > 0, "more money and faster uptake both raise use")
        // With two players the Shapley values add up to the whole: nothing is left to interaction.
        #expect(abs(result.interaction) < 1e-9)
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
