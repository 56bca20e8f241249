import DXLanguage
import DXSource
import Foundation
import Testing

@testable import DXShell

/// A teacher records a session, hands out the transcript, and replays it in the next class.
@Suite("record and replay")
struct RecordReplayTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-record-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Types entries as at the prompt (each its own source with no name).
    func type(_ entries: [String], into shell: Interpreter) {
        for entry in entries { _ = shell.execute(SourceFile(name: nil, text: entry)) }
    }

    let session = [
        "run baseline",
        "scenario more from baseline \"Thêm tiền\"\n  budget 30000 bn VND per year\nend",
        "run more; targets",
        "show fibre",
        "run nothere",
        "lang vi",
        "compare baseline more in 2030",
    ]

    @Test("a session recorded at the prompt replays to the same output, errors and Vietnamese included")
    func recordAndReplay() throws {
        let folder = try folder()
        let file = folder.appendingPathComponent("lesson.plan").path
        let (shell, output) = makeInterpreterWithExamples()
        type(["record \(ScenarioPrinter.quote(file))"] + session + ["record stop"], into: shell)
        #expect(output.standard.contains("Recording to \(file)"))
        #expect(output.standard.contains("Đã ghi lại 7 mục vào \(file)"), "\(output.standard.suffix(300))")

        let script = try String(contentsOfFile: file, encoding: .utf8)
        #expect(script.hasPrefix(OwnFile.recordingMark))
        #expect(script.contains("\n# --- recorded ---\nrun baseline\n#> Ran baseline"))
        #expect(script.contains("run more; targets\n#> Ran more"), "two statements on one line are one entry")
        #expect(script.contains("#> error[E201]: unknown scenario 'nothere'"))
        #expect(!script.contains("record stop"), "record itself is not recorded")
        let prelude = script.components(separatedBy: "# --- recorded ---")[0]
        #expect(prelude.contains("scenario five-pushes"), "the session's scenarios at the start")

        let transcript = try String(contentsOfFile: folder.appendingPathComponent("lesson.md").path, encoding: .utf8)
        #expect(transcript.hasPrefix(OwnFile.transcriptMark))
        #expect(transcript.contains("```text\ndxplan> scenario more from baseline \"Thêm tiền\"\n   ...>   budget 30000 bn VND per year\n"))
        #expect(transcript.contains("Defined scenario more."))

        // A new session, with nothing loaded: the recording brings what it needs.
        let (fresh, replayed) = makeInterpreter()
        let outcome = Replay(SourceFile(name: file, text: script, directory: folder.path), on: fresh).run()
        #expect(outcome.failure == nil)
        #expect(outcome.entries == 7)
        #expect(outcome.differences.isEmpty, "\(outcome.differences) \(replayed.error)")
        #expect(replayed.standard.contains("dxplan> run more; targets\n"))
    }

    @Test("a replay after the scenario changed says which entries differ, and where")
    func differences() throws {
        let folder = try folder()
        let file = folder.appendingPathComponent("lesson.plan").path
        let (shell, _) = makeInterpreterWithExamples()
        type(["record \(ScenarioPrinter.quote(file))"] + session.prefix(4) + ["record stop"], into: shell)
        let edited = try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "budget 30000 bn", with: "budget 45000 bn")
        let (fresh, replayed) = makeInterpreter()
        let outcome = Replay(SourceFile(name: file, text: edited, directory: folder.path), on: fresh).run()
        let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
        let runLine = try #require(lines.firstIndex(of: "run more; targets")) + 1
        let showLine = try #require(lines.firstIndex(of: "show fibre")) + 1
        #expect(outcome.differences.map(\.line) == [runLine, showLine])
        #expect(replayed.error.contains("\(file):\(runLine):1: warning: what this prints differs from the recording"))
        #expect(replayed.error.contains("note: recorded: '"))
    }

    @Test("--step asks before each entry, and stops when told")
    func step() throws {
        let folder = try folder()
        let file = folder.appendingPathComponent("lesson.plan").path
        let (shell, _) = makeInterpreterWithExamples()
        type(["record \(ScenarioPrinter.quote(file))"] + session.prefix(3) + ["record stop"], into: shell)
        let script = try String(contentsOfFile: file, encoding: .utf8)
        var asked: [Int] = []
        let (fresh, replayed) = makeInterpreter()
        let outcome = Replay(SourceFile(name: file, text: script, directory: folder.path), on: fresh).run { index, count in
            #expect(count == 3)
            asked.append(index)
            return index < 2
        }
        #expect(asked == [1, 2])
        #expect(outcome.entries == 1)
        #expect(replayed.standard.contains("dxplan> scenario more"), "the entry is shown before the question")
        #expect(!replayed.standard.contains("Defined scenario more."))
    }

    @Test("recording mistakes are errors that say what to do; a hand-written file is not replaced")
    func mistakes() throws {
        let folder = try folder()
        let notes = folder.appendingPathComponent("notes.plan").path
        try "my notes\n".write(toFile: notes, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("record stop", name: nil) == .failed(.semantic))
        #expect(output.error.contains("nothing is being recorded; start with record \"FILE\""))
        #expect(shell.run("record \(ScenarioPrinter.quote(notes))", name: nil) == .failed(.io))
        #expect(output.error.contains("record \(ScenarioPrinter.quote(notes)) force"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes\n")
        let file = folder.appendingPathComponent("a.plan").path
        #expect(shell.run("record \(ScenarioPrinter.quote(file))", name: nil) == .completed)
        #expect(shell.run("record \"other.plan\"", name: nil) == .failed(.semantic))
        #expect(output.error.contains("already recording to '\(file)'; 'record stop' first"))
        #expect(shell.run("record", name: nil) == .completed)
        #expect(output.standard.contains("Recording to \(file) (0 entries so far)"))
        #expect(shell.run("record stopp", name: nil) == .failed(.syntax))
        #expect(output.error.contains("did you mean 'stop'?"))
    }

    @Test("a file that is not a recording is refused with what to do instead")
    func notARecording() throws {
        let (shell, output) = makeInterpreter()
        let outcome = Replay(SourceFile(name: "plain.plan", text: "run baseline\n"), on: shell).run()
        #expect(outcome.failure == .semantic)
        #expect(output.error.contains("'plain.plan' is not a dxplan recording"))
    }

    @Test("the position of an error is not part of what it says")
    func locations() {
        #expect(Replay.locationFree("<stdin>:8:5: error[E201]: unknown scenario 'x'") == "error[E201]: unknown scenario 'x'")
        #expect(Replay.locationFree("/tmp/a b/s.plan:78:5: warning: far") == "warning: far")
        #expect(Replay.locationFree("  78 | run x") == Replay.locationFree("   8 | run x"))
        #expect(Replay.locationFree("Ratio: 3:4: error margin") == "Ratio: 3:4: error margin")
        #expect(Replay.locationFree("fibre | 97.7%") == "fibre | 97.7%")
    }
}
