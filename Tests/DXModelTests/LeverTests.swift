import Foundation
import Testing

@testable import DXModel

/// Sterman's model tests (Business Dynamics, ch. 21), automated on the bundled model: which lever
/// moves what, extreme conditions, and the questions about timing a planner asks.
@Suite("Levers and extreme conditions")
struct LeverTests {
    let model = bundledModel

    /// Each programme and the indicator its money buys most directly, judged in 2027 (before the
    /// counted lists it fills can be complete under any plan).
    static let ownIndicator: [(programme: String, indicator: String)] = [
        ("services", "online-services"), ("data", "national-databases"), ("management", "digital-offices"),
        ("security", "cyber-exposure"), ("business", "digital-economy"), ("industry", "digital-workforce"),
        ("broadband", "fibre-coverage"), ("skills", "digital-skills"),
    ]

    func value(_ scenario: Scenario, _ indicator: String, in year: Int = 2027) throws -> Double {
        try #require(try model.simulate(scenario).value(of: indicator, in: year))
    }

    /// An indicator's gain, signed so that better is positive.
    func gain(_ indicator: String, from base: Double, to value: Double) -> Double {
        let lowerIsBetter = model.indicators.first { $0.id == indicator }?.lowerIsBetter == true
        return lowerIsBetter ? base - value : value - base
    }

    @Test(
        "the same extra money moves each programme's own indicator more than it moves when given to any other programme",
        arguments: ownIndicator)
    func ownLeverMovesMost(programme: String, indicator: String) throws {
        let base = try value(model.scenario(), indicator)
        let extra = 5_000.0  // bn VND a year, 2026–2030
        let own = gain(indicator, from: base, to: try value(model.scenario(multiplying: programme, adding: extra), indicator))
        #expect(own > 0, "\(programme) money moves \(indicator)")
        for other in model.programmes.map(\.id) where other != programme {
            let elsewhere = gain(indicator, from: base, to: try value(model.scenario(multiplying: other, adding: extra), indicator))
            #expect(own > elsewhere, "\(indicator): +\(extra) bn VND on \(programme) gives \(own), on \(other) \(elsewhere)")
        }
    }

    @Test("a programme's own indicator never gets worse as its money grows from 0 to 10 times", arguments: ownIndicator)
    func monotone(programme: String, indicator: String) throws {
        var previous = -Double.infinity
        for factor in [0, 0.5, 1, 2, 4, 10] {
            let v = try value(model.scenario(multiplying: programme, by: factor), indicator, in: 2030)
            let signed = gain(indicator, from: 0, to: v)
            #expect(signed >= previous - 1e-9, "\(indicator) at \(factor)× \(programme): \(v)")
            previous = signed
        }
    }

    @Test(
        "no budget, ten and a hundred times the budget, to 2050: every share stays in 0–100%, every index in 0–1, every value finite",
        arguments: [0.0, 10, 100])
    func extremeBudgets(factor: Double) throws {
        let result = try model.simulate(model.scenario(budgetFactor: factor, to: 2050))
        for (i, indicator) in model.indicators.enumerated() {
            for (y, v) in result.indicatorValues[i].enumerated() {
                #expect(v.isFinite, "\(indicator.id) in \(result.years[y]) is \(v)")
                if indicator.unit == .percent && indicator.id != "broadband-gdp-gain" && indicator.id != "digital-economy"
                    && indicator.id != "digital-economy-mic"
                {
                    #expect(v >= -1e-9 && v <= 100 + 1e-9, "\(indicator.id) in \(result.years[y]) is \(v)%")
                }
                if ["egdi", "cyber-exposure"].contains(indicator.id) {
                    #expect(v >= -1e-9 && v <= 1 + 1e-9, "\(indicator.id) in \(result.years[y]) is \(v)")
                }
            }
        }
        let economy = try #require(result.value(of: "digital-economy", in: 2050))
        #expect(economy > 0 && economy < 100)
    }

    @Test("a finite list is finished: enough money for services brings every procedure fully online, exactly 100%")
    func listsComplete() throws {
        var scenario = model.scenario(multiplying: "services", by: 6)
        scenario.targets = [Target(indicator: "online-services", comparison: .atLeast, value: 100, year: 2030)]
        let run = try model.simulate(scenario)
        #expect(run.value(of: "online-services", in: 2030) == 100)
        #expect(run.targetOutcomes.first?.met == true)
        // The reference spending does not finish it.
        #expect(try value(model.scenario(), "online-services", in: 2030) < 99)
    }

