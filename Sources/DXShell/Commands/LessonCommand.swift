import DXLanguage
import DXScenario
import DXSource
import Foundation

/// `lesson` lists the lessons; `lesson N` or `lesson "FILE"` starts one.
package struct LessonCommand: ShellCommand {
    package var movesThroughLesson: Bool { true }
    package enum Choice: Sendable, Hashable {
        case list
        case shipped(NumberLiteral)
        case file(StringLiteral)
    }

    package let choice: Choice

    package static let word = "lesson"
    package static let synonyms = ["bài-học"]
    package static let group = CommandGroup.teaching
    package static let takesFile = true

    package static let help = HelpTopic(
        name: "lesson", usage: "lesson [N | \"FILE\"]",
        summary: "guided lessons: list them, or start one (next, back, hint, quit lesson)",
        vietnamese: "các bài học có hướng dẫn: liệt kê, hoặc bắt đầu một bài (next, back, hint, quit lesson)",
        details: """
            'lesson' lists the lessons that come with dxplan and how far you got in each. 'lesson N' starts
            lesson N where you stopped; 'lesson "FILE"' starts a lesson file a teacher wrote (the format is
            in TEACHING.md). Each step explains something and says what to try; when your session shows
            what the step asks (a scenario run, a command used, a share given…) dxplan says so, and 'next'
            goes on. 'back' returns to the step before, 'hint' gives a hint, 'quit lesson' stops (your
            place is kept between sessions). Lessons follow 'lang': English or Vietnamese.
            """,
        vietnameseDetails: """
            'lesson' (bài-học) liệt kê các bài học đi kèm dxplan và bạn đã học đến đâu trong từng bài.
            'lesson N' bắt đầu bài N từ chỗ bạn dừng; 'lesson "FILE"' bắt đầu một tệp bài học do giáo viên
            soạn (định dạng trong TEACHING.md). Mỗi bước giải thích một điều và gợi ý lệnh để thử; khi phiên
            làm việc của bạn đạt yêu cầu của bước (đã chạy một kịch bản, đã dùng một lệnh, đã đặt một tỷ
            trọng…) dxplan báo cho bạn, và 'next' (tiếp) sang bước sau. 'back' (lùi) về bước trước, 'hint'
            (gợi-ý) cho một gợi ý, 'quit lesson' (thoát bài-học) dừng lại (chỗ bạn đang học được ghi nhớ
            giữa các phiên). Bài học theo 'lang': tiếng Anh hoặc tiếng Việt.
            """,
        example: "lesson 1")

    package static func parse(_ parser: inout Parser) throws -> LessonCommand {
        if case .string = parser.current.kind { return LessonCommand(choice: .file(try parser.expectString("the lesson file"))) }
        if case .number = parser.current.kind {
            return LessonCommand(choice: .shipped(try parser.expectWholeNumber("the number of a lesson, as in lesson 1")))
        }
        if let word = parser.current.word { throw parser.fail("expected a lesson's number or a lesson file in double quotes, not '\(word)'") }
        return LessonCommand(choice: .list)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(LessonCatalogue.shipped.indices.map { String($0 + 1) }) + [Completer.fileCandidate] : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        switch choice {
        case .list: session.output.write(session.listLessons())
        case .shipped(let number):
            guard number.value >= 1, number.value <= Double(LessonCatalogue.shipped.count),
                let lesson = LessonCatalogue.lesson(Int(number.value), model: session.model)
            else {
                throw .error(
                    .outOfRange, .semantic, "there is no lesson \(NumberText.plain(number.value)); lessons 1 to \(LessonCatalogue.shipped.count)",
                    in: source, at: number.range, notes: [.note("'lesson' lists them")])
            }
            let n = Int(number.value)
            session.begin(lesson, key: "\(n)", label: session.t("Lesson {n}", ["n": String(n)]), command: "lesson \(n)")
        case .file(let path):
            let resolved = session.files.readable(path.value, from: source)
            let text = try session.files.readText(resolved, shown: path.value, verb: "open the lesson", source: source, at: path.range)
            let file = SourceFile(name: path.value, text: text, directory: URL(fileURLWithPath: resolved).deletingLastPathComponent().path)
            let (lesson, problems) = LessonParser.parse(file, origin: path.value, model: session.model)
            guard let lesson else {
                try session.throwAllButLast(problems)
                return
            }
            let name = URL(fileURLWithPath: path.value).deletingPathExtension().lastPathComponent
            session.begin(
                lesson, key: URL(fileURLWithPath: resolved).standardizedFileURL.path, label: name,
                command: "lesson " + ScenarioPrinter.quote(path.value))
        }
    }
}

extension Session {
    /// The shipped lessons, each with how far the learner got.
    fileprivate func listLessons() -> String {
        var rows: [[String]] = []
        for (index, lesson) in LessonCatalogue.all.enumerated() {
            let key = "\(index + 1)"
            let state: String
            if let session = self.lesson, session.key == key {
                state = t("under way: step {step} of {count}", ["step": String(session.step + 1), "count": String(lesson.steps.count)])
            } else if let saved = lessonProgress[key] {
                state =
                    saved.finished
                    ? t("done") : t("stopped at step {step} of {count}", ["step": String(saved.step + 1), "count": String(lesson.steps.count)])
            } else {
                state = t("{count} steps", ["count": String(lesson.steps.count)])
            }
            rows.append([key, lesson.title.lines(in: language).joined(separator: " "), state])
        }
        let width = rows.map { $0[1].count }.max() ?? 0
        var text = style.bold(t("Lessons")) + "\n"
        for row in rows { text += "  " + row[0] + "  " + row[1].padding(to: width) + "  " + style.dim(row[2]) + "\n" }
        text += style.dim(t("'lesson N' starts one (where you stopped); 'lesson \"FILE\"' runs a lesson a teacher wrote (TEACHING.md).")) + "\n"
        return text
    }
}
