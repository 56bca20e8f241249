import DXLanguage
import DXSource

/// The read–eval–print loop: reads lines until the parser has a complete entry, runs it,
/// and keeps going after errors.
public final class ReplSession {
    public static let prompt = "dxplan> "
    /// The continuation prompt, padded to the primary prompt's width.
    public static let continuationPrompt = "   ...> "

    private let interpreter: Interpreter
    private let reader: LineReader
    private let output: TextOutput
    /// The lines of the entry being typed (shared with tab completion).
    public private(set) var pendingLines = ""

    public init(interpreter: Interpreter, reader: LineReader, output: TextOutput) {
        self.interpreter = interpreter
        self.reader = reader
        self.output = output
    }

    /// Runs until `quit` or end of input; returns the exit status.
    public func run() -> ExitStatus {
        while true {
            let prompt = pendingLines.isEmpty ? Self.prompt : Self.continuationPrompt
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                output.write("\n")
                if pendingLines.isEmpty { return .success }
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
                if interpreter.execute(parsed) == .quit { return .success }
            }
        }
    }
}
