import DXLanguage
import DXModel
import DXSource

/// Reads a workshop file, line by line:
///
///     workshop "Provincial plan 2026–2030"
///     teams team-1 team-2 team-3 team-4
///     rule budget <= 25000 bn VND per year          at most this a year
///     rule horizon 2026 to 2030                      exactly this horizon
///     rule pillar digital-government >= 50%          a pillar's (or 'programme X') share
///     score digital-economy >= 30% by 2030 weight 3  an indicator that scores, and its weight
///     round 1 "The plans as handed in"
///     end
///     round 2 "A cyber incident"                     lines a scenario takes: assume, policy,
///       delay security 1 year                        delay, budget…, added to every team's plan
///     end
///
/// Team plans may follow as `scenario TEAM … end` blocks (a saved workshop holds them). Mistakes
/// are positioned errors; names are checked against the model.
enum WorkshopParser {
    static let plansMarker = "# --- plans ---"
    static let resultsMarker = "# --- results ---"
    /// The line of a saved workshop's results that says which rounds were run.
    static let roundsRunPrefix = "# rounds run:"

    static func parse(_ source: SourceFile, model: DeclaredModel) -> (workshop: Workshop?, problems: [Diagnostic]) {
        var reader = Reader(source: source, model: model)
        let workshop = reader.read()
        let problems = reader.problems.sorted { ($0.range?.start.line ?? 0) < ($1.range?.start.line ?? 0) }
        return (problems.contains { $0.severity == .error } ? nil : workshop, problems)
    }

    private struct Reader {
        let source: SourceFile
        let model: DeclaredModel
        var problems: [Diagnostic] = []
        /// The code tokens of each line that has any, by line number.
        var lines: [(number: Int, tokens: [Token])] = []

        init(source: SourceFile, model: DeclaredModel) {
            self.source = source
            self.model = model
            let (tokenLines, lexed) = Lexer.lines(source)
            problems = lexed
            lines = tokenLines.map { ($0[0].range.start.line, $0) }
        }

        mutating func error(_ message: String, at token: Token?, code: ErrorCode? = nil) {
            problems.append(.error(.syntax, message, in: source, at: token?.range, code: code))
        }

        static let lineWords = ["workshop", "teams", "rule", "score", "round", "scenario"]

        /// The words of a line with names joined as the scenario language joins them (`team-1`,
        /// by the parser's rule).
        static func words(_ tokens: [Token]) -> [Token] {
            var joined: [Token] = []
            var index = 0
            while index < tokens.count {
                var token = tokens[index]
                index += 1
                if token.word != nil {
                    while index + 1 < tokens.count, tokens[index].kind == .symbol("-"), tokens[index].range.start == token.range.end,
                        tokens[index + 1].range.start == tokens[index].range.end, TokenCursor.isNamePart(tokens[index + 1])
                    {
                        let text = token.text + "-" + tokens[index + 1].text
                        token = Token(kind: .word(text), range: token.range.through(tokens[index + 1].range), text: text)
                        index += 2
                    }
                }
                joined.append(token)
            }
            return joined
        }

        mutating func read() -> Workshop? {
            var workshop = Workshop(title: "", teams: [], source: source, definitionText: "")
            var sawTitle = false
            /// Lines that belong to scenario blocks (kept for the plans) and to round blocks.
            var scenarioLines = Set<Int>()
            var index = 0
            while index < lines.count {
                let raw = lines[index].tokens
                let tokens = Self.words(raw)
                index += 1
                let keyword = tokens[0].word.map(CommandRegistry.table.canonicalKeyword)
                switch keyword {
                case "workshop":
                    guard tokens.count == 2, case .string(let title) = tokens[1].kind else {
                        error("expected the workshop's title in double quotes: workshop \"TITLE\"", at: tokens.count > 1 ? tokens[1] : tokens[0])
                        continue
                    }
                    if sawTitle { error("a workshop file has one 'workshop' line", at: tokens[0]) }
                    sawTitle = true
                    workshop.title = title
                case "teams":
                    let names = tokens.dropFirst()
                    guard !names.isEmpty, names.allSatisfy({ $0.word != nil }) else {
                        error("expected the teams' names after 'teams', as in teams team-1 team-2", at: names.first { $0.word == nil } ?? tokens[0])
                        continue
                    }
                    for name in names where CommandRegistry.table.isReserved(name.text) {
                        error("'\(name.text)' is a keyword and cannot name a team", at: name)
                    }
                    let texts = names.map(\.text)
                    if Set(texts).count != texts.count { error("a team is named twice", at: tokens[0]) }
                    workshop.teams += texts
                case "rule": rule(tokens, into: &workshop)
                case "score": score(tokens, into: &workshop)
                case "round":
                    let end = blockEnd(from: index - 1)
                    round(tokens, lines: (index - 1)..<end, into: &workshop)
                    index = min(end + 1, lines.count)
                case "scenario":
                    let end = blockEnd(from: index - 1)
                    for line in lines[(index - 1)..<min(end + 1, lines.count)] { scenarioLines.insert(line.number) }
                    index = min(end + 1, lines.count)
                default:
                    error(
                        "expected workshop, teams, rule, score, round or scenario, found \(tokens[0].described)"
                            + Suggestion.didYouMean(tokens[0].word ?? "", in: Self.lineWords), at: tokens[0], code: .unknownCommand)
                }
            }
            if !sawTitle { error("a workshop file starts with its title: workshop \"TITLE\"", at: lines.first?.tokens.first) }
            if workshop.teams.count < 2 { error("a workshop needs at least two teams: teams NAME NAME…", at: lines.first?.tokens.first) }
            if workshop.scores.isEmpty {
                error("a workshop needs at least one 'score' line: what the teams are scored on", at: lines.first?.tokens.first)
            }
            if workshop.rounds.isEmpty { error("a workshop needs at least one 'round N \"TITLE\" … end' block", at: lines.first?.tokens.first) }
            workshop.plans = plans(in: scenarioLines)
            for line in source.text.split(separator: "\n") where line.hasPrefix(WorkshopParser.roundsRunPrefix) {
                workshop.roundsRun = line.dropFirst(WorkshopParser.roundsRunPrefix.count).split(separator: ",").compactMap {
                    Int($0.trimmingCharacters(in: .whitespaces))
                }
            }
            workshop.definitionText = definition(without: scenarioLines)
            return workshop
        }

