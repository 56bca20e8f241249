import DXLanguage
import DXSource

/// `hint`: the next hint of the lesson's step.
package struct HintCommand: ShellCommand {
    package var movesThroughLesson: Bool { true }
    package static let word = "hint"
    package static let synonyms = ["gợi-ý"]
    package static let group = CommandGroup.teaching

    package static let help = HelpTopic(
        name: "hint", usage: "hint",
        summary: "a hint for the lesson's step (each 'hint' gives the next one)",
        vietnamese: "một gợi ý cho bước của bài học (mỗi lần 'hint' cho gợi ý tiếp theo)",
        details: "After the last hint, 'hint' says what the step checks and the command to try.",
        vietnameseDetails: "Sau gợi ý cuối cùng, 'hint' (gợi-ý) nói bước này kiểm tra điều gì và lệnh nên thử.",
        example: "lesson 1\nhint")

    package static func parse(_ parser: inout Parser) throws -> HintCommand { HintCommand() }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        let lesson = try session.lessonUnderWay(for: "hint", source: source)
        let hints = lesson.current.hints
        if lesson.hintsShown < hints.count {
            let hint = hints[lesson.hintsShown].lines(in: session.language).joined(separator: " ")
            lesson.hintsShown += 1
            session.output.write(
                session.t("Hint {n} of {count}:", ["n": String(lesson.hintsShown), "count": String(hints.count)]) + " " + hint + "\n")
            return
        }
        var text = session.t("This step asks you to {goal}.", ["goal": session.goal(of: lesson.current)])
        if let command = lesson.current.command { text += " " + session.t("Try: {command}", ["command": command]) }
        session.output.write(text + "\n")
    }
}
