import DXLanguage
import DXSource

/// `next`: the lesson's next step, once the step's check is met.
package struct NextCommand: ShellCommand {
    package var movesThroughLesson: Bool { true }
    package static let word = "next"
    package static let synonyms = ["tiếp"]
    package static let group = CommandGroup.teaching

    package static let help = HelpTopic(
        name: "next", usage: "next",
        summary: "go on to the lesson's next step, once this one is done",
        vietnamese: "sang bước tiếp theo của bài học, khi bước này đã xong",
        details: "If the step asks for something your session does not show yet, 'next' says what is missing; 'hint' helps.",
        vietnameseDetails: "Nếu bước yêu cầu điều mà phiên làm việc của bạn chưa có, 'next' (tiếp) nói còn thiếu gì; 'hint' (gợi-ý) giúp bạn.",
        example: "lesson 1\nlist\nnext")

    package static func parse(_ parser: inout Parser) throws -> NextCommand { NextCommand() }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        let lesson = try session.lessonUnderWay(for: "next", source: source)
        guard session.isMet(lesson.current, in: lesson) else {
            let hint =
                lesson.current.command.map { session.t("try: {command}; 'hint' gives a hint", ["command": $0]) }
                ?? session.t("'hint' gives a hint")
            let message = session.t("not yet: this step asks you to {goal}", ["goal": session.goal(of: lesson.current)])
            throw .error(.semantic, message, notes: [.note(hint)])
        }
        if lesson.isLast {
            session.lesson = nil
            session.lessonProgress.set(lesson.key, .init(step: lesson.step, finished: true))
            session.output.write(
                session.paint(true)("✓ " + session.t("{lesson} is done.", ["lesson": lesson.label])) + " "
                    + session.t("'lesson' lists the others.") + "\n")
            return
        }
        lesson.move(to: lesson.step + 1)
        session.lessonProgress.set(lesson.key, .init(step: lesson.step, finished: false))
        session.showStep(lesson)
    }
}

extension Session {
    /// The lesson under way, or an error that says how to start one.
    func lessonUnderWay(for command: String, source: SourceFile) throws(Diagnostic) -> LessonSession {
        guard let lesson else {
            throw .error(
                .semantic, "'\(command)' moves through a lesson, and none is under way",
                notes: [.note("'lesson' lists them; 'lesson 1' starts the first")])
        }
        return lesson
    }
}
