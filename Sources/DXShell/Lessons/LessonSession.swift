import DXLanguage
import DXModel
import DXScenario
import DXSource

/// A lesson under way: the step the learner is on, the hints shown, what they did during it.
final class LessonSession {
    let lesson: Lesson
    /// The key its progress is kept under: the shipped lesson's number, or the file's path.
    let key: String
    /// What to call it: "Lesson 2" or the file's name.
    let label: String
    /// The command that starts it again: `lesson 2`, `lesson "mine.lesson"`.
    let command: String
    private(set) var step = 0
    var hintsShown = 0
    /// The commands used since the step began (English words).
    var used: Set<String> = []
    /// The scenarios `run` ran since the step began.
    var ran: Set<String> = []
    /// The scenarios defined when the lesson began.
    let scenariosAtStart: Set<String>
    /// Whether the learner was told that the step's check is met.
    var announced = false

    init(lesson: Lesson, key: String, label: String, command: String, step: Int, scenariosAtStart: Set<String>) {
        self.lesson = lesson
        self.key = key
        self.label = label
        self.command = command
        self.step = max(0, min(step, lesson.steps.count - 1))
        self.scenariosAtStart = scenariosAtStart
    }

    var current: Lesson.Step { lesson.steps[step] }
    var isLast: Bool { step == lesson.steps.count - 1 }

    func move(to index: Int) {
        step = max(0, min(index, lesson.steps.count - 1))
        hintsShown = 0
        used = []
        ran = []
        announced = false
    }
}

extension Session {
    /// Starts a lesson at the step its progress says.
    func begin(_ lesson: Lesson, key: String, label: String, command: String) {
        let saved = lessonProgress[key]
        let resume = saved.map { $0.finished ? 0 : $0.step } ?? 0
        let session = LessonSession(lesson: lesson, key: key, label: label, command: command, step: resume, scenariosAtStart: Set(workspace.names))
        self.lesson = session
        if resume > 0 {
            output.write(
                style.dim(t("Going on from step {step} (where you stopped); 'back' goes to earlier steps.", ["step": String(resume + 1)])) + "\n")
        }
        lessonProgress.set(key, .init(step: session.step, finished: false))
        showStep(session)
    }

    /// The step as the learner reads it: where they are, the explanation, the command to try.
    func showStep(_ session: LessonSession) {
        let step = session.current
        var text =
            style.bold(
                t(
                    "{lesson} · {title} — step {step} of {count}",
                    [
                        "lesson": session.label, "title": session.lesson.title.lines(in: language).joined(separator: " "),
                        "step": String(session.step + 1), "count": String(session.lesson.steps.count),
                    ])) + "\n"
        for line in step.text.lines(in: language) { text += "  " + line + "\n" }
        if let command = step.command { text += "\n  " + t("Try:") + "  " + style.bold(command) + "\n" }
        text += style.dim("  " + t("(next: go on · back: the step before · hint: a hint · quit lesson: stop)")) + "\n"
        output.write(text)
    }

    /// The check of a step in words.
    func goal(of step: Lesson.Step) -> String {
        if !step.checkText.en.isEmpty { return step.checkText.lines(in: language).joined(separator: " ") }
        switch step.check {
        case nil: return t("nothing to do: read it")
        case .used(let command): return t("use '{command}'", ["command": command])
        case .ran(nil): return t("run a scenario")
        case .ran(let name?): return t("run {name}", ["name": name])
        case .defined(let count): return t(count == 1 ? "define a new scenario" : "define {count} new scenarios", ["count": String(count)])
        case .share(let programme, let atLeast, let percent):
            return t(
                atLeast
                    ? "give {programme} at least {percent}% in a scenario of yours" : "give {programme} at most {percent}% in a scenario of yours",
                [
                    "programme": programme, "percent": Format.plain(percent),
                ])
        case .holds(let condition): return t("make {condition} true in the current run", ["condition": condition])
        }
    }

    /// Whether the learner's session meets the step's check.
    func isMet(_ step: Lesson.Step, in session: LessonSession) -> Bool {
        switch step.check {
        case nil: return true
        case .used(let command): return session.used.contains(command)
        case .ran(let name?): return session.ran.contains(name)
        case .ran(nil): return !session.ran.isEmpty
        case .defined(let count): return Set(workspace.names).subtracting(session.scenariosAtStart).count >= count
        case .share(let programme, let atLeast, let percent):
            let id = model.programme(programme)?.id ?? programme
            // The learner's own scenarios: those defined since the lesson began.
            return workspace.names.filter { !session.scenariosAtStart.contains($0) }.contains { name in
                guard case .success(let scenario) = resolver.resolve(name, in: workspace) else { return false }
                let share = (scenario.allocation[id] ?? 0) * 100
                return atLeast ? share >= percent - 1e-9 : share <= percent + 1e-9
            }
        case .holds(let condition):
            let source = SourceFile(name: nil, text: condition)
            guard case .success(let expression) = Parser.parseExpression(source),
                case .number(let value)? = try? evaluate(expression, in: source)
            else { return false }
            return value != 0
        }
    }

    /// After each statement during a lesson: note the command used, and say once when the step is done.
    func followLesson(after statement: Statement) {
        guard let session = lesson else { return }
        if case .command(let command) = statement {
            // Moving through the lesson is not doing what a step asks.
            if (command.syntax as? any ShellCommand)?.movesThroughLesson == true { return }
            session.used.insert(type(of: command.syntax).word)
            if let run = command.syntax as? RunCommand, let name = run.scenario?.text ?? workspace.current, workspace.result(name) != nil {
                session.ran.insert(name)
            }
        }
        guard !session.announced, session.current.check != nil, isMet(session.current, in: session) else { return }
        session.announced = true
        let next = session.isLast ? t("That was the last step: type 'next' to finish.") : t("Type 'next' to go on.")
        output.write(paint(true)("✓ " + t("Done: {goal}.", ["goal": goal(of: session.current)])) + " " + next + "\n")
    }
}
