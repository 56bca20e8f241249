import DXLanguage
import DXSource
import DXModel
import Foundation
import Testing
@testable import DXShell

@Suite("Interpreter")
struct InterpreterTests {
    @Test("define, run and show a scenario")
    func defineRunShow() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nrun small\nshow digital-skills fibre") == .completed)
        #expect(output.error.isEmpty)
        #expect(output.standard.contains("Ran small — Nhỏ (2026–2028): 36 monthly steps."))
        #expect(output.standard.contains("Targets: 1 of 1 met."))
        #expect(output.standard.contains("Budget: 10,000 bn VND in 2026, growing 5% a year to 11,025 bn VND in 2028"))
        #expect(output.standard.contains("digital-skills"))
        #expect(!output.standard.contains("online-dossiers  %"))
    }

    @Test("show runs the current scenario when it has not run yet")
    func showRunsFirst() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nshow") == .completed)
        #expect(output.standard.contains("small — Nhỏ (2026–2028)"))
    }

    @Test("a child inherits everything and overrides shares programme by programme")
    func inheritance() throws {
        let (shell, _) = makeInterpreter()
        shell.run(smallScenario + """

            scenario child from small
              allocate
                services 30%
                broadband 20%
              end
            end
            scenario grandchild from child
              horizon 2026 to 2030
            end
            """)
        let resolved = try ScenarioResolver(model: shell.model).resolve("grandchild", in: shell.workspace).get()
        #expect(resolved.horizon == 2026...2030)
        #expect(resolved.budget == Budget(amountPerYear: 10_000, growthPerYear: 0.05))
        #expect(resolved.allocation == ["services": 0.3, "broadband": 0.2, "skills": 0.5])
        #expect(resolved.targets.count == 1)
        #expect(resolved.title == nil, "titles name one scenario and are not inherited")
    }

    @Test("shares that do not add up say by how much and where inherited shares come from")
    func sharesMustAddUp() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(smallScenario + "\nscenario over from small\n  allocate\n    skills 60%\n  end\nend\nrun over")
        #expect(outcome == .failed(.semantic))
        #expect(output.error.contains("test.plan:11:3: error[E301]: the shares of scenario 'over' add up to 110%, 10% over 100%"))
        #expect(output.error.contains("note: other shares are inherited from 'small'"))
    }

    @Test("unknown parents, loops and missing settings are explained")
    func resolutionErrors() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario a from smal\nend\nrun a") == .failed(.semantic))
        #expect(output.error.contains("scenario 'a' inherits from 'smal', which is not defined; did you mean 'small'?"))
        #expect(shell.run("scenario x from y\nend\nscenario y from x\nend\nrun x") == .failed(.semantic))
        #expect(output.error.contains("inherit from each other in a loop: x → y → x"))
        #expect(shell.run("scenario bare\nend\nrun bare") == .failed(.semantic))
        #expect(output.error.contains("scenario 'bare' has no horizon"))
    }

    @Test("definition checks: names, units, repeats, target years", arguments: [
        ("target fibre >= 80 by 2026", "'fibre' is measured in %; write 80%"),
        ("target egdi >= 85% by 2026", "'egdi' is an index, not a percentage; write the number alone, as in 0.815"),
        ("target fibr >= 80% by 2026", "unknown indicator 'fibr'; did you mean 'fibre'?"),
        ("horizon 2025 to 2030", "the horizon must start after 2025, the year of the model's baselines"),
        ("horizon 2030 to 2026", "the horizon ends (2026) before it starts (2030)"),
        ("horizon 2026 to 2028", "'horizon' is set twice in scenario 'extra'"),
        ("target fibre >= 80% by 2035", "target year 2035 is outside the horizon of scenario 'extra' (2026–2028)"),
        ("budget 0 bn VND per year", "a budget must be more than 0 (it is 0 bn VND)"),
        ("from 2026 budget -5 bn USD per year", "a budget must be more than 0 (it is -5 bn USD)"),
        ("allocate\n    skills -500 bn VND\n    services 100%\n  end", "an amount cannot be negative"),
        ("allocate\n    skills -2%\n    services 102%\n  end", "a share cannot be negative"),
    ])
    func definitionChecks(line: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        let outcome = shell.run("scenario extra from small\n  horizon 2026 to 2028\n  \(line)\nend\nrun extra")
        #expect(outcome == .failed(.semantic))
        #expect(output.error.contains(message), "\(output.error)")
    }

    @Test("an invalid definition leaves the previous one in place")
    func failedDefinitionChangesNothing() throws {
        let (shell, _) = makeInterpreter()
        shell.run(smallScenario)
        shell.run("scenario small\n  allocate\n    skils 100%\n  end\nend")
        let resolved = try ScenarioResolver(model: shell.model).resolve("small", in: shell.workspace).get()
        #expect(resolved.allocation["services"] == 0.5)
    }

    @Test("save writes canonical text with the ancestors; load reads back the same scenarios")
    func saveAndLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-save-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("child.plan").path
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario child from small \"Con\"\n  budget 12 trillion VND per year\nend\nsave child to \"\(file)\"")
        #expect(output.error.isEmpty, "\(output.error)")
        #expect(output.standard.contains("Saved small, child to \(file)."))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("scenario small \"Nhỏ\"\n  horizon 2026 to 2028\n"))
        #expect(text.contains("scenario child from small \"Con\"\n  budget 12 trillion VND per year\nend\n"))

        let (fresh, freshOutput) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(freshOutput.standard.contains("Loaded small, child from"))
        let resolver = ScenarioResolver(model: shell.model)
        for name in ["small", "child"] {
            #expect(try resolver.resolve(name, in: fresh.workspace).get() == resolver.resolve(name, in: shell.workspace).get())
        }
    }

    @Test("a failed save leaves an existing file as it was")
    func atomicSave() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("keep.plan")
        try "precious\n".write(to: file, atomically: true, encoding: .utf8)
        chmod(folder.path, 0o500)  // the folder refuses new files, so the temporary file cannot be made
        defer { chmod(folder.path, 0o700) }
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(smallScenario + "\nsave small to \"\(file.path)\"")
        if getuid() != 0 {  // root ignores permissions; the message check still runs below
            #expect(outcome == .failed(.io))
            #expect(output.error.contains("cannot save to"))
            #expect(try String(contentsOf: file, encoding: .utf8) == "precious\n")
        }
        let missing = shell.run("save small to \"\(folder.path)/no/such/dir/x.plan\"")
        #expect(missing == .failed(.io))
        #expect(output.error.contains("the folder '\(folder.path)/no/such/dir' does not exist"))
    }

    @Test("load defines scenarios but runs no commands; a bad file defines nothing")
    func loadSemantics() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-load-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("good.plan").path
        try (smallScenario + "\nrun small\n").write(toFile: good, atomically: true, encoding: .utf8)
        let bad = folder.appendingPathComponent("bad.plan").path
        try "scenario first\nend\nscenario second\n  allocate\n    skils 10%\n  end\nend\n".write(toFile: bad, atomically: true, encoding: .utf8)

        let (shell, output) = makeInterpreter()
        #expect(shell.run("load \"\(good)\"") == .completed)
        #expect(!output.standard.contains("Ran small"))
        #expect(shell.run("load \"\(bad)\"") == .failed(.semantic))
        #expect(output.error.contains("bad.plan:5:5: error[E202]: unknown programme 'skils'"))
        #expect(shell.workspace.names == ["small"])
        #expect(shell.run("load \"\(folder.path)/none.plan\"") == .failed(.missingInput))
    }

    @Test("list shows each scenario's status; list programmes and indicators show the model")
    func list() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario broken from nowhere\nend\nrun small\nlist\nlist programmes\nlist indicators")
        #expect(output.standard.contains("ran: 1/1 targets met"))
        #expect(output.standard.contains("cannot run: scenario 'broken' inherits from 'nowhere'"))
        #expect(output.standard.contains("Kỹ năng số, nhân lực số"))
        #expect(output.standard.contains("Households using fibre broadband"))
    }

    @Test("help lists every command and explains each with an example that runs")
    func help() {
        for topic in HelpCatalogue.topics {
            let (shell, output) = makeInterpreter()
            #expect(shell.run("help \(topic.name)") == .completed)
            #expect(output.standard.contains(topic.usage))
        }
        let (shell, output) = makeInterpreter()
        #expect(shell.run("help rnu") == .failed(.semantic))
        #expect(output.error.contains("no help for 'rnu'; did you mean 'run'?"))
    }

    @Test("the examples in help run", arguments: HelpCatalogue.topics.filter { $0.name != "quit" })
    func helpExamples(topic: HelpTopic) throws {
        let (shell, output) = makeInterpreter()
        for file in ["baseline", "five-pushes"] {
            #expect(shell.preload(repositoryRoot.appendingPathComponent("scenarios/\(file).plan").path) == .completed)
        }
        // Settings that live inside a scenario run inside one.
        let example = HelpCatalogue.scenarioSettingTopics.contains(topic.name)
            ? "scenario example from baseline\n\(topic.example)\nend\nrun example" : topic.example
        shell.workingDirectory = repositoryRoot.path
        #expect(shell.run(example) == .completed, "\(topic.name): \(output.error)")
    }

    @Test("a cancelled run reports an interruption")
    func interrupted() {
        let (shell, output) = makeInterpreter(cancellation: Cancellation { true })
        #expect(shell.run(smallScenario) == .failed(.interrupted))
        #expect(output.error.contains("interrupted"))
    }

    @Test("keep-going runs every statement and reports the first failure")
    func keepGoing() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.execute(SourceFile(name: "k", text: "run nothing\nhelp list\nlist nonsense\n"), keepGoing: true)
        #expect(outcome == .failed(.semantic))
        #expect(output.standard.contains("list [scenarios|programmes|indicators]"))
        #expect(output.error.contains("cannot list 'nonsense'"))
    }
}

