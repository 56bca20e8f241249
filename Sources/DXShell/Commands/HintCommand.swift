import DXLanguage
import DXSource

/// `hint`: the next hint of the lesson's step.
package struct HintCommand: ShellCommand {
    package var movesThroughLesson: Bool { true }
    package static let word = "hint"
    package static let synonyms = ["gợi-ý"]

    package static let help = HelpTopic(
        name: "hint", usage: "hint",
        summary: "a hint for the lesson's step (each 'hint' gives the next one)",
        vietnamese: "một gợi ý cho bước của bài học (mỗi lần 'hint' cho gợi ý tiếp theo)",
        details: "After the last hint, 'hint' says what the step checks and the command to try.",
        vietnameseDetails: "Sau gợi ý cuối cùng, 'hint' (gợi-ý) nói bước này kiểm tra điều gì và lệnh nên thử.",
        example: "lesson 1\nhint")

    package static func parse(_ parser: inout Parser) throws -> HintCommand { HintCommand() }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        let session = try interpreter.lessonUnderWay(for: "hint", source: source)
        let hints = session.current.hints
        if session.hintsShown < hints.count {
            let hint = hints[session.hintsShown].lines(in: interpreter.language).joined(separator: " ")
            session.hintsShown += 1
            interpreter.output.write(
                interpreter.t("Hint {n} of {count}:", ["n": String(session.hintsShown), "count": String(hints.count)]) + " " + hint + "\n")
            return
        }
        var text = interpreter.t("This step asks you to {goal}.", ["goal": interpreter.goal(of: session.current)])
        if let command = session.current.command { text += " " + interpreter.t("Try: {command}", ["command": command]) }
        interpreter.output.write(text + "\n")
    }
}
