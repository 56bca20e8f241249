import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("Budget seek")
struct BudgetSeekTests {
    static var scenario: Scenario {
        var scenario = referenceScenario
        scenario.targets = [
            Target(indicator: "online-services", comparison: .atLeast, value: 80, year: 2030),
            Target(indicator: "national-databases", comparison: .atLeast, value: 95, year: 2029),
        ]
        return scenario
    }

    @Test("the least budget meets the targets and half a per cent less does not; every budget tried is reported")
    func least() throws {
        let seek = BudgetSeek(model: calibratedModel)
        let result = try seek.seek(Self.scenario)
        let factor = try #require(result.factor)
        #expect(factor > 0)
        func met(_ factor: Double) throws -> Bool {
            try calibratedModel.simulate(BudgetSeek.scaled(Self.scenario, by: factor)).targetOutcomes.allSatisfy(\.met)
        }
        #expect(try met(factor))
        #expect(try !met(factor * (1 - 2 * BudgetSeek.precision)), "a little less money misses a target: \(factor)")
        #expect(result.points.map(\.factor) == result.points.map(\.factor).sorted())
        #expect(result.points.contains { $0.factor == 1 })
        #expect(result.points.last!.met == 2)
        // Seeking one indicator's target needs no more money than seeking both.
        let one = try seek.seek(Self.scenario, indicators: ["national-databases"])
        #expect(one.targets.count == 1 && (one.factor ?? .infinity) <= factor + 1e-12)
    }

    @Test("targets no budget meets with this split are named; targets met with no money give 0")
    func outOfReachAndFree() throws {
        var scenario = referenceScenario
        scenario.targets = [Target(indicator: "digital-economy", comparison: .atLeast, value: 30, year: 2030)]
        let result = try BudgetSeek(model: calibratedModel).seek(scenario)
        #expect(result.factor == nil)
        #expect(result.missedAtMost == scenario.targets)
        #expect(result.points.last?.factor == BudgetSeek.maximumFactor)
        scenario.targets = [Target(indicator: "fibre", comparison: .atLeast, value: 50, year: 2027)]
        #expect(try BudgetSeek(model: calibratedModel).seek(scenario).factor == 0)
    }

    @Test("scaling multiplies every year's money and nothing else")
    func scaling() {
        let scaled = BudgetSeek.scaled(Self.scenario, by: 1.5)
        for year in Self.scenario.horizon {
            #expect(abs(scaled.envelope(in: year) - 1.5 * Self.scenario.envelope(in: year)) < 1e-6)
        }
        #expect(scaled.allocation == Self.scenario.allocation && scaled.targets == Self.scenario.targets)
    }

    @Test("the earliest year: the plan continued with its last year's budget and split; a year found meets the target and the year before does not")
    func earliestYear() throws {
        var scenario = referenceScenario
        scenario.targets = [
            Target(indicator: "online-service-use", comparison: .atLeast, value: 60, year: 2030),
            Target(indicator: "digital-economy", comparison: .atLeast, value: 60, year: 2030),
        ]
        let continued = TargetYearSeek.continued(scenario)
        #expect(continued.horizon == scenario.horizon.lowerBound...TargetYearSeek.until)
        #expect(continued.envelope(in: 2040) == scenario.envelope(in: scenario.horizon.upperBound))
        #expect(continued.shares(in: 2045) == scenario.shares(in: scenario.horizon.upperBound))
        let answers = try TargetYearSeek(model: calibratedModel).seek(scenario)
        #expect(answers.map(\.target) == scenario.targets)
        let use = try #require(answers[0].firstYear)
        let run = try calibratedModel.simulate(continued)
        #expect(try #require(run.value(of: "online-service-use", in: use)) >= 60 - 0.05)
        #expect(try #require(run.value(of: "online-service-use", in: use - 1)) < 60 - 0.05)
        #expect(use > 2030, "met late with the money of 2030 kept")
        #expect(answers[1].firstYear == nil, "a digital economy of 60% of GDP is not reached by 2050")
    }
}