    /// The reference plan with a scenario's assumptions (which act from 2026, the plan's start).
    func plan(
        assuming assumptions: [String: Double] = [:], policies: [String: Double] = [:],
        _ base: Scenario? = nil
    ) -> Scenario {
        var scenario = base ?? model.scenario()
        scenario.assumptions = assumptions
        scenario.policies = policies
        return scenario
    }

    @Test("history is history: a scenario's assumptions and policies act from 2026 and leave 2020–2025 as calibrated")
    func assumptionsActOnThePlan() throws {
        let base = try model.simulate(model.scenario())
        let changed = try model.simulate(
            plan(
                assuming: ["co_financing": 0.5, "service_use_speed": 0.05, "cost_per_service": 9],
                policies: ["paper_refusal": .infinity]))
        for indicator in model.indicators {
            #expect(changed.value(of: indicator.id, in: 2025) == base.value(of: indicator.id, in: 2025), "\(indicator.id) in 2025")
        }
        #expect(changed.value(of: "online-services", in: 2030)! < base.value(of: "online-services", in: 2030)!)
    }

    @Test("5G a year late: delaying the operators' post-2025 rollout lowers 2026 coverage, and keeps 2025's")
    func lateFiveG() throws {
        let onTime = try model.simulate(model.scenario())
        let late = try model.simulate(plan(policies: ["five_g_rollout": 2027]))
        #expect(late.value(of: "five-g", in: 2026)! < onTime.value(of: "five-g", in: 2026)! - 5)
        #expect(late.value(of: "five-g", in: 2026)! - late.value(of: "five-g", in: 2025)! < 3, "only the public programme's few sites go on")
        #expect(late.value(of: "five-g", in: 2028)! > late.value(of: "five-g", in: 2026)!)
    }

    @Test("citizens adopt more slowly without the state supplying less: uptake and supply are separate levers")
    func citizensApartFromSupply() throws {
        let base = try model.simulate(model.scenario())
        let slow = try model.simulate(plan(assuming: ["service_use_speed": model.parameter("service_use_speed") / 4]))
        #expect(slow.value(of: "online-service-use", in: 2030)! < base.value(of: "online-service-use", in: 2030)! - 2)
        #expect(slow.value(of: "online-services", in: 2030) == base.value(of: "online-services", in: 2030))
    }

    @Test("co-financing: operators investing a fifth of their plans cover fewer people with 5G and pass fewer households")
    func coFinancing() throws {
        let base = try model.simulate(model.scenario())
        let half = try model.simulate(plan(assuming: ["co_financing": 0.2]))
        #expect(half.value(of: "five-g", in: 2026)! < base.value(of: "five-g", in: 2026)!)
        #expect(half.value(of: "fibre-coverage", in: 2026)! < base.value(of: "fibre-coverage", in: 2026)!)
    }

    @Test(
        "a programme a year late spends each year's money a year later, and what it buys comes later",
        arguments: ownIndicator.filter { $0.programme != "security" })
    func lateProgramme(programme: String, indicator: String) throws {
        let onTime = model.scenario(multiplying: programme, by: 4)
        var late = onTime
        late.delays = [programme: 1]
        let first = onTime.horizon.lowerBound
        #expect(late.spending(on: programme, in: first) == 0)
        #expect(late.spending(on: programme, in: first + 1) == onTime.spending(on: programme, in: first))
        #expect(
            late.spending(on: "skills" == programme ? "services" : "skills", in: first)
                == onTime.spending(on: "skills" == programme ? "services" : "skills", in: first), "other programmes keep their money")
        let a = try model.simulate(onTime), b = try model.simulate(late)
        #expect(b.value(of: indicator, in: 2025) == a.value(of: indicator, in: 2025), "history is not rewritten")
        #expect(b.value(of: indicator, in: first)! < a.value(of: indicator, in: first)!, "\(indicator) in \(first)")
        for year in onTime.horizon {
            #expect(b.value(of: indicator, in: year)! <= a.value(of: indicator, in: year)! + 1e-9, "\(indicator) in \(year)")
        }
        // The run's spending input is the delayed schedule.
        #expect(b.spending[b.programmes.firstIndex { $0.id == programme }!][1] == 0)
    }

    @Test("a longer build delay for the public broadband programme slows what its extra money passes")
    func buildDelay() throws {
        let more = model.scenario(multiplying: "broadband", by: 3)
        let quick = try model.simulate(plan(assuming: ["fibre_build_delay": 1], more))
        let slow = try model.simulate(plan(assuming: ["fibre_build_delay": 3], more))
        #expect(quick.value(of: "fibre-coverage", in: 2026)! > slow.value(of: "fibre-coverage", in: 2026)!)
    }
}