        /// The index of the line with the `end` that closes the block opened at `start`.
        mutating func blockEnd(from start: Int) -> Int {
            var stack: [String] = []
            for i in start..<lines.count {
                let words = lines[i].tokens.compactMap { $0.word.map(CommandRegistry.table.canonicalKeyword) }
                if i == start {
                    stack.append(words.first ?? "")
                    continue
                }
                if let opened = Grammar.blockOpened(byLine: words, inside: stack.last == "round" ? "scenario" : stack.last) {
                    stack.append(opened)
                } else if words.first == "end" {
                    stack.removeLast()
                    if stack.isEmpty { return i }
                }
            }
            error("the block that starts here has no 'end'", at: lines[start].tokens.first, code: .unterminatedBlock)
            return lines.count
        }

        /// Only some lines of the file, the others blank, so that positions stay those of the file.
        func keeping(_ numbers: Set<Int>, replacingLine header: Int? = nil, with replacement: String = "") -> SourceFile {
            let all = source.text.split(separator: "\n", omittingEmptySubsequences: false)
            let text = all.enumerated().map { offset, line in
                let number = offset + 1
                if number == header { return replacement }
                return numbers.contains(number) ? String(line) : ""
            }.joined(separator: "\n")
            return SourceFile(name: source.name, text: text, directory: source.directory)
        }

        mutating func plans(in numbers: Set<Int>) -> [ScenarioDecl] {
            guard !numbers.isEmpty else { return [] }
            let parsed = Parser.parse(keeping(numbers))
            problems += parsed.diagnostics
            return parsed.statements.compactMap { if case .scenario(let decl) = $0 { decl } else { nil } }
        }

        func definition(without scenarioLines: Set<Int>) -> String {
            var kept: [String] = []
            for (offset, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if line == WorkshopParser.plansMarker || line == WorkshopParser.resultsMarker { break }
                if scenarioLines.contains(offset + 1) || line.hasPrefix(OwnFile.savedScenarioMark) { continue }
                kept.append(String(line))
            }
            while kept.last?.allSatisfy(\.isWhitespace) == true { kept.removeLast() }
            return kept.joined(separator: "\n") + "\n"
        }

        mutating func round(_ tokens: [Token], lines range: Range<Int>, into workshop: inout Workshop) {
            guard tokens.count == 3, case .number(let value) = tokens[1].kind, value >= 1, value <= 100, value == value.rounded(),
                case .string(let title) = tokens[2].kind
            else {
                error("expected the round's number and title: round 2 \"A budget cut\"", at: tokens.count > 1 ? tokens[1] : tokens[0])
                return
            }
            let number = Int(value)
            guard range.upperBound < lines.count else { return }  // no 'end': already reported
            if workshop.rounds.contains(where: { $0.number == number }) { error("round \(number) is defined twice", at: tokens[1]) }
            // The round's lines read as a scenario block, where they stand in the file.
            let numbers = Set(lines[range.lowerBound..<min(range.upperBound + 1, lines.count)].map(\.number))
            let header = lines[range.lowerBound].number
            let parsed = Parser.parse(keeping(numbers, replacingLine: header, with: "scenario round from plan"))
            problems += parsed.diagnostics
            guard case .scenario(let events)? = parsed.statements.first else { return }
            let eventLines = numbers.sorted().dropFirst().dropLast().compactMap {
                source.line($0).map { String($0).trimmingCharacters(in: .whitespaces) }
            }
            workshop.rounds.append(Workshop.Round(number: number, title: title, events: events, eventLines: eventLines.filter { !$0.isEmpty }))
            workshop.rounds.sort { $0.number < $1.number }
        }

