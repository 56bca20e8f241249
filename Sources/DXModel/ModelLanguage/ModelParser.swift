import DXSource

/// Parses model files: one declaration per line, attributes on indented lines below it.
///
/// ```
/// param bass_q = 0.38 [1/year]
///   source "Sultan, Farley & Lehmann (1990)"
///   range 0.3 to 0.5 uniform
/// stock fibre [fraction] = 0.802
///   inflow fibre_adoption
/// flow fibre_adoption [1/year] = (bass_p + bass_q * fibre) * (1 - fibre)
/// ```
public struct ModelParser {
    private let source: SourceFile
    private var cursor: TokenCursor
    private var diagnostics: [Diagnostic]
    private struct Failure: Error {}
    /// The texts a reader sees, as they are read (`ModelFile.texts`).
    private var texts: [ModelText] = []
    /// What a `vi` line would translate: the text of the line just read.
    private var textAbove = TextAbove.none

    private enum TextAbove {
        /// The line above has no text to translate.
        case none
        /// The line above has this text (an index in `texts`).
        case text(Int)
        /// The line above was an error: a `vi` line under it is read but not checked.
        case failed
    }

    public static func parse(_ source: SourceFile) -> (file: ModelFile, diagnostics: [Diagnostic]) {
        var parser = ModelParser(source)
        let file = parser.parseFile()
        return (file, parser.diagnostics)
    }

    init(_ source: SourceFile) {
        self.source = source
        self.cursor = TokenCursor(source)
        self.diagnostics = cursor.lexerDiagnostics
    }

    // MARK: - Tokens

    private var current: Token { cursor.current }
    private var previous: Token { cursor.previous }

    @discardableResult
    private mutating func advance() -> Token {
        cursor.advance()
    }

    private func isSymbol(_ symbol: String) -> Bool { current.kind == .symbol(symbol) }

    private mutating func accept(symbol: String) -> Bool {
        guard isSymbol(symbol) else { return false }
        advance()
        return true
    }

    private mutating func fail(_ message: String, at range: SourceRange? = nil, notes: [Diagnostic] = []) -> Failure {
        diagnostics.append(.error(.syntax, message, in: source, at: range ?? current.range, notes: notes))
        return Failure()
    }

    private mutating func expect(symbol: String, _ context: String) throws {
        guard accept(symbol: symbol) else { throw fail("expected '\(symbol)' \(context), found \(current.described)") }
    }

    private mutating func expectName(_ what: String) throws -> ModelName {
        guard let word = current.word else { throw fail("expected \(what), found \(current.described)") }
        advance()
        return ModelName(word, previous.range)
    }

    /// A programme's or an indicator's id: a word, or words and whole numbers joined by hyphens
    /// written tight (`des-1`, `target-2030-b`), as scenario files write names. (In an equation
    /// `a-1` is a subtraction; an id is never in an equation.)
    private mutating func expectId(_ what: String) throws -> ModelName {
        let first = try expectName(what)
        let (name, end) = cursor.joinTightHyphens(to: first.text, endingAt: first.range)
        return ModelName(name, first.range.through(end))
    }

    private mutating func expectNumber(_ what: String) throws -> Double {
        var sign = 1.0
        if accept(symbol: "-") { sign = -1 }
        guard case .number(let value) = current.kind else { throw fail("expected \(what), found \(current.described)") }
        advance()
        return sign * value
    }

    private mutating func expectString(_ what: String) throws -> String {
        guard case .string(let value) = current.kind else { throw fail("expected \(what) in double quotes, found \(current.described)") }
        advance()
        return value
    }

    /// A text a reader sees (a doc, a source, an agency…), which a `vi` line under it may translate.
    private mutating func expectText(_ what: String) throws -> String {
        let range = current.range
        let text = try expectString(what)
        texts.append(ModelText(english: text, range: range))
        textAbove = .text(texts.count - 1)
        return text
    }

