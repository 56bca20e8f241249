import DXLanguage
import DXModel
import DXSource

/// Reads a lesson file. The format is line by line:
///
///     lesson
///       en "Running a scenario"            the title, in English and Vietnamese
///       vi "Chạy một kịch bản"
///     end
///     step
///       en "A line of the explanation."    as many lines as needed, in each language
///       vi "Một dòng giải thích."
///       try "run baseline"                 the command to type
///       check ran baseline                 what must hold before 'next' goes on
///       goal en "Run baseline."            the check in words (optional)
///       hint en "Type run baseline."       hints, in order; 'hint vi' pairs with 'hint en'
///     end
///
/// Checks: `used COMMAND`, `ran [SCENARIO]`, `defined [N]`, `share PROGRAMME >=|<= P%`,
/// `holds "CONDITION"` (a condition of the script language). Mistakes are positioned errors.
enum LessonParser {
    /// The lesson, or the mistakes that keep it from being read (in the order of the file).
    /// With a model, the programmes and indicators the checks name are checked against it.
    static func parse(_ source: SourceFile, origin: String, model: DeclaredModel? = nil) -> (lesson: Lesson?, problems: [Diagnostic]) {
        var parser = LineParser(source)
        parser.model = model
        let lesson = parser.lesson(origin: origin)
        let problems = parser.diagnostics.sorted { ($0.range?.start.line ?? 0) < ($1.range?.start.line ?? 0) }
        return (problems.isEmpty ? lesson : nil, problems)
    }

    /// The tokens of one line, read left to right.
    private struct LineParser {
        let source: SourceFile
        var model: DeclaredModel?
        var lines: [[Token]] = []
        var diagnostics: [Diagnostic]
        var index = 0

        init(_ source: SourceFile) {
            self.source = source
            (lines, diagnostics) = Lexer.lines(source)
        }

        mutating func error(_ message: String, at token: Token?, code: ErrorCode? = nil) {
            diagnostics.append(.error(.syntax, message, in: source, at: token?.range, code: code))
        }

        static let blockWords = ["lesson", "step"]
        static let stepWords = ["en", "vi", "try", "check", "goal", "hint", "end"]
        static let checkWords = ["used", "ran", "defined", "share", "holds"]

        mutating func lesson(origin: String) -> Lesson? {
            var lesson = Lesson(origin: origin)
            var sawTitle = false
            while index < lines.count {
                let line = lines[index]
                index += 1
                guard let word = line[0].word, Self.blockWords.contains(word) else {
                    error(
                        "expected 'lesson' or 'step' at the start of a block, found \(line[0].described)"
                            + Suggestion.didYouMean(line[0].word ?? "", in: Self.blockWords), at: line[0], code: .unknownCommand)
                    skipBlock()
                    continue
                }
                if line.count > 1 { error("unexpected \(line[1].described) after '\(word)'", at: line[1]) }
                if word == "lesson" {
                    if sawTitle { error("a lesson file has one 'lesson' block", at: line[0]) }
                    sawTitle = true
                    lesson.title = titleBlock(for: line[0])
                } else {
                    var step = Lesson.Step(line: line[0].range.start.line)
                    step.text = block(for: line[0], step: &step)
                    if step.text.en.isEmpty { error("a step needs its explanation: en \"…\" (and vi \"…\")", at: line[0]) }
                    lesson.steps.append(step)
                }
            }
            if !sawTitle { error("a lesson file starts with a 'lesson' block that gives its title (en \"…\", vi \"…\")", at: lines.first?.first) }
            if lesson.steps.isEmpty { error("a lesson needs at least one 'step … end' block", at: lines.first?.first) }
            return diagnostics.isEmpty ? lesson : nil
        }

        mutating func skipBlock() {
            while index < lines.count {
                let word = lines[index][0].word
                index += 1
                if word == "end" { return }
            }
        }

        /// The lines of a block up to its `end`: the text, and for a step its other lines.
        mutating func block(for opening: Token, step: inout Lesson.Step) -> Lesson.Text {
            var text = Lesson.Text()
            var hintsEn: [String] = [], hintsVi: [String] = []
            while index < lines.count {
                let line = lines[index]
                index += 1
                guard let word = line[0].word, Self.stepWords.contains(word) else {
                    error(
                        "expected en, vi, try, check, goal, hint or end, found \(line[0].described)"
                            + Suggestion.didYouMean(line[0].word ?? "", in: Self.stepWords), at: line[0])
                    continue
                }
                switch word {
                case "end":
                    if line.count > 1 { error("unexpected \(line[1].described) after 'end'", at: line[1]) }
                    step.hints = zip(hintsEn, hintsVi + Array(repeating: "", count: max(0, hintsEn.count - hintsVi.count))).map {
                        Lesson.Text(en: [$0], vi: $1.isEmpty ? [] : [$1])
                    }
                    if hintsVi.count > hintsEn.count {
                        error("more 'hint vi' lines than 'hint en' lines: each Vietnamese hint pairs with an English one", at: opening)
                    }
                    return text
                case "en", "vi":
                    guard let string = string(in: line, at: 1, after: word) else { continue }
                    if word == "en" { text.en.append(string) } else { text.vi.append(string) }
                case "try":
                    step.command = string(in: line, at: 1, after: "try")
                case "goal", "hint":
                    guard line.count > 1, let language = line[1].word, ["en", "vi"].contains(language) else {
                        error("expected en or vi after '\(word)', as in \(word) en \"…\"", at: line.count > 1 ? line[1] : line[0])
                        continue
                    }
                    guard let string = string(in: line, at: 2, after: "\(word) \(language)") else { continue }
                    switch (word, language) {
                    case ("goal", "en"): step.checkText.en.append(string)
                    case ("goal", _): step.checkText.vi.append(string)
                    case (_, "en"): hintsEn.append(string)
                    default: hintsVi.append(string)
                    }
                default:
                    if step.check != nil { error("a step has one 'check'", at: line[0]) }
                    step.check = check(line)
                }
            }
            error("the '\(opening.text)' block that starts here has no 'end'", at: opening, code: .unterminatedBlock)
            return text
        }

