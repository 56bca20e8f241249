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
}

@Suite("National model")
struct NationalModelTests {
    let model = bundledModel

    /// The 2024 spending pattern, continued: the model's reference.
    func reference(from start: Int = 2025, to end: Int = 2030) -> Scenario {
        Scenario(name: "reference", horizon: start...end,
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

    @Test("the reference scenario holds capacity steady, so adoption follows the closed-form Bass curve")
    func referenceFollowsBass() throws {
        let result = try model.simulate(reference())
        let fibreSpeed = parameter("fibre_speed")
        for (id, baseline, speed) in [("fibre", 80.2, fibreSpeed), ("online-services", 80.44, 1), ("digital-skills", 45.0, 1)] {
            for year in 2025...2030 {
                let simulated = try #require(result.value(of: id, in: year))
                let exact = 100 * bass(baseline / 100, years: Double(year - 2024), speed: speed)
                #expect(abs(simulated - exact) < 0.3, "\(id) \(year): Euler \(simulated) vs exact \(exact)")
            }
        }
    }

    @Test("the digital economy share grows at its observed 2020–2024 rate under the reference")
    func economyGrowth() throws {
        let result = try model.simulate(reference())
        let g = parameter("digital_economy_growth")
        let exact = 13.17 * exp(g * 6)
        let simulated = try #require(result.value(of: "digital-economy", in: 2030))
        #expect(abs(simulated - exact) < 0.01)
    }

    @Test("baselines are the 2024 values, reported for the base year")
    func baselines() throws {
        let result = try model.simulate(reference())
        #expect(result.years == Array(2024...2030))
        for indicator in model.indicators {
            #expect(result.value(of: indicator.id, in: 2024) == indicator.baseline)
        }
        #expect(result.steps == 72)
    }

    @Test("more money for broadband gives more fibre; no money gives less")
    func budgetMovesOutcomes() throws {
        let baseline = try model.simulate(reference())
        var richer = reference()
        richer.budget.amountPerYear *= 2
        richer.allocation = ["broadband": 0.6, "services": 0.1, "data": 0.1, "skills": 0.2]
        let rich = try model.simulate(richer)
        var starved = reference()
        starved.budget.amountPerYear = 0
        let poor = try model.simulate(starved)
        for id in ["fibre", "digital-skills"] {
            let base = try #require(baseline.value(of: id, in: 2030))
            #expect(try #require(rich.value(of: id, in: 2030)) > base + 0.1, "\(id) rises with spending")
            #expect(try #require(poor.value(of: id, in: 2030)) < base - 0.1, "\(id) falls without spending")
        }
        // Management got nothing in the richer plan: dossiers fall behind the baseline.
        #expect(try #require(rich.value(of: "online-dossiers", in: 2030)) < baseline.value(of: "online-dossiers", in: 2030)!)
    }

    @Test("diminishing returns: doubling a programme's money less than doubles its effect")
    func diminishingReturns() throws {
        let base = try model.simulate(reference()).value(of: "digital-skills", in: 2030)!
        func skills(times factor: Double) throws -> Double {
            var scenario = reference()
            var shares = model.referenceShares
            shares["skills"]! *= factor
            shares["broadband"]! -= model.referenceShares["skills"]! * (factor - 1)
            scenario.allocation = shares
            return try model.simulate(scenario).value(of: "digital-skills", in: 2030)! - base
        }
        let once = try skills(times: 1.5)
        let twice = try skills(times: 2.0)
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
        #expect(starved.value(of: "fibre", in: 2026) == early.value(of: "fibre", in: 2026))
        #expect(starved.value(of: "fibre", in: 2030)! < early.value(of: "fibre", in: 2030)!)
    }

    @Test("spending follows the budget's growth and the shares")
    func spending() throws {
        var scenario = reference()
        scenario.budget = Budget(amountPerYear: 10_000, growthPerYear: 0.1)
        let result = try model.simulate(scenario)
        let skills = try #require(result.programmes.firstIndex { $0.id == "skills" })
        #expect(result.spending[skills][0] == 0)
        #expect(abs(result.spending[skills][1] - 1_000) < 1e-9)
        #expect(abs(result.spending[skills][6] - 1_000 * pow(1.1, 5)) < 1e-6)
    }

    @Test("a run can be cancelled")
    func cancellation() {
        #expect(throws: SimulationError.cancelled) {
            try model.simulate(reference(), cancellation: Cancellation { true })
        }
    }

    @Test("a horizon that starts in the base year is rejected")
    func invalidHorizon() {
        #expect(throws: SimulationError.self) { try model.simulate(reference(from: 2024, to: 2030)) }
    }

    @Test("targets are judged in their year, with the first year they held")
    func targets() throws {
        var scenario = reference()
        scenario.targets = [
            Target(indicator: "fibre", comparison: .atLeast, value: 90, year: 2030),
            Target(indicator: "fibre", comparison: .atLeast, value: 100, year: 2030),
            Target(indicator: "digital-skills", comparison: .atLeast, value: 70, year: 2025),
        ]
        let outcomes = try model.simulate(scenario).targetOutcomes
        #expect(outcomes.map(\.met) == [true, false, false])
        #expect(outcomes[0].firstYearMet == 2027)
        #expect(outcomes[0].gap == 0)
        #expect(outcomes[1].gap > 0 && outcomes[1].gap < 5)
        #expect(outcomes[2].firstYearMet.map { $0 > 2025 } == true, "met later than its year")
    }

    @Test("a target held early and then lost is missed, not 'met late'; one held again counts from when it held again")
    func heldThenLost() throws {
        var scenario = reference()
        // Cyber exposure is 1 in 2024 and rises under the 2024 spending pattern.
        scenario.targets = [
            Target(indicator: "cyber-exposure", comparison: .atMost, value: 1.2, year: 2030),
            Target(indicator: "cyber-exposure", comparison: .atMost, value: 1.5, year: 2030),
        ]
        let run = try model.simulate(scenario)
        let outcomes = run.targetOutcomes
        #expect(try #require(run.value(of: "cyber-exposure", in: 2030)) > 1.2)
        #expect(outcomes[0].met == false && outcomes[0].firstYearMet == nil, "held in 2024, lost after, never again")
        #expect(outcomes[1].met == true && outcomes[1].firstYearMet == 2024)
    }

    @Test("a finer step converges: monthly and daily steps agree closely")
    func stepConvergence() throws {
        let monthly = try model.simulate(reference())
        var fine = model
        fine.timeStep = 1.0 / 360
        let daily = try fine.simulate(reference())
        // Monitoring and the paper mandate close the dossier gap fast, so that indicator needs the widest margin.
        for (m, d) in zip(monthly.indicatorValues.joined(), daily.indicatorValues.joined()) {
            #expect(abs(m - d) < 0.5)
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
        Scenario(name: "test", horizon: 2025...2030, budget: Budget(amountPerYear: budget),
                 allocation: shares ?? model.referenceShares)
    }

    @Test("absorption: money far beyond the 2024 level buys less and less, and never more than four times")
    func absorption() throws {
        func skills(_ factor: Double) throws -> Double {
            var shares = model.referenceShares
            shares["skills"]! *= factor
            return try model.simulate(scenario(shares: shares)).value(of: "digital-skills", in: 2030)!
        }
        let base = try skills(1), four = try skills(4), sixteen = try skills(16), huge = try skills(64)
        #expect(four > base && sixteen > four)
        #expect(sixteen - four < four - base, "each quadrupling adds less")
        #expect(abs(huge - sixteen) < 1e-9, "beyond 16 times nothing more is executed")
    }

    @Test("starving security lowers trust and slows the use of online services")
    func trust() throws {
        var shares = model.referenceShares
        shares["services"]! += shares["security"]!
        shares["security"] = 0
        let starved = try model.simulate(scenario(shares: shares))
        let reference = try model.simulate(scenario())
        let starvedTrust = try #require(starved.trajectory?.value("trust", at: 2031))
        let referenceTrust = try #require(reference.trajectory?.value("trust", at: 2031))
        #expect(reference.trajectory?.value("trust", at: 2025) == 1, "trust starts at 1 in 2024")
        #expect(referenceTrust < 1, "flat security spending falls behind growing digitisation")
        #expect(starvedTrust < referenceTrust)
        #expect(starved.value(of: "online-service-use", in: 2030)! < reference.value(of: "online-service-use", in: 2030)!)
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