    /// `vi "…"`: the Vietnamese of the text on the line above (after the word `vi`).
    private mutating func parseVietnamese() throws {
        let keyword = advance()
        guard case .string(let vietnamese) = current.kind else { throw fail("expected text in double quotes after '\(keyword.text)'") }
        let range = advance().range
        switch textAbove {
        case .failed:
            return
        case .none:
            throw fail(
                "a 'vi' line gives the Vietnamese of the text on the line above it (a doc, source, assumption, agency, "
                    + "definition, reported, published or document line), and that line has none", at: keyword.range)
        case .text(let index):
            // Where the first one is: a line of its own, or a document's second text.
            guard texts[index].vietnamese == nil else {
                throw fail(
                    "'\(keyword.text)' is given twice", at: keyword.range,
                    notes: [.note("first set here", in: source, at: texts[index].vietnameseRange)])
            }
            texts[index].vietnamese = vietnamese
            texts[index].vietnameseRange = range
        }
    }

    /// The Vietnamese of one English text, wherever it is written, is one: a second, different
    /// translation is an error at the second.
    private mutating func checkTranslations() {
        var first: [String: ModelText] = [:]
        for text in texts {
            guard let vietnamese = text.vietnamese else { continue }
            guard let earlier = first[text.english] else {
                first[text.english] = text
                continue
            }
            if earlier.vietnamese != vietnamese {
                let note = Diagnostic.note("first set here", in: source, at: earlier.vietnameseRange)
                diagnostics.append(
                    .error(
                        .semantic, "the same English text has another Vietnamese above; give it one translation", in: source,
                        at: text.vietnameseRange, notes: [note]))
            }
        }
    }

    private mutating func expectEndOfLine() throws {
        guard current.kind == .newline || current.isEnd else { throw fail("unexpected \(current.described) at the end of the line") }
    }

    private mutating func skipLine() {
        while current.kind != .newline && !current.isEnd { advance() }
    }

    private mutating func skipNewlines() {
        while current.kind == .newline { advance() }
    }

    /// Whether the token starts an attribute line (indented under a declaration).
    private var atAttribute: Bool { current.range.start.column > 1 }

    // MARK: - File

    static let attributes = ["source", "assumption", "range", "valid", "inflow", "outflow", "doc", "fitted", "vi"]

    mutating func parseFile() -> ModelFile {
        var title: String?
        var baseYear: Int?
        var declarations: [VariableDecl] = []
        var programmes: [ProgrammeDecl] = []
        var indicators: [IndicatorDecl] = []
        var histories: [HistoryDecl] = []
        var targets: [TargetDecl] = []
        var correlations: [CorrelationDecl] = []
        var backcast: BackcastDecl?
        while true {
            skipNewlines()
            if current.isEnd { break }
            textAbove = .none
            do {
                guard let word = current.word else {
                    throw fail(
                        "expected a declaration (\(VariableKind.allCases.map(\.rawValue).joined(separator: ", "))), found \(current.described)")
                }
                if word == "model" {
                    advance()
                    title = try expectText("the model's title")
                    try expectEndOfLine()
                    try attributeLines { parser, attribute in
                        guard attribute == "base" else { throw parser.fail("unknown model attribute '\(attribute)'; use 'base year YEAR'") }
                        guard parser.current.word == "year" else { throw parser.fail("expected 'year' after 'base'") }
                        parser.advance()
                        baseYear = Int(try parser.expectNumber("the base year"))
                    }
                    continue
                }
                if word == "programme" {
                    programmes.append(try parseProgramme())
                    continue
                }
                if word == "indicator" {
                    indicators.append(try parseIndicator())
                    continue
                }
                if word == "history" {
                    histories.append(try parseHistory())
                    continue
                }
                if word == "target" {
                    targets.append(try parseTarget())
                    continue
                }
                if word == "correlation" {
                    correlations.append(try parseCorrelation())
                    continue
                }
                if word == "backcast" {
                    let parsed = try parseBackcast()
                    if backcast != nil {
                        throw fail("a model has one backcast; merge the two 'backcast' blocks", at: parsed.range)
                    }
                    backcast = parsed
                    continue
                }
                guard let kind = VariableKind(rawValue: word) else {
                    if Self.attributes.contains(word) {
                        throw fail("'\(word)' belongs on an indented line under a declaration")
                    }
                    throw fail(
                        "unknown declaration '\(word)'"
                            + Suggestion.didYouMean(
                                word,
                                in: VariableKind.allCases.map(\.rawValue) + [
                                    "model", "programme", "indicator", "history", "backcast", "target", "correlation",
                                ]))
                }
                var declaration = try parseDeclaration(kind)
                try expectEndOfLine()
                while true {
                    skipNewlines()
                    guard atAttribute, let attribute = current.word, !current.isEnd else { break }
                    do {
                        if attribute == "vi" {
                            try parseVietnamese()
                        } else {
                            textAbove = .none
                            try parseAttribute(attribute, into: &declaration)
                        }
                        try expectEndOfLine()
                    } catch {
                        textAbove = .failed
                        skipLine()
                    }
                }
                declarations.append(declaration)
            } catch {
                skipLine()
                // Skip the attribute lines of a declaration that failed.
                while true {
                    skipNewlines()
                    guard atAttribute, !current.isEnd else { break }
                    skipLine()
                }
            }
        }
        checkTranslations()
        var file = ModelFile(
            source: source, title: title, baseYear: baseYear, declarations: declarations,
            programmes: programmes, indicators: indicators, histories: histories, targets: targets, correlations: correlations,
            backcast: backcast)
        file.texts = texts
        return file
    }

