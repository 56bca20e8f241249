import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("show scenario and diff")
struct ShowScenarioAndDiffTests {
    @Test("show scenario prints resolved inputs three levels deep, marking where each comes from")
    func showScenario() {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario
                + "\nscenario child from small\n  budget 12 trillion VND per year\nend\nscenario grandchild from child\n  allocate\n    services 40%\n    broadband 10%\n  end\nend\nshow scenario grandchild"
        )
        #expect(output.error.isEmpty, "\(output.error)")
        let text = output.standard
        #expect(text.contains("scenario grandchild from child"))
        #expect(text.range(of: #"horizon 2026 to 2028 +# from small \(test.plan:2\)"#, options: .regularExpression) != nil)
        #expect(text.range(of: #"budget 12000 bn VND per year +# from child \(test.plan:11\)"#, options: .regularExpression) != nil)
        #expect(text.contains("    services 40%\n"), "own values carry no comment")
        #expect(text.range(of: #"skills 50% +# from small"#, options: .regularExpression) != nil)
    }

    @Test("diff lists only the inputs that differ, with their origin")
    func diff() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario child from small\n  budget 12 trillion VND per year\nend\ndiff small child\ndiff child child")
        #expect(output.standard.contains("budget  10000 bn VND per year growing 5% per year  12000 bn VND per year"))
        #expect(output.standard.contains("1 input differs"))
        #expect(output.standard.contains("'child' and 'child' have the same inputs."))
        #expect(shell.run("diff small nothing") == .failed(.semantic))
        // An assumption equal to the model's own value changes nothing.
        shell.run("scenario same from small\n  assume exposure_sensitivity = 0.5\nend\ndiff small same")
        #expect(output.standard.contains("'small' and 'same' have the same inputs."))
    }

    @Test("diff with a year (so-sánh A B vào 2030) says that compare shows results in a year, in both languages")
    func diffWithAYear() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario child from small\n  budget 12 trillion VND per year\nend")
        #expect(shell.run("diff small child in 2030") == .failed(.syntax))
        #expect(output.error.contains("for the results: compare small child in YEAR"), "\(output.error)")
        shell.session.language = .vi
        #expect(shell.run("so-sánh small child vào 2030") == .failed(.syntax))
        #expect(output.error.contains("để xem kết quả: đối-chiếu small child trong NĂM"), "\(output.error)")
    }

    @Test("show scenario and diff use the model's names and the values the run uses")
    func canonicalInputs() {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario english from small
                  allocate
                    skills 40%
                    broadband 10%
                  end
                  target fibre >= 95% by 2027
                end
                scenario vietnamese from small
                  allocate
                    ky-nang-so 40%
                    hạ-tầng-số 10%
                  end
                  target cáp-quang >= 95% by 2027
                end
                diff english vietnamese
                """)
        #expect(output.standard.contains("'english' and 'vietnamese' have the same inputs."), "\(output.standard)")
    }

    @Test("diff shows amounts whole; show scenario's amounts add up when read back")
    func diffAndShow() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario thirds from small
                  budget 3000 bn VND per year
                  allocate
                    digital-government 1000 bn VND
                    services 0%
                    digital-economy 1000 bn VND
                    digital-society 1000 bn VND
                  end
                end
                """)
        #expect(output.error.isEmpty, "\(output.error)")
        shell.run("diff small thirds")
        #expect(output.standard.contains("share skills      50%                                        333.333333 bn VND\n"), "\(output.standard)")
        shell.run("show scenario thirds")
        let shown = output.standard.components(separatedBy: "scenario thirds from small").last!
        let (fresh, freshOutput) = makeInterpreter()
        fresh.run(smallScenario)
        #expect(
            fresh.run("scenario thirds from small" + shown.components(separatedBy: "\nend\n").first! + "\nend\nrun thirds") == .completed,
            "\(freshOutput.error)")
    }

    @Test("show scenario of a scenario that does not resolve shows what was written")
    func showUnresolved() {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario moved from small
                  allocate
                    skills 2000 bn VND
                  end
                  shift 5% from services to skills
                end
                scenario overdrawn from small
                  allocate
                    digital-government 1000 bn VND
                    services 6000 bn VND
                  end
                end
                show scenario moved
                show scenario overdrawn
                """)
        #expect(output.standard.contains("    skills 2000 bn VND\n"))
        #expect(output.standard.contains("  shift 5% from services to skills\n"))
        #expect(!output.standard.contains("?"))
        #expect(output.standard.contains("    digital-government 1000 bn VND\n") && output.standard.contains("    services 6000 bn VND\n"))
    }

    @Test("each input is known by what it is about, and by the scenario and line that set it (typed, not read back from text)")
    func typedProvenance() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario
                + "\nscenario child from small\n  in 2027 allocate\n    services 70%\n    skills 30%\n  end\n  assume exposure_sensitivity = 0.7\nend"
        )
        #expect(output.error.isEmpty, "\(output.error)")
        let inputs = ScenarioInputs.of("child", in: shell.session.workspace, model: shell.session.model)
        func input(_ key: InputKey) -> ResolvedInput? { inputs.first { $0.key == key } }
        let yearShare = try #require(input(.yearShare(span: "in 2027", programme: "services")))
        #expect(yearShare.value == "70%" && yearShare.from.name == "child" && yearShare.range.start.line == 12)
        let share = try #require(input(.share(programme: "skills")))
        #expect(share.value == "50%" && share.from.name == "small" && share.range.start.line == 6)
        #expect(input(.target(indicator: "digital-skills", year: 2026))?.value == "digital-skills >= 50% by 2026")
        #expect(input(.assume(parameter: "exposure_sensitivity"))?.value == "0.7")
        #expect(input(.horizon)?.text == "horizon 2026 to 2028")
        // The canonical order: horizon, budget, shares, the year's shares, targets, assumptions.
        let kinds = inputs.map { key -> Int in
            switch key.key {
            case .horizon: 0
            case .budget: 1
            case .share: 2
            case .yearShare: 4
            case .target: 5
            case .assume: 6
            default: -1
            }
        }
        #expect(kinds == kinds.sorted() && !kinds.contains(-1))
    }

    @Test("in a Vietnamese session, diff and show scenario say their own words in Vietnamese (the scenario lines stay the language's)")
    func vietnamese() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario child from small\n  budget 12 trillion VND per year\n  assume exposure_sensitivity = 0.7\nend\nlang vi")
        shell.run("diff small child\ndiff child child\nshow scenario child")
        #expect(output.error.isEmpty, "\(output.error)")
        #expect(output.standard.contains("đầu vào"))
        #expect(output.standard.contains("2 đầu vào khác nhau; tỷ trọng không được liệt kê là 0%."))
        #expect(output.standard.contains("'child' và 'child' có cùng các đầu vào."))
        #expect(output.standard.contains("(của mô hình)"))
        #expect(output.standard.contains("# từ small (test.plan:2)"), "\(output.standard)")
        #expect(!output.standard.contains("inputs differ") && !output.standard.contains("the model's") && !output.standard.contains("# from"))
    }
}
