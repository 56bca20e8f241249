import Testing

@testable import DXAnalysis
@testable import DXModel

@Suite("Reachability")
struct ReachabilityTests {
    func scenario(_ targets: [Target]) -> Scenario {
        var scenario = referenceScenario
        scenario.targets = targets
        return scenario
    }

    @Test("a missed target the whole budget on every programme meets is within reach, and a split found by hand meets it too")
    func reachable() throws {
        let target = Target(indicator: "online-services", comparison: .atLeast, value: 100, year: 2030)
        let run = try calibratedModel.simulate(scenario([target]))
        let verdicts = try Reachability(model: calibratedModel).assess(run)
        guard case .reachable(let bound) = verdicts[0].verdict else {
            Issue.record("expected reachable, got \(verdicts[0].verdict)")
            return
        }
        #expect(bound >= 100 - 0.05)
        // The bound is not only a bound: putting most of the same budget on services meets it.
        var split = scenario([target])
        split.allocation = [
            "services": 0.6, "data": 0.2, "management": 0.05, "security": 0.05, "business": 0.025,
            "industry": 0.025, "broadband": 0.025, "skills": 0.025,
        ]
        #expect(try calibratedModel.simulate(split).targetOutcomes[0].met)
    }

    @Test("a target no split can meet is out of reach; the bound is at least what the scenario gives; the verdict says what money would do")
    func outOfReach() throws {
        let targets = [
            Target(indicator: "digital-economy", comparison: .atLeast, value: 30, year: 2030),
            Target(indicator: "online-services", comparison: .atLeast, value: 100, year: 2027),
        ]
        let run = try calibratedModel.simulate(scenario(targets))
        let verdicts = try Reachability(model: calibratedModel).assess(run)
        guard case .outOfReach(let bound, .beyondMoney(let atMost)?) = verdicts[0].verdict else {
            Issue.record("expected out of reach beyond money, got \(verdicts[0].verdict)")
            return
        }
        #expect(bound >= run.value(of: "digital-economy", in: 2030)!)
        #expect(atMost >= bound && atMost < 30)
        // Every procedure online by 2027 needs more than this budget, but money can do it.
        guard case .outOfReach(_, .budget(let multiple)?) = verdicts[1].verdict else {
            Issue.record("expected a budget multiple, got \(verdicts[1].verdict)")
            return
        }
        #expect(Reachability.multiples.contains(multiple))
    }

    @Test("met targets need no run; a shallow assessment makes one run and says only 'out of reach'")
    func shallow() throws {
        let met = Target(indicator: "fibre", comparison: .atLeast, value: 80, year: 2030)
        let run = try calibratedModel.simulate(scenario([met, Target(indicator: "digital-economy", comparison: .atLeast, value: 30, year: 2030)]))
        let verdicts = try Reachability(model: calibratedModel).assess(run, deep: false)
        #expect(verdicts[0].verdict == .met)
        guard case .outOfReach(_, nil) = verdicts[1].verdict else {
            Issue.record("expected a shallow out of reach, got \(verdicts[1].verdict)")
            return
        }
    }
}