    /// Reads the indented attribute lines under a header, one call of `body` per line (a `vi` line
    /// is read here, for any header).
    private mutating func attributeLines(_ body: (inout ModelParser, String) throws -> Void) throws {
        while true {
            skipNewlines()
            guard atAttribute, let attribute = current.word, !current.isEnd else { break }
            do {
                if attribute == "vi" {
                    try parseVietnamese()
                } else {
                    textAbove = .none
                    advance()
                    try body(&self, attribute)
                }
                try expectEndOfLine()
            } catch {
                textAbove = .failed
                skipLine()
            }
        }
    }

    /// `programme ID "English name" "Vietnamese name"` or the same for an indicator.
    private mutating func parseNamedHeader(_ what: String) throws -> (ModelName, String, String) {
        advance()
        let id = try expectId("the \(what)'s name in scenario files")
        let name = try expectString("the \(what)'s English name")
        let vietnamese = try expectString("the \(what)'s Vietnamese name")
        try expectEndOfLine()
        return (id, name, vietnamese)
    }

    /// `alias NAME…`: other names scenario files may use.
    private mutating func parseAliases(_ what: String) throws -> [String] {
        var aliases: [String] = []
        repeat { aliases.append(try expectId("another name for the \(what)").text) } while current.word != nil
        return aliases
    }

    private mutating func parseProgramme() throws -> ProgrammeDecl {
        let (id, name, vietnamese) = try parseNamedHeader("programme")
        var programme = ProgrammeDecl(id: id, name: name, vietnameseName: vietnamese)
        try attributeLines { parser, attribute in
            switch attribute {
            case "pillar": programme.pillar = try parser.expectName("a pillar")
            case "push":
                let start = parser.current.range
                programme.push = (Int(try parser.expectNumber("the push number, 1 to 5")), start)
            case "task":
                repeat {
                    let start = parser.current.range
                    programme.tasks.append((Int(try parser.expectNumber("a key task number, 1 to 5")), start))
                } while parser.current.kind != .newline && !parser.current.isEnd
            case "spending": programme.spending = try parser.expectName("the input that receives its spending")
            case "reference": programme.reference = try parser.expectName("the variable with its 2024 spending")
            case "alias": programme.aliases += try parser.parseAliases("programme")
            default:
                throw parser.fail(
                    "unknown programme attribute '\(attribute)'"
                        + Suggestion.didYouMean(attribute, in: ["pillar", "push", "task", "spending", "reference", "alias"]),
                    at: parser.previous.range)
            }
        }
        return programme
    }

    /// `source "…"` or `assumption "…"`, where a value must say where it comes from.
    /// `correlation A B = R` with a `source "…"` or `assumption "…"` line.
    private mutating func parseCorrelation() throws -> CorrelationDecl {
        let keyword = advance()
        let first = try expectName("a parameter after 'correlation'")
        let second = try expectName("a second parameter, as in correlation bass_p bass_q = -0.3")
        try expect(symbol: "=", "after the two parameters, as in correlation \(first.text) \(second.text) = 0.5")
        let valueStart = current.range
        let value = try expectNumber("the correlation, between -1 and 1")
        try expectEndOfLine()
        var correlation = CorrelationDecl(
            first: first, second: second, value: value, provenance: nil, range: keyword.range.through(valueStart))
        try attributeLines { parser, attribute in
            switch attribute {
            case "source": correlation.provenance = .source(try parser.expectText("the source (a URL or document)"))
            case "assumption": correlation.provenance = .assumption(try parser.expectText("what the assumption rests on"))
            default: throw parser.fail("unknown attribute '\(attribute)' of a correlation; use source \"…\" or assumption \"…\"")
            }
        }
        return correlation
    }

