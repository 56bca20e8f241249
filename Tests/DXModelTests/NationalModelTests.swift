import Foundation
import Testing

@testable import DXModel

/// The bundled model, compiled once for the tests.
let bundledModel: DeclaredModel = {
    do { return try BundledModel.load() } catch { fatalError("the bundled model does not load: \(error)") }
}()

extension DeclaredModel {
    /// The 2024 split of the reference budget, from the model's reference spending.
    var referenceShares: [String: Double] {
        let total = referenceSpending.reduce(0, +)
        return Dictionary(uniqueKeysWithValues: zip(programmes.map(\.id), referenceSpending.map { $0 / total }))
    }

    func parameter(_ id: String) -> Double { parameters.first { $0.id == id }!.value }

    /// The 2025 spending, 2026–`end`, with one programme's money multiplied (the others' unchanged)
    /// or raised by an amount in bn VND a year.
    func scenario(
        multiplying programme: String? = nil, by factor: Double = 1, adding extra: Double = 0,
        budgetFactor: Double = 1, to end: Int = 2030
    ) -> Scenario {
        var amounts = Dictionary(uniqueKeysWithValues: zip(programmes.map(\.id), referenceSpending.map { $0 * budgetFactor }))
        if let programme {
            amounts[programme] = amounts[programme]! * factor + extra
        }
        let total = amounts.values.reduce(0, +)
        return Scenario(
            name: "s", horizon: 2026...end, budget: Budget(amountPerYear: total),
            allocation: total > 0 ? amounts.mapValues { $0 / total } : referenceShares)
    }
}

@Suite("National model")
struct NationalModelTests {
    let model = bundledModel

    /// The 2024 spending pattern, continued: the model's reference.
    func reference(from start: Int = 2026, to end: Int = 2030) -> Scenario {
        Scenario(
            name: "reference", horizon: start...end,
            budget: Budget(amountPerYear: model.parameter("reference_budget")),
            allocation: model.referenceShares)
    }

    func parameter(_ id: String) -> Double { model.parameter(id) }

    /// The closed-form Bass solution from x0 after t years, with both coefficients scaled by `speed`.
    func bass(_ x0: Double, years t: Double, speed: Double = 1) -> Double {
        let p = parameter("bass_p") * speed, q = parameter("bass_q") * speed
        let a = (1 - x0) / (1 + q / p * x0)
        let decay = exp(-(p + q) * t)
        return (1 - a * decay) / (1 + q / p * a * decay)
    }

    @Test("the base year's column is the model's own end of 2025, reached from the 2020 backcast on history")
    func baselines() throws {
        let result = try model.simulate(reference())
        #expect(result.years == Array(2025...2030))
        for indicator in model.indicators {
            #expect(result.value(of: indicator.id, in: 2025) == indicator.baseline)
        }
        #expect(result.steps == 60, "the plan's own months, 2026–2030")
        #expect(model.runStart == 2020.5)
        // 2025 as published, within each history's tolerance (MODEL.md §12).
        for (id, observed, tolerance) in [("fibre", 87.6, 1.5), ("five-g", 90.2, 3.0), ("payment-accounts", 86.0, 2.5)] {
            let value = try #require(result.value(of: id, in: 2025))
            #expect(abs(value - observed) <= tolerance, "\(id) in 2025: \(value), published \(observed)")
        }
    }

    @Test("more money for broadband passes more households sooner; no money at all lets every counted stock decline")
    func budgetMovesOutcomes() throws {
        let baseline = try model.simulate(reference())
        var richer = reference()
        richer.budget.amountPerYear *= 2
        richer.allocation = ["broadband": 0.6, "services": 0.1, "data": 0.1, "skills": 0.2]
        let rich = try model.simulate(richer)
        #expect(try #require(rich.value(of: "fibre-coverage", in: 2026)) > baseline.value(of: "fibre-coverage", in: 2026)! + 0.3)
        // Management got nothing in the richer plan: fewer offices work digitally.
        #expect(try #require(rich.value(of: "digital-offices", in: 2030)) < baseline.value(of: "digital-offices", in: 2030)! - 10)

        var starved = reference()
        starved.budget.amountPerYear = 0
        let poor = try model.simulate(starved)
        for id in ["online-services", "national-databases", "digital-offices"] {
            let start = try #require(poor.value(of: id, in: 2025)), end = try #require(poor.value(of: id, in: 2030))
            #expect(end < start - 10, "\(id) declines without upkeep: \(start) → \(end)")
        }
        #expect(try #require(poor.value(of: "cyber-exposure", in: 2030)) > baseline.value(of: "cyber-exposure", in: 2030)!)
    }