        /// The title block: like a step, without the step's lines.
        mutating func titleBlock(for opening: Token) -> Lesson.Text {
            var ignored = Lesson.Step(line: 0)
            let start = diagnostics.count
            let text = block(for: opening, step: &ignored)
            if ignored.command != nil || ignored.check != nil || !ignored.hints.isEmpty {
                diagnostics.insert(
                    .error(.syntax, "the 'lesson' block holds only the title: en \"…\" and vi \"…\"", in: source, at: opening.range), at: start)
            }
            if text.en.isEmpty { error("the lesson needs a title: en \"…\" inside 'lesson … end'", at: opening) }
            return text
        }

        mutating func string(in line: [Token], at position: Int, after what: String) -> String? {
            guard position < line.count, case .string(let value) = line[position].kind else {
                error("expected text in double quotes after '\(what)'", at: position < line.count ? line[position] : line[position - 1])
                return nil
            }
            if line.count > position + 1 { error("unexpected \(line[position + 1].described) after the text", at: line[position + 1]) }
            return value
        }

        /// The indicators a condition reads.
        static func indicatorNames(in expression: ScriptExpression) -> [String] {
            switch expression {
            case .indicatorValue(let name, let year, _), .scenarioIndicator(let name, let year, _, _): [name.text] + indicatorNames(in: year)
            case .unary(_, let operand, _): indicatorNames(in: operand)
            case .binary(_, let lhs, let rhs, _): indicatorNames(in: lhs) + indicatorNames(in: rhs)
            case .number, .string, .variable, .money, .scenarioFact: []
            }
        }

        mutating func check(_ line: [Token]) -> Lesson.Check? {
            guard line.count > 1, let kind = line[1].word, Self.checkWords.contains(kind) else {
                let found = line.count > 1 ? line[1] : line[0]
                error(
                    "expected what to check: used, ran, defined, share or holds" + Suggestion.didYouMean(found.word ?? "", in: Self.checkWords),
                    at: found)
                return nil
            }
            let rest = Array(line.dropFirst(2))
            switch kind {
            case "used":
                guard rest.count == 1, let word = rest[0].word else {
                    error("expected one command after 'check used', as in check used compare", at: rest.first ?? line[1])
                    return nil
                }
                guard let command = CommandRegistry.command(word) else {
                    error(
                        "unknown command '\(word)'" + Suggestion.didYouMean(word, in: CommandRegistry.table.statementWords), at: rest[0],
                        code: .unknownCommand)
                    return nil
                }
                return .used(command.word)
            case "ran":
                guard rest.count <= 1 else {
                    error("expected at most one scenario after 'check ran'", at: rest[1])
                    return nil
                }
                return .ran(rest.first.flatMap { $0.word })
            case "defined":
                guard let first = rest.first else { return .defined(1) }
                guard case .number(let count) = first.kind, count >= 1, count <= 1000, count == count.rounded(), rest.count == 1 else {
                    error("expected a whole number from 1 to 1000 after 'check defined'", at: first)
                    return nil
                }
                return .defined(Int(count))
            case "share":
                guard rest.count == 4, let programme = rest[0].word, case .symbol(let op) = rest[1].kind, [">=", "<="].contains(op),
                    case .number(let value) = rest[2].kind, rest[3].kind == .percent, value >= 0, value <= 100
                else {
                    error("expected a programme, >= or <=, and a percentage, as in check share skills >= 20%", at: rest.first ?? line[1])
                    return nil
                }
                if let model, model.programme(programme) == nil {
                    diagnostics.append(
                        .error(
                            .semantic, "unknown programme '\(programme)'" + Suggestion.didYouMean(programme, in: model.programmeVocabulary),
                            in: source,
                            at: rest[0].range, code: .unknownProgramme))
                    return nil
                }
                return .share(programme: programme, atLeast: op == ">=", percent: value)
            default:
                guard rest.count == 1, case .string(let condition) = rest[0].kind else {
                    error("expected the condition in double quotes, as in check holds \"fibre in 2030 >= 95%\"", at: rest.first ?? line[1])
                    return nil
                }
                switch Parser.parseExpression(SourceFile(name: nil, text: condition)) {
                case .failure(let problem):
                    error("the condition \"\(condition)\" does not read: \(problem.message)", at: rest[0])
                    return nil
                case .success(let expression):
                    if let model, let unknown = Self.indicatorNames(in: expression).first(where: { model.indicator($0) == nil }) {
                        diagnostics.append(
                            .error(
                                .semantic,
                                "unknown indicator '\(unknown)' in the condition" + Suggestion.didYouMean(unknown, in: model.indicatorVocabulary),
                                in: source, at: rest[0].range, code: .unknownIndicator))
                        return nil
                    }
                }
                return .holds(condition)
            }
        }
    }
}
