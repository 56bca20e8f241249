import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("Allocation optimiser")
struct AllocationOptimiserTests {
    static let base = referenceScenario
    static let shares = referenceScenario.allocation

    @Test("for one indicator: the optimised split does at least as well, adds up to 100%, and moves money to what drives it")
    func indicator() throws {
        let optimiser = AllocationOptimiser(model: calibratedModel)
        let result = try optimiser.optimise(Self.base, for: .indicator("fibre", year: 2030))
        #expect(result.after >= result.before)
        #expect(abs(result.shares.values.reduce(0, +) - 1) < 1e-9)
        #expect(result.shares.values.allSatisfy { $0 >= 0 })
        #expect(result.shares["broadband"]! > Self.shares["broadband"]!, "fibre is driven by broadband spending only")
        let again = try optimiser.optimise(Self.base, for: .indicator("fibre", year: 2030))
        #expect(again.shares == result.shares, "deterministic")
    }

    @Test("for an indicator where lower is better (cyber exposure), the optimised split lowers it")
    func lowerIsBetter() throws {
        #expect(calibratedModel.indicator("cyber-exposure")?.lowerIsBetter == true)
        let result = try AllocationOptimiser(model: calibratedModel).optimise(Self.base, for: .indicator("cyber-exposure", year: 2030))
        var optimised = Self.base
        optimised.allocation = result.shares
        let before = try #require(try calibratedModel.simulate(Self.base, cancellation: .never).value(of: "cyber-exposure", in: 2030))
        let after = try #require(try calibratedModel.simulate(optimised, cancellation: .never).value(of: "cyber-exposure", in: 2030))
        #expect(after < before)
        #expect(result.shares["security"]! > Self.shares["security"]!)
    }

    @Test("the targets score: a met target counts its weight, a missed one its progress times its weight, capped")
    func score() throws {
        var scenario = Self.base
        scenario.targets = [
            Target(indicator: "fibre", comparison: .atLeast, value: 80, year: 2025),
            Target(indicator: "fibre", comparison: .atLeast, value: 200, year: 2030),
            Target(indicator: "cyber-exposure", comparison: .atMost, value: 0.5, year: 2030),
        ]
        let run = try calibratedModel.simulate(scenario, cancellation: .never)
        let fibre2030 = try #require(run.value(of: "fibre", in: 2030)), exposure = try #require(run.value(of: "cyber-exposure", in: 2030))
        let expected = 1 + fibre2030 / 200 + min(0.5 / exposure, 1)
        let optimiser = AllocationOptimiser(model: calibratedModel)
        #expect(abs(optimiser.score(run, .targets(weights: [:])) - expected) < 1e-12)
        // A weight multiplies every target on its indicator, met or not; the others count 1.
        let weighted = 3 * (1 + fibre2030 / 200) + min(0.5 / exposure, 1)
        #expect(abs(optimiser.score(run, .targets(weights: ["fibre": 3])) - weighted) < 1e-12)
    }

    @Test("rounded shares add up to exactly 100% in tenths of a per cent")
    func rounding() {
        let rounded = AllocationOptimiser.roundedShares(["a": 1.0 / 3, "b": 1.0 / 3, "c": 1.0 / 3], order: ["a", "b", "c"])
        #expect(rounded.values.map { ($0 * 1000).rounded() }.reduce(0, +) == 1000)
        #expect(Set(rounded.values.map { ($0 * 1000).rounded() }) == [333, 334])
    }

    @Test("a cancelled search throws")
    func cancelled() {
        #expect(throws: SimulationError.cancelled) {
            try AllocationOptimiser(model: calibratedModel).optimise(
                Self.base, for: .indicator("fibre", year: 2030),
                cancellation: Cancellation { true })
        }
    }

    @Test("constraints hold in the answer: a pillar's floor, a programme's ceiling, a programme kept at its share")
    func constrained() throws {
        let model = calibratedModel
        let optimiser = AllocationOptimiser(model: model)
        let government = model.programmes.filter { $0.pillar == .digitalGovernment }.map(\.id)
        let keep = try #require(model.programmes.first { !government.contains($0.id) && $0.id != "broadband" }).id
        let constraints = [
            AllocationOptimiser.Constraint(name: "digital-government", programmes: government, bound: .atLeast(0.5)),
            AllocationOptimiser.Constraint(name: "broadband", programmes: ["broadband"], bound: .atMost(0.05)),
            AllocationOptimiser.Constraint(name: keep, programmes: [keep], bound: .fixed),
        ]
        let result = try optimiser.optimise(Self.base, for: .indicator("fibre", year: 2030), constraints: constraints)
        #expect(result.keepsConstraints)
        #expect(government.reduce(0) { $0 + result.shares[$1]! } >= 0.5 - 0.0005)
        #expect(result.shares["broadband"]! <= 0.05 + 0.0005)
        #expect(abs(result.shares[keep]! - (Self.base.allocation[keep] ?? 0)) <= 0.0005)
        #expect(abs(result.shares.values.reduce(0, +) - 1) < 1e-9)
        // Without the ceiling, the fibre search would give broadband more than 5%: the ceiling binds.
        let free = try optimiser.optimise(Self.base, for: .indicator("fibre", year: 2030))
        #expect(free.shares["broadband"]! > 0.05)
        #expect(result.after <= free.after + 1e-9, "a constrained optimum is no better than the free one")
    }

    @Test(
        "conditions no split can keep are refused before any run",
        arguments: [
            ([(Pillar.digitalGovernment, 0.7), (.digitalSociety, 0.4)], "the floors and the kept shares add up to 110%, more than the whole budget"),
            ([(Pillar.digitalGovernment, 0.2)], ""),
        ])
    func impossible(floors: [(Pillar, Double)], message: String) throws {
        let model = calibratedModel
        let constraints = floors.map { pillar, floor in
            AllocationOptimiser.Constraint(
                name: pillar.rawValue, programmes: model.programmes.filter { $0.pillar == pillar }.map(\.id), bound: .atLeast(floor))
        }
        let optimiser = AllocationOptimiser(model: model)
        if message.isEmpty {
            try optimiser.check(constraints, in: Self.base)
        } else {
            #expect(throws: AllocationOptimiser.ImpossibleConstraints.self) { try optimiser.check(constraints, in: Self.base) }
            do { try optimiser.check(constraints, in: Self.base) } catch { #expect(error.description == message) }
        }
        let broadband = AllocationOptimiser.Constraint(name: "broadband", programmes: ["broadband"], bound: .atLeast(0.3))
        let capped = AllocationOptimiser.Constraint(name: "broadband", programmes: ["broadband"], bound: .atMost(0.2))
        #expect(throws: AllocationOptimiser.ImpossibleConstraints.self) { try optimiser.check([broadband, capped], in: Self.base) }
    }
}