    @Test("diminishing returns: doubling a programme's money less than doubles its effect")
    func diminishingReturns() throws {
        let base = try model.simulate(reference()).value(of: "online-services", in: 2027)!
        func services(times factor: Double) throws -> Double {
            try model.simulate(model.scenario(multiplying: "services", by: factor)).value(of: "online-services", in: 2027)! - base
        }
        let once = try services(times: 2)
        let twice = try services(times: 3)
        #expect(once > 0 && twice > once)
        #expect(twice < 2 * once)
    }

    @Test("runs are pure and repeatable")
    func purity() throws {
        var scenario = reference()
        scenario.budget = Budget(amountPerYear: 40_000, growthPerYear: 0.1)
        let first = try model.simulate(scenario)
        _ = try model.simulate(reference())
        let again = try model.simulate(scenario)
        #expect(first.indicatorValues == again.indicatorValues)
        #expect(first.spending == again.spending)
    }

    @Test("years before the horizon use the reference spending")
    func lateHorizon() throws {
        let late = try model.simulate(reference(from: 2027, to: 2030))
        let early = try model.simulate(reference())
        #expect(late.indicatorValues == early.indicatorValues)
        var different = reference(from: 2027, to: 2030)
        different.budget.amountPerYear = 0
        let starved = try model.simulate(different)
        #expect(starved.value(of: "online-services", in: 2026) == early.value(of: "online-services", in: 2026))
        #expect(starved.value(of: "online-services", in: 2030)! < early.value(of: "online-services", in: 2030)!)
    }

    @Test("spending follows the budget's growth and the shares")
    func spending() throws {
        var scenario = reference()
        scenario.budget = Budget(amountPerYear: 10_000, growthPerYear: 0.1)
        let result = try model.simulate(scenario)
        let skills = try #require(result.programmes.firstIndex { $0.id == "skills" })
        #expect(result.spending[skills][0] == 0)
        #expect(abs(result.spending[skills][1] - 1_000) < 1e-9)
        #expect(abs(result.spending[skills][5] - 1_000 * pow(1.1, 4)) < 1e-6)
    }

    @Test("a run can be cancelled")
    func cancellation() {
        #expect(throws: SimulationError.cancelled) {
            try model.simulate(reference(), cancellation: Cancellation { true })
        }
    }

    @Test("a horizon that starts in the base year is rejected")
    func invalidHorizon() {
        #expect(throws: SimulationError.self) { try model.simulate(reference(from: 2025, to: 2030)) }
    }

    @Test("targets are judged in their year, with the first year they held")
    func targets() throws {
        var scenario = reference()
        scenario.targets = [
            Target(indicator: "fibre", comparison: .atLeast, value: 90, year: 2030),
            Target(indicator: "online-services", comparison: .atLeast, value: 100, year: 2030),
            Target(indicator: "digital-skills", comparison: .atLeast, value: 80, year: 2026),
        ]
        let run = try model.simulate(scenario)
        let outcomes = run.targetOutcomes
        #expect(outcomes.map(\.met) == [true, false, false])
        let firstNinety = try #require(run.years.first { run.value(of: "fibre", in: $0)! >= 90 })
        #expect(outcomes[0].firstYearMet == firstNinety)
        #expect(outcomes[0].gap == 0)
        #expect(outcomes[1].gap > 0)
        #expect(outcomes[2].firstYearMet.map { $0 > 2026 } == true, "met later than its year")
    }

    @Test("a target held early and then lost is missed, not 'met late'; one held again counts from when it held again")
    func heldThenLost() throws {
        var scenario = reference()
        // With no money from 2026, the services online lapse year by year.
        scenario.budget.amountPerYear = 0
        let run = try model.simulate(scenario)
        let start = try #require(run.value(of: "online-services", in: 2025))
        let end = try #require(run.value(of: "online-services", in: 2030))
        scenario.targets = [
            Target(indicator: "online-services", comparison: .atLeast, value: (start + end) / 2, year: 2030),
            Target(indicator: "online-services", comparison: .atLeast, value: end - 1, year: 2030),
        ]
        let outcomes = try model.simulate(scenario).targetOutcomes
        #expect(outcomes[0].met == false && outcomes[0].firstYearMet == nil, "held in 2025, lost after, never again")
        #expect(outcomes[1].met == true && outcomes[1].firstYearMet == 2025)
    }

    @Test(
        "integration error is small: half the step and RK4 agree with monthly Euler within 2 points (0.005 for indices); MODEL.md §4.8 gives the largest"
    )
    func stepConvergence() throws {
        let monthly = try model.simulate(reference())
        var fine = model
        fine.timeStep = 1.0 / 24
        let halved = try fine.simulate(reference())
        var rk4 = model
        rk4.method = .rk4
        let runge = try rk4.simulate(reference())
        for (i, indicator) in model.indicators.enumerated() {
            let tolerance = indicator.unit == .percent ? 2.0 : 0.005
            for y in monthly.years.indices {
                let m = monthly.indicatorValues[i][y]
                #expect(abs(m - halved.indicatorValues[i][y]) < tolerance, "\(indicator.id) \(monthly.years[y]): dt/2")
                #expect(abs(m - runge.indicatorValues[i][y]) < tolerance, "\(indicator.id) \(monthly.years[y]): RK4")
            }
        }
    }
}

