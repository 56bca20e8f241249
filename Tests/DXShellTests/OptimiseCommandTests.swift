import DXAnalysis
import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("optimise")
struct OptimiseCommandTests {
    @Test("defines a scenario that inherits everything but the split, and runs like any other")
    func defines() throws {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("optimise baseline for fibre in 2030 as more-fibre") == .completed, "\(output.error)")
        // The heading is wrapped to 80 columns: read it as one line.
        #expect(
            output.standard.replacingOccurrences(of: "\n", with: " ").contains(
                "Defined more-fibre: the split of the budget of baseline that does best on fibre in 2030 (97.72% → "))
        let definition = try #require(shell.session.workspace.definition("more-fibre"))
        #expect(definition.decl.parent?.text == "baseline")
        #expect(shell.run("run more-fibre") == .completed)
        let before = try #require(shell.session.workspace.result("baseline")?.value(of: "fibre", in: 2030))
        let after = try #require(shell.session.workspace.result("more-fibre")?.value(of: "fibre", in: 2030))
        #expect(after > before)
        let shares = try #require(shell.session.workspace.result("more-fibre")).scenario.allocation
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-9)
    }

    @Test("with no indicator, the scenario's targets; the summary says how many are met")
    func targets() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("optimise five-pushes") == .completed, "\(output.error)")
        #expect(
            output.standard.replacingOccurrences(of: "\n", with: " ").contains(
                "Defined five-pushes-optimised: the split of the budget of five-pushes that does best on its 9 targets (6 met → "))
    }

    @Test("weights: an indicator's targets count more, so the split favours it over the unweighted one; Vietnamese trọng-số")
    func weighted() throws {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("optimise baseline as plain\noptimise baseline weights digital-economy 50 as heavy") == .completed, "\(output.error)")
        let plain = try #require(shell.session.workspace.result("plain")), heavy = try #require(shell.session.workspace.result("heavy"))
        let economy = { (result: RunResult) in result.value(of: "digital-economy", in: 2030) ?? .nan }
        #expect(economy(heavy) > economy(plain) + 0.05, "digital economy: \(economy(plain)) unweighted, \(economy(heavy)) weighted")
        let shares = { (result: RunResult) in ["business", "industry"].reduce(0) { $0 + (result.scenario.allocation[$1] ?? 0) } }
        #expect(shares(heavy) > shares(plain), "more money for the digital economy's programmes")
        let text = output.standard.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("progress "), "\(text)")
        #expect(text.contains(" of 58)"), "the most progress: 8 targets ×1 and one ×50")
        #expect(text.contains("Weighted: digital-economy ×50 (each other indicator's targets ×1)."))
        #expect(output.standard.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(shell.run("lang vi\ntối-ưu baseline trọng-số kinh-tế-số 2 thành heavy-vi") == .completed, "\(output.error)")
        #expect(output.standard.replacingOccurrences(of: "\n", with: " ").contains("Trọng số: kinh-tế-số ×2"))
    }

    @Test(
        "weights that cannot count are errors at their place",
        arguments: [
            ("optimise baseline weights egdi 2", "'baseline' sets no target on egdi; a weight counts an indicator's targets"),
            ("optimise baseline weights fibre 0", "a weight is a number above 0 and at most 100"),
            ("optimise baseline weights fibre 2, fibre 3", "fibre is weighted twice"),
            ("optimise baseline weights fibr 2", "unknown indicator 'fibr'; did you mean 'fibre'?"),
            ("optimise baseline for fibre in 2030 weights fibre 2", "'weights' counts the scenario's targets; with 'for' one indicator is the aim"),
            ("optimise baseline weights fibre", "expected its weight, as in weights fibre 3"),
        ])
    func weightErrors(line: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(line) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
        #expect(shell.session.workspace.definition("baseline-optimised") == nil, "nothing is defined")
    }

    @Test("with conditions: a pillar's floor, a ceiling and a kept programme hold in the new scenario, and the answer says so")
    func constrained() throws {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(
            shell.run("optimise five-pushes with digital-government >= 50%, broadband <= 5%, skills fixed as guarded") == .completed,
            "\(output.error)")
        let shares = try #require(shell.session.workspace.result("guarded")).scenario.allocation
        let model = shell.session.model
        let government = model.programmes.filter { $0.pillar == .digitalGovernment }.reduce(0) { $0 + (shares[$1.id] ?? 0) }
        #expect(government >= 0.5 - 0.0005 && shares["broadband"]! <= 0.05 + 0.0005 && abs(shares["skills"]! - 0.2) < 0.0005)
        #expect(output.standard.contains("Kept: digital-government >= 50% ("))
        #expect(output.standard.contains("not a proven optimum"))
        #expect(output.standard.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // Vietnamese words: với, cố-định, and a pillar's Vietnamese name.
        #expect(shell.run("tối-ưu five-pushes với chính-phủ-số >= 40%, skills cố-định thành guarded-vi") == .completed, "\(output.error)")
        let vietnamese = try #require(shell.session.workspace.result("guarded-vi")).scenario.allocation
        #expect(model.programmes.filter { $0.pillar == .digitalGovernment }.reduce(0) { $0 + (vietnamese[$1.id] ?? 0) } >= 0.4 - 0.0005)
    }

    @Test(
        "conditions that cannot hold or do not parse are errors at their place",
        arguments: [
            (
                "optimise five-pushes with digital-government >= 70%, digital-society >= 40%",
                "test.plan:1:27: error[E200]: no split can keep these conditions: the floors and the kept shares add up to 110%"
            ),
            ("optimise five-pushes with goverment >= 50%", "test.plan:1:27: error[E202]: unknown programme or pillar 'goverment'"),
            ("optimise five-pushes with digital-society fixed", "'fixed' keeps one programme's share; a pillar can have a floor or a ceiling"),
            ("optimise five-pushes with skills > 5%", "expected '>= N%', '<= N%' or 'fixed' after 'skills', found '>'"),
            ("optimise five-pushes with skills >= 5", "the share must be a percentage; write skills >= 50%"),
            ("optimise five-pushes with skills >= 150%", "a share is between 0% and 100%"),
        ])
    func constraintErrors(line: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(line) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
        #expect(shell.session.workspace.definition("five-pushes-optimised") == nil, "nothing is defined")
    }

    @Test(
        "mistakes are errors with a position",
        arguments: [
            (
                "scenario bare\n  horizon 2026 to 2030\n  budget 1000 bn VND per year\n  allocate\n    skills 100%\n  end\nend\noptimise bare",
                "'bare' sets no targets to optimise for; add targets, or name an indicator: optimise bare for fibre in 2030"
            ),
            ("optimise baseline for fibre in 2035", "2035 is outside the horizon of 'baseline' (2026–2030)"),
            ("optimise baseline for fibr in 2030", "unknown indicator 'fibr'; did you mean 'fibre'?"),
            (
                "scenario yearly from baseline\n  from 2027 allocate\n    skills 20%\n    broadband 10%\n  end\nend\noptimise yearly",
                "'yearly' sets its shares year by year"
            ),
            ("optimise baseline for fibre", "expected 'in' and the year"),
            ("optimise five-pushes as baseline", "'baseline' is already defined (scenarios/baseline.plan); name the optimised scenario differently"),
            ("scenario c from baseline\nend\noptimise c for fibre in 2030 as baseline", "'baseline' is 'c' or one it inherits from"),
        ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }

    @Test("with a budget cap: no year of the new scenario spends more (the years above it get 'in YEAR budget' lines), with a pillar floor; refusals")
    func budgetCap() throws {
        let (shell, output) = makeInterpreterWithExamples()
        // five-pushes: 50,000 bn VND growing 15% a year, so 2029 (76,044) and 2030 (87,450) are above 70,000.
        #expect(
            shell.run("optimise five-pushes with budget <= 70000 bn VND, digital-government >= 40% as capped") == .completed,
            "\(output.error)")
        let capped = try #require(shell.session.workspace.result("capped")).scenario
        let original = try #require(shell.session.workspace.result("five-pushes")).scenario
        for year in capped.horizon {
            #expect(capped.envelope(in: year) <= 70_000 + 1e-6)
            #expect(capped.envelope(in: year) == min(original.envelope(in: year), 70_000), "\(year)")
        }
        #expect(output.standard.contains("Budget at most 70,000 bn VND a year: 2029, 2030 capped"), "\(output.standard)")
        let text = ScenarioPrinter.print(try #require(shell.session.workspace.definition("capped")).decl)
        #expect(text.contains("  in 2029 budget 70000 bn VND per year\n  in 2030 budget 70000 bn VND per year\n"), "\(text)")
        // A cap no year reaches changes nothing and says so; Vietnamese words and a trillion.
        #expect(shell.run("tối-ưu five-pushes với ngân-sách <= 100 nghìn tỷ đồng thành roomy") == .completed, "\(output.error)")
        #expect(try #require(shell.session.workspace.result("roomy")).scenario.budgetChanges.isEmpty)
        // A cap in USD is converted at the rate the scenario assumes, as its own budget is.
        #expect(shell.run("scenario dear from five-pushes\n  assume usd_vnd = 25000\nend") == .completed)
        #expect(shell.run("optimise dear with budget <= 3 bn USD as dear-capped") == .completed, "\(output.error)")
        #expect(output.standard.contains("Budget at most 75,000 bn VND a year: 2029, 2030 capped"), "\(output.standard)")
        // Refused: a percentage, nothing, and a cap given twice.
        #expect(shell.run("optimise five-pushes with budget <= 50%") == .failed(.syntax))
        #expect(output.error.contains("is an amount of money, not a percentage"), "\(output.error)")
        #expect(shell.run("optimise five-pushes with budget <= 0 bn VND") == .failed(.semantic))
        #expect(output.error.contains("a budget cap is an amount of money above 0"))
        #expect(shell.run("optimise five-pushes with budget <= 1 bn VND, budget <= 2 bn VND") == .failed(.syntax))
        #expect(output.error.contains("the budget is capped twice"))
    }

    @Test("seek budget: the least budget for some targets, defined as a scenario that meets them; every budget tried shown")
    func seekBudget() throws {
        let (shell, output) = makeInterpreterWithExamples()
        let script = """
            scenario s from five-pushes
              target online-services >= 80% by 2030
              target national-databases >= 95% by 2029
            end
            seek budget s for online-services, national-databases as cheap
            """
        #expect(shell.run(script) == .completed, "\(output.error)")
        let wide = output.standard.split(separator: "\n").filter { $0.count > 80 }
        #expect(wide.isEmpty, "\(wide)")
        let flat = output.standard.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Defined cheap: ") && flat.contains("is the least budget that meets 2 of its targets, to half a per cent."))
        #expect(output.standard.contains("budget in 2026") && output.standard.contains("targets met") && output.standard.contains("2 of 2"))
        let cheap = try #require(shell.session.workspace.definition("cheap"))
        #expect(cheap.decl.parent?.text == "s")
        #expect(shell.run("run cheap") == .completed)
        let outcomes = try #require(shell.session.workspace.result("cheap")).targetOutcomes
        let sought = outcomes.filter { ["online-services", "national-databases"].contains($0.target.indicator) }
        #expect(sought.count == 2 && sought.allSatisfy(\.met))
        // In Vietnamese words, and out of reach.
        #expect(shell.run("tìm ngân-sách five-pushes for digital-economy") == .completed, "\(output.error)")
        #expect(output.standard.contains("No budget up to 100 times that of five-pushes"))
    }

    @Test("seek frontier: the targets each budget meets with its split and with the best found; never fewer with the best; Vietnamese")
    func seekFrontier() throws {
        let (shell, output) = makeInterpreterWithExamples()
        let outcome = shell.run(
            "scenario short from baseline\n  horizon 2026 to 2027\n  target online-services >= 60% by 2027\nend\nseek frontier short for online-services"
        )
        #expect(outcome == .completed, "\(output.error)")
        #expect(output.standard.contains("Targets met by each budget (short): its 1 targets"))
        let rows = output.standard.split(separator: "\n").filter { $0.contains(" bn VND ") }
        #expect(rows.count == BudgetFrontier.factors.count)
        // Each row: its split's count, then the best split's; the best never meets fewer, and more money never fewer.
        let counts = rows.map { row in row.matches(of: /([0-9]) of 1/).map { Int($0.output.1)! } }
        #expect(counts.allSatisfy { $0.count == 2 && $0[1] >= $0[0] }, "\(rows)")
        #expect(zip(counts, counts.dropFirst()).allSatisfy { $1[0] >= $0[0] }, "\(rows)")
        #expect(counts.last == [1, 1], "eight times the budget puts the services online in time")
        #expect(shell.session.workspace.definition("short-least-budget") == nil, "defines nothing")
        shell.session.language = .vi
        #expect(shell.run("tìm biên short for dịch-vụ-công-trực-tuyến") == .completed, "\(output.error)")
        #expect(output.standard.contains("Số mục tiêu đạt theo từng mức ngân sách (short)"))
    }

    @Test("seek year: each target's first year with the plan continued, on time, late or not by 2050; Vietnamese")
    func seekYear() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("seek year five-pushes") == .completed, "\(output.error)")
        #expect(output.standard.contains("The earliest year each target of five-pushes is met: its plan continued to 2050"))
        #expect(output.standard.contains("fibre >= 90% by 2030") && output.standard.contains("on time"))
        #expect(output.standard.contains("not by 2050"))
        #expect(output.standard.split(separator: "\n").allSatisfy { $0.count <= 80 })
        shell.session.language = .vi
        #expect(shell.run("tìm năm five-pushes for cáp-quang") == .completed, "\(output.error)")
        #expect(output.standard.contains("Năm sớm nhất đạt từng mục tiêu của five-pushes") && output.standard.contains("đúng hạn"))
        #expect(shell.run("seek year five-pushes as x") != .completed, "a year defines no scenario")
    }

    @Test(
        "seek mistakes are errors at their place",
        arguments: [
            ("seek five-pushes", "test.plan:1:6: error[E100]: expected 'budget' or 'year' or 'frontier' after 'seek'"),
            ("seek budget five-pushes for egdi", "test.plan:1:29: error[E200]: 'five-pushes' sets no target for egdi"),
            ("seek budget five-pushes for fibr", "unknown indicator 'fibr'; did you mean 'fibre'?"),
            ("seek budget five-pushes as five-pushes", "'five-pushes' is 'five-pushes' or one it inherits from"),
        ])
    func seekErrors(line: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(line) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