        mutating func rule(_ tokens: [Token], into workshop: inout Workshop) {
            let kind = tokens.count > 1 ? tokens[1].word.map(CommandRegistry.table.canonicalKeyword) : nil
            switch kind {
            case "budget":
                // rule budget <= 25000 bn VND per year
                guard tokens.count >= 5, tokens[2].kind == .symbol("<="), case .number(let amount) = tokens[3].kind, amount > 0,
                    let scale = tokens[4].word.flatMap(MoneyScale.named)
                else {
                    error("expected rule budget <= AMOUNT bn VND per year", at: tokens.count > 2 ? tokens[2] : tokens[0])
                    return
                }
                workshop.budgetCap = amount * scale.inBillions
            case "horizon":
                guard tokens.count == 5, case .number(let from) = tokens[2].kind, case .number(let to) = tokens[4].kind, from <= to,
                    from >= 2000, to <= 2100, tokens[3].word.map(CommandRegistry.table.canonicalKeyword) == "to"
                else {
                    error("expected rule horizon YEAR to YEAR", at: tokens.count > 2 ? tokens[2] : tokens[0])
                    return
                }
                workshop.horizon = Int(from)...Int(to)
            case "pillar", "programme":
                guard tokens.count == 6, let subject = tokens[2].word, case .symbol(let op) = tokens[3].kind, [">=", "<="].contains(op),
                    case .number(let percent) = tokens[4].kind, tokens[5].kind == .percent, percent >= 0, percent <= 100
                else {
                    error(
                        "expected rule \(kind!) NAME >=|<= P%, as in rule pillar digital-government >= 50%",
                        at: tokens.count > 2 ? tokens[2] : tokens[0])
                    return
                }
                let isPillar = kind == "pillar"
                let known = isPillar ? Pillar.allCases.map(\.rawValue) : model.programmes.map(\.id)
                let id = isPillar ? subject : (model.programme(subject)?.id ?? subject)
                guard known.contains(id) else {
                    problems.append(
                        .error(
                            isPillar ? .semantic : .semantic, "unknown \(kind!) '\(subject)'" + Suggestion.didYouMean(subject, in: known),
                            in: source, at: tokens[2].range,
                            notes: [.note((isPillar ? "pillars: " : "programmes: ") + known.joined(separator: ", "))],
                            code: .unknownProgramme))
                    return
                }
                workshop.shareRules.append(
                    .init(subject: id, isPillar: isPillar, atLeast: op == ">=", percent: percent, line: tokens[0].range.start.line))
            default:
                error(
                    "expected what the rule limits: budget, horizon, pillar or programme"
                        + Suggestion.didYouMean(tokens.count > 1 ? tokens[1].text : "", in: ["budget", "horizon", "pillar", "programme"]),
                    at: tokens.count > 1 ? tokens[1] : tokens[0])
            }
        }

        mutating func score(_ tokens: [Token], into workshop: inout Workshop) {
            // score INDICATOR >=|<= VALUE[%] by YEAR weight W
            var i = 1
            func next() -> Token? { i < tokens.count ? tokens[i] : nil }
            guard let name = next(), let indicatorName = name.word else {
                error("expected an indicator after 'score', as in score fibre >= 90% by 2030 weight 1", at: next() ?? tokens[0])
                return
            }
            guard let indicator = model.indicator(indicatorName) else {
                problems.append(
                    .error(
                        .semantic, "unknown indicator '\(indicatorName)'" + Suggestion.didYouMean(indicatorName, in: model.indicatorVocabulary),
                        in: source, at: name.range, code: .unknownIndicator))
                return
            }
            i += 1
            guard case .symbol(let op)? = next()?.kind, [">=", "<="].contains(op) else {
                error("expected >= or <= after the indicator", at: next() ?? name)
                return
            }
            i += 1
            guard case .number(let threshold)? = next()?.kind else {
                error("expected the value to reach, as in score \(indicatorName) >= 90% by 2030 weight 1", at: next() ?? tokens[i - 1])
                return
            }
            i += 1
            if next()?.kind == .percent { i += 1 }
            guard next()?.word.map(CommandRegistry.table.canonicalKeyword) == "by", i + 1 < tokens.count, case .number(let year) = tokens[i + 1].kind,
                year == year.rounded(), year >= 2000, year <= 2100
            else {
                error("expected 'by YEAR' after the value", at: next() ?? tokens[i - 1])
                return
            }
            i += 2
            var weight = 1.0
            if next()?.word == "weight" {
                guard i + 1 < tokens.count, case .number(let w) = tokens[i + 1].kind, w > 0, w <= 1000 else {
                    error("expected a weight above 0 after 'weight'", at: i + 1 < tokens.count ? tokens[i + 1] : tokens[i])
                    return
                }
                weight = w
                i += 2
            }
            if let extra = next() {
                error("unexpected \(extra.described) after the score line", at: extra)
                return
            }
            workshop.scores.append(.init(indicator: indicator.id, atLeast: op == ">=", threshold: threshold, year: Int(year), weight: weight))
        }
    }
}