@Suite("Interpreter, after a new user's report")
struct InterpreterRegressionTests {
    @Test("a huge budget shows without a crash, and run warns that it is far from the base year")
    func hugeBudget() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.run("""
            scenario huge
              horizon 2026 to 2045
              budget 25000 bn VND per year growing 1000% per year
              allocate
                skills 100%
              end
            end
            run huge
            show
            """)
        #expect(outcome == .completed)
        #expect(output.error.contains("warning: the budget of 'huge' reaches"))
        #expect(output.standard.contains("Budget: 25,000 bn VND in 2026"))
    }

    @Test("inherited targets outside a later horizon are kept but not judged")
    func laterHorizon() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario later from small\n  horizon 2027 to 2030\nend\nrun later") == .completed, "\(output.error)")
        #expect(output.standard.contains("Not judged, outside 2027–2030: digital-skills by 2026."))
    }

    @Test("defining a scenario keeps the results of scenarios that do not inherit from it")
    func statusSurvives() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nrun small\nscenario other from small\nend\nlist")
        #expect(output.standard.contains("ran: 1/1 targets met"))
        shell.run("scenario small\n  horizon 2026 to 2027\n  budget 1 bn VND per year\n  allocate\n    skills 100%\n  end\nend\nlist")
        // The first listing shows 'other' not run; after redefining small, both small and other are not run.
        #expect(output.standard.components(separatedBy: "not run").count - 1 == 3)
    }

    @Test("several errors in one block are reported in line order")
    func errorOrder() {
        let (shell, output) = makeInterpreter()
        shell.run("scenario typos\n  allocate\n    skils 10%\n    broadbnd 10%\n    servces 80%\n  end\n  target fibr >= 9% by 2026\nend")
        let lines = output.error.split(separator: "\n").filter { $0.contains(": error[") }
            .map { String($0[..<$0.range(of: ": error[")!.lowerBound]) }
        #expect(lines == ["test.plan:3:5", "test.plan:4:5", "test.plan:5:5", "test.plan:7:10"])
    }

    @Test("tiny and huge numbers survive save and load")
    func numbersRoundTrip() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-numbers-\(UUID()).plan").path
        let (shell, output) = makeInterpreter()
        shell.run("""
            scenario odd
              horizon 2026 to 2027
              budget 0.00001 million VND per year growing 0.05% per year
              allocate
                skills 0.00001%
                broadband 99.99999%
              end
              target egdi >= 0.00001 by 2026
            end
            save odd to "\(file)"
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let (fresh, freshOutput) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed, "\(freshOutput.error)")
        let resolver = ScenarioResolver(model: shell.model)
        #expect(try resolver.resolve("odd", in: fresh.workspace).get() == resolver.resolve("odd", in: shell.workspace).get())
    }

    @Test("save keeps an existing file's permissions and writes through a symbolic link")
    func saveKeepsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-link-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("real.plan").path
        try "\(OwnFile.savedScenarioMark) An older save.\n".write(toFile: target, atomically: true, encoding: .utf8)
        chmod(target, 0o600)
        let link = folder.appendingPathComponent("link.plan").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.plan")
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nsave small to \"\(link)\"") == .completed, "\(output.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.plan")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("scenario small"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a name that is part of an indicator's name is suggested")
    func partSuggestion() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nshow skills")
        #expect(output.error.contains("unknown indicator 'skills'; did you mean 'digital-skills'?"))
    }
}

@Suite("Inspection commands")
struct InspectionTests {
    @Test("targets judges each target: met, missed, met late, with gaps")
    func targets() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario strict from small\n  target e-signatures >= 80% by 2026\n  target fibre >= 100% by 2028\nend\ntargets strict")
        #expect(output.error.isEmpty, "\(output.error)")
        #expect(output.standard.contains("strict (2026–2028): 1 of 3 targets met."))
        #expect(output.standard.contains("met late (2027)"))
        #expect(output.standard.contains("missed"))
        #expect(output.standard.contains(" pp"))
    }

    @Test("explain shows the equations, the inputs with sources, and a sensitivity ranking")
    func explain() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nexplain fibre in 2026") == .completed, "\(output.error)")
        #expect(output.standard.contains("fibre_households [household] accumulates + fibre_take_up, from households * fibre_2020 / 100 [%]"))
        #expect(output.standard.contains("fibre_take_up [household/year] = fibre_speed * (bass_p + bass_q * "))
        #expect(output.standard.contains("cost_per_household_passed"))
        #expect(output.standard.contains("USD 100–200 per home passed in emerging markets (Omdia)"))
        #expect(output.standard.contains("What moves it most (change in 2026"))
        #expect(output.standard.contains("bass_q"))
        #expect(shell.run("explain fibr") == .failed(.semantic))
        #expect(output.error.contains("unknown indicator 'fibr'; did you mean 'fibre'?"))
        #expect(shell.run("explain fibre in 2040") == .failed(.semantic))
        #expect(output.error.contains("2040 is outside the run of 'small' (2025–2028)"))
    }

    @Test("assumptions lists every parameter with its provenance; a word filters")
    func assumptions() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run("assumptions") == .completed)
        for parameter in testModel.parameters {
            #expect(output.standard.contains("  \(parameter.id) = "), "\(parameter.id)")
        }
        #expect(output.standard.contains("Labelled assumptions (no published value)"))
        let (filtered, filteredOutput) = makeInterpreter()
        filtered.run("assumptions bass")
        #expect(filteredOutput.standard.contains("bass_p") && filteredOutput.standard.contains("bass_q"))
        #expect(!filteredOutput.standard.contains("fibre_speed"), "a parameter that only mentions the Bass meta-analysis in its text is not a match")
    }
}

@Suite("Scenario inputs")
struct ScenarioInputTests {
    @Test("show scenario prints resolved inputs three levels deep, marking where each comes from")
    func showScenario() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario child from small\n  budget 12 trillion VND per year\nend\nscenario grandchild from child\n  allocate\n    services 40%\n    broadband 10%\n  end\nend\nshow scenario grandchild")
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
}

@Suite("Assumptions and policies in scenarios")
struct AssumptionPolicyTests {
    @Test("assume and policy change one scenario's run, are inherited, and save and load back")
    func effects() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

            scenario no-paper from small
              policy paper_refusal off
            end
            scenario late from no-paper
              policy paper_refusal on from 2026-07
              assume bass_q = 0.45
            end
            run small
            run no-paper
            run late
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let resolver = ScenarioResolver(model: shell.model)
        let late = try resolver.resolve("late", in: shell.workspace).get()
        #expect(late.assumptions == ["bass_q": 0.45])
        #expect(late.policies == ["paper_refusal": 2026.5])
        let noPaper = try resolver.resolve("no-paper", in: shell.workspace).get()
        #expect(noPaper.policies["paper_refusal"] == PolicySwitch.never)
        let small = shell.workspace.result("small")!.value(of: "online-dossiers", in: 2027)!
        let without = shell.workspace.result("no-paper")!.value(of: "online-dossiers", in: 2027)!
        #expect(without < small, "without the paper mandate, fewer dossiers go online")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-policy-\(UUID()).plan").path
        shell.run("save late to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("  policy paper_refusal on from 2026-07\n"))
        #expect(text.contains("  assume bass_q = 0.45\n"))
        #expect(text.contains("  policy paper_refusal off\n"))
        let (fresh, _) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(try ScenarioResolver(model: fresh.model).resolve("late", in: fresh.workspace).get() == late)
    }

    @Test("unknown names, policy dates as parameters, wrong units and values out of range are explained", arguments: [
        ("assume bass_qq = 0.4", "unknown parameter 'bass_qq'; did you mean 'bass_q'?", true),
        ("policy paper_refusl off", "unknown policy 'paper_refusl'; did you mean 'paper_refusal'?", true),
        ("assume paper_refusal_from = 2027", "'paper_refusal_from' is the date of a policy: write policy paper_refusal on from YEAR", true),
        ("assume bass_q = 40%", "'bass_q' is in 1/year, not %; write the number alone", true),
        ("assume bass_q = 0.9", "bass_q = 0.9 lies outside its plausible range 0.3–0.5 1/year", false),
        ("policy paper_refusal on from 2026-13", "'13' is not a month (1 to 12)", true),
    ])
    func problems(line: String, message: String, isError: Bool) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        let outcome = shell.run("scenario x from small\n  \(line)\nend")
        #expect((outcome != .completed) == isError)
        #expect(output.error.contains(message), "\(output.error)")
    }
}

@Suite("Shifting and normalising shares")
struct ShiftTests {
    @Test("shift moves points between programmes after inheritance; normalize scales to 100%")
    func shiftAndNormalize() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

            scenario shifted from small
              shift 20% from services to skills
            end
            scenario scaled from small
              allocate
                broadband 100%
              end
              normalize
            end
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let resolver = ScenarioResolver(model: shell.model)
        let shifted = try resolver.resolve("shifted", in: shell.workspace).get()
        #expect(abs(shifted.allocation["services"]! - 0.3) < 1e-12 && abs(shifted.allocation["skills"]! - 0.7) < 1e-12)
        let scaled = try resolver.resolve("scaled", in: shell.workspace).get()
        #expect(scaled.allocation == ["services": 0.25, "skills": 0.25, "broadband": 0.5])
    }

    @Test("moving more than a programme has, or an unknown programme, is an error")
    func shiftErrors() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario x from small\n  shift 60% from services to skills\nend\nrun x") == .failed(.semantic))
        #expect(output.error.contains("cannot shift 60% from services: it has 50%"))
        #expect(shell.run("scenario y from small\n  shift 5% from servces to skills\nend") == .failed(.semantic))
        #expect(output.error.contains("unknown programme 'servces'; did you mean 'services'?"))
    }
}

@Suite("Vietnamese")
struct VietnameseTests {
    @Test("Vietnamese keywords and names, with or without diacritics, mean the same scenario as English")
    func sameScenario() throws {
        let (english, _) = makeInterpreter()
        english.run("scenario a\n  horizon 2026 to 2027\n  budget 30 trillion VND per year growing 5% per year\n  allocate\n    skills 60%\n    broadband 40%\n  end\n  target fibre >= 90% by 2027\nend")
        for text in [
            "kịch-bản a\n  giai-đoạn 2026 đến 2027\n  ngân-sách 30 nghìn tỷ đồng mỗi năm tăng 5% mỗi năm\n  phân-bổ\n    kỹ-năng-số 60%\n    băng-rộng 40%\n  hết\n  mục-tiêu cáp-quang >= 90% vào 2027\nhết",
            "kich-ban a\n  giai-doan 2026 den 2027\n  ngan-sach 30 nghin ty dong moi nam tang 5% moi nam\n  phan-bo\n    ky-nang-so 60%\n    bang-rong 40%\n  het\n  muc-tieu cap-quang >= 90% vao 2027\nhet",
        ] {
            let (vietnamese, output) = makeInterpreter()
            #expect(vietnamese.run(text) == .completed, "\(output.error)")
            let resolver = ScenarioResolver(model: english.model)
            #expect(try resolver.resolve("a", in: vietnamese.workspace).get() == resolver.resolve("a", in: english.workspace).get())
        }
    }

    @Test("lang vi writes reports in Vietnamese, lang en back in English")
    func reports() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nlang vi\nrun small\nshow digital-skills\nlang en\nrun small")
        #expect(output.standard.contains("Đã chạy small"))
        #expect(output.standard.contains("Mục tiêu: đạt 1/1."))
        #expect(output.standard.contains("chỉ tiêu"))
        #expect(output.standard.contains("kỹ-năng-số"))
        #expect(output.standard.contains("Ngân sách: 10,000 tỷ đồng năm 2026"))
        #expect(output.standard.hasSuffix("✓ met    digital-skills >= 50% by 2026: 75.8% (already met in 2025)\n"), "\(output.standard)")
        #expect(shell.run("lang fr") == .failed(.semantic))
    }
}

@Suite("Pillar shares")
struct PillarShareTests {
    @Test("a pillar's share is split over its programmes in their 2025 proportions, less those named")
    func pillars() throws {
        let (shell, output) = makeInterpreter()
        shell.run("""
            scenario p
              horizon 2026 to 2027
              budget 10000 bn VND per year
              allocate
                chính-phủ-số 50%
                digital-economy 20%
                digital-society 30%
                security 20%
              end
            end
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let shares = try ScenarioResolver(model: shell.model).resolve("p", in: shell.workspace).get().allocation
        // Government: security 20%; the other 30% over services, data, management in 15:15:10.
        #expect(abs(shares["security"]! - 0.20) < 1e-12)
        #expect(abs(shares["services"]! - 0.1125) < 1e-12 && abs(shares["management"]! - 0.075) < 1e-12)
        // Society: broadband and skills in 20:10.
        #expect(abs(shares["broadband"]! - 0.20) < 1e-12 && abs(shares["skills"]! - 0.10) < 1e-12)
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-12)
    }

    @Test("programmes that take more than their pillar has are an error")
    func overdrawn() {
        let (shell, output) = makeInterpreter()
        shell.run("scenario q\n  horizon 2026 to 2027\n  budget 1 bn VND per year\n  allocate\n    digital-economy 10%\n    business 15%\n    digital-society 90%\n  end\nend\nrun q")
        #expect(output.error.contains("the programmes of pillar 'digital-economy' are given 15% of the envelope, but the pillar has 10%"))
    }
}