    private mutating func expectProvenance(_ what: String) throws -> Provenance {
        switch current.word {
        case "source":
            advance()
            return .source(try expectText("the source (a URL or document)"))
        case "assumption":
            advance()
            return .assumption(try expectText("what the assumption rests on"))
        default:
            throw fail("\(what) needs a source or an assumption label: source \"…\" or assumption \"…\"")
        }
    }

    /// `history VARIABLE` with lines `at TIME = VALUE [held out] source "…"` and `tolerance X`.
    private mutating func parseHistory() throws -> HistoryDecl {
        advance()
        let variable = try expectName("the observed variable after 'history'")
        if current.word == "from" {
            throw fail("a history no longer names a starting parameter: the 'backcast' block sets every starting value")
        }
        try expectEndOfLine()
        var history = HistoryDecl(variable: variable, tolerance: nil, observations: [])
        try attributeLines { parser, attribute in
            switch attribute {
            case "tolerance":
                history.tolerance = try parser.expectNumber("how far the model may stray from an observation")
            case "at":
                let timeRange = parser.current.range
                let time = try parser.expectNumber("the model time of the observation (2025.0 is the end of 2024)")
                try parser.expect(symbol: "=", "before the observed value")
                let value = try parser.expectNumber("the observed value")
                var heldOut = false
                if parser.current.word == "held" {
                    parser.advance()
                    guard parser.current.word == "out" else { throw parser.fail("expected 'held out'") }
                    parser.advance()
                    heldOut = true
                }
                let provenance = try parser.expectProvenance("an observation")
                if let last = history.observations.last, time <= last.time {
                    throw parser.fail("observations must be in time order", at: parser.previous.range)
                }
                history.observations.append(
                    Observation(
                        time: time, value: value, provenance: provenance, heldOut: heldOut,
                        range: timeRange))
            default:
                throw parser.fail(
                    "unknown history line '\(attribute)'; use 'at TIME = VALUE source \"…\"' or 'tolerance X'",
                    at: parser.previous.range)
            }
        }
        return history
    }

    /// `backcast from TIME` with lines `start PARAMETER = NUMBER source "…"` or `start PARAMETER = PARAMETER`.
    private mutating func parseBackcast() throws -> BackcastDecl {
        let header = current.range
        advance()
        guard current.word == "from" else { throw fail("expected 'from' and the model time the backcast starts at") }
        advance()
        let time = try expectNumber("the model time the backcast starts at (2020.5 is mid-2020)")
        try expectEndOfLine()
        var backcast = BackcastDecl(start: time, range: header.through(previous.range))
        try attributeLines { parser, attribute in
            guard attribute == "start" else {
                throw parser.fail(
                    "unknown backcast line '\(attribute)'; use 'start PARAMETER = VALUE source \"…\"' or 'start PARAMETER = PARAMETER'",
                    at: parser.previous.range)
            }
            let parameter = try parser.expectName("the parameter that holds a starting value")
            try parser.expect(symbol: "=", "before the starting value")
            if parser.current.word != nil {
                backcast.starts.append(.init(parameter: parameter, value: .parameter(try parser.expectName("a parameter"))))
            } else {
                let value = try parser.expectNumber("the starting value, or the parameter that holds it")
                let provenance = try parser.expectProvenance("a starting value")
                backcast.starts.append(.init(parameter: parameter, value: .number(value, provenance)))
            }
        }
        return backcast
    }

