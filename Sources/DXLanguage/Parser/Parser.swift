import DXSource

/// A recursive-descent parser for scenario files and shell commands.
///
/// It recovers from errors at line boundaries, so one pass reports every independent
/// mistake, and it tells an incomplete block (the REPL should read more) from a wrong one.
package struct Parser {
    private let source: SourceFile
    /// The shell's commands; `CommandTable.none` for scenario files alone.
    private let commands: CommandTable
    private var cursor: TokenCursor
    /// For each token, the English keyword it stands for if it is a word (worked out once per
    /// token: the parser asks at nearly every token whether it is some keyword).
    private let keywords: [String?]
    /// Whether `5000 bn VND` reads as one money value (not where a scenario setting wants the unit itself).
    private var moneyLiterals = true
    private var diagnostics: [Diagnostic]
    private var incomplete = false

    /// Thrown inside the parser to unwind to the nearest recovery point.
    package struct Failure: Error {}

    package static func parse(_ source: SourceFile, commands: CommandTable) -> ParseResult {
        var parser = Parser(source, commands: commands)
        let statements = parser.parseProgram()
        return ParseResult(
            source: source, statements: statements,
            diagnostics: reportOrder(parser.diagnostics, lexed: parser.cursor.lexerDiagnostics.count), isIncomplete: parser.incomplete)
    }

    /// The diagnostics to report, in reading order: the lexer's (the first `lexed`) and then the
    /// parser's, without the lexer errors that come after a parser error on the same line (they
    /// are its echo). Ties keep the order they were found in.
    static func reportOrder(_ all: [Diagnostic], lexed: Int) -> [Diagnostic] {
        // Most often there is nothing to do: no lexer errors, and the parser's in reading order.
        if lexed == 0, isInReadingOrder(all) { return all }
        // The earliest parser error on each line that has one (a noisy file has hundreds of lexer
        // errors: each is compared with its line's, not with every parser error).
        var earliestParserError: [Int: Int] = [:]
        if lexed > 0 {
            for diagnostic in all.dropFirst(lexed) {
                guard let at = diagnostic.range?.start else { continue }
                earliestParserError[at.line] = min(earliestParserError[at.line] ?? Int.max, at.offset)
            }
        }
        // Sorted as places and indices, then the diagnostics taken once.
        var kept: [(start: SourceLocation?, index: Int)] = []
        kept.reserveCapacity(all.count)
        for (index, diagnostic) in all.enumerated() {
            let start = diagnostic.range?.start
            if index < lexed, let at = start, let earliest = earliestParserError[at.line], earliest < at.offset { continue }
            kept.append((start, index))
        }
        kept.sort { a, b in
            switch (a.start, b.start) {
            case (let x?, let y?) where x != y: x < y
            default: a.index < b.index
            }
        }
        return kept.map { all[$0.index] }
    }

    /// Whether every diagnostic has a place and none is before the one reported before it.
    private static func isInReadingOrder(_ diagnostics: [Diagnostic]) -> Bool {
        var last: SourceLocation?
        for diagnostic in diagnostics {
            guard let start = diagnostic.range?.start else { return false }
            if let last, start < last { return false }
            last = start
        }
        return true
    }

    /// Parses a lone script expression (the `{…}` parts of printed text).
    package static func parseExpression(_ source: SourceFile) -> Result<ScriptExpression, Diagnostic> {
        var parser = Parser(source, commands: .none)
        do {
            let expression = try parser.parseScriptExpression()
            guard parser.current.isEnd || parser.current.isNewline else {
                throw parser.fail("unexpected \(parser.current.described) in the expression")
            }
            if let first = parser.diagnostics.first { return .failure(first) }
            return .success(expression)
        } catch {
            return .failure(parser.diagnostics.first ?? .error(.syntax, "cannot read the expression", in: source))
        }
    }

    init(_ source: SourceFile, commands: CommandTable) {
        self.source = source
        self.commands = commands
        self.cursor = TokenCursor(source)
        // A loop rather than `map(commands.canonicalKeyword)`: the partial application copied the
        // command table for every word.
        var keywords: [String?] = []
        keywords.reserveCapacity(cursor.tokens.count)
        for token in cursor.tokens { keywords.append(token.word.map { commands.canonicalKeyword($0) }) }
        self.keywords = keywords
        self.diagnostics = cursor.lexerDiagnostics
    }

    // MARK: - Token helpers

    package var current: Token { cursor.current }
    private var tokenAfterCurrent: Token? { cursor.next }
    private func tokenAfter(_ offset: Int) -> Token? { cursor.token(after: offset) }
    package var previous: Token { cursor.previous }

    package mutating func advance() -> Token {
        cursor.advance()
    }

    /// The current word as an English keyword (Vietnamese keywords are translated).
    package var currentKeyword: String? { keywords[cursor.position] }

    package func check(word: String) -> Bool { currentKeyword == word }

    package mutating func accept(word: String) -> Token? {
        check(word: word) ? advance() : nil
    }

    private mutating func skipNewlines() {
        while current.isNewline { _ = advance() }
    }

    package mutating func fail(
        code: ErrorCode? = nil, _ message: String, at range: SourceRange? = nil, notes: [Diagnostic] = []
    ) -> Failure {
        diagnostics.append(.error(.syntax, message, in: source, at: range ?? current.range, notes: notes, code: code))
        return Failure()
    }

    package mutating func expect(word: String, _ context: String) throws -> Token {
        if let token = accept(word: word) { return token }
        if current.isEnd { incompleteIfInBlock() }
        throw fail("expected '\(word)' \(context), found \(current.described)")
    }

    /// A name: a word, or a word joined to numbers by hyphens written tight (`đội-1`, `nhóm-2-b`).
    /// (The lexer reads `x-1` as a subtraction, for scripts; where a name is expected it is a name.)
    package mutating func expectName(_ what: String) throws -> Name {
        guard let word = current.word else {
            throw fail("expected \(what), found \(current.described)")
        }
        let start = advance().range
        let (name, end) = cursor.joinTightHyphens(to: word, endingAt: start)
        return Name(name, start.through(end))
    }

    package mutating func expectNumber(_ what: String) throws -> NumberLiteral {
        // Script variables and arithmetic (from `let` or `for`) may stand where a number goes.
        let startsExpression: Bool =
            switch current.kind {
            case .word(let word): !commands.isReserved(word) && MoneyScale.named(word) == nil && !Grammar.currencies.contains(word)
            case .symbol("("), .symbol("-"): true
            case .number:
                Self.isArithmetic(cursor.next) || (cursor.next?.isPercent == true && Self.isArithmetic(tokenAfter(2)))
            default: false
            }
        if startsExpression {
            // Here the scale and currency follow the expression: `budget 2 * b bn VND per year`.
            moneyLiterals = false
            defer { moneyLiterals = true }
            let expression = try parseScriptExpression(level: 3)
            if case .number(let literal) = expression { return literal }
            var isPercent = false
            if case .unary("%", _, _) = expression { isPercent = true }
            return NumberLiteral(value: .nan, isPercent: isPercent, range: expression.range, expression: expression)
        }
        guard case .number(let value) = current.kind else {
            throw fail("expected \(what), found \(current.described)")
        }
        let start = advance().range
        if current.isPercent {
            let end = advance().range
            return NumberLiteral(value: value, isPercent: true, range: start.through(end))
        }
        return NumberLiteral(value: value, isPercent: false, range: start)
    }

    /// Whether a token is `+`, `-`, `*` or `/`.
    private static func isArithmetic(_ token: Token?) -> Bool {
        guard let token else { return false }
        return token.isSymbol("+") || token.isSymbol("-") || token.isSymbol("*") || token.isSymbol("/")
    }

    package mutating func expectPercent(_ what: String, example: String) throws -> NumberLiteral {
        let number = try expectNumber(what)
        guard number.isPercent || number.expression != nil else {
            throw fail(code: .wrongUnit, "\(what) must be a percentage; write \(example)", at: number.range)
        }
        return number
    }

    /// A whole number written as digits (no variables), for counts and seeds.
    package mutating func expectWholeNumber(_ what: String) throws -> NumberLiteral {
        guard case .number(let value) = current.kind else { throw fail("expected \(what), found \(current.described)") }
        guard value >= 0, value == value.rounded(), value < 1e15 else { throw fail("expected \(what), not \(current.text)") }
        return NumberLiteral(value: value, isPercent: false, range: advance().range)
    }

    package mutating func expectYear(_ what: String) throws -> YearLiteral {
        guard case .number(let value) = current.kind else {
            throw fail("expected \(what), found \(current.described)")
        }
        let token = advance()
        guard value == value.rounded(), value >= 1000, value <= 9999 else {
            throw fail(code: .notAYear, "'\(token.text)' is not a year; write a four-digit year such as 2030", at: token.range)
        }
        return YearLiteral(Int(value), token.range)
    }

    package mutating func expectString(_ what: String) throws -> StringLiteral {
        guard case .string(let value) = current.kind else {
            // A bare path such as scenarios/a.plan: show the line with it quoted.
            let start = current.range.start
            if !current.isNewline, !current.isEnd, let line = source.line(start.line) {
                let scalars = line.unicodeScalars
                let from = scalars.index(scalars.startIndex, offsetBy: start.column - 1, limitedBy: scalars.endIndex)
                let rest = from.map { String(String.UnicodeScalarView(scalars[$0...])) } ?? ""
                let path = String(rest.prefix { $0 != "#" && $0 != ";" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
                if !path.isEmpty, !path.contains("\"") {
                    let end = SourceLocation(
                        line: start.line, column: start.column + path.unicodeScalars.count,
                        offset: start.offset + path.unicodeScalars.count)
                    throw fail(code: .unquotedPath, "expected \(what) in double quotes: \"\(path)\"", at: SourceRange(start: start, end: end))
                }
            }
            throw fail("expected \(what) in double quotes, found \(current.described)")
        }
        return StringLiteral(value, advance().range)
    }

    private mutating func expectEndOfLine(after what: String) throws {
        guard current.isNewline || current.isEnd else {
            // A string is shown as written: "unexpected \"x.plan\"" reads better than "unexpected a string".
            let found = if case .string = current.kind { current.text } else { current.described }
            throw fail("unexpected \(found) after \(what)")
        }
    }

    /// Skips to the end of the current line.
    private mutating func skipLine() {
        while !current.isNewline && !current.isEnd { _ = advance() }
    }

    private var blockDepth = 0
    /// Parentheses and signs open around the expression being read.
    private var expressionDepth = 0
    /// How deeply blocks, parentheses and signs may nest: enough for any script a person writes,
    /// and far below what would exhaust the stack.
    package static let maximumNesting = 100

    private mutating func incompleteIfInBlock() {
        if blockDepth > 0 { incomplete = true }
    }

    // MARK: - Program

    mutating func parseProgram() -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipNewlines()
            if current.isEnd { break }
            do {
                statements.append(try parseStatement())
                try expectEndOfLine(after: "the statement")
            } catch {
                skipLine()
                // Lines that only make sense inside a block would cascade into more errors: skip them.
                while true {
                    skipNewlines()
                    guard let word = currentKeyword, !Grammar.statementStarters.contains(word), commands.command(word) == nil else { break }
                    skipLine()
                }
            }
        }
        return statements
    }

    private mutating func parseStatement() throws -> Statement {
        guard let word = currentKeyword else {
            throw fail("expected a command or 'scenario', found \(current.described)")
        }
        if word == "scenario" { return .scenario(try parseScenario()) }
        if Grammar.scriptStatements.contains(word) { return try parseScriptStatement(word) }
        if let command = try parseCommand() { return .command(command) }
        let hint = Suggestion.didYouMean(word, in: commands.statementVocabulary)
        let extra = Grammar.scenarioSettings.contains(word) ? " ('\(word)' belongs inside 'scenario … end')" : ""
        let notes: [Diagnostic] =
            word == "fmt"
            ? [.note("formatting files is done outside the shell: run 'dxplan fmt FILE…' in a terminal")] : []
        throw fail(code: .unknownCommand, "unknown command '\(word)'\(hint)\(extra)", notes: notes)
    }

    // MARK: - Scripts

    private mutating func parseScriptStatement(_ word: String) throws -> Statement {
        let keyword = advance()
        switch word {
        case "let":
            let name = try expectName("a variable name after 'let'")
            guard current.isSymbol("=") else { throw fail("expected '=' after '\(name.text)', as in let \(name.text) = 25000") }
            _ = advance()
            let value = try parseScriptExpression()
            return .assignment(name, value, keyword.range.through(value.range))
        case "print":
            let text = try expectString("the text to print")
            return .print(text, keyword.range.through(text.range))
        case "assert":
            let condition = try parseScriptExpression()
            var message: StringLiteral?
            if case .string = current.kind { message = try expectString("the message") }
            return .assertion(condition, message, keyword.range.through(message?.range ?? condition.range))
        case "include":
            let path = try expectString("the file to include")
            return .include(path, keyword.range.through(path.range))
        case "for":
            let name = try expectName("the loop variable after 'for'")
            _ = try expect(word: "in", "after the loop variable, as in for b in 20000 to 40000 step 10000")
            let values: Loop.Values
            if current.isSymbol("[") {
                _ = advance()
                var items: [ScriptExpression] = []
                if !current.isSymbol("]") {
                    repeat {
                        if current.isSymbol(",") { _ = advance() }
                        items.append(try parseScriptExpression())
                    } while current.isSymbol(",")
                }
                guard current.isSymbol("]") else { throw fail("expected ']' to close the list, found \(current.described)") }
                _ = advance()
                values = .list(items)
            } else {
                let from = try parseScriptExpression()
                _ = try expect(word: "to", "between the first and last value, as in for y in 2026 to 2030")
                let to = try parseScriptExpression()
                var step: ScriptExpression?
                if accept(word: "step") != nil { step = try parseScriptExpression() }
                values = .range(from: from, to: to, step: step)
            }
            try expectEndOfLine(after: "the loop's values (its statements go on the following lines)")
            let (body, end) = try parseBlock(opening: keyword, what: "for", stoppingAtElse: false)
            return .loop(Loop(variable: name, values: values, body: body.0, range: keyword.range.through(end)))
        default:  // "if"
            let condition = try parseScriptExpression()
            try expectEndOfLine(after: "the condition (its statements go on the following lines)")
            let (blocks, end) = try parseBlock(opening: keyword, what: "if", stoppingAtElse: true)
            return .conditional(condition, blocks.0, blocks.1, keyword.range.through(end))
        }
    }

    /// The statements of a `for` or `if` block up to its `end` (and, for `if`, an `else` part).
    private mutating func parseBlock(opening: Token, what: String, stoppingAtElse: Bool)
        throws -> (([Statement], [Statement]), SourceRange)
    {
        blockDepth += 1
        defer { blockDepth -= 1 }
        guard blockDepth <= Self.maximumNesting else {
            throw fail(code: .tooLarge, "blocks are nested more than \(Self.maximumNesting) deep", at: opening.range)
        }
        var parts: [[Statement]] = [[]]
        while true {
            skipNewlines()
            if current.isEnd {
                incomplete = true
                throw fail(
                    code: .unterminatedBlock, "expected 'end' to close '\(what)'", at: current.range,
                    notes: [.note("'\(what)' starts here", in: source, at: opening.range)])
            }
            if let end = accept(word: "end") {
                return ((parts[0], parts.count > 1 ? parts[1] : []), end.range)
            }
            if stoppingAtElse, parts.count == 1, accept(word: "else") != nil {
                parts.append([])
                continue
            }
            do {
                let statement = try parseStatement()
                try expectEndOfLine(after: "the statement")
                parts[parts.count - 1].append(statement)
            } catch {
                if incomplete { throw error }
                skipLine()
            }
        }
    }

    private static let scriptLevels: [[String: String]] = [
        ["or": "or"], ["and": "and"],
        ["<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "==", "!=": "!="],
        ["+": "+", "-": "-"], ["*": "*", "/": "/"],
    ]

    /// An expression of a script (also used for `{…}` inside printed text).
    mutating func parseScriptExpression(level: Int = 0) throws -> ScriptExpression {
        if level == Self.scriptLevels.count { return try parseScriptUnary() }
        var lhs = try parseScriptExpression(level: level + 1)
        while true {
            let key: String? =
                switch current.kind {
                case .symbol(let symbol): symbol
                case .word(let word): word.lowercased()
                default: nil
                }
            guard let key, let op = Self.scriptLevels[level][key] else { break }
            _ = advance()
            let rhs = try parseScriptExpression(level: level + 1)
            lhs = .binary(op, lhs, rhs, lhs.range.through(rhs.range))
        }
        return lhs
    }

    private mutating func parseScriptUnary() throws -> ScriptExpression {
        expressionDepth += 1
        defer { expressionDepth -= 1 }
        guard expressionDepth <= Self.maximumNesting else {
            throw fail(code: .tooLarge, "parentheses and signs are nested more than \(Self.maximumNesting) deep")
        }
        if current.isSymbol("-") || current.word?.lowercased() == "not" {
            let token = advance()
            let operand = try parseScriptUnary()
            return .unary(token.isSymbol("-") ? "-" : "not", operand, token.range.through(operand.range))
        }
        switch current.kind {
        case .number(let value):
            let token = advance()
            let start = token.range
            if current.isPercent {
                let end = advance().range
                return .number(NumberLiteral(value: value, isPercent: true, range: start.through(end)))
            }
            let number = NumberLiteral(value: value, isPercent: false, range: start)
            if moneyLiterals, atMoneyScale {
                let (scale, currency) = try parseMoneyUnit(after: token, number)
                return .money(number, scale, currency: currency, start.through(previous.range))
            }
            return .number(number)
        case .string(let value):
            return .string(StringLiteral(value, advance().range))
        case .symbol("("):
            _ = advance()
            let inner = try parseScriptExpression()
            guard current.isSymbol(")") else { throw fail("expected ')' to close the parenthesis, found \(current.described)") }
            _ = advance()
            return inner
        case .word(let word):
            let token = advance()
            let name = Name(word, token.range)
            // `fibre in 2030`: an indicator's value in a year of the current scenario's run.
            if check(word: "in") {
                _ = advance()
                let year = try parseScriptUnary()
                // `fibre in 2030 of team-1`: of a named scenario's run.
                if accept(word: "of") != nil {
                    let scenario = try expectName("a scenario after 'of', as in fibre in 2030 of baseline")
                    return .scenarioIndicator(name, year, of: scenario, token.range.through(scenario.range))
                }
                return .indicatorValue(name, year, token.range.through(year.range))
            }
            // `met of team-1`: a fact of a named scenario's run.
            if accept(word: "of") != nil {
                let scenario = try expectName("a scenario after 'of', as in met of baseline")
                return .scenarioFact(name, of: scenario, token.range.through(scenario.range))
            }
            // `share%`: a variable's number as a percentage.
            if current.isPercent {
                let end = advance().range
                return .unary("%", .variable(name), token.range.through(end))
            }
            return .variable(name)
        default:
            throw fail("expected a number, a name, a string or '(', found \(current.described)")
        }
    }

    // MARK: - Scenario

    private mutating func parseScenario() throws -> ScenarioDecl {
        let keyword = advance()
        let name = try expectScenarioName("a scenario name after 'scenario'")
        var parent: Name?
        var title: StringLiteral?
        if case .string = current.kind { title = try expectString("a title") }
        if accept(word: "from") != nil {
            parent = try expectScenarioName("the name of the scenario to inherit from")
        }
        if title == nil, case .string = current.kind { title = try expectString("a title") }
        try expectEndOfLine(after: "the scenario header (settings go on the following lines)")

        blockDepth += 1
        defer { blockDepth -= 1 }
        var items: [ScenarioItem] = []
        while true {
            skipNewlines()
            if current.isEnd {
                incomplete = true
                throw fail(
                    code: .unterminatedBlock, "expected 'end' to close scenario '\(name.text)'", at: current.range,
                    notes: [.note("the scenario starts here", in: source, at: keyword.range)])
            }
            if let end = accept(word: "end") {
                try expectEndOfLine(after: "'end'")
                return ScenarioDecl(
                    name: name, parent: parent, title: title, items: items, range: keyword.range.through(end.range))
            }
            do {
                items.append(try parseScenarioItem())
                try expectEndOfLine(after: "the setting")
            } catch {
                if incomplete { throw error }
                skipLine()
            }
        }
    }

    private mutating func expectScenarioName(_ what: String) throws -> Name {
        let name = try expectName(what)
        if commands.isReserved(name.text) {
            throw fail("'\(name.text)' is a keyword and cannot name a scenario", at: name.range)
        }
        // `scenario s{b}` in a sweep: a name is written out (only printed text and file names take values).
        if current.isSymbol("{"), current.range.start == name.range.end {
            throw fail("a scenario's name cannot take a value with {…}; in a loop, define one scenario a round and export its results")
        }
        return name
    }

    private mutating func parseScenarioItem() throws -> ScenarioItem {
        guard let word = currentKeyword else {
            throw fail("expected a setting (\(Grammar.scenarioSettings.joined(separator: ", "))), found \(current.described)")
        }
        switch word {
        case "horizon": return .horizon(try parseHorizon())
        case "budget": return .budget(try parseBudget())
        case "allocate": return .allocate(try parseAllocate())
        case "target": return try parseTarget()
        case "assume": return .assume(try parseAssume())
        case "shift":
            let keyword = advance()
            let amount = try expectPercent("the share to move", example: "shift 5% from services to skills")
            _ = try expect(word: "from", "after the amount, as in shift 5% from services to skills")
            let from = try expectName("the programme to take the share from")
            _ = try expect(word: "to", "before the programme that receives it")
            let to = try expectName("the programme that receives the share")
            return .shift(ShiftItem(amount: amount, from: from, to: to, range: keyword.range.through(to.range)))
        case "delay":
            let keyword = advance()
            let programme = try expectName("the programme that is late, as in delay broadband 1 year")
            _ = accept(word: "by")
            let years = try expectNumber("how many years late, as in delay \(programme.text) 1 year")
            guard let unit = accept(word: "year") ?? accept(word: "years") else {
                throw fail("expected 'year' or 'years' after the number, as in " + ScenarioPrinter.delayText(programme.text, years.value))
            }
            return .delay(DelayItem(programme: programme, years: years, range: keyword.range.through(unit.range)))
        case "normalize", "normalise":
            return .normalize(advance().range)
        case "from", "in":
            let keyword = advance()
            let year = try expectYear("a year after '\(word)', as in \(word) 2027 budget 40000 bn VND per year")
            let span = YearSpan(year: year, onlyThatYear: word == "in", range: keyword.range.through(year.range))
            switch currentKeyword {
            case "budget": return .yearBudget(span, try parseBudget())
            case "allocate": return .yearAllocate(span, try parseAllocate())
            default:
                throw fail("expected 'budget' or 'allocate' after '\(word) \(year.value)', found \(current.described)")
            }
        case "policy": return .policy(try parsePolicy())
        default:
            let hint = Suggestion.didYouMean(word, in: Grammar.settingVocabulary)
            let extra =
                hint.isEmpty && commands.command(word) != nil
                ? " (commands go after the scenario's 'end')" : ""
            throw fail("unknown scenario setting '\(word)'\(hint)\(extra)")
        }
    }

    private mutating func parseHorizon() throws -> HorizonItem {
        let keyword = advance()
        let from = try expectYear("the first year after 'horizon'")
        _ = try expect(word: "to", "between the two years of the horizon")
        let to = try expectYear("the last year of the horizon")
        return HorizonItem(from: from, to: to, range: keyword.range.through(to.range))
    }

    private mutating func parseBudget() throws -> BudgetItem {
        let keyword = advance()
        let amountToken = current
        let amount = try expectNumber("an amount after 'budget'")
        if amount.isPercent {
            throw fail(
                code: .wrongUnit, "a budget is an amount of money, not a percentage; write for example 25000 bn VND per year",
                at: amount.range)
        }
        // `budget b per year`: a variable holding money.
        let fromExpression = amount.expression != nil && check(word: "per")
        let (scale, currency) = fromExpression ? (.bn, .vnd) : try parseMoneyUnit(after: amountToken, amount)
        _ = try expect(word: "per", "after the amount: budgets are yearly, as in 'per year'")
        let yearToken = try expect(word: "year", "after 'per'")
        var growth: NumberLiteral?
        var end = yearToken.range
        if accept(word: "growing") != nil {
            growth = try expectPercent("the growth rate", example: "growing 10% per year")
            _ = try expect(word: "per", "after the growth rate, as in 'growing 10% per year'")
            end = try expect(word: "year", "after 'per'").range
        }
        var item = BudgetItem(amount: amount, scale: scale, growth: growth, range: keyword.range.through(end))
        item.currency = currency
        item.moneyFromExpression = fromExpression
        return item
    }

    /// `nghìn` (`ngàn`) opens `nghìn tỷ`, a trillion.
    private static let thousandWords: Set<String> = ["nghìn", "nghin", "ngàn", "ngan"]

    /// Whether the current word starts a money scale (`bn`, `tỷ`, `nghìn tỷ`, …).
    private var atMoneyScale: Bool {
        guard let word = current.word else { return false }
        return MoneyScale.named(word) != nil || Self.thousandWords.contains(word.lowercased())
    }

    /// The scale and currency after an amount (`bn VND`, `nghìn tỷ đồng`, `million USD`).
    private mutating func parseMoneyUnit(after token: Token, _ amount: NumberLiteral) throws -> (MoneyScale, Currency) {
        try rejectThousandsPoint(token, amount)
        return (try parseMoneyScale(), try parseCurrency())
    }

    /// "1.500 tỷ" is Vietnamese for 1500 tỷ, but dxplan reads the point as a decimal point: refuse to guess.
    private mutating func rejectThousandsPoint(_ token: Token, _ amount: NumberLiteral) throws {
        if let point = token.text.firstIndex(of: "."),
            token.text[token.text.index(after: point)...].count == 3,
            let scaleWord = current.word,
            Self.thousandWords.union(["tỷ", "tỉ", "ty", "triệu", "trieu"]).contains(scaleWord.lowercased())
        {
            throw fail(
                code: .ambiguousNumber,
                "'\(token.text)' reads as \(ScenarioPrinter.number(amount.value)) (the point is a decimal point); "
                    + "for thousands write \(token.text.replacingOccurrences(of: ".", with: "_")) or \(token.text.replacingOccurrences(of: ".", with: ""))",
                at: token.range)
        }
    }

    /// An amount of money a command takes: `40000 bn VND [per year]`, `40 nghìn tỷ đồng`.
    /// (As `expectPercent`: `what` names it, `example` shows it written.)
    package mutating func expectMoney(_ what: String, example: String) throws -> (amount: NumberLiteral, scale: MoneyScale, currency: Currency) {
        let token = current
        let amount = try expectNumber("\(what), as in \(example)")
        guard !amount.isPercent else {
            throw fail(code: .wrongUnit, "\(what) is an amount of money, not a percentage; write \(example)", at: amount.range)
        }
        let (scale, currency) = try parseAllocationAmount(token, amount)
        return (amount, scale, currency)
    }

    /// `bn VND` after an allocation amount (`per year` may follow).
    private mutating func parseAllocationAmount(_ token: Token, _ amount: NumberLiteral) throws -> (MoneyScale, Currency) {
        let unit = try parseMoneyUnit(after: token, amount)
        if accept(word: "per") != nil { _ = try expect(word: "year", "after 'per'") }
        return unit
    }

    /// `VND` (or `đồng`, `đ`) or `USD`.
    private mutating func parseCurrency() throws -> Currency {
        if let word = current.word, Grammar.currencies.contains(word) {
            _ = advance()
            return .vnd
        }
        if let word = current.word, word.uppercased() == "USD" {
            _ = advance()
            return .usd
        }
        throw fail("expected the currency after the amount (VND or USD), found \(current.described)")
    }

    private mutating func parseMoneyScale() throws -> MoneyScale {
        guard let word = current.word else {
            throw fail("expected a scale after the amount (bn, trillion, million), found \(current.described)")
        }
        if Self.thousandWords.contains(word.lowercased()) {
            _ = advance()
            guard let next = current.word, MoneyScale.named(next) == .bn else {
                throw fail("expected 'tỷ' after '\(word)' (nghìn tỷ = trillion)")
            }
            _ = advance()
            return .trillion
        }
        guard let scale = MoneyScale.named(word) else {
            let hint = Suggestion.didYouMean(word, in: ["bn", "trillion", "million"])
            throw fail("unknown money scale '\(word)'" + (hint.isEmpty ? "; use bn (tỷ), trillion (nghìn tỷ) or million (triệu)" : hint))
        }
        _ = advance()
        return scale
    }

    private mutating func parseAllocate() throws -> AllocateItem {
        let keyword = advance()
        try expectEndOfLine(after: "'allocate' (put one programme and its share on each line, then 'end')")
        blockDepth += 1
        defer { blockDepth -= 1 }
        var entries: [AllocationEntry] = []
        while true {
            skipNewlines()
            if current.isEnd {
                incomplete = true
                throw fail(
                    code: .unterminatedBlock, "expected 'end' to close 'allocate'", at: current.range,
                    notes: [.note("'allocate' starts here", in: source, at: keyword.range)])
            }
            if let end = accept(word: "end") {
                return AllocateItem(entries: entries, range: keyword.range.through(end.range))
            }
            do {
                if let word = currentKeyword, Grammar.scenarioSettings.contains(word) {
                    throw fail("'\(word)' cannot appear inside 'allocate'; close the allocation with 'end' first")
                }
                let programme = try expectName("a programme name")
                if current.isSymbol(":") { _ = advance() }
                let valueToken = current
                let value = try expectNumber("the share of '\(programme.text)'")
                var scale: MoneyScale?
                var currency = Currency.vnd
                if !value.isPercent, atMoneyScale {
                    (scale, currency) = try parseAllocationAmount(valueToken, value)
                } else if !value.isPercent && value.expression == nil {
                    throw fail(
                        code: .wrongUnit,
                        "the share of '\(programme.text)' must be a percentage or an amount; write '\(programme.text) 10%' "
                            + "or '\(programme.text) 5000 bn VND'", at: value.range)
                }
                var entry = AllocationEntry(programme: programme, share: value, scale: scale)
                entry.currency = currency
                entries.append(entry)
                try expectEndOfLine(after: "the share")
            } catch {
                if incomplete { throw error }
                skipLine()
            }
        }
    }

    /// `target INDICATOR >= VALUE by YEAR`, or `target official [KEY]` for the model's catalogue.
    private mutating func parseTarget() throws -> ScenarioItem {
        let keyword = advance()
        if let word = current.word, ["official", "chính-thức", "chinh-thuc"].contains(word) {
            let official = advance()
            var key: Name?
            if case .number(let value) = current.kind {
                let token = advance()
                key = Name(value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : token.text, token.range)
            } else if let word = current.word {
                _ = advance()
                key = Name(word, previous.range)
            }
            return .officialTargets(OfficialTargetsItem(key: key, range: keyword.range.through(key?.range ?? official.range)))
        }
        let indicator = try expectName("an indicator name after 'target'")
        guard case .symbol(let symbol) = current.kind, let comparison = ComparisonOperator(rawValue: symbol) else {
            throw fail("expected a comparison (>=, <=, >, <) after '\(indicator.text)', found \(current.described)")
        }
        _ = advance()
        let value = try expectNumber("the target value")
        _ = try expect(word: "by", "before the target year, as in 'by 2030'")
        _ = accept(word: "year")  // "vào năm 2030"
        let year = try expectYear("the target year")
        return .target(
            TargetItem(
                indicator: indicator, comparison: comparison, value: value, year: year,
                range: keyword.range.through(year.range)))
    }

    private mutating func parseAssume() throws -> AssumeItem {
        let keyword = advance()
        let parameter = try expectName("a model parameter after 'assume' (type 'assumptions' for the list)")
        guard current.isSymbol("=") else {
            throw fail("expected '=' after '\(parameter.text)', as in assume \(parameter.text) = 0.4")
        }
        _ = advance()
        var negative = false
        if current.isSymbol("-") {
            negative = true
            _ = advance()
        }
        var value = try expectNumber("the value to assume")
        if negative { value = NumberLiteral(value: -value.value, isPercent: value.isPercent, range: value.range) }
        return AssumeItem(parameter: parameter, value: value, range: keyword.range.through(value.range))
    }

    private mutating func parsePolicy() throws -> PolicyItem {
        let keyword = advance()
        let name = try expectName("a policy after 'policy'")
        if let off = accept(word: "off") {
            return PolicyItem(name: name, from: nil, range: keyword.range.through(off.range))
        }
        _ = try expect(word: "on", "or 'off' after the policy, as in policy \(name.text) on from 2026-01-01")
        _ = try expect(word: "from", "and the date it starts, as in policy \(name.text) on from 2026-01-01")
        let date = try parseDate()
        return PolicyItem(name: name, from: date, range: keyword.range.through(date.range))
    }

    /// `2025`, `2025-10` or `2025-10-01`.
    private mutating func parseDate() throws -> DateLiteral {
        let year = try expectYear("a date, as in 2025-10-01")
        var month: Int?, day: Int?
        var end = year.range
        if current.isSymbol("-"), case .number(let m) = tokenAfterCurrent?.kind {
            _ = advance()
            let token = advance()
            guard m == m.rounded(), m >= 1, m <= 12 else { throw fail("'\(token.text)' is not a month (1 to 12)", at: token.range) }
            month = Int(m)
            end = token.range
            if current.isSymbol("-"), case .number(let d) = tokenAfterCurrent?.kind {
                _ = advance()
                let dayToken = advance()
                let leap = year.value % 4 == 0 && (year.value % 100 != 0 || year.value % 400 == 0)
                let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month! - 1]
                guard d == d.rounded(), d >= 1, d <= Double(length) else {
                    throw fail(
                        "'\(dayToken.text)' is not a day of \(year.value)-\(month! < 10 ? "0" : "")\(month!), which has \(length) days",
                        at: dayToken.range)
                }
                day = Int(d)
                end = dayToken.range
            }
        }
        return DateLiteral(year: year.value, month: month, day: day, range: year.range.through(end))
    }

    // MARK: - Commands

    private mutating func parseCommand() throws -> Command? {
        guard let word = currentKeyword, let command = commands.command(word) else { return nil }
        let keywordToken = advance()
        let syntax = try command.parse(&self)
        return Command(syntax: syntax, keyword: Name(word, keywordToken.range), range: keywordToken.range.through(previous.range))
    }
}
