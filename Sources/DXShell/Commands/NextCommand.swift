import DXLanguage
import DXSource

/// `next`: the lesson's next step, once the step's check is met.
package struct NextCommand: ShellCommand {
    package var movesThroughLesson: Bool { true }
    package static let word = "next"
    package static let synonyms = ["tiếp"]

    package static let help = HelpTopic(
        name: "next", usage: "next",
        summary: "go on to the lesson's next step, once this one is done",
        vietnamese: "sang bước tiếp theo của bài học, khi bước này đã xong",
        details: "If the step asks for something your session does not show yet, 'next' says what is missing; 'hint' helps.",
        vietnameseDetails: "Nếu bước yêu cầu điều mà phiên làm việc của bạn chưa có, 'next' (tiếp) nói còn thiếu gì; 'hint' (gợi-ý) giúp bạn.",
        example: "lesson 1\nlist\nnext")

    package static func parse(_ parser: inout Parser) throws -> NextCommand { NextCommand() }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        let session = try interpreter.lessonUnderWay(for: "next", source: source)
        guard interpreter.isMet(session.current, in: session) else {
            let hint =
                session.current.command.map { interpreter.t("try: {command}; 'hint' gives a hint", ["command": $0]) }
                ?? interpreter.t("'hint' gives a hint")
            let message = interpreter.t("not yet: this step asks you to {goal}", ["goal": interpreter.goal(of: session.current)])
            throw .error(.semantic, message, notes: [.note(hint)])
        }
        if session.isLast {
            interpreter.lesson = nil
            interpreter.lessonProgress.set(session.key, .init(step: session.step, finished: true))
            interpreter.output.write(
                interpreter.paint(true)("✓ " + interpreter.t("{lesson} is done.", ["lesson": session.label])) + " "
                    + interpreter.t("'lesson' lists the others.") + "\n")
            return
        }
        session.move(to: session.step + 1)
        interpreter.lessonProgress.set(session.key, .init(step: session.step, finished: false))
        interpreter.showStep(session)
    }
}

extension Interpreter {
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
