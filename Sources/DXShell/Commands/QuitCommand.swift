import DXLanguage
import DXSource

/// `quit` or `exit`: leaves the shell; `quit lesson` leaves the lesson under way.
package struct QuitCommand: ShellCommand {
    /// `quit lesson`: only the lesson ends.
    package let leavesLesson: Bool

    package static let word = "quit"
    package static let synonyms = ["exit", "thoát"]
    package static let group = CommandGroup.session
    static let lessonWords: Set<String> = ["lesson", "bai-hoc"]

    package var endsSession: Bool { !leavesLesson }
    package var movesThroughLesson: Bool { leavesLesson }

    package static let help = HelpTopic(
        name: "quit", usage: "quit | exit | quit lesson",
        summary: "leave the shell (Ctrl-D on an empty line does the same), or the lesson under way",
        vietnamese: "thoát (Ctrl-D trên dòng trống cũng vậy), hoặc thoát bài học đang học",
        details: "History is saved when the shell ends. 'quit lesson' leaves the lesson and keeps where you were.",
        vietnameseDetails: """
            Lịch sử lệnh được lưu khi shell kết thúc. 'quit lesson' (thoát bài-học) rời bài học và ghi nhớ
            bước bạn đang học.
            """,
        example: "quit")

    package static func parse(_ parser: inout Parser) throws -> QuitCommand {
        guard let word = parser.current.word else { return QuitCommand(leavesLesson: false) }
        guard lessonWords.contains(Folding.fold(word)) else {
            throw parser.fail("expected nothing or 'lesson' after 'quit'" + Suggestion.didYouMean(word, in: ["lesson"]))
        }
        _ = parser.advance()
        return QuitCommand(leavesLesson: true)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(["lesson"]) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        // `quit` itself: the interpreter ends the session after it (`endsSession`).
        guard leavesLesson else { return }
        guard let lesson = session.lesson else { throw .error(.semantic, "no lesson is under way; 'lesson' lists them") }
        session.lesson = nil
        session.output.write(
            session.t(
                "Left {lesson} at step {step}; '{command}' goes on from there.",
                [
                    "lesson": lesson.label, "step": String(lesson.step + 1), "command": lesson.command,
                ]) + "\n")
    }
}
