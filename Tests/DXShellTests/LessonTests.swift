import DXLanguage
import DXSource
import Foundation
import Testing

@testable import DXShell

/// Lessons: shipped ones that a learner can finish by doing what each step says, progress kept
/// between sessions, and a teacher's lesson file read with positioned errors.
@Suite("lessons")
struct LessonTests {
    @Test("every shipped lesson reads, in English and Vietnamese, and every command it asks for parses")
    func shipped() {
        #expect(LessonCatalogue.shipped.count >= 3)
        for (index, entry) in LessonCatalogue.shipped.enumerated() {
            let (lesson, problems) = LessonParser.parse(SourceFile(name: entry.name, text: entry.text), origin: entry.name, model: testModel)
            #expect(problems.isEmpty, "\(entry.name): \(problems.map(\.message))")
            guard let lesson else { continue }
            #expect(!lesson.title.en.isEmpty && !lesson.title.vi.isEmpty, "lesson \(index + 1)'s title")
            for step in lesson.steps {
                #expect(!step.text.vi.isEmpty, "\(entry.name):\(step.line) has no Vietnamese")
                #expect(step.hints.allSatisfy { !$0.vi.isEmpty }, "\(entry.name):\(step.line): a hint without Vietnamese")
                if !step.checkText.en.isEmpty { #expect(!step.checkText.vi.isEmpty, "\(entry.name):\(step.line): goal") }
                if let command = step.command {
                    #expect(!Parser.parse(SourceFile(name: nil, text: command)).hasErrors, "\(entry.name):\(step.line): \(command)")
                }
            }
        }
    }

    @Test("a learner who types what each step suggests meets its check and finishes the lesson", arguments: [1, 2, 3])
    func finish(number: Int) throws {
        let lesson = try #require(LessonCatalogue.lesson(number))
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("lesson \(number)", name: nil) == .completed)
        for (index, step) in lesson.steps.enumerated() {
            #expect(shell.session.lesson?.step == index)
            if let command = step.command { #expect(shell.run(command, name: nil) == .completed, "\(step.line): \(output.error)") }
            if step.check != nil { #expect(output.standard.hasSuffix(index == lesson.steps.count - 1 ? "to finish.\n" : "Type 'next' to go on.\n")) }
            #expect(shell.run("next", name: nil) == .completed, "step \(index + 1): \(output.error)")
        }
        #expect(shell.session.lesson == nil)
        #expect(output.standard.contains("Lesson \(number) is done."))
    }

    @Test("next before the step is done says what is missing; back and hint move and help; quit lesson keeps the place")
    func moving() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-lessons-\(UUID())")
        let progress = folder.appendingPathComponent("lessons.json").path
        let (shell, output) = makeInterpreterWithExamples()
        shell.session.lessonProgressPath = progress
        #expect(shell.run("next", name: nil) == .failed(.semantic))
        #expect(output.error.contains("'next' moves through a lesson, and none is under way"))
        #expect(shell.run("lesson 1", name: nil) == .completed)
        #expect(shell.run("next", name: nil) == .failed(.semantic))
        #expect(output.error.contains("not yet: this step asks you to list the scenarios"))
        #expect(shell.run("hint", name: nil) == .completed)
        #expect(output.standard.contains("Hint 1 of 1: Type list and press Enter."))
        #expect(shell.run("list\nnext\nshow scenario baseline\nnext", name: nil) == .completed)
        #expect(shell.session.lesson?.step == 2)
        #expect(shell.run("back", name: nil) == .completed)
        #expect(shell.session.lesson?.step == 1)
        #expect(shell.run("quit lesson", name: nil) == .completed)
        #expect(output.standard.contains("Left Lesson 1 at step 2; 'lesson 1' goes on from there."))
        #expect(shell.session.lesson == nil)

        // A new session reads the place from the file.
        let (later, laterOutput) = makeInterpreterWithExamples()
        later.session.lessonProgressPath = progress
        #expect(later.run("lesson", name: nil) == .completed)
        #expect(laterOutput.standard.contains("stopped at step 2 of 6"))
        #expect(later.run("lesson 1", name: nil) == .completed)
        #expect(later.session.lesson?.step == 1)
        #expect(laterOutput.standard.contains("Going on from step 2"))
        #expect(later.run("lesson 9", name: nil) == .failed(.semantic))
        #expect(laterOutput.error.contains("there is no lesson 9; lessons 1 to 3"))
    }

    @Test("'check ran' asks for a run during the step: a run from before does not count")
    func ranDuringStep() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("run baseline\nlesson 1\nlist\nnext\nshow scenario baseline\nnext", name: nil) == .completed, "\(output.error)")
        #expect(shell.session.lesson?.step == 2)
        #expect(shell.run("next", name: nil) == .failed(.semantic))
        #expect(output.error.contains("not yet: this step asks you to run baseline"))
        #expect(shell.run("run baseline\nnext", name: nil) == .completed)
        #expect(shell.session.lesson?.step == 3)
    }

    @Test("in Vietnamese, the lesson speaks Vietnamese")
    func vietnamese() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("lang vi\nbài-học 1\ndanh-sách\ntiếp\ngợi-ý", name: nil) == .completed, "\(output.error)")
        #expect(output.standard.contains("Bài 1 · Chạy một kịch bản và đọc các mục tiêu — bước 1/6"))
        #expect(output.standard.contains("Xong: liệt kê các kịch bản."))
        #expect(output.standard.contains("Gợi ý 1/1: Gõ show scenario baseline (hoặc xem scenario baseline)."))
    }

    @Test("a teacher's lesson file runs; mistakes in it are errors at their line with a suggestion")
    func teacherFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-lesson-file-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("budget.lesson").path
        try """
        lesson
          en "A bigger budget"
          vi "Ngân sách lớn hơn"
        end
        step
          en "Make a scenario with more money for skills."
          vi "Tạo một kịch bản có nhiều tiền hơn cho kỹ năng."
          check defined
        end
        """.write(toFile: good, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("lesson \(ScenarioPrinter.quote(good))", name: nil) == .completed, "\(output.error)")
        #expect(output.standard.contains("budget · A bigger budget — step 1 of 1"))
        #expect(shell.run("scenario mine from baseline; shift 5% from data to skills; end", name: nil) == .completed)
        #expect(output.standard.contains("✓ Done: define a new scenario."))

        let bad = folder.appendingPathComponent("bad.lesson").path
        try """
        lesson
          en "Broken"
        end
        step
          en "Use compare."
          check usd compare
        end
        step
          en "Use it."
          check used comapre
        end
        step
          en "Again"
          hnt en "x"
        """.write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(shell.run("lesson \(ScenarioPrinter.quote(bad))", name: nil) == .failed(.syntax))
        #expect(
            output.error.contains("bad.lesson:6:9: error[E100]: expected what to check: used, ran, defined, share or holds; did you mean 'used'?"))
        #expect(output.error.contains("bad.lesson:10:14: error[E102]: unknown command 'comapre'; did you mean 'compare'?"))
        #expect(
            output.error.contains("bad.lesson:14:3: error[E100]: expected en, vi, try, check, goal, hint or end, found 'hnt'; did you mean 'hint'?"))
        #expect(output.error.contains("bad.lesson:12:1: error[E101]: the 'step' block that starts here has no 'end'"))
    }
}
