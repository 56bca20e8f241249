import DXLanguage
import DXSource

/// `back`: the lesson's step before this one.
package struct BackCommand: ShellCommand {
    package var movesThroughLesson: Bool { true }
    package static let word = "back"
    package static let synonyms = ["lùi"]
    package static let group = CommandGroup.teaching

    package static let help = HelpTopic(
        name: "back", usage: "back",
        summary: "go back to the lesson's step before this one",
        vietnamese: "quay lại bước trước của bài học",
        details: "The step is shown again; what you did in the session stays.",
        vietnameseDetails: "Bước đó được hiện lại; những gì bạn đã làm trong phiên vẫn giữ nguyên.",
        example: "lesson 1\nlist\nnext\nback")

    package static func parse(_ parser: inout Parser) throws -> BackCommand { BackCommand() }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        let lesson = try session.lessonUnderWay(for: "back", source: source)
        guard lesson.step > 0 else { throw .error(.semantic, "this is the lesson's first step") }
        lesson.move(to: lesson.step - 1)
        session.lessonProgress.set(lesson.key, .init(step: lesson.step, finished: false))
        session.showStep(lesson)
    }
}
