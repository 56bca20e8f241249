import DXModel
import Foundation
import Testing

@testable import DXShell

@Suite("REPL session")
struct ReplSessionTests {
    @Test("a multi-line block continues on the padded prompt and becomes one history entry")
    func multiLine() {
        let (shell, output) = makeInterpreter()
        let lines = smallScenario.split(separator: "\n").map { LineReadResult.line(String($0)) }
        let reader = ScriptedReader(lines + [.line("run small"), .endOfInput])
        #expect(ReplSession(interpreter: shell, reader: reader, output: output).run() == .success)
        #expect(reader.history == [smallScenario, "run small"])
        #expect(reader.prompts.first == "dxplan> ")
        #expect(reader.prompts[1] == "   ...> ")
        #expect(ReplSession.prompt.count == ReplSession.continuationPrompt.count)
        #expect(output.standard.contains("Ran small"))
        #expect(output.standard.hasSuffix("\n"))
    }

    @Test("Ctrl-C discards a half-typed block; errors do not end the session")
    func interruptAndErrors() {
        let (shell, output) = makeInterpreter()
        let reader = ScriptedReader([
            .line("scenario half"), .line("  horizon 2026 to 2030"), .interrupted,
            .line("rn"), .line("list"), .line("quit"), .line("list"),
        ])
        #expect(ReplSession(interpreter: shell, reader: reader, output: output).run() == .success)
        #expect(shell.session.workspace.names.isEmpty)
        #expect(output.error.contains("error[E102]: unknown command 'rn'; did you mean 'run'?"))
        #expect(output.standard.contains("No scenarios yet"))
        #expect(reader.inputs == [.line("list")], "quit stops reading")
    }

    @Test("with scenarios in no file, the first Ctrl-D names them and the second leaves; after a save, one is enough")
    func unsavedScenarios() throws {
        let (shell, output) = makeInterpreter()
        let lines = smallScenario.split(separator: "\n").map { LineReadResult.line(String($0)) }
        let reader = ScriptedReader(lines + [.endOfInput, .line("list"), .endOfInput, .endOfInput, .line("list")])
        #expect(ReplSession(interpreter: shell, reader: reader, output: output).run() == .success)
        #expect(output.standard.contains("Not saved: small. Save with 'save NAME to \"FILE\"', or press Ctrl-D (or type quit) again to leave."))
        #expect(output.standard.components(separatedBy: "Not saved").count == 3, "another entry in between: named again")
        #expect(reader.inputs == [.line("list")], "the second Ctrl-D in a row leaves")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-unsaved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let (saving, said) = makeInterpreter()
        let saved = ScriptedReader(lines + [.line("save small to \"\(folder.path)/small.plan\""), .line("quit"), .line("list")])
        #expect(ReplSession(interpreter: saving, reader: saved, output: said).run() == .success)
        #expect(!said.standard.contains("Not saved"))
        #expect(saved.inputs == [.line("list")], "quit leaves at once when everything is saved")
        // Loaded scenarios are in their file already.
        let (loading, quiet) = makeInterpreter()
        let loader = ScriptedReader([.line("load \"\(repositoryRoot.path)/scenarios/baseline.plan\""), .endOfInput, .line("list")])
        #expect(ReplSession(interpreter: loading, reader: loader, output: quiet).run() == .success)
        #expect(!quiet.standard.contains("Not saved"))
    }

    @Test("Ctrl-D inside a block discards the block instead of leaving")
    func endOfInputInBlock() {
        let (shell, output) = makeInterpreter()
        let reader = ScriptedReader([.line("scenario half"), .endOfInput, .line("list"), .endOfInput])
        #expect(ReplSession(interpreter: shell, reader: reader, output: output).run() == .success)
        #expect(output.standard.contains("(incomplete entry discarded)"))
        #expect(output.standard.contains("No scenarios yet"))
    }
}