@Suite("Allocations in money")
struct AmountAllocationTests {
    @Test("an amount is the share it makes of the first year's envelope, mixed with shares and pillars")
    func amounts() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

            scenario money from small
              allocate
                digital-government 4 nghìn tỷ VND
                services 1000 bn VND per year
                skills 3000 tỷ VND
                broadband 30%
              end
            end
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let money = try ScenarioResolver(model: shell.model).resolve("money", in: shell.workspace).get()
        #expect(abs(money.spending(on: "services", in: 2026) - 1000) < 1e-9)
        #expect(abs(money.spending(on: "skills", in: 2026) - 3000) < 1e-9)
        #expect(abs(money.spending(on: "broadband", in: 2026) - 3000) < 1e-9)
        // The government pillar's other 3000 bn go to data, management and security in 2025 proportions.
        let rest = ["data", "management", "security"].map { money.spending(on: $0, in: 2026) }.reduce(0, +)
        #expect(abs(rest - 3000) < 1e-9)
        // The shares hold as the envelope grows 5% a year.
        #expect(abs(money.spending(on: "skills", in: 2027) - 3150) < 1e-9)

        shell.run("show scenario money")
        #expect(output.standard.contains("    services 1000 bn VND\n"))
        #expect(output.standard.contains("    broadband 30%\n"))

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-money-\(UUID()).plan").path
        shell.run("save money to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("    services           1000 bn VND\n"), "\(text)")
        let (fresh, _) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(try ScenarioResolver(model: fresh.model).resolve("money", in: fresh.workspace).get() == money)
    }

