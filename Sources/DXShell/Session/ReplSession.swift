import DXLanguage
import DXSource

/// The read–eval–print loop: reads lines until the parser has a complete entry, runs it,
/// and keeps going after errors.
package final class ReplSession {
    package static let prompt = "dxplan> "
    /// The continuation prompt, padded to the primary prompt's width.
    package static let continuationPrompt = "   ...> "

    private let interpreter: Interpreter
    private let reader: LineReader
    private let output: TextOutput
    /// The lines of the entry being typed (shared with tab completion).
    package private(set) var pendingLines = ""

    package init(interpreter: Interpreter, reader: LineReader, output: TextOutput) {
        self.interpreter = interpreter
        self.reader = reader
        self.output = output
    }

    /// Runs until `quit` or end of input; returns the exit status. With scenarios that exist in
    /// no file, the first Ctrl-D (or `quit`) names them and the second leaves.
    package func run() -> ExitStatus {
        var warnedAboutUnsaved = false
        /// Whether the shell may leave now: yes, unless unsaved scenarios have not been named yet.
        func mayLeave() -> Bool {
            let unsaved = interpreter.session.workspace.unsavedNames
            guard !unsaved.isEmpty, !warnedAboutUnsaved else { return true }
            warnedAboutUnsaved = true
            let names = unsaved.joined(separator: ", ")
            output.write(
                interpreter.session.language == .vi
                    ? "Chưa lưu: \(names). Lưu bằng 'save TÊN to \"TỆP\"', hoặc nhấn Ctrl-D (hay gõ quit) lần nữa để thoát.\n"
                    : "Not saved: \(names). Save with 'save NAME to \"FILE\"', or press Ctrl-D (or type quit) again to leave.\n")
            return false
        }
        while true {
            let prompt = pendingLines.isEmpty ? Self.prompt : Self.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                output.write("\n")
                if pendingLines.isEmpty {
                    if mayLeave() { return .success }
                    continue
                }
                pendingLines = ""
                output.write("(incomplete entry discarded)\n")
            case .interrupted:
                pendingLines = ""
                output.write("\n")
            case .line(let line):
                if pendingLines.isEmpty && line.allSatisfy(\.isWhitespace) { continue }
                pendingLines += line + "\n"
                let parsed = Parser.parse(SourceFile(name: nil, text: pendingLines))
                if parsed.isIncomplete { continue }
                let entry = pendingLines.hasSuffix("\n") ? String(pendingLines.dropLast()) : pendingLines
                pendingLines = ""
                reader.addHistory(entry)
                if interpreter.execute(parsed) == .quit {
                    if mayLeave() { return .success }
                } else {
                    warnedAboutUnsaved = false
                }
            }
        }
    }
}
