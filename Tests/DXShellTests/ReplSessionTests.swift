import DXModel
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
        #expect(shell.workspace.names.isEmpty)
        #expect(output.error.contains("error[E102]: unknown command 'rn'; did you mean 'run'?"))
        #expect(output.standard.contains("No scenarios yet"))
        #expect(reader.inputs == [.line("list")], "quit stops reading")
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