    @Test("amounts in USD convert at the model's usd_vnd, or at the rate a scenario assumes, and save as written")
    func dollars() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

            scenario dollars from small
              budget 1 bn USD per year
              allocate
                skills 0.25 bn USD
                services 75%
              end
            end
            scenario dearer from dollars
              assume usd_vnd = 26000
            end
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let rate = try #require(shell.model.parameters.first { $0.id == "usd_vnd" }).value
        let resolver = ScenarioResolver(model: shell.model)
        let dollars = try resolver.resolve("dollars", in: shell.workspace).get()
        #expect(abs(dollars.envelope(in: 2026) - rate) < 1e-9)
        #expect(abs(dollars.spending(on: "skills", in: 2026) - rate / 4) < 1e-9)
        let dearer = try resolver.resolve("dearer", in: shell.workspace).get()
        #expect(abs(dearer.envelope(in: 2026) - 26_000) < 1e-9)
        #expect(abs(dearer.spending(on: "skills", in: 2026) - 6_500) < 1e-9)

        shell.run("show scenario dearer")
        #expect(output.standard.contains("    skills 0.25 bn USD"), "USD amounts show as written: \(output.standard)")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-usd-\(UUID()).plan").path
        shell.run("save dearer to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("  budget 1 bn USD per year\n") && text.contains("    skills   0.25 bn USD\n"), "\(text)")
    }

    @Test("diff shows amounts whole; show scenario's amounts add up when read back")
    func diffAndShow() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

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
        #expect(fresh.run("scenario thirds from small" + shown.components(separatedBy: "\nend\n").first! + "\nend\nrun thirds") == .completed,
                "\(freshOutput.error)")
    }

    @Test("show scenario of a scenario that does not resolve shows what was written")
    func showUnresolved() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

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

    @Test("amounts above or below the envelope are errors in money, with the excess or the gap")
    func envelope() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        // services keeps its inherited 50% (5000 bn): 5000 + 12000.
        #expect(shell.run("scenario over from small\n  allocate\n    skills 12 trillion VND\n  end\nend\nrun over") == .failed(.semantic))
        #expect(output.error.contains(
            "the allocation of scenario 'over' comes to 17000 bn VND, 7000 bn VND over the envelope of 10000 bn VND in its first year"))
        #expect(shell.run("scenario under from small\n  in 2027 allocate\n    services 5000 bn VND\n    skills 5000 bn VND\n  end\nend\nrun under")
                == .failed(.semantic))
        #expect(output.error.contains(
            "in 2027 the allocation of scenario 'under' comes to 10000 bn VND, 500 bn VND short of the envelope of 10500 bn VND"))
        #expect(shell.run("scenario fine from small\n  from 2027 allocate\n    services 5250 bn VND\n    skills 5250 bn VND\n  end\nend\nrun fine")
                == .completed, "\(output.error)")
    }
}

@Suite("Year-specific budgets and shares")
struct YearSpecificTests {
    @Test("in YEAR and from YEAR change the budget and the shares for those years, and save and load back")
    func yearly() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

            scenario ramp from small
              from 2027 budget 20 trillion VND per year growing 10% per year
              in 2028 budget 5 trillion VND per year
              from 2028 allocate
                services 20%
                skills 80%
              end
            end
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let ramp = try ScenarioResolver(model: shell.model).resolve("ramp", in: shell.workspace).get()
        #expect(ramp.envelope(in: 2026) == 10_000)
        #expect(ramp.envelope(in: 2027) == 20_000)
        #expect(ramp.envelope(in: 2028) == 5_000, "the later, one-year budget wins")
        #expect(ramp.spending(on: "skills", in: 2027) == 10_000)
        #expect(ramp.spending(on: "skills", in: 2028) == 4_000)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-ramp-\(UUID()).plan").path
        shell.run("save ramp to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("  from 2027 budget 20 trillion VND per year growing 10% per year\n  in 2028 budget 5 trillion VND per year\n  from 2028 allocate\n"))
        let (fresh, _) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(try ScenarioResolver(model: fresh.model).resolve("ramp", in: fresh.workspace).get() == ramp)
    }

    @Test("show gives years in a row with the same budget as one span")
    func budgetSpans() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario flat from small\n  from 2027 budget 20 trillion VND per year\nend\nrun flat\nshow fibre")
        #expect(output.standard.contains("Budget: 10,000 bn VND in 2026, 20,000 bn VND in 2027–2028\n"), "\(output.standard)")
    }

    @Test("a year outside the horizon, or a year whose shares do not add up, is an error")
    func errors() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario a from small\n  from 2031 budget 1 bn VND per year\nend\nrun a") == .failed(.semantic))
        #expect(output.error.contains("2031 is outside the horizon of scenario 'a' (2026–2028)"))
        #expect(shell.run("scenario b from small\n  in 2027 allocate\n    skills 70%\n  end\nend\nrun b") == .failed(.semantic))
        #expect(output.error.contains("in 2027 the shares of scenario 'b' add up to 120%, 20% over 100%"))
    }
}

@Suite("After the second review")
struct SecondReviewTests {
    @Test("show scenario and diff use the model's names and the values the run uses")
    func canonicalInputs() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + """

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

    @Test("an explained flow shows the spending of the year asked for, not the next one")
    func explainYear() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario jump from small\n  in 2028 budget 100 trillion VND per year\nend\nexplain fibre in 2027")
        #expect(output.error.isEmpty, "\(output.error)")
        #expect(output.standard.range(of: #"spending_broadband +bn VND/year +0 +the scenario"#, options: .regularExpression) != nil, "small gives broadband nothing in 2027")
    }

    @Test("impossible results are flagged; impossible dates and unreachable targets are errors")
    func guards() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario wild from small\n  assume bass_q = 40\nend\nrun wild")
        #expect(output.error.contains("left the range the model is valid for"))
        #expect(shell.run("scenario d from small\n  policy paper_refusal on from 2026-02-29\nend") == .failed(.syntax))
        #expect(output.error.contains("'29' is not a day of 2026-02, which has 28 days"))
        #expect(shell.run("scenario early from small\n  target fibre >= 90% by 2025\nend\nrun early") == .failed(.semantic))
        #expect(output.error.contains("target year 2025 is outside the horizon"))
    }

    @Test("normalize also scales the shares of year-by-year allocations")
    func normalizeYears() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario n from small\n  from 2027 allocate\n    skills 150%\n  end\n  normalize\nend")
        #expect(output.error.contains("a share cannot exceed 100%"))
        shell.run(smallScenario + "\nscenario m from small\n  from 2027 allocate\n    skills 100%\n  end\n  normalize\nend")
        let scenario = try ScenarioResolver(model: shell.model).resolve("m", in: shell.workspace).get()
        #expect(abs(scenario.shares(in: 2027).values.reduce(0, +) - 1) < 1e-12)
        #expect(abs(scenario.shares(in: 2027)["skills"]! - 2.0 / 3.0) < 1e-12)
    }
}

@Suite("Scripts")
struct ScriptTests {
    @Test("a parameter sweep in a few lines: let, for over a list and a range, variables in scenarios, print, if, assert")
    func sweep() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(smallScenario + """

