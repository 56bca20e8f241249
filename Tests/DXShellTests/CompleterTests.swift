import Foundation
import Testing

@testable import DXShell

@Suite("Tab completion")
struct CompleterTests {
    let completer = Completer(
        scenarioNames: ["baseline", "five-pushes"], programmeNames: ["services", "skills", "security"],
        indicatorNames: ["fibre", "digital-economy", "digital-skills"],
        currentDirectory: repositoryRoot.path)

    func complete(_ line: String, pending: String = "") -> [String] {
        completer.complete(line: line, pendingLines: pending).candidates.map(\.replacement)
    }

    @Test("assumptions (giả-thiết) completes the model's parameter names, once")
    func parameters() {
        let withParameters = Completer(
            scenarioNames: [], programmeNames: [], indicatorNames: [], parameterNames: ["bass_p", "bass_q", "it_build_delay"])
        #expect(withParameters.complete(line: "assumptions ba").candidates.map(\.replacement).sorted() == ["bass_p ", "bass_q "])
        #expect(withParameters.complete(line: "giả-thiết it").candidates.map(\.replacement) == ["it_build_delay "])
        #expect(withParameters.complete(line: "assumptions bass_p ").candidates.isEmpty)
    }

    @Test("Vietnamese words complete with or without diacritics: keywords, aliases and names; Tab on nothing lists each thing once")
    func vietnameseWords() {
        let vietnamese = Completer(
            scenarioNames: ["baseline", "đội-1"], programmeNames: ["skills"], indicatorNames: ["digital-skills", "fibre"],
            aliases: ["skills": ["kỹ-năng-số"], "digital-skills": ["kỹ-năng-số-người-dân"], "fibre": ["cáp-quang"]])
        func complete(_ line: String) -> Completer.Completions { vietnamese.complete(line: line) }
        #expect(complete("chạ").candidates.map(\.replacement) == ["chạy "])
        let typedPlain = complete("chay")
        #expect(typedPlain.candidates.map(\.replacement) == ["chạy "])
        #expect(typedPlain.extendsPartial, "'chay' is replaced by 'chạy '")
        #expect(complete("cha").candidates.map(\.replacement).sorted() == ["chart ", "chạy "])
        #expect(complete("xem kỹ").candidates.map(\.replacement) == ["kỹ-năng-số-người-dân "])
        #expect(complete("show cap").candidates.map(\.replacement) == ["cáp-quang "])
        #expect(complete("run doi").candidates.map(\.replacement) == ["đội-1 "])
        // Tab on an empty word lists the English names only, each once.
        #expect(complete("show ").candidates.map(\.replacement) == ["digital-skills ", "fibre ", "scenario "])
        #expect(
            complete("s").candidates.map(\.replacement) == ["scenario ", "show ", "seek ", "sensitivity ", "save "], "one letter: no Vietnamese forms"
        )
    }

    @Test("a year's budget opens no block: after 'in 2026 budget …' Tab offers the scenario's settings, after 'in 2026 allocate' programmes")
    func yearBudgetOpensNoBlock() {
        let budget = "scenario x from baseline\n  in 2026 budget 10 bn VND per year\n"
        #expect(complete("  ", pending: budget).contains("horizon "))
        #expect(!complete("  ", pending: budget).contains("services "))
        #expect(complete("    ", pending: "scenario x from baseline\n  in 2026 allocate\n").contains("services "))
        #expect(complete("  ", pending: "scenario x from baseline\n  in 2026 allocate\n    services 100%\n  end\n").contains("horizon "))
    }

    @Test("Vietnamese keywords, with or without diacritics, lead to the same completions")
    func vietnamese() {
        #expect(complete("chạy fi") == ["five-pushes "])
        #expect(complete("chay fi") == ["five-pushes "])
        #expect(complete("kịch-bản x từ b") == ["baseline "])
        #expect(complete("lưu baseline ") == ["five-pushes ", "to "])
        #expect(complete("    mục-tiêu fi", pending: "kịch-bản x\n") == ["fibre "])
        #expect(complete("    sk", pending: "kịch-bản x\n  phân-bổ\n") == ["skills "])
        #expect(complete("nạp \"scenarios/ba") == ["scenarios/baseline.plan\" "])
    }

    @Test("command names at the start of a line")
    func commands() {
        #expect(complete("ru") == ["run "])
        #expect(complete("s") == ["scenario ", "show ", "seek ", "sensitivity ", "save "])
        #expect(complete("").contains("help "))
    }

    @Test("scenario names after run, save and from")
    func scenarios() {
        #expect(complete("run fi") == ["five-pushes "])
        #expect(complete("save b") == ["baseline "])
        #expect(complete("save baseline ") == ["five-pushes ", "to "], "more scenarios, or the file")
        #expect(complete("scenario x from b") == ["baseline "])
        #expect(complete("scenario x ") == ["from "])
    }

    @Test("indicator names after show and target; programme names inside allocate")
    func names() {
        #expect(complete("show fibre dig") == ["digital-economy ", "digital-skills "])
        #expect(completer.complete(line: "show dig").commonPrefix == "digital-")
        #expect(complete("  target f", pending: "scenario x\n") == ["fibre "])
        #expect(complete("    s", pending: "scenario x\n  allocate\n") == ["services ", "skills ", "security "])
        #expect(complete("  e", pending: "scenario x\n  allocate\n    skills 10%\n  end\n") == ["end "])
        #expect(complete("  bu", pending: "scenario x\n") == ["budget "])
    }

    @Test("programme names inside year-by-year allocate blocks; blocks of scripts close with their own end")
    func yearBlocks() {
        #expect(complete("    secu", pending: "scenario a\n  from 2028 allocate\n") == ["security "])
        #expect(complete("    sk", pending: "scenario a\n  in 2026 allocate\n") == ["skills "])
        #expect(complete("  shift 5% from secu", pending: "scenario a\n") == ["security "])
        #expect(completer.openBlocks(in: "for x in 1 to 3\n  scenario a\n  end\n") == ["for"])
    }

    @Test("file paths inside quotes after load and save")
    func paths() {
        #expect(complete("load \"scen") == ["scenarios/"])
        #expect(complete("load \"scenarios/ba") == ["scenarios/baseline.plan\" "])
        #expect(complete("save x to \"scenarios/fi") == ["scenarios/five-pushes.plan\" "])
        #expect(complete("load ") == ["\""])
        #expect(complete("model ") == ["load ", "bundled "])
        #expect(complete("uncertainty ") == ["baseline ", "five-pushes ", "runs ", "seed ", "latin ", "from "])
        #expect(complete("compare ") == ["baseline ", "five-pushes "])
        #expect(complete("export ") == ["csv ", "json ", "html ", "xlsx ", "xmile "])
        #expect(complete("optimise baseline for ") == ["fibre ", "digital-economy ", "digital-skills "])
        #expect(complete("optimise baseline for fibre ") == ["in "])
        #expect(complete("optimise baseline for fibre in 2030 ") == ["with ", "as "])
        #expect(complete("export csv ") == ["baseline ", "five-pushes ", "\""])
        #expect(complete("compare baseline ") == ["five-pushes "])
        #expect(complete("compare baseline five-pushes ") == ["in "])
        #expect(complete("uncertainty five-pushes runs 100 ") == ["seed ", "latin "])
        #expect(complete("model load ") == ["\""])
        #expect(complete("model load \"Sources/DXModel/Resources/viet") == ["Sources/DXModel/Resources/vietnam.dxm\" "])
    }

    @Test("nothing to offer after a full command")
    func nothing() {
        #expect(complete("list programmes ").isEmpty)
        #expect(complete("quit lesson ").isEmpty)
        #expect(complete("quit ") == ["lesson "], "quit lesson leaves a lesson")
    }
}