    /// `target INDICATOR >= VALUE by YEAR` with lines `document "…" key WORD` and `source "…"`.
    private mutating func parseTarget() throws -> TargetDecl {
        let keyword = advance()
        let indicator = try expectId("an indicator after 'target'")
        guard case .symbol(let symbol) = current.kind, [">=", "<=", ">", "<"].contains(symbol) else {
            throw fail("expected a comparison (>=, <=, >, <) after '\(indicator.text)', found \(current.described)")
        }
        advance()
        let value = try expectNumber("the target value, in the indicator's unit")
        guard current.word == "by" else { throw fail("expected 'by' before the target year, as in 'by 2030'") }
        advance()
        let year = try expectNumber("the target year")
        guard year == year.rounded(), year >= 1900, year <= 2200 else { throw fail("the target year must be a whole year", at: previous.range) }
        try expectEndOfLine()
        var target = TargetDecl(
            indicator: indicator, comparison: symbol, value: value, year: Int(year),
            range: keyword.range.through(previous.range))
        var document: Int?
        try attributeLines { parser, attribute in
            switch attribute {
            case "document":
                target.document = try parser.expectText("the document that sets it, as in \"Decision 749/QĐ-TTg\"")
                document = parser.texts.count - 1
                if case .string(let vietnamese) = parser.current.kind {
                    target.vietnameseDocument = vietnamese
                    parser.texts[parser.texts.count - 1].vietnamese = vietnamese
                    parser.texts[parser.texts.count - 1].vietnameseRange = parser.advance().range
                }
                guard parser.current.word == "key" else {
                    throw parser.fail("expected 'key' and the word 'target official' filters on, as in key 749")
                }
                parser.advance()
                if case .number(let number) = parser.current.kind {
                    target.key = NumberText.plain(number)
                    parser.advance()
                } else {
                    target.key = try parser.expectName("the key, as in key 749").text
                }
            case "source": target.provenance = .source(try parser.expectText("the target's source"))
            default:
                throw parser.fail(
                    "unknown target attribute '\(attribute)'" + Suggestion.didYouMean(attribute, in: ["document", "source"]),
                    at: parser.previous.range)
            }
        }
        // The Vietnamese of the document may also be on a `vi` line under it.
        if let document, target.vietnameseDocument == nil { target.vietnameseDocument = texts[document].vietnamese }
        return target
    }

    private mutating func parseIndicator() throws -> IndicatorDecl {
        let (id, name, vietnamese) = try parseNamedHeader("indicator")
        var indicator = IndicatorDecl(id: id, name: name, vietnameseName: vietnamese)
        try attributeLines { parser, attribute in
            switch attribute {
            case "value": indicator.variable = try parser.expectName("the variable that measures it")
            case "alias": indicator.aliases += try parser.parseAliases("indicator")
            case "source": indicator.provenance = .source(try parser.expectText("the baseline's source"))
            case "assumption": indicator.provenance = .assumption(try parser.expectText("what the baseline rests on"))
            case "valid": indicator.validity = try parser.parseValidity()
            case "agency": indicator.agency = try parser.expectText("the agency that publishes the statistic")
            case "definition": indicator.definition = try parser.expectText("what the statistic counts")
            case "reported": indicator.reported = try parser.expectText("how often and how late it is published")
            case "published": indicator.published = try parser.expectText("what was published for the base year")
            case "better":
                switch parser.current.word {
                case "higher": indicator.lowerIsBetter = false
                case "lower": indicator.lowerIsBetter = true
                default: throw parser.fail("expected 'higher' or 'lower' after 'better'")
                }
                parser.advance()
            default:
                throw parser.fail(
                    "unknown indicator attribute '\(attribute)'"
                        + Suggestion.didYouMean(
                            attribute,
                            in: [
                                "value", "source", "assumption", "alias", "valid", "better",
                                "agency", "definition", "reported", "published",
                            ]), at: parser.previous.range)
            }
        }
        return indicator
    }

    private mutating func parseUnit() throws -> (Unit, SourceRange) {
        let open = current.range
        try expect(symbol: "[", "before the unit, as in [bn VND/year]")
        var text = ""
        var previousEnd = previous.range.end
        while !isSymbol("]") {
            if current.kind == .newline || current.isEnd { throw fail("expected ']' to close the unit") }
            if current.range.start.offset > previousEnd.offset { text += " " }
            text += current.text
            previousEnd = current.range.end
            advance()
        }
        let close = advance().range
        let range = open.through(close)
        guard let unit = Unit.parse(String(text.drop { $0 == " " })) else {
            throw fail("cannot read the unit '\(text)'; write for example bn VND/year, 1/year, person, %", at: range)
        }
        return (unit, range)
    }

