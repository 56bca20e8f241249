import DXAnalysis
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Inputs that once crashed dxplan (issue 9's reproducers): each is now a positioned error, and
/// the shell keeps its state.
@Suite("Robustness: no input crashes dxplan")
struct RobustnessTests {
    static let run = "load \"\(repositoryRoot.path)/scenarios/baseline.plan\"\nrun baseline\n"

    @Test(
        "each reproducer is an error with its code, and the session goes on",
        arguments: [
            ("for i in 1 to 1/0\n  print \"{i}\"\nend", "E502", "endlessly many times"),
            ("for i in 1 to 99999999999999999999\n  print \"{i}\"\nend", "E502", "at most 10,000"),
            (run + "print \"{fibre in 99999999999999999999}\"", "E305", "four-digit year"),
            ("scenario x\n  policy paper_refusal on from 2027-99999999999999999999\nend", "E100", "is not a month"),
            ("scenario x\n  policy paper_refusal on from 2027-12-99999999999999999999\nend", "E100", "is not a day"),
            (
                "scenario h\n  horizon 2026 to 2030\n  budget 10000000000000000000 bn VND per year\n  allocate\n    services 100%\n  end\nend",
                "E306", "a budget must be a number below"
            ),
            ("scenario b\n  horizon 2026 to 2030\n  budget 1/0 bn VND per year\n  allocate\n    services 100%\n  end\nend", "E306", "it is inf"),
            ("print \"{" + String(repeating: "(", count: 2000) + "1" + String(repeating: ")", count: 2000) + "}\"", "E504", "nested more than 100"),
            ("let x = " + String(repeating: "-", count: 5000) + "1", "E504", "nested more than 100"),
            (String(repeating: "if 1 > 0\n", count: 1000) + "print \"x\"\n" + String(repeating: "end\n", count: 1000), "E504", "blocks are nested"),
            ("let s = \"ab\"\n" + String(repeating: "let s = s + s\n", count: 40), "E504", "at most 1,000,000 bytes"),
            (
                "scenario w\n  horizon 2026 to 2030\n  budget 1000 bn VND per year\n  allocate\n    services 100%\n  end\n  assume it_lifetime = 0\nend",
                "E306", "must be more than 0"
            ),
        ])
    func reproducer(script: String, code: String, message: String) {
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(script)
        #expect(outcome != .completed)
        #expect(output.error.contains("error[\(code)]"), "\(output.error.prefix(300))")
        #expect(output.error.contains(message), "\(output.error.prefix(300))")
        // The session survives with its state: the scenarios loaded before still run.
        #expect(shell.run("load \"\(repositoryRoot.path)/scenarios/five-pushes.plan\"\nrun five-pushes") == .completed)
    }

    @Test("a huge budget that grows past what numbers can hold runs, warns, and exports without trapping")
    func hugeGrowth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (shell, output) = makeInterpreter()
        let script = """
            scenario h
              horizon 2026 to 2100
              budget 900000000000 bn VND per year growing 1000% per year
              allocate
                services 100%
              end
            end
            run h
            explain online-services in 2100
            export html "\(folder.path)/h.html"
            export json "\(folder.path)/h.json"
            chart online-services h
            """
        #expect(shell.run(script) == .completed, "\(output.error)")
        #expect(output.error.contains("left the range the model is valid for") || output.error.contains("reaches"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("h.html").path))
    }
}

@Suite("Robustness: control characters cannot act on a terminal or break a document")
struct ControlCharacterTests {
    @Test("a title, a printed text and a source excerpt show control characters as escapes; exports hold none")
    func escaped() throws {
        let (shell, output) = makeInterpreter()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-esc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = """
            scenario x "T\u{1B}]0;pwned\u{07}\u{1B}[2J"
              horizon 2026 to 2030
              budget 1000 bn VND per year
              allocate
                services 100%
              end
            end
            run x
            list
            show scenario x
            print "a\u{1B}[2Jb"
            export html "\(folder.path)/x.html"
            export json "\(folder.path)/x.json"
            """
        #expect(shell.run(script) == .completed, "\(output.error)")
        #expect(!output.standard.contains("\u{1B}") && !output.standard.contains("\u{07}"))
        #expect(output.standard.contains("T\\u{1B}]0;pwned\\u{7}\\u{1B}[2J"))
        #expect(output.standard.contains("a\\u{1B}[2Jb"))
        for file in ["x.html", "x.json"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.unicodeScalars.contains { VisibleText.isControl($0) && $0 != "\n" }, "\(file)")
        }
        let html = try Data(contentsOf: folder.appendingPathComponent("x.html"))
        #expect(XMLParser(data: html).parse())