@Suite("Tab completion inside year-by-year lines")
struct YearByYearCompletionTests {
    let completer = Completer(
        scenarioNames: ["baseline"], programmeNames: ["services", "skills", "security"],
        indicatorNames: ["fibre"], currentDirectory: repositoryRoot.path)

    @Test("after 'in 2026 budget …' a line is a scenario setting again, not an allocation; 'in 2026 allocate' opens one")
    func yearBudgetClosesNothing() {
        let settings = completer.complete(line: "  s", pendingLines: "scenario x from baseline\n  in 2026 budget 30000 bn VND per year\n")
            .candidates.map(\.replacement)
        #expect(!settings.contains("services "), "\(settings)")
        let shares = completer.complete(line: "    s", pendingLines: "scenario x from baseline\n  in 2026 allocate\n")
            .candidates.map(\.replacement)
        #expect(shares.contains("services "), "\(shares)")
    }
}

@Suite("Did you mean, in Vietnamese")
struct VietnameseSuggestionTests {
    @Test(
        "a Vietnamese name typed without some diacritics or letters gets the name it meant",
        arguments: [
            ("xem kỹ-nang", "unknown indicator 'kỹ-nang'; did you mean 'kỹ-năng-số'?"),
            ("xem cap-quag", "unknown indicator 'cap-quag'; did you mean 'cáp-quang'?"),
            ("scenario x from baseline\n  allocate\n    ky-nag-so 100%\n  end\nend", "unknown programme 'ky-nag-so'; did you mean 'kỹ-năng-số'?"),
            ("scenario x from baseline\n  delay bang-rog 1 year\nend", "did you mean 'băng-rộng'?"),
        ])
    func suggestions(input: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.run("load \"\(repositoryRoot.path)/scenarios/baseline.plan\"\nrun baseline")
        shell.run(input)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