            let base = 10000
            for share in [20%, 40%]
              scenario sweep from small
                budget base * 2 bn VND per year
                allocate
                  services 100% - share
                  skills share
                end
              end
              print "skills {share}: {digital-skills in 2028}"
            end
            for year in 2026 to 2028
              if digital-skills in year > 80%
                print "{year} above"
              else
                print "{year} below"
              end
            end
            assert digital-skills in 2028 > 50% "skills pass 50% by 2028"
            """)
        #expect(outcome == .completed, "\(output.error)")
        #expect(output.standard.contains("skills 20%: "))
        #expect(output.standard.contains("skills 40%: "))
        #expect(output.standard.contains("2026 below"))
        #expect(output.standard.contains("2028 above"))
        let lines = output.standard.split(separator: "\n").filter { $0.hasPrefix("skills ") }
        #expect(lines.count == 2)
    }

    @Test("mixing units, unknown variables and failed assertions are errors with a position", arguments: [
        ("let x = 10% + 5", "cannot add a percentage and a number"),
        ("print \"{nothing}\"", "unknown variable 'nothing'"),
        ("assert 1 > 2 \"one is not more than two\"", "assertion failed: one is not more than two"),
        ("let s = 5\nscenario v from small\n  allocate\n    skills s\n  end\nend", "'s' is 5, a number; a percentage is needed here (write s%)"),
        ("for i in 1 to 100000\nend", "this loop would run 100,000 times; at most 10,000"),
        ("let b = 30000 bn VND + 5%", "cannot add an amount of money and a percentage"),
        ("let b = 3 trillion VND * 2 bn VND", "cannot multiply an amount of money and an amount of money"),
        ("let b = 3 trillion EUR", "expected the currency after the amount (VND or USD), found 'EUR'"),
        ("let b = 30000\nscenario v from small\n  budget b per year\nend", "'b' is a number (30000); an amount of money is needed here (or write b bn VND)"),
        ("let b = 30000 bn VND\nscenario v from small\n  target fibre >= b by 2028\nend", "'b' is an amount of money (30000 bn VND); a number is needed here"),
    ])
    func errors(script: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run(script) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }

    @Test("money in scripts: VND and USD amounts, arithmetic with numbers and percentages, in budgets and allocations")
    func money() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        let rate = try #require(shell.model.parameters.first { $0.id == "usd_vnd" }).value
        #expect(shell.run("""
            let b = 12 nghìn tỷ VND
            let aid = 0.1 bn USD
            print "{b} {b * 10%} {b / 4} {b / (6000 bn VND)} {b > 11 trillion VND}"
            print "{aid}"
            let net = b - 2000 bn VND
            scenario m from small
              budget net per year
              allocate
                services b / 4
                skills 70%
              end
            end
            """) == .completed, "\(output.error)")
        #expect(output.standard.contains("12000 bn VND 1200 bn VND 3000 bn VND 2 1\n"))
        #expect(output.standard.contains("\(NumberText.plain((rate * 0.1 * 1000).rounded() / 1000)) bn VND\n"))
        let m = try ScenarioResolver(model: shell.model).resolve("m", in: shell.workspace).get()
        #expect(m.envelope(in: 2026) == 10_000)
        #expect(abs(m.spending(on: "services", in: 2026) - 3000) < 1e-9)
    }

    @Test("include runs a file relative to the including one, and a file that includes itself is an error")
    func include() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-include-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("parts"), withIntermediateDirectories: true)
        try "let greeting = \"xin chào\"\ninclude \"more.plan\"\n".write(to: folder.appendingPathComponent("parts/one.plan"), atomically: true, encoding: .utf8)
        try "print \"{greeting}\"\n".write(to: folder.appendingPathComponent("parts/more.plan"), atomically: true, encoding: .utf8)
        try "include \"loop.plan\"\n".write(to: folder.appendingPathComponent("loop.plan"), atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreter()
        let main = SourceFile(name: "main.plan", text: "include \"parts/one.plan\"\n", directory: folder.path)
        #expect(shell.execute(main) == .completed, "\(output.error)")
        #expect(output.standard == "xin chào\n")
        let looping = SourceFile(name: "main.plan", text: "include \"loop.plan\"\n", directory: folder.path)
        #expect(shell.execute(looping) == .failed(.semantic))
        #expect(output.error.contains("includes itself"))
    }

    @Test("a for or if block left open waits for more lines at the prompt")
    func incomplete() {
        #expect(Parser.parse(SourceFile(name: nil, text: "for x in [1, 2]\n  print \"{x}\"\n")).isIncomplete)
        #expect(Parser.parse(SourceFile(name: nil, text: "if 1 > 0\n")).isIncomplete)
        #expect(!Parser.parse(SourceFile(name: nil, text: "for x in [1, 2]\n  print \"{x}\"\nend\n")).isIncomplete)
    }
}

@Suite("model load")
struct ModelCommandTests {
    /// The bundled model's text with one edit, written to a temporary file.
    func modelFile(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Sources/DXModel/Resources/vietnam.dxm"), encoding: .utf8)
        #expect(text.contains(old))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-model-\(UUID().uuidString).dxm").path
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("a loaded model runs the scenarios defined before it, and 'model bundled' goes back")
    func loadAndReturn() throws {
        let (shell, output) = makeInterpreter()
        // Twice the take-up of fibre where it passes households, whatever the fitted speed.
        let path = try modelFile(replacing: "flow fibre_take_up [household/year] = fibre_speed * ",
                                 with: "flow fibre_take_up [household/year] = 2 * fibre_speed * ")
        shell.run("load \"\(repositoryRoot.path)/scenarios/baseline.plan\"\nscenario s from baseline\nend\nrun s\nprint \"{fibre in 2030}\"")
        let bundled = try #require(output.standard.split(separator: "\n").last.flatMap { Double($0.dropLast()) })
        #expect(shell.run("model load \"\(path)\"\nrun s\nprint \"{fibre in 2030}\"") == .completed)
        #expect(output.standard.contains("Now using 'Vietnam national digital transformation, second model' from \(path)"))
        let faster = try #require(output.standard.split(separator: "\n").last.flatMap { Double($0.dropLast()) })
        #expect(faster > bundled, "fibre spreads faster in the loaded model")
        #expect(shell.run("model") == .completed)
        #expect(output.standard.contains("(from \(path))"))
        #expect(shell.run("model bundled\nrun s\nprint \"{fibre in 2030}\"") == .completed)
        #expect(output.standard.split(separator: "\n").last.flatMap { Double($0.dropLast()) } == bundled)
        #expect(output.error.isEmpty)
    }

    @Test("scenarios defined before a load are checked against the new model when they run")
    func recheck() throws {
        let (shell, output) = makeInterpreter()
        let path = try modelFile(replacing: "programme skills ", with: "programme talent ")
        shell.run("load \"\(repositoryRoot.path)/scenarios/baseline.plan\"\nscenario w from baseline\n  assume bass_q = 0.4\nend")
        #expect(shell.run("model load \"\(path)\"") == .completed)
        #expect(shell.run("run w") == .failed(.semantic))
        #expect(output.error.contains("baseline.plan:26:5: error[E202]: unknown programme 'skills'"), "\(output.error)")
        let renamed = try modelFile(replacing: "exposure_sensitivity", with: "exposure_sens")
        #expect(shell.run("model bundled\nscenario v from baseline\n  assume exposure_sensitivity = 1\nend") == .completed)
        #expect(shell.run("model load \"\(renamed)\"\nrun v") == .failed(.semantic))
        #expect(output.error.contains("test.plan:3:10: error[E204]: unknown parameter 'exposure_sensitivity'"), "\(output.error)")
    }

    @Test("calibrate on an edited model shows the fit beside the file's values and flags a parameter at the end of its range")
    func calibrateEdited() throws {
        let (shell, output) = makeInterpreter()
        // Half as many adults with basic digital skills in 2020: the fit pushes the EGDI's weight to the end of its range.
        let path = try modelFile(replacing: "param skills_2020 [%] = 30\n", with: "param skills_2020 [%] = 15\n")
        #expect(shell.run("model load \"\(path)\"\ncalibrate") == .completed)
        let text = output.standard
        #expect(text.contains("  egdi_component_weight            1        1 !  0.1–1"), "\(text)")
        #expect(text.contains("! at an end of its range"))
        #expect(text.contains("observed  model file       miss         fit       miss  tolerance  role (fit)"))
        #expect(text.contains("  online-service-use  mid-2022      4.85        4.39      −0.46        4.82      −0.03         ±1  fitted ✓"))
        #expect(text.contains("The fit differs from the model file"))
    }

    @Test("a model file given where scenarios are expected, or without 'load', gets a hint")
    func hints() {
        let (shell, output) = makeInterpreter()
        let model = repositoryRoot.path + "/Sources/DXModel/Resources/vietnam.dxm"
        #expect(shell.run("load \"\(model)\"") == .failed(.semantic))
        #expect(output.error.contains("is a model file, not a scenario file; to run scenarios on it, write model load \"\(model)\""))
        // Recognised by its first line too, also with Windows line ends and another extension.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-model-\(UUID().uuidString).txt").path
        let text = (try? String(contentsOfFile: model, encoding: .utf8)) ?? ""
        #expect(FileManager.default.createFile(atPath: copy, contents: Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        #expect(shell.run("load \"\(copy)\"") == .failed(.semantic))
        #expect(output.error.contains("is a model file, not a scenario file; to run scenarios on it, write model load \"\(copy)\""), "\(output.error)")
        #expect(shell.run("model \"m.dxm\"") == .failed(.syntax))
        #expect(output.error.contains("to run the scenarios on another model, write model load \"m.dxm\""))
        #expect(shell.run("help model load") == .completed)
        #expect(output.standard.contains("model [load \"FILE\" | bundled]"))
    }

    @Test("a model file with errors is reported in its own lines and the session keeps its model")
    func broken() throws {
        let (shell, output) = makeInterpreter()
        let path = try modelFile(replacing: "= fibre_households / households\naux fibre_percent", with: "= fibre_householdz / households\naux fibre_percent")
        #expect(shell.run("model load \"\(path)\"") == .failed(.semantic))
        #expect(output.error.contains("\(path):"))
        #expect(output.error.contains("did you mean 'fibre_households'?"))
        #expect(output.error.contains("test.plan:1:12: error[E200]: the model in '\(path)' has 1 error; still using the bundled model"))
        #expect(shell.model.name == testModel.name)
        #expect(shell.run("model load \"/nonexistent/m.dxm\"") == .failed(.missingInput))
        #expect(output.error.contains("error[E601]: cannot open the model '/nonexistent/m.dxm': no such file"))
    }
}

@Suite("Reports in Vietnamese")
struct VietnameseReportTests {
    @Test("targets is written in Vietnamese after lang vi, with the indicators' Vietnamese names")
    func targets() {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        // five-pushes sets 2030 targets only; 'sooner' adds one for 2027 that is met a year late.
        let sooner = "scenario sooner from five-pushes\n  target digital-skills >= 85% by 2027\nend\n"
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\n" + sooner + "lang vi\ntargets five-pushes\ntargets sooner") == .completed)
        #expect(output.standard.contains("five-pushes — Năm đẩy mạnh (2026–2030): 6/9 mục tiêu đạt."))
        #expect(output.standard.contains("mục tiêu "))
        #expect(output.standard.contains("phủ-cáp-quang >= 100% vào 2030"))
        #expect(output.standard.contains("đạt (từ 2025)"))
        #expect(output.standard.contains("đạt muộn (2028)"))
        #expect(output.standard.contains("điểm"))
        #expect(!output.standard.contains(" met"))
    }
}

@Suite("uncertainty command")
struct UncertaintyCommandTests {
    @Test("bands and chances for a scenario; the same seed prints the same; other seeds and runs are taken")
    func bands() {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nuncertainty five-pushes runs 50 seed 9") == .completed, "\(output.error)")
        let first = String(output.standard.drop { $0 != "U" })
        #expect(first.contains("Uncertainty of five-pushes: 50 runs, 74 uncertain parameters drawn (seed 9)"))
        #expect(first.contains("2030 run  median  90% of runs"))
        #expect(first.contains("fibre-coverage >= 100% by 2030"))
        #expect(shell.run("uncertainty five-pushes runs 50 seed 9") == .completed)
        #expect(output.standard.hasSuffix(first + first), "the same seed prints the same")
        #expect(shell.run("bất-định five-pushes lần-chạy 20") == .completed, "Vietnamese keywords")
    }

    @Test("runs outside 10 to 100,000 and stray words are errors with a position", arguments: [
        ("uncertainty five-pushes runs 5", "test.plan:1:30: error[E306]: 5 runs: use from 10 to 100,000"),
        ("uncertainty five-pushes rns 50", "expected 'runs N' or 'seed N' after the scenario; did you mean 'runs'?"),
        ("uncertainty runs 10 runs 20", "'runs' is given twice"),
        ("uncertainty five-pushes seed -1", "expected the seed, a whole number"),
        ("uncertainty five-push", "unknown scenario 'five-push'; did you mean 'five-pushes'?"),
    ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/five-pushes.plan\"")
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}

@Suite("Inspection in Vietnamese")
struct VietnameseInspectionTests {
    @Test("list, assumptions, explain and uncertainty speak Vietnamese after lang vi", arguments: [
        ("list", ["kịch bản", "giai đoạn", "tình trạng", "chưa chạy", "kịch bản hiện tại"], ["horizon", "not run"]),
        ("list programmes", ["chương trình", "trụ cột", "trọng tâm", "tên tiếng Anh", "5 đẩy mạnh: 1 lãnh đạo"], ["pillar", "Key tasks"]),
        ("list indicators", ["chỉ tiêu", "đơn vị", "* giả định"], ["an assumption"]),
        ("assumptions share", ["Giả định (không có giá trị công bố)", "Từ nguồn đã công bố", "khoảng 0.3–0.6", "11 tham số: 10 giả định."],
         ["Labelled", "range"]),
        ("explain online-services in 2027", ["năm 2027 trong kịch bản", "Cách tính", "tích lũy", "Tham số và đầu vào được dùng",
                                             "Yếu tố tác động mạnh nhất", "chi cho dịch-vụ-công", "điểm"], ["How it is computed", " pp"]),
        ("uncertainty runs 20", ["Độ bất định của five-pushes: 20 lần chạy", "trung vị", "90% số lần chạy", "Khả năng đạt từng mục tiêu",
                                 "phủ-cáp-quang >= 100% vào 2030"], ["median", "Chance"]),
    ])
    func vietnamese(command: String, present: [String], absent: [String]) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nlang vi\n\(command)") == .completed, "\(output.error)")
        for text in present { #expect(output.standard.contains(text), "\(command): missing '\(text)'") }
        for text in absent { #expect(!output.standard.contains(text), "\(command): still English '\(text)'") }
    }
}

@Suite("shift with year-by-year allocations")
struct ShiftYearTests {
    static let text = """
        scenario a
          horizon 2026 to 2030
          budget 20000 bn VND per year
          allocate
            skills 50%
            broadband 30%
            services 20%
          end
          from 2027 allocate
            skills 30%
            broadband 50%
          end
        end
        scenario b from a
          shift 10% from skills to services
        end
        """

    @Test("a shift moves the points in every year, including years whose shares a block sets")
    func everyYear() throws {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(Self.text + "\nrun b") == .completed, "\(output.error)")
        let scenario = try #require(shell.workspace.result("b")).scenario
        let first = scenario.shares(in: 2025)
        #expect(abs(first["skills"]! - 0.4) < 1e-12 && first["broadband"] == 0.3 && abs(first["services"]! - 0.3) < 1e-12)
        let later = scenario.shares(in: 2028)
        #expect(abs(later["skills"]! - 0.2) < 1e-12 && later["broadband"] == 0.5 && abs(later["services"]! - 0.3) < 1e-12)
        #expect(shell.run("show scenario b") == .completed)
        #expect(output.standard.contains("  from 2027 allocate\n    skills 20%\n"))
    }

    @Test("a shift larger than a year's share is an error naming the year and pointing at its block")
    func tooLarge() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(Self.text.replacingOccurrences(of: "shift 10%", with: "shift 40%") + "\nrun b") == .failed(.semantic))
        #expect(output.error.contains("test.plan:15:9: error[E304]: cannot shift 40% from skills from 2027: it has 30% there"))
        #expect(output.error.contains("test.plan:9:13: note: that year's shares are set here"))
    }
}

@Suite("compare")
struct CompareTests {
    func shell() -> (Interpreter, CapturedOutput) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"")
        return (shell, output)
    }

    @Test("two scenarios: spending, every indicator with the difference of the printed values, every target in each")
    func two() {
        let (shell, output) = shell()
        #expect(shell.run("compare baseline five-pushes") == .completed, "\(output.error)")
        let text = output.standard
        #expect(text.contains("baseline — Giữ nguyên cơ cấu chi 2025: 125,000 bn VND over 2026–2030"))
        #expect(text.contains("Results in 2030"))
        #expect(text.contains("digital-economy      %          14.8         15.5                 +0.7 pp"))
        #expect(text.contains("egdi                 index     0.922        0.924                  +0.002"))
        #expect(text.contains("  e-signatures >= 70% by 2030         ✓ 98.3%      ✓ 98.8%"))
        #expect(text.contains("Targets met: baseline 6/9, five-pushes 6/9."))
    }

    @Test("three scenarios have no difference column; a target one of them does not set shows –")
    func three() {
        let (shell, output) = shell()
        let extra = "scenario lean from baseline\n  budget 20000 bn VND per year\n  target fibre >= 97% by 2030\nend\n"
        #expect(shell.run(extra + "compare baseline five-pushes lean") == .completed, "\(output.error)")
        #expect(!output.standard.contains(" − baseline"))
        #expect(output.standard.contains("fibre >= 97% by 2030"))
        #expect(output.standard.contains("–"))
        #expect(output.standard.contains("Targets met: baseline 6/9, five-pushes 6/9, lean"))
    }

    /// 10^300: a speed of fibre take-up that overflows the run (the model's validity rules refuse zeros and negatives).
    static let huge = "1" + String(repeating: "0", count: 300)

    @Test("an inherited target after a scenario's horizon is 'outside', not 'not set'; values that are not numbers print as –")
    func outsideAndMissing() {
        let (shell, output) = shell()
        let extra = "scenario short from baseline\n  horizon 2026 to 2028\nend\nscenario broken from baseline\n  assume fibre_speed = \(Self.huge)\nend\n"
        #expect(shell.run(extra + "compare baseline short") == .completed, "\(output.error)")
        #expect(output.standard.contains("  fibre >= 90% by 2030                ✓ 97.7%  outside"))
        shell.run("compare baseline broken")
        #expect(!output.standard.contains("−–"))
        #expect(output.standard.contains("fibre                %          97.7       –                  –"), "\(output.standard)")
    }

    @Test("a target whose value is not a number is missed without a gap or a year it was met")
    func notANumber() {
        let (shell, output) = shell()
        #expect(shell.run("scenario broken from baseline\n  assume fibre_speed = \(Self.huge)\nend\nrun broken") == .completed)
        #expect(output.standard.contains("✗ missed fibre >= 90% by 2030: not a number (the run left the model's range)"))
        #expect(!output.standard.contains("–%"))
    }

    @Test("mistakes are errors with a position", arguments: [
        ("compare baseline", "compare needs at least two scenarios: compare baseline OTHER"),
        ("compare baseline baseline", "'baseline' is named twice"),
        ("compare baseline five-pushes in 2040", "'baseline' runs 2026–2030, not 2040; compare in a year every scenario runs"),
        ("compare baseline five-push", "unknown scenario 'five-push'; did you mean 'five-pushes'?"),
    ])
    func mistakes(input: String, message: String) {
        let (shell, output) = shell()
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}

@Suite("export csv and json")
struct ExportResultsTests {
    func shell() -> (Interpreter, CapturedOutput) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"\nrun baseline")
        return (shell, output)
    }

    func temporary(_ ext: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-export-\(UUID().uuidString).\(ext)").path
    }

    @Test("CSV: a header, then one row per scenario, indicator and year, with the run's values")
    func csv() throws {
        let (shell, output) = shell()
        let path = temporary("csv")
        #expect(shell.run("export csv baseline five-pushes \"\(path)\"") == .completed, "\(output.error)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark for spreadsheets")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("scenario,indicator,unit,year,value\r\n"), "CRLF line ends")
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "scenario,indicator,unit,year,value")
        #expect(lines.count == 1 + 2 * testModel.indicators.count * 6, "2025 to 2030")
        let fibre = try #require(shell.workspace.result("five-pushes")?.value(of: "fibre", in: 2030))
        let row = try #require(lines.first { $0.hasPrefix("five-pushes,fibre,%,2030,") })
        #expect(abs(try #require(Double(String(row.split(separator: ",").last!))) - fibre) < 1e-6)
        #expect(shell.workspace.current == "baseline", "export leaves the current scenario as it was")
    }

    @Test("CSV fields with commas or quotes are quoted")
    func quoting() {
        #expect(ResultExport.field("plain") == "plain")
        #expect(ResultExport.field("a,b") == "\"a,b\"")
        #expect(ResultExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    @Test("JSON: budget, spending, indicators and targets of each scenario, readable by other programs")
    func json() throws {
        let (shell, output) = shell()
        let path = temporary("json")
        #expect(shell.run("export json five-pushes \"\(path)\"") == .completed, "\(output.error)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let scenario = try #require((document["scenarios"] as? [[String: Any]])?.first)
        #expect(scenario["name"] as? String == "five-pushes")
        #expect((scenario["budget"] as? [String: Double])?["2026"] == 50000)
        let skills = try #require((scenario["spending"] as? [String: [String: Double]])?["skills"]?["2026"])
        #expect(abs(skills - 10000) < 1e-6)
        let fibre = try #require((scenario["indicators"] as? [String: [String: Any]])?["fibre"]?["values"] as? [String: Double])
        #expect(fibre.keys.sorted() == ["2025", "2026", "2027", "2028", "2029", "2030"], "from the base year")
        let run = try #require(shell.workspace.result("five-pushes"))
        for (year, value) in fibre { #expect(abs(value - run.value(of: "fibre", in: Int(year)!)!) < 1e-4, "\(year)") }
        let targets = try #require(scenario["targets"] as? [[String: Any]])
        #expect(targets.count == 9 && targets.filter { $0["met"] as? Bool == true }.count == 6)
    }

    @Test("mistakes are errors with a position", arguments: [
        ("export pdf \"x.pdf\"", "dxplan exports csv, json, html, xmile, not 'pdf'"),
        ("export xmile baseline five-pushes \"x.xmile\"", "an XMILE file holds one scenario's inputs; name one"),
        ("export csv nothing \"x.csv\"", "unknown scenario 'nothing'"),
        ("export csv \"/nonexistent-dir/x.csv\"", "cannot export to '/nonexistent-dir/x.csv'"),
    ])
    func mistakes(input: String, message: String) {
        let (shell, output) = shell()
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}

@Suite("chart")
struct ChartTests {
    @Test("a chart puts each year's value on the row of its value, joins the years with dots, and marks targets")
    func drawing() {
        let chart = TextChart(years: [2024, 2025, 2026], series: [
            .init(name: "a", values: [2024: 0, 2025: 60, 2026: 100]),
            .init(name: "b", values: [2024: 0, 2025: 20, 2026: 40]),
        ], targets: [.init(year: 2026, value: 80)], unit: .percent, rows: 6, columnWidth: 6)
        let lines = chart.render(legend: (marker: "several at once", target: "target"))
        #expect(lines == [
            "100.0 ┤              ·●",
            " 80.0 ┤           ··· ◇",
            " 60.0 ┤        ·●·",
            " 40.0 ┤      ··    ···○",
            " 20.0 ┤    ·····○··",
            "  0.0 ┤   ◉··",
            "      └───┬─────┬─────┬──",
            "        2024  2025  2026",
            "● a   ○ b   ◇ target   ◉ several at once",
        ], "\(lines.joined(separator: "\n"))")
    }

    @Test("round steps for the value axis")
    func steps() {
        #expect(TextChart.niceStep(0.7) == 1)
        #expect(TextChart.niceStep(1.3) == 2)
        #expect(TextChart.niceStep(2.2) == 2.5)
        #expect(TextChart.niceStep(0.0031) == 0.005)
        #expect(TextChart.niceStep(40) == 50)
    }

    @Test("chart of several scenarios, and its mistakes", arguments: [
        ("chart fibre baseline five-pushes", nil),
        ("chart fibr baseline", "unknown indicator 'fibr'; did you mean 'fibre'?"),
        ("chart fibre basline", "unknown scenario 'basline'; did you mean 'baseline'?"),
    ] as [(String, String?)])
    func command(input: String, message: String?) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"")
        let outcome = shell.run(input)
        if let message {
            #expect(outcome != .completed)
            #expect(output.error.contains(message), "\(output.error)")
        } else {
            #expect(outcome == .completed, "\(output.error)")
            #expect(output.standard.contains("fibre — Households using fibre broadband (%)"))
            #expect(output.standard.contains("● baseline   ○ five-pushes   ◇ target"))
        }
    }
}

@Suite("why")
struct WhyTests {
    @Test("each differing input's part, and the interaction, for two scenarios", arguments: [
        ("why e-signatures baseline five-pushes", "Why e-signatures differs in 2030: baseline 98.28% → five-pushes 98.78% (+0.50 pp)"),
        ("why e-signatures baseline five-pushes", "  spending on security             +0.53 pp"),
        ("why fibre baseline five-pushes in 2027", "  spending on broadband            −0.02 pp\n  7 other inputs                    0.00 pp"),
        ("lang vi\nvì-sao chữ-ký-số baseline five-pushes", "Vì sao chữ-ký-số khác nhau năm 2030"),
    ])
    func output(input: String, expected: String) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"")
        #expect(shell.run(input) == .completed, "\(output.error)")
        #expect(output.standard.contains(expected), "\(output.standard)")
    }

    @Test("mistakes are errors with a position", arguments: [
        ("why fibre baseline baseline", "test.plan:1:20: error[E200]: name two different scenarios"),
        ("why fibre baseline five-pushes in 2031", "'baseline' runs to 2030, not 2031; name a year both scenarios run"),
        ("why fibr baseline five-pushes", "unknown indicator 'fibr'; did you mean 'fibre'?"),
        ("why fibre baseline", "expected the second scenario"),
    ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"")
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}

@Suite("Atomic files")
struct AtomicFileTests {
    @Test("a pipe or device is written to, not replaced by a regular file")
    func specialFiles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        // Holding the pipe open for reading and writing lets the write below go through without a reader thread.
        let reader = open(path, O_RDWR | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write("through the pipe\n", to: path)
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(n, 0)), as: UTF8.self) == "through the pipe\n")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a pipe")
    }

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a pipe nobody reads is refused instead of hanging")
    func pipeWithoutReader() throws {
        let path = try folder().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: AtomicFile.Failure.unwritable(path, "nothing is reading from the pipe")) {
            try AtomicFile.write("nobody listens\n", to: path)
        }
    }

    @Test("a read-only file is refused and left as it was")
    func readOnly() throws {
        let path = try folder().appendingPathComponent("kept.plan").path
        try "kept\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o444)
        #expect(throws: AtomicFile.Failure.wouldReplace(path, .readOnly)) {
            try AtomicFile.write("replaced\n", to: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
    }

    @Test("a chain of links is followed to the file it names, even one not yet written")
    func linkChain() throws {
        let folder = try folder()
        let first = folder.appendingPathComponent("l1.plan").path
        let second = folder.appendingPathComponent("l2.plan").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: "l2.plan")
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: "target.plan")
        try AtomicFile.write("new\n", to: first)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: first) == "l2.plan")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: second) == "target.plan")
        #expect(try String(contentsOfFile: folder.appendingPathComponent("target.plan").path, encoding: .utf8) == "new\n")
        // A loop of links is refused, not followed for ever.
        let loop = folder.appendingPathComponent("loop.plan").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.plan")
        #expect(throws: AtomicFile.Failure.unwritable(loop, "its links go round in a loop")) {
            try AtomicFile.write("x\n", to: loop)
        }
    }

    @Test("no temporary file is left behind")
    func noLeftovers() throws {
        let folder = try folder()
        try AtomicFile.write("one\n", to: folder.appendingPathComponent("a.plan").path)
        try AtomicFile.write("two\n", to: folder.appendingPathComponent("a.plan").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.plan"])
    }
}

@Suite("optimise")
struct OptimiseTests {
    func shell() -> (Interpreter, CapturedOutput) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"")
        return (shell, output)
    }

    @Test("defines a scenario that inherits everything but the split, and runs like any other")
    func defines() throws {
        let (shell, output) = shell()
        #expect(shell.run("optimise baseline for fibre in 2030 as more-fibre") == .completed, "\(output.error)")
        #expect(output.standard.contains("Defined more-fibre: the split of the budget of baseline that does best on fibre in 2030 (97.72% → "))
        let definition = try #require(shell.workspace.definition("more-fibre"))
        #expect(definition.decl.parent?.text == "baseline")
        #expect(shell.run("run more-fibre") == .completed)
        let before = try #require(shell.workspace.result("baseline")?.value(of: "fibre", in: 2030))
        let after = try #require(shell.workspace.result("more-fibre")?.value(of: "fibre", in: 2030))
        #expect(after > before)
        let shares = try #require(shell.workspace.result("more-fibre")).scenario.allocation
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-9)
    }

    @Test("with no indicator, the scenario's targets; the summary says how many are met")
    func targets() {
        let (shell, output) = shell()
        #expect(shell.run("optimise five-pushes") == .completed, "\(output.error)")
        #expect(output.standard.contains("Defined five-pushes-optimised: the split of the budget of five-pushes that does best on its 9 targets (6 met → "))
    }

    @Test("mistakes are errors with a position", arguments: [
        ("scenario bare\n  horizon 2026 to 2030\n  budget 1000 bn VND per year\n  allocate\n    skills 100%\n  end\nend\noptimise bare",
         "'bare' sets no targets to optimise for; add targets, or name an indicator: optimise bare for fibre in 2030"),
        ("optimise baseline for fibre in 2035", "2035 is outside the horizon of 'baseline' (2026–2030)"),
        ("optimise baseline for fibr in 2030", "unknown indicator 'fibr'; did you mean 'fibre'?"),
        ("scenario yearly from baseline\n  from 2027 allocate\n    skills 20%\n    broadband 10%\n  end\nend\noptimise yearly",
         "'yearly' sets its shares year by year"),
        ("optimise baseline for fibre", "expected 'in' and the year"),
        ("optimise five-pushes as baseline", "'baseline' is already defined (scenarios/baseline.plan); name the optimised scenario differently"),
        ("scenario c from baseline\nend\noptimise c for fibre in 2030 as baseline", "'baseline' is 'c' or one it inherits from"),
    ])
    func mistakes(input: String, message: String) {
        let (shell, output) = shell()
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