        let (other, errors) = makeInterpreter()
        _ = other.run("scenario y \"\u{1B}[31m\" oops")
        #expect(!errors.error.contains("\u{1B}"))
        #expect(errors.error.contains("scenario y \"\\u{1B}[31m\" oops\n     |                         ^~~~"))
    }
}

@Suite("Robustness: bounded error reports")
struct BoundedErrorTests {
    @Test("a script's model runs are bounded: the run past the limit stops the script with E505, which says how to raise it")
    func runBudget() {
        let runs = RunBudget(limit: 3)
        let (shell, output) = makeInterpreter(cancellation: Cancellation(runs: runs) { false })
        // 10,000 of the largest uncertainty commands would take days; the budget ends it at once.
        let script = RobustnessTests.run + String(repeating: "uncertainty baseline runs 100000\n", count: 10_000) + "print \"not reached\""
        let started = ContinuousClock.now
        #expect(shell.run(script) == .failed(.semantic))
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(output.error.contains("error[E505]: this script has used its 3 model runs"), "\(output.error)")
        #expect(output.error.contains("--max-runs N"), "\(output.error)")
        #expect(!output.standard.contains("not reached"))
        // The runs past the limit were refused before they started: one, or one per core that
        // asked at the same moment (uncertainty shares its runs out among the cores).
        #expect((4...(3 + ParallelRuns.availableCores)).contains(runs.count), "\(runs.count)")
        // At the prompt (dxplan -i after the scripts) the limit is lifted.
        runs.lift()
        #expect(shell.run("run baseline") == .completed, "\(output.error)")
    }

    @Test("a statement whose analysis the budget cut short (run's out-of-reach verdicts) stops the script with E505, not silently")
    func budgetSpentInsideAStatement() {
        let (shell, output) = makeInterpreter(cancellation: Cancellation(runs: RunBudget(limit: 1)) { false })
        #expect(shell.run(RobustnessTests.run + "print \"not reached\"") == .failed(.semantic))
        #expect(output.standard.contains("Ran baseline"), "the run itself printed")
        #expect(output.error.contains("error[E505]: this script has used its 1 model run, the most"), "\(output.error)")
        #expect(!output.standard.contains("not reached"))
    }

    @Test("loops inside loops are bounded together, not only each one")
    func nestedLoops() {
        let (shell, output) = makeInterpreter()
        let script = "let n = 0\nfor i in 1 to 200\n  for j in 1 to 200\n    for k in 1 to 200\n      let n = n + 1\n    end\n  end\nend"
        #expect(shell.run(script) == .failed(.semantic))
        #expect(output.error.contains("error[E505]: the loops of this script have taken 1,000,000 steps together"), "\(output.error)")
        // Every step up to the limit ran: of the 1,000,000 steps, the two outer loops took 5,000.
        #expect(shell.session.variables["n"] == .number(995_000), "\(String(describing: shell.session.variables["n"]))")
        // The count starts again with the next script (or entry at the prompt).
        #expect(shell.run("for i in 1 to 10\n  let n = i\nend") == .completed)
    }

    @Test("noise reports its first 50 errors and counts the rest")
    func noise() {
        // A fixed noise: the same characters every run.
        let alphabet = Array("abc xyz()+-*/%=<>\"#\n12345.,;:[]{}")
        var state: UInt64 = 1
        var text = ""
        for _ in 0..<50_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text.append(alphabet[Int(state >> 33) % alphabet.count])
        }
        let (shell, output) = makeInterpreter()
        _ = shell.run(text, name: "noise.plan")
        #expect(output.error.components(separatedBy: "error[").count - 1 == Interpreter.maximumReportedErrors)
        #expect(output.error.contains("more errors in noise.plan, not shown"))
    }

    @Test("a line of a source is found by its number, CRLF line ends included")
    func lines() {
        let source = DXSource.SourceFile(name: "x", text: "first\r\nsecond\nthird")
        #expect(source.line(1) == "first")
        #expect(source.line(2) == "second")
        #expect(source.line(3) == "third")
        #expect(source.line(4) == nil)
        #expect(source.line(0) == nil)
    }
}