@Suite("Model catalogue")
struct CatalogueTests {
    let model = bundledModel

    @Test("every parameter cites a source or is an assumption with a range")
    func provenance() {
        for parameter in model.parameters {
            #expect(!parameter.provenance.text.isEmpty, "\(parameter.id)")
            if parameter.provenance.isAssumption {
                #expect(parameter.range != nil, "assumption \(parameter.id) needs a range")
            }
            if let range = parameter.range {
                #expect(range.contains(parameter.value), "\(parameter.id) lies outside its own range")
            }
        }
        for indicator in model.indicators {
            #expect(!indicator.baselineProvenance.text.isEmpty, "\(indicator.id)")
        }
    }

    @Test("names are unique; programmes cover the three pillars, the five pushes and the key tasks a programme can buy")
    func coverage() {
        #expect(Set(model.programmes.map(\.id)).count == model.programmes.count)
        #expect(Set(model.indicators.map(\.id)).count == model.indicators.count)
        #expect(model.indicators.count >= 6)
        #expect(Set(model.programmes.map(\.pillar)) == Set(Pillar.allCases))
        #expect(Set(model.programmes.map(\.push)) == Set(Push.allCases))
        // Key task 2 (resources) is the budget itself and 5 (decentralisation) is not modelled (MODEL.md §7).
        #expect(Set(model.programmes.flatMap(\.keyTasks)) == [.skillsAndTalent, .infrastructure, .digitisedManagement])
        #expect(model.programme("skills")?.keyTasks == [.skillsAndTalent])
        #expect(model.referenceSpending.allSatisfy { $0 > 0 })
    }
}

@Suite("National model mechanisms")
struct MechanismTests {
    let model = bundledModel

    func scenario(budget: Double = 25_000, shares: [String: Double]? = nil) -> Scenario {
        Scenario(
            name: "test", horizon: 2026...2030, budget: Budget(amountPerYear: budget),
            allocation: shares ?? model.referenceShares)
    }

    @Test("absorption: money far beyond the 2025 level buys less and less, and never more than four times")
    func absorption() throws {
        func services(_ factor: Double) throws -> Double {
            var shares = model.referenceShares
            shares["services"]! *= factor
            return try model.simulate(scenario(shares: shares)).value(of: "online-services", in: 2026)!
        }
        let base = try services(1), four = try services(4), sixteen = try services(16), huge = try services(64)
        #expect(four > base && sixteen > four)
        #expect(sixteen - four < four - base, "each quadrupling adds less")
        #expect(abs(huge - sixteen) < 1e-9, "beyond 16 times nothing more is executed")
    }

    @Test("starving security leaves more activity unprotected, lowers trust and slows the use of online services")
    func trust() throws {
        var shares = model.referenceShares
        shares["services"]! += shares["security"]!
        shares["security"] = 0
        let starved = try model.simulate(scenario(shares: shares))
        let reference = try model.simulate(scenario())
        let starvedTrust = try #require(starved.trajectory?.value("trust", at: 2031))
        let referenceTrust = try #require(reference.trajectory?.value("trust", at: 2031))
        #expect(starvedTrust < referenceTrust)
        #expect(starved.value(of: "cyber-exposure", in: 2030)! > 2 * reference.value(of: "cyber-exposure", in: 2030)!)
        #expect(starved.value(of: "e-signatures", in: 2027)! < reference.value(of: "e-signatures", in: 2027)!)
    }

    @Test("refusing paper from 1 October 2025 speeds up online dossiers from that date")
    func paperRefusal() throws {
        let run = try model.simulate(scenario())
        let push = try #require(run.trajectory?.series("dossier_push"))
        let times = run.trajectory!.times
        let before = push[times.firstIndex { $0 >= 2025.6 }!], after = push[times.firstIndex { $0 >= 2025.8 }!]
        #expect(abs(after - before - model.parameter("paper_refusal_pull") * model.parameter("essential_dossier_share")) < 1e-12)
    }
}
