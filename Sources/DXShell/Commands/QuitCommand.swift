import DXLanguage
import DXSource

/// `quit` or `exit`: leaves the shell.
package struct QuitCommand: ShellCommand {
    package static let word = "quit"
    package static let synonyms = ["exit", "thoát"]
    package static let endsSession = true

    package static let help = HelpTopic(
        name: "quit", usage: "quit | exit",
        summary: "leave the shell (Ctrl-D on an empty line does the same)",
        vietnamese: "thoát (Ctrl-D trên dòng trống cũng vậy)",
        details: "History is saved when the shell ends.",
        vietnameseDetails: """
            Lịch sử lệnh được lưu khi shell kết thúc.
            """,
        example: "quit")

    package static func parse(_ parser: inout Parser) throws -> QuitCommand {
        QuitCommand()
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        // The interpreter ends the session after it (`endsSession`).
    }
}