    private mutating func parseDeclaration(_ kind: VariableKind) throws -> VariableDecl {
        let keyword = advance()
        let name = try expectName("a variable name after '\(kind.rawValue)'")
        let (unit, unitRange) = try parseUnit()
        switch kind {
        case .input:
            return VariableDecl(
                kind: kind, name: name, unit: unit, unitRange: unitRange, equation: nil,
                range: keyword.range.through(unitRange))
        case .lookup:
            try expect(symbol: "=", "before the lookup's points")
            var declaration = VariableDecl(
                kind: kind, name: name, unit: unit, unitRange: unitRange, equation: nil,
                range: keyword.range.through(unitRange))
            repeat {
                let start = current.range
                try expect(symbol: "(", "before a point, as in (0, 0)")
                let x = try expectNumber("the point's x")
                try expect(symbol: ",", "between x and y")
                let y = try expectNumber("the point's y")
                try expect(symbol: ")", "after a point")
                if let last = declaration.points.last, x <= last.x {
                    throw fail("lookup points must have increasing x", at: start.through(previous.range))
                }
                declaration.points.append((x, y))
            } while accept(symbol: ",")
            if declaration.points.count < 2 { throw fail("a lookup needs at least two points", at: name.range) }
            declaration.range = keyword.range.through(previous.range)
            return declaration
        default:
            try expect(symbol: "=", "before the \(kind == .stock ? "initial value" : kind == .param ? "value" : "equation")")
            let equation = try parseExpression()
            return VariableDecl(
                kind: kind, name: name, unit: unit, unitRange: unitRange, equation: equation,
                range: keyword.range.through(equation.range))
        }
    }

    private mutating func parseAttribute(_ attribute: String, into declaration: inout VariableDecl) throws {
        let keyword = advance()
        switch attribute {
        case "source":
            declaration.provenance = .source(try expectText("the source (a URL or document)"))
        case "assumption":
            declaration.provenance = .assumption(try expectText("what the assumption rests on"))
        case "doc":
            declaration.documentation = try expectText("a description")
        case "range":
            let low = try expectNumber("the low end of the range")
            guard current.word == "to" else { throw fail("expected 'to' in the range, as in range 0.3 to 0.5") }
            advance()
            let high = try expectNumber("the high end of the range")
            guard low <= high else { throw fail("the range's low end is above its high end", at: keyword.range.through(previous.range)) }
            declaration.uncertainty = low...high
            if let word = current.word {
                guard let distribution = Distribution(rawValue: word) else {
                    throw fail("unknown distribution '\(word)'; use uniform, triangular or normal")
                }
                advance()
                declaration.distribution = distribution
            }
        case "valid":
            guard declaration.kind == .param else { throw fail("only a parameter or an indicator has valid values", at: keyword.range) }
            declaration.validity = try parseValidity()
        case "fitted":
            guard declaration.kind == .param else { throw fail("only a parameter can be fitted", at: keyword.range) }
            declaration.isFitted = true
        case "inflow", "outflow":
            guard declaration.kind == .stock else {
                throw fail("only a stock has \(attribute)s", at: keyword.range)
            }
            var names = [try expectName("a flow name")]
            while accept(symbol: ",") { names.append(try expectName("a flow name")) }
            if attribute == "inflow" { declaration.inflows += names } else { declaration.outflows += names }
        default:
            throw fail("unknown attribute '\(attribute)'" + Suggestion.didYouMean(attribute, in: Self.attributes), at: keyword.range)
        }
    }

    // MARK: - Expressions

    /// How deep expressions may nest (parentheses, operators in a chain, unary signs): deeper ones
    /// would exhaust the stack of the recursive passes that follow.
    static let maximumDepth = 200
    private var depth = 0

    private mutating func deeper() throws {
        depth += 1
        if depth > Self.maximumDepth {
            throw fail("this expression nests more than \(Self.maximumDepth) levels deep; split it into auxiliaries")
        }
    }

