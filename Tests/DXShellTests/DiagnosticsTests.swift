import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("Diagnostics")
struct DiagnosticsTests {
    @Test("several errors in one block are reported in line order")
    func errorOrder() {
        let (shell, output) = makeInterpreter()
        shell.run("scenario typos\n  allocate\n    skils 10%\n    broadbnd 10%\n    servces 80%\n  end\n  target fibr >= 9% by 2026\nend")
        let lines = output.error.split(separator: "\n").filter { $0.contains(": error[") }
            .map { String($0[..<$0.range(of: ": error[")!.lowerBound]) }
        #expect(lines == ["test.plan:3:5", "test.plan:4:5", "test.plan:5:5", "test.plan:7:10"])
    }

    @Test("a name that is part of an indicator's name is suggested")
    func partSuggestion() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nshow skills")
        #expect(output.error.contains("unknown indicator 'skills'; did you mean 'digital-skills'?"))
    }
}

@Suite("Error codes")
struct ErrorCodeTests {
    @Test("REPL.md lists every error code with its meaning, and no two kinds share a code")
    func documented() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("REPL.md"), encoding: .utf8)
        for code in ErrorCode.allCases {
            #expect(page.contains("| \(code.rawValue) | \(code.summary) |"), "REPL.md lacks \(code.rawValue)")
        }
        #expect(Set(ErrorCode.allCases.map(\.rawValue)).count == ErrorCode.allCases.count)
    }

    @Test(
        "errors carry the code of their kind",
        arguments: [
            ("rn baseline", "E102"),
            ("scenario x\n  horizon 25 to 2030\nend", "E103"),
            ("load scenarios/a.plan", "E105"),
            ("run nothing", "E201"),
            ("scenario x from baseline\n  allocate\n    skils 10%\n  end\nend", "E202"),
            ("show fibr", "E203"),
            ("scenario x from baseline\n  assume bass_qq = 1\nend", "E204"),
            ("print \"{nothing}\"", "E206"),
            ("scenario x from baseline\n  allocate\n    skills 20%\n  end\nend\nrun x", "E301"),
            ("scenario x from baseline\n  allocate\n    skills 9000 bn VND\n  end\nend\nrun x", "E302"),
            ("scenario x from baseline\n  shift 50% from data to skills\nend\nrun x", "E304"),
            ("let x = 5% + 1", "E305"),
            ("scenario x from baseline\n  budget 0 bn VND per year\nend", "E307"),
            ("scenario x from nobody\nend\nrun x", "E402"),
            ("assert 1 > 2", "E501"),
            ("load \"/nonexistent/a.plan\"", "E601"),
        ])
    func codes(input: String, code: String) {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        _ = shell.preload(repositoryRoot.appendingPathComponent("scenarios/baseline.plan").path)
        shell.run(input)
        #expect(output.error.contains("error[\(code)]:"), "\(output.error)")
    }
}

@Suite("Errors in a Vietnamese session")
struct VietnameseErrorTests {
    @Test("errors are in Vietnamese; one the catalogue cannot read stays English, with what its code means")
    func meaning() {
        let (shell, output) = makeInterpreter()
        shell.run("rn")
        #expect(output.error == "test.plan:1:1: error[E102]: unknown command 'rn'; did you mean 'run'?\n   1 | rn\n     | ^~\n", "\(output.error)")
        shell.session.language = .vi
        shell.run("rn")
        #expect(
            output.error.hasSuffix(
                "test.plan:1:1: lỗi[E102]: không có lệnh 'rn'; có phải ý bạn là 'run'?\n   1 | rn\n     | ^~\n"), "\(output.error)")
        #expect(!output.error.contains("nghĩa:"), "a translated message needs no line that says what its code means")
        var renderer = DiagnosticRenderer(colored: false)
        renderer.vietnamese = ErrorPhrasebook.translation
        #expect(
            renderer.render(.error(.semantic, "something no catalogue has", code: .invalidInput))
                == "lỗi[E200]: something no catalogue has\nnghĩa: đầu vào mang nghĩa không hợp lệ")
        #expect(renderer.render(Diagnostic(.note, .semantic, "scenarios: a, b")) == "ghi chú: các kịch bản: a, b")
        // Every code has its meaning (the switch is exhaustive); none is left in English.
        for code in ErrorCode.allCases where code != .interrupted {
            #expect(code.vietnameseSummary != code.summary, "\(code.rawValue)")
        }
    }
}