    mutating func parseExpression() throws -> Expression {
        try deeper()
        defer { depth -= 1 }
        if current.word.map({ $0.uppercased() == "IF" }) == true {
            let start = advance().range
            let condition = try parseExpression()
            guard current.word?.uppercased() == "THEN" else { throw fail("expected THEN after the IF condition") }
            advance()
            let then = try parseExpression()
            guard current.word?.uppercased() == "ELSE" else { throw fail("expected ELSE: IF c THEN a ELSE b") }
            advance()
            let otherwise = try parseExpression()
            return .conditional(condition, then, otherwise, start.through(otherwise.range))
        }
        return try parseBinary(level: 0)
    }

    private static let levels: [[String: BinaryOperator]] = [
        ["or": .or],
        ["and": .and],
        ["<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual, "==": .equal, "!=": .notEqual],
        ["+": .add, "-": .subtract],
        ["*": .multiply, "/": .divide],
    ]

    private func binaryOperator(at level: Int) -> BinaryOperator? {
        switch current.kind {
        case .symbol(let symbol): Self.levels[level][symbol]
        case .word(let word): Self.levels[level][word.lowercased()]
        default: nil
        }
    }

    private mutating func parseBinary(level: Int) throws -> Expression {
        if level == Self.levels.count { return try parseUnary() }
        var lhs = try parseBinary(level: level + 1)
        var chain = 0
        defer { depth -= chain }
        while let op = binaryOperator(at: level) {
            advance()
            try deeper()  // each operator in a chain nests the tree one level deeper
            chain += 1
            let rhs = try parseBinary(level: level + 1)
            lhs = .binary(op, lhs, rhs, lhs.range.through(rhs.range))
        }
        return lhs
    }

    private mutating func parseUnary() throws -> Expression {
        try deeper()
        defer { depth -= 1 }
        if isSymbol("-") {
            let start = advance().range
            let operand = try parseUnary()
            return .unary(.negate, operand, start.through(operand.range))
        }
        if current.word?.lowercased() == "not" {
            let start = advance().range
            let operand = try parseUnary()
            return .unary(.not, operand, start.through(operand.range))
        }
        return try parsePower()
    }

    private mutating func parsePower() throws -> Expression {
        let base = try parsePrimary()
        if accept(symbol: "^") {
            let exponent = try parseUnary()  // right-associative, binds tighter than unary minus on the left
            return .binary(.power, base, exponent, base.range.through(exponent.range))
        }
        return base
    }

    private mutating func parsePrimary() throws -> Expression {
        switch current.kind {
        case .number(let value):
            let token = advance()
            if isSymbol("[") {
                let (unit, unitRange) = try parseUnit()
                return .number(value, unit: unit, token.range.through(unitRange))
            }
            return .number(value, unit: nil, token.range)
        case .word(let word):
            let token = advance()
            if accept(symbol: "(") {
                var arguments: [Expression] = []
                if !isSymbol(")") {
                    repeat { arguments.append(try parseExpression()) } while accept(symbol: ",")
                }
                try expect(symbol: ")", "to close the arguments of \(word.uppercased())")
                return .call(ModelName(word, token.range.through(previous.range)), arguments)
            }
            if word.uppercased() == "TIME" { return .call(ModelName("TIME", token.range), []) }
            return .variable(ModelName(word, token.range))
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            try expect(symbol: ")", "to close the parenthesis")
            return inner
        default:
            throw fail("expected a number, a name or '(', found \(current.described)")
        }
    }
}

extension ModelParser {
    /// `valid > 0`, `valid >= 0`, `valid 0 to 1` or `valid 0 to 100` (after the word `valid`), for a
    /// parameter or an indicator.
    fileprivate mutating func parseValidity() throws -> Validity {
        let forms = "valid values are > 0, >= 0, 0 to 1 or 0 to 100"
        if accept(symbol: ">") {
            guard try expectNumber("0, as in valid > 0") == 0 else { throw fail(forms) }
            return .positive
        }
        if accept(symbol: ">=") {
            guard try expectNumber("0, as in valid >= 0") == 0 else { throw fail(forms) }
            return .nonNegative
        }
        let low = try expectNumber("the valid values: > 0, >= 0 or 0 to 1")
        guard current.word == "to" else { throw fail("expected 'to', as in valid 0 to 1") }
        advance()
        let high = try expectNumber("the high end, as in valid 0 to 1")
        guard low == 0, high == 1 || high == 100 else { throw fail(forms) }
        return high == 1 ? .fraction : .percentage
    }
}
