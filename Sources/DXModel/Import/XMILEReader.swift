import DXSource

/// Reads an XMILE 1.0 document (as Stella exports it, and PySD runs it) into the model language's
/// AST, so that an imported model compiles, runs, shows and exports like a model file.
///
/// What it reads: stocks (with inflows, outflows and `non_negative`), flows (`non_negative` ones
/// kept at 0 or more), auxiliaries, graphical functions (`<gf>` alone or inside a variable, with
/// `xscale` or `xpts`), `IF THEN ELSE`, arithmetic, comparisons and logic, MIN, MAX, ABS, EXP,
/// LN, SQRT, STEP, RAMP, PULSE (without an interval), SMTH1, SMTH3, SMTHN, DELAY, DELAY1, DELAY3,
/// DELAYN (of order 1 or 3), LOOKUP, TIME, DT, STARTTIME, STOPTIME and PI; older Stella files
/// with the variables directly in `<model>`. Arrays, modules, macros, other functions and other
/// graphical-function types are refused with their position (MODEL.md §11.1).
///
/// How it maps:
/// - an auxiliary whose equation is a number becomes a parameter (a scenario can `assume` it);
///   every stock, flow and other auxiliary becomes an indicator in the file's unit;
/// - equations are dimensionless, flows per year: the reader writes the conversions dxplan's
///   unit check asks for (`flow * 1 [year]`, `delay * 1 [year]`), each a multiplication by 1;
/// - time: a model that starts in a calendar year (1000 or later) keeps its clock, as dxplan's own
///   models do: time 2025 is the end of 2024, so its base year is its start minus one (one that
///   starts within a year, 2020.5, starts there as a backcast does, base year 2020). Any other
///   model's time t is the end of year 2000 + t: its base year is 2000 + its start, and `in 2010`
///   is its time 10 (the reader converts TIME and the times given to STEP, RAMP and PULSE);
/// - the time step is the file's `dt` (it must divide one unit of time), the method Euler or RK4.
public enum XMILEReader {
    /// Whether a text is XML (its first character, after spaces, is `<`): no model file starts so.
    public static func isXMILE(_ text: String) -> Bool {
        text.unicodeScalars.first { !($0.properties.isWhitespace || $0 == "\u{FEFF}") } == "<"
    }

    /// The year whose end an imported model's time 0 is, when its clock is not a calendar's.
    public static let yearOfTimeZero = 2000

    /// The model file an XMILE document describes, or the reasons it cannot be read.
    public static func read(_ source: SourceFile) -> Result<ModelFile, CompileErrors> {
        var reader = Reader(source: source)
        do {
            let file = try reader.read()
            if !reader.diagnostics.isEmpty { return .failure(CompileErrors(diagnostics: reader.diagnostics)) }
            return .success(file)
        } catch {
            return .failure(CompileErrors(diagnostics: reader.diagnostics))
        }
    }
}

/// How an imported model's own clock lies on dxplan's years.
public struct ImportedTime: Sendable, Hashable {
    /// The file's start and stop times.
    public var start: Double
    public var stop: Double
    /// dxplan's time minus the file's: 0 for a model in calendar years, 2001 for any other (its
    /// time 0 is the end of 2000).
    public var offset: Double
}

// MARK: - XML

/// An element of an XML document, with where its start tag and its text are.
private struct XMLNode {
    var name: String
    var hasPrefix: Bool
    var attributes: [String: String] = [:]
    var children: [XMLNode] = []
    var text = ""
    /// The text as written: each scalar with its place (entities decoded, CDATA marks dropped).
    var rawText: [(scalar: Unicode.Scalar, location: SourceLocation)] = []
    var range: SourceRange

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name && !$0.hasPrefix } }
    func children(_ name: String) -> [XMLNode] { children.filter { $0.name == name && !$0.hasPrefix } }
    var trimmedText: String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.drop { $0.properties.isWhitespace }.reversed().drop { $0.properties.isWhitespace }.reversed()))
    }
}

private struct Failure: Error {}

/// A small XML reader that keeps positions (lines and columns in Unicode scalars, as diagnostics count them).
private struct XMLScanner {
    let scalars: [Unicode.Scalar]
    let source: SourceFile
    var index = 0
    var line = 1
    var column = 1
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
        scalars = Array(source.text.unicodeScalars)
    }

    var location: SourceLocation { SourceLocation(line: line, column: column, offset: index) }
    var atEnd: Bool { index >= scalars.count }

    mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    func at(_ text: String) -> Bool {
        var i = index
        for scalar in text.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    mutating func skip(_ count: Int) { for _ in 0..<count { advance() } }

    mutating func fail(_ message: String, at place: SourceLocation? = nil) -> Failure {
        let start = place ?? location
        let end = SourceLocation(line: start.line, column: start.column + 1, offset: start.offset + 1)
        diagnostics.append(
            .error(.syntax, "the file is not well-formed XML: \(message)", in: source, at: SourceRange(start: start, end: end)))
        return Failure()
    }

    mutating func skipSpaces() { while !atEnd, scalars[index].properties.isWhitespace { advance() } }

    /// Skips up to and past `terminator`.
    mutating func skip(past terminator: String, _ what: String) throws {
        let start = location
        while !at(terminator) {
            if atEnd { throw fail("\(what) is not closed with '\(terminator)'", at: start) }
            advance()
        }
        skip(terminator.unicodeScalars.count)
    }

    /// Comments, processing instructions, a document type and spaces between elements.
    mutating func skipMisc() throws {
        while true {
            skipSpaces()
            if at("<?") {
                try skip(past: "?>", "a processing instruction")
            } else if at("<!--") {
                try skip(past: "-->", "a comment")
            } else if at("<!DOCTYPE") {
                try skip(past: ">", "the document type")
            } else {
                return
            }
        }
    }

    mutating func readName() throws -> String {
        var name = ""
        while !atEnd {
            let scalar = scalars[index]
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.:".unicodeScalars.contains(scalar) else {
                break
            }
            name.unicodeScalars.append(scalar)
            advance()
        }
        if name.isEmpty { throw fail("expected a name") }
        return name
    }

    /// An entity at `&`: its character, after which the scanner stands.
    mutating func readEntity() throws -> Unicode.Scalar {
        let start = location
        advance()
        var name = ""
        while !atEnd, scalars[index] != ";", name.unicodeScalars.count < 10 {
            name.unicodeScalars.append(scalars[index])
            advance()
        }
        guard !atEnd, scalars[index] == ";" else { throw fail("an '&' that starts no entity (write &amp;)", at: start) }
        advance()
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let number = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
            guard let number, let scalar = Unicode.Scalar(number) else { throw fail("unknown entity '&\(name);'", at: start) }
            return scalar
        }
    }

    mutating func parseDocument() throws -> XMLNode {
        if !atEnd, scalars[index] == "\u{FEFF}" { advance() }
        try skipMisc()
        guard at("<") else { throw fail("expected an element") }
        let root = try parseElement()
        try skipMisc()
        guard atEnd else { throw fail("text after the document's last element") }
        return root
    }

    /// How deep elements may nest: deeper ones would exhaust the stack of this recursive reader.
    static let maximumDepth = 200
    var depth = 0

    mutating func parseElement() throws -> XMLNode {
        let start = location
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maximumDepth { throw fail("elements nest more than \(Self.maximumDepth) levels deep") }
        advance()
        let qualified = try readName()
        let parts = qualified.split(separator: ":", maxSplits: 1)
        var node = XMLNode(
            name: String(parts.last ?? ""), hasPrefix: parts.count == 2, range: SourceRange(start: start, end: start))
        while true {
            skipSpaces()
            if at("/>") {
                skip(2)
                node.range = SourceRange(start: start, end: location)
                return node
            }
            if at(">") {
                advance()
                break
            }
            if atEnd { throw fail("the tag <\(qualified)> is not closed", at: start) }
            let attribute = try readName()
            skipSpaces()
            guard at("=") else { throw fail("expected '=' after the attribute '\(attribute)'") }
            advance()
            skipSpaces()
            guard !atEnd, scalars[index] == "\"" || scalars[index] == "'" else { throw fail("expected a quoted value for '\(attribute)'") }
            let quote = scalars[index]
            advance()
            var value = ""
            while !atEnd, scalars[index] != quote {
                if scalars[index] == "&" {
                    value.unicodeScalars.append(try readEntity())
                } else {
                    value.unicodeScalars.append(scalars[index])
                    advance()
                }
            }
            if atEnd { throw fail("the value of '\(attribute)' is not closed") }
            advance()
            node.attributes[attribute.split(separator: ":").last.map(String.init) ?? attribute] = value
        }
        node.range = SourceRange(start: start, end: location)
        while true {
            if atEnd { throw fail("<\(qualified)> is not closed", at: start) }
            if at("</") {
                skip(2)
                let closing = try readName()
                guard closing == qualified else { throw fail("</\(closing)> closes <\(qualified)>") }
                let afterName = location
                skipSpaces()
                guard at(">") else { throw fail("expected '>'", at: afterName) }
                advance()
                return node
            }
            if at("<!--") {
                try skip(past: "-->", "a comment")
            } else if at("<![CDATA[") {
                skip(9)
                while !at("]]>") {
                    if atEnd { throw fail("a CDATA section is not closed") }
                    node.text.unicodeScalars.append(scalars[index])
                    node.rawText.append((scalars[index], location))
                    advance()
                }
                skip(3)
            } else if at("<?") {
                try skip(past: "?>", "a processing instruction")
            } else if at("<") {
                node.children.append(try parseElement())
            } else if scalars[index] == "&" {
                let place = location
                let scalar = try readEntity()
                node.text.unicodeScalars.append(scalar)
                node.rawText.append((scalar, place))
            } else {
                node.text.unicodeScalars.append(scalars[index])
                node.rawText.append((scalars[index], location))
                advance()
            }
        }
    }
}

// MARK: - Reading the model

private struct Reader {
    let source: SourceFile
    var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    /// One variable of the file, before its equation is read.
    struct Variable {
        var tag: String
        var name: String
        var written: String
        var node: XMLNode
        var kind: VariableKind = .aux
    }

    var variables: [String: Variable] = [:]
    /// Time in the engine minus time in the file.
    var offset = 0.0
    var start = 0.0
    var stop = 0.0
    var dt = 1.0

    static let functions = [
        "MIN", "MAX", "ABS", "EXP", "LN", "SQRT", "STEP", "RAMP", "PULSE", "SMTH1", "SMTH3", "SMTHN", "DELAY", "DELAY1", "DELAY3",
        "DELAYN", "LOOKUP", "IF THEN ELSE",
    ]

    @discardableResult
    mutating func error(_ message: String, at range: SourceRange?) -> Failure {
        diagnostics.append(.error(.semantic, message, in: source, at: range))
        return Failure()
    }

    mutating func unsupported(_ what: String, at range: SourceRange?) -> Failure {
        error("\(what) is not supported by the XMILE import", at: range)
    }

    /// A name as the model language writes it: each run of spaces (and Stella's `\n`) as `_`,
    /// other characters that cannot be in a name as `_`.
    static func canonical(_ name: String) -> String {
        var text = ""
        var pendingSpace = false
        for scalar in name.replacing("\\n", with: " ").unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace { text += "_" }
            pendingSpace = false
            text.unicodeScalars.append(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" ? scalar : "_")
        }
        if text.isEmpty { return "_" }
        if let first = text.unicodeScalars.first, ("0"..."9").contains(first) { text = "v_" + text }
        return text
    }

    static func key(_ name: String) -> String { canonical(unquoted(name)).lowercased() }

    /// A name without the double quotes an equation or a flow list may put around it.
    static func unquoted(_ name: String) -> String {
        name.count >= 2 && name.hasPrefix("\"") && name.hasSuffix("\"") ? String(name.dropFirst().dropLast()) : name
    }

    mutating func number(_ node: XMLNode?, _ what: String, default value: Double) throws -> Double {
        guard let node else { return value }
        guard let number = Double(node.trimmedText), number.isFinite else {
            throw error("\(what) must be a number, not '\(node.trimmedText)'", at: node.range)
        }
        return number
    }

    mutating func read() throws -> ModelFile {
        var scanner = XMLScanner(source: source)
        let root: XMLNode
        do {
            root = try scanner.parseDocument()
        } catch {
            diagnostics += scanner.diagnostics
            throw Failure()
        }
        let rootName = "xmile"
        guard root.name == rootName else { throw error("expected an XMILE document (<xmile>), found <\(root.name)>", at: root.range) }
        if let macro = root.child("macro") { throw unsupported("a macro", at: macro.range) }
        let models = root.children("model")
        guard let model = models.first else { throw error("the XMILE document has no <model>", at: root.range) }
        if models.count > 1 { throw unsupported("a second <model> (modules)", at: models[1].range) }

        // Time.
        let specs = root.child("sim_specs") ?? model.child("sim_specs")
        start = try number(specs?.child("start"), "the start time", default: 0)
        stop = try number(specs?.child("stop"), "the stop time", default: start + 10)
        dt = try number(specs?.child("dt"), "the time step dt", default: 1)
        if let node = specs?.child("dt"), node.attributes["reciprocal"] == "true", dt != 0 { dt = 1 / dt }
        let method: IntegrationMethod
        switch specs?.attributes["method"]?.lowercased() ?? "euler" {
        case "euler": method = .euler
        case "rk4": method = .rk4
        case let other: throw unsupported("the integration method '\(other)' (use Euler or RK4)", at: specs?.range)
        }
        let stepsPerUnit = 1 / dt
        guard dt > 0, dt <= 1, abs(stepsPerUnit - stepsPerUnit.rounded()) < 1e-9 * stepsPerUnit else {
            throw error(
                "the time step dt must divide one unit of time (1, 0.5, 0.25, 0.125…), not \(NumberText.plain(dt))",
                at: specs?.child("dt")?.range ?? specs?.range)
        }
        let startRange = specs?.child("start")?.range ?? specs?.range
        guard start >= -1000, start <= 9998, stop > start else {
            throw error("the start time must be from -1000 to 9998, and before the stop time", at: startRange)
        }
        let calendar = start >= 1000
        offset = calendar ? 0 : Double(XMILEReader.yearOfTimeZero + 1)
        // Runs start at the end of the base year; one that starts within a year starts as a backcast does.
        let engineStart = start + offset
        let baseYear = Int(engineStart.rounded(.up)) - 1
        let intoYear = (engineStart.rounded(.up) - engineStart) / dt
        guard abs(intoYear - intoYear.rounded()) < 1e-9 else {
            throw error(
                "the steps of dt \(NumberText.plain(dt)) from \(NumberText.plain(start)) must reach the next whole time",
                at: startRange)
        }

        // Every stock non-negative, or every flow, unless a variable says otherwise.
        let behavior = root.child("behavior") ?? model.child("behavior")
        let allNonNegative = behavior?.child("non_negative") != nil
        let stocksNonNegative = allNonNegative || behavior?.child("stock")?.child("non_negative") != nil
        let flowsNonNegative = allNonNegative || behavior?.child("flow")?.child("non_negative") != nil

        // The variables, by name.
        var order: [String] = []
        // Older Stella files put the variables directly in <model>, beside their display.
        let container = model.child("variables") ?? model
        for node in container.children where !node.hasPrefix {
            switch node.name {
            case "stock", "flow", "aux", "gf":
                let attribute = "name"
                guard let written = node.attributes[attribute] else { throw error("<\(node.name)> needs a name", at: node.range) }
                if let dimensions = node.child("dimensions") ?? node.child("element") {
                    throw unsupported("an array (the subscripts of '\(written)')", at: dimensions.range)
                }
                let key = Self.key(written)
                if let earlier = variables[key] {
                    throw error("'\(written)' is declared twice (as '\(earlier.written)' before)", at: node.range)
                }
                variables[key] = Variable(tag: node.name, name: Self.canonical(written), written: written, node: node)
                order.append(key)
            case "module": throw unsupported("a module", at: node.range)
            case "group": continue
            default:
                if container.name == "model" { continue }
                throw unsupported("the element <\(node.name)>", at: node.range)
            }
        }
        if order.isEmpty { throw error("the model has no variables", at: model.range) }

        // Kinds: whatever a stock fills or drains is a flow; an auxiliary that is a number, a parameter.
        var flowNames: Set<String> = []
        for key in order where variables[key]!.tag == "stock" {
            let stock = variables[key]!
            for node in stock.node.children("inflow") + stock.node.children("outflow") {
                guard let flow = variables[Self.key(node.trimmedText)], flow.tag != "stock", flow.tag != "gf" else {
                    throw error("'\(node.trimmedText)', a flow of '\(stock.written)', is not a flow of this model", at: node.range)
                }
                flowNames.insert(Self.key(node.trimmedText))
            }
        }
        for key in order {
            var variable = variables[key]!
            let equation = variable.node.child("eqn")?.trimmedText ?? ""
            variable.kind =
                switch variable.tag {
                case "stock": .stock
                case "gf": .lookup
                default:
                    flowNames.contains(key)
                        ? .flow : variable.node.child("gf") == nil && Double(equation.replacing(" ", with: "")) != nil ? .param : .aux
                }
            variables[key] = variable
        }

        // Declarations.
        var declarations: [VariableDecl] = []
        var indicators: [IndicatorDecl] = []
        let provenance = Provenance.assumption("imported from \(source.name ?? "an XMILE file")")
        for key in order {
            let variable = variables[key]!
            let name = ModelName(variable.name, variable.node.range)
            if variable.kind == .lookup {
                var lookup = VariableDecl(kind: .lookup, name: name, unit: .dimensionless, unitRange: nil, equation: nil, range: variable.node.range)
                lookup.points = try points(of: variable.node, for: variable.written)
                lookup.documentation = variable.node.child("doc")?.trimmedText
                declarations.append(lookup)
                continue
            }
            guard let eqn = variable.node.child("eqn"), !eqn.trimmedText.isEmpty else {
                throw error("'\(variable.written)' has no equation (<eqn>)", at: variable.node.range)
            }
            var equation = try parseEquation(eqn)
            if let gf = variable.node.child("gf") {
                let lookupName = ModelName(variable.name + "#gf", gf.range)
                var lookup = VariableDecl(kind: .lookup, name: lookupName, unit: .dimensionless, unitRange: nil, equation: nil, range: gf.range)
                lookup.points = try points(of: gf, for: variable.written)
                declarations.append(lookup)
                equation = .call(lookupName, [equation])
            }
            // `<non_negative/>` or `<non_negative>true</non_negative>`; `false` undoes the file's default.
            let nonNegative =
                variable.node.child("non_negative").map { !$0.trimmedText.lowercased().contains("false") }
                ?? (variable.kind == .stock ? stocksNonNegative : variable.kind == .flow && flowsNonNegative)
            if variable.kind == .flow {
                if nonNegative { equation = .call(ModelName("MAX", equation.range), [.number(0, unit: nil, equation.range), equation]) }
                equation = .binary(.divide, equation, Self.oneYear(equation.range), equation.range)
            }
            var declaration = VariableDecl(
                kind: variable.kind, name: name, unit: variable.kind == .flow ? .perYear : .dimensionless, unitRange: nil,
                equation: equation, range: variable.node.range)
            declaration.documentation = variable.node.child("doc")?.trimmedText
            if variable.kind == .param { declaration.provenance = provenance }
            if variable.kind == .stock {
                declaration.inflows = variable.node.children("inflow").map { ModelName(variables[Self.key($0.trimmedText)]!.name, $0.range) }
                declaration.outflows = variable.node.children("outflow").map { ModelName(variables[Self.key($0.trimmedText)]!.name, $0.range) }
                if nonNegative, !(declaration.inflows + declaration.outflows).isEmpty {
                    // Kept at 0 or more: a hidden inflow puts back what the step would take below 0.
                    declarations.append(floor(of: declaration))
                    declaration.inflows.append(ModelName(variable.name + "#floor", variable.node.range))
                }
            }
            declarations.append(declaration)
            if variable.kind != .param {
                let shown = variable.written.replacing("\\n", with: " ")
                var indicator = IndicatorDecl(id: name, name: shown, vietnameseName: shown)
                indicator.variable = name
                indicator.provenance = provenance
                let units = variable.node.child("units")?.trimmedText ?? ""
                indicator.unit = units.isEmpty ? "dmnl" : units
                indicators.append(indicator)
            }
        }
        let title = root.child("header")?.child("name")?.trimmedText ?? model.attributes["name"]
        var file = ModelFile(
            source: source, title: title.flatMap { $0.isEmpty ? nil : $0 } ?? source.name, baseYear: baseYear, declarations: declarations)
        file.indicators = indicators
        if engineStart != Double(baseYear + 1) {
            file.backcast = BackcastDecl(start: engineStart, range: specs?.child("start")?.range ?? root.range)
        }
        file.timeStep = dt
        file.importedTime = ImportedTime(start: start, stop: stop, offset: offset)
        file.method = method
        return file
    }

    /// `1 [year]`: what a dimensionless number is multiplied by to become a time, or divided by to become a rate.
    static func oneYear(_ range: SourceRange) -> Expression { .number(1, unit: .year, range) }

    /// The hidden inflow that keeps a non-negative stock at 0 or more: what one step of its
    /// flows would take below 0, put back over the step.
    func floor(of stock: VariableDecl) -> VariableDecl {
        let range = stock.name.range
        func flow(_ name: ModelName) -> Expression {
            .binary(.multiply, .variable(ModelName(name.text, range)), Self.oneYear(range), range)
        }
        var net: Expression?
        for name in stock.inflows { net = net.map { .binary(.add, $0, flow(name), range) } ?? flow(name) }
        for name in stock.outflows {
            net = net.map { .binary(.subtract, $0, flow(name), range) } ?? .unary(.negate, flow(name), range)
        }
        let step = Expression.number(dt, unit: nil, range)
        let next = Expression.binary(.add, .variable(stock.name), .binary(.multiply, step, net!, range), range)
        let below = Expression.call(ModelName("MAX", range), [.number(0, unit: nil, range), .unary(.negate, next, range)])
        let equation = Expression.binary(.divide, .binary(.divide, below, step, range), Self.oneYear(range), range)
        return VariableDecl(
            kind: .flow, name: ModelName(stock.name.text + "#floor", range), unit: .perYear, unitRange: nil, equation: equation,
            range: range)
    }

    /// A graphical function's points: `xpts` and `ypts`, or `xscale` and `ypts`.
    mutating func points(of node: XMLNode, for name: String) throws -> [(x: Double, y: Double)] {
        if let type = node.attributes["type"], type.lowercased() != "continuous" {
            throw unsupported("a graphical function of type '\(type)' (only continuous ones are)", at: node.range)
        }
        func numbers(_ element: XMLNode) throws -> [Double] {
            let separator = element.attributes["sep"].flatMap { $0.unicodeScalars.first } ?? ","
            var values: [Double] = []
            for part in element.text.unicodeScalars.split(separator: separator) {
                let text = String(String.UnicodeScalarView(part)).filter { !$0.isWhitespace }
                guard let value = Double(text), value.isFinite else {
                    throw error("the points of '\(name)' must be numbers, not '\(text)'", at: element.range)
                }
                values.append(value)
            }
            return values
        }
        let yTag = "ypts"
        guard let yNode = node.child(yTag) else { throw error("the graphical function of '\(name)' has no <ypts>", at: node.range) }
        let ys = try numbers(yNode)
        var xs: [Double]
        if let xNode = node.child("xpts") {
            xs = try numbers(xNode)
        } else if let scale = node.child("xscale"), let low = scale.attributes["min"].flatMap(Double.init),
            let high = scale.attributes["max"].flatMap(Double.init), ys.count >= 2
        {
            xs = ys.indices.map { low + (high - low) * Double($0) / Double(ys.count - 1) }
        } else {
            throw error("the graphical function of '\(name)' needs <xpts> or <xscale min=\"…\" max=\"…\"/>", at: node.range)
        }
        guard xs.count == ys.count, xs.count >= 2 else {
            throw error("the graphical function of '\(name)' needs as many x as y points, and two or more", at: node.range)
        }
        guard zip(xs, xs.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw error("the x points of '\(name)' must increase", at: node.range)
        }
        return Array(zip(xs, ys)).map { (x: $0.0, y: $0.1) }
    }

    // MARK: Equations

    mutating func parseEquation(_ node: XMLNode) throws -> Expression {
        var parser = EquationParser(characters: node.rawText, end: node.range)
        try parser.next(in: &self)
        let expression = try parser.parseExpression(in: &self)
        guard case .end = parser.current.kind else {
            throw parser.fail("unexpected \(parser.current.described) in the equation", in: &self)
        }
        return expression
    }

    /// A name in an equation: a variable (a flow as its amount per step's unit of time), or a built-in constant.
    mutating func reference(_ written: String, _ range: SourceRange) throws -> Expression {
        switch written.uppercased() {
        case "TIME":
            let time = Expression.call(ModelName("TIME", range), [])
            let own = offset == 0 ? time : .binary(.subtract, time, .number(offset, unit: .year, range), range)
            return .binary(.divide, own, Self.oneYear(range), range)
        case "DT": return .number(dt, unit: nil, range)
        case "STARTTIME": return .number(start, unit: nil, range)
        case "STOPTIME": return .number(stop, unit: nil, range)
        case "PI": return .number(Double.pi, unit: nil, range)
        default: break
        }
        guard let variable = variables[Self.key(written)] else {
            throw error(
                "unknown variable '\(written)'"
                    + Suggestion.didYouMean(written, in: variables.values.filter { $0.kind != .lookup }.map(\.name)), at: range)
        }
        let plain = Expression.variable(ModelName(variable.name, range))
        return variable.kind == .flow ? .binary(.multiply, plain, Self.oneYear(range), range) : plain
    }

    /// A time of the file as dxplan's engine counts it (in year).
    func engineTime(_ expression: Expression) -> Expression {
        let range = expression.range
        let time = Expression.binary(.multiply, expression, Self.oneYear(range), range)
        return offset == 0 ? time : .binary(.add, time, .number(offset, unit: .year, range), range)
    }

    /// A duration of the file in year.
    func duration(_ expression: Expression) -> Expression {
        .binary(.multiply, expression, Self.oneYear(expression.range), expression.range)
    }

    /// A call of a function or of a graphical function.
    mutating func call(_ written: String, _ range: SourceRange, _ arguments: [Expression]) throws -> Expression {
        let function = written.uppercased()
        func expect(_ counts: ClosedRange<Int>) throws {
            guard counts.contains(arguments.count) else {
                let expected = counts.count == 1 ? "\(counts.lowerBound)" : "\(counts.lowerBound) to \(counts.upperBound)"
                throw error("\(function) takes \(expected) arguments, not \(arguments.count)", at: range)
            }
        }
        func named(_ name: String) -> ModelName { ModelName(name, range) }
        /// The order of SMTHN or DELAYN: 1 or 3.
        func order() throws -> Int {
            guard case .number(let value, _, _) = arguments[2], value == 1 || value == 3 else {
                throw unsupported("\(function) of an order other than 1 or 3", at: arguments[2].range)
            }
            return Int(value)
        }
        if function == "PI", arguments.isEmpty, variables[Self.key(written)] == nil { return .number(Double.pi, unit: nil, range) }
        if let variable = variables[Self.key(written)], variable.kind == .lookup {
            try expect(1...1)
            return .call(ModelName(variable.name, range), arguments)
        }
        if let variable = variables[Self.key(written)], variable.node.child("gf") != nil, arguments.count == 1 {
            return .call(ModelName(variable.name + "#gf", range), arguments)
        }
        switch function {
        case "MIN", "MAX":
            try expect(2...16)
            return .call(named(function), arguments)
        case "ABS", "EXP", "LN", "SQRT":
            try expect(1...1)
            return .call(named(function), arguments)
        case "LOOKUP":
            try expect(2...2)
            guard case .variable(let table) = arguments[0], let variable = variables[Self.key(table.text)],
                variable.kind == .lookup || variable.node.child("gf") != nil
            else {
                throw error("the first argument of LOOKUP must be a graphical function", at: arguments[0].range)
            }
            return .call(ModelName(variable.kind == .lookup ? variable.name : variable.name + "#gf", range), [arguments[1]])
        case "STEP":
            try expect(2...2)
            return .call(named("STEP"), [arguments[0], engineTime(arguments[1])])
        case "RAMP":
            try expect(2...3)
            let slope = Expression.binary(.divide, arguments[0], Self.oneYear(range), arguments[0].range)
            return .call(named("RAMP"), [slope] + arguments.dropFirst().map(engineTime))
        case "PULSE":
            try expect(2...3)
            if arguments.count == 3 {
                guard case .number(0, _, _) = arguments[2] else {
                    throw unsupported("a repeated PULSE (an interval)", at: arguments[2].range)
                }
            }
            // XMILE's PULSE: the volume, spread over one time step, at the first time.
            let height = Expression.binary(.divide, arguments[0], .number(dt, unit: nil, range), range)
            let pulse = Expression.call(named("PULSE"), [engineTime(arguments[1]), .number(0, unit: .year, range)])
            return .binary(.multiply, height, pulse, range)
        case "SMTH1", "SMTH3", "SMOOTH", "SMOOTH3", "DELAY", "DELAY1", "DELAY3":
            try expect(2...3)
            let target =
                switch function {
                case "SMTH1": "SMOOTH"
                case "SMTH3": "SMOOTH3"
                default: function
                }
            return .call(named(target), [arguments[0], duration(arguments[1])] + arguments.dropFirst(2))
        case "SMTHN", "DELAYN":
            try expect(3...4)
            let target = function == "SMTHN" ? (try order() == 1 ? "SMOOTH" : "SMOOTH3") : (try order() == 1 ? "DELAY1" : "DELAY3")
            return .call(named(target), [arguments[0], duration(arguments[1])] + arguments.dropFirst(3))
        default:
            let known = Self.functions.joined(separator: ", ")
            throw error("the function '\(written)' is not supported by the XMILE import; it reads \(known)", at: range)
        }
    }
}

// MARK: - Equation parser

/// XMILE's equation syntax, read from an `<eqn>` element's text with the place of every character.
private struct EquationParser {
    struct Token {
        enum Kind: Equatable {
            case number(Double)
            case name(String, quoted: Bool)
            case symbol(String)
            case end
        }
        var kind: Kind
        var range: SourceRange

        var described: String {
            switch kind {
            case .number: "a number"
            case .name(let name, _): "'\(name)'"
            case .symbol(let symbol): "'\(symbol)'"
            case .end: "the end of the equation"
            }
        }

        func isWord(_ word: String) -> Bool {
            if case .name(let name, quoted: false) = kind { return name.uppercased() == word }
            return false
        }
    }

    let characters: [(scalar: Unicode.Scalar, location: SourceLocation)]
    let endRange: SourceRange
    var index = 0
    var current: Token
    var depth = 0

    init(characters: [(scalar: Unicode.Scalar, location: SourceLocation)], end: SourceRange) {
        self.characters = characters
        endRange = end
        current = Token(kind: .end, range: end)
    }

    func place(_ index: Int) -> SourceLocation {
        if index < characters.count { return characters[index].location }
        guard let last = characters.last?.location else { return endRange.start }
        return SourceLocation(line: last.line, column: last.column + 1, offset: last.offset + 1)
    }

    func fail(_ message: String, in reader: inout Reader, at range: SourceRange? = nil) -> Failure {
        reader.error(message, at: range ?? current.range)
    }

    /// Reads the next token into `current`.
    mutating func next(in reader: inout Reader) throws {
        while index < characters.count {
            let scalar = characters[index].scalar
            if scalar.properties.isWhitespace {
                index += 1
            } else if scalar == "{" {
                // A comment.
                while index < characters.count, characters[index].scalar != "}" { index += 1 }
                index += 1
            } else {
                break
            }
        }
        let start = index
        func token(_ kind: Token.Kind) -> Token { Token(kind: kind, range: SourceRange(start: place(start), end: place(index))) }
        guard index < characters.count else {
            current = Token(kind: .end, range: SourceRange(start: place(index), end: place(index)))
            return
        }
        let scalar = characters[index].scalar
        func isDigit(_ i: Int) -> Bool { i < characters.count && ("0"..."9").contains(characters[i].scalar) }
        if isDigit(index) || (scalar == "." && isDigit(index + 1)) {
            var text = ""
            while index < characters.count, isDigit(index) || characters[index].scalar == "." {
                text.unicodeScalars.append(characters[index].scalar)
                index += 1
            }
            if index < characters.count, characters[index].scalar == "e" || characters[index].scalar == "E" {
                var exponent = "e"
                var i = index + 1
                if i < characters.count, characters[i].scalar == "+" || characters[i].scalar == "-" {
                    exponent.unicodeScalars.append(characters[i].scalar)
                    i += 1
                }
                if isDigit(i) {
                    while isDigit(i) {
                        exponent.unicodeScalars.append(characters[i].scalar)
                        i += 1
                    }
                    text += exponent
                    index = i
                }
            }
            guard let value = Double(text) else { throw fail("cannot read the number '\(text)'", in: &reader, at: token(.end).range) }
            current = token(.number(value))
            return
        }
        if scalar == "\"" {
            index += 1
            var name = ""
            while index < characters.count, characters[index].scalar != "\"" {
                name.unicodeScalars.append(characters[index].scalar)
                index += 1
            }
            guard index < characters.count else { throw fail("a quoted name is not closed", in: &reader, at: token(.end).range) }
            index += 1
            current = token(.name(name, quoted: true))
            return
        }
        if scalar.properties.isAlphabetic || scalar == "_" {
            var name = ""
            while index < characters.count {
                let next = characters[index].scalar
                guard next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_" || next == "$" else { break }
                name.unicodeScalars.append(next)
                index += 1
            }
            if index < characters.count, characters[index].scalar == "." {
                index += 1
                throw reader.unsupported("a name of another module ('\(name).…')", at: token(.end).range)
            }
            current = token(.name(name, quoted: false))
            return
        }
        index += 1
        var symbol = String(scalar)
        if index < characters.count {
            let pair = symbol + String(characters[index].scalar)
            if ["<=", ">=", "<>", "=="].contains(pair) {
                symbol = pair
                index += 1
            }
        }
        guard "+-*/^(),<>=[]".contains(symbol.first!) || symbol.count == 2 else {
            throw fail("unexpected '\(symbol)' in the equation", in: &reader, at: token(.end).range)
        }
        if symbol == "[" { throw reader.unsupported("an array (subscripts in [ ])", at: token(.end).range) }
        current = token(.symbol(symbol))
    }

    mutating func accept(_ symbol: String, in reader: inout Reader) throws -> Bool {
        guard current.kind == .symbol(symbol) else { return false }
        try next(in: &reader)
        return true
    }

    /// One level deeper; deeper than the model language allows is an error (the passes that
    /// follow recurse over the expression).
    mutating func deeper(in reader: inout Reader) throws {
        depth += 1
        if depth > ModelParser.maximumDepth {
            throw fail("this equation nests more than \(ModelParser.maximumDepth) levels deep", in: &reader)
        }
    }

    mutating func parseExpression(in reader: inout Reader) throws -> Expression {
        try deeper(in: &reader)
        defer { depth -= 1 }
        return try parseBinary(level: 0, in: &reader)
    }

    /// Binary operators from the loosest: OR, AND, equality, order, + -, * / (MOD refused).
    static let levels: [[String: BinaryOperator]] = [
        ["OR": .or],
        ["AND": .and],
        ["=": .equal, "==": .equal, "<>": .notEqual],
        ["<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual],
        ["+": .add, "-": .subtract],
        ["*": .multiply, "/": .divide],
    ]

    func binaryOperator(at level: Int) -> BinaryOperator? {
        switch current.kind {
        case .symbol(let symbol): Self.levels[level][symbol]
        case .name(let word, quoted: false): Self.levels[level][word.uppercased()]
        default: nil
        }
    }

    mutating func parseBinary(level: Int, in reader: inout Reader) throws -> Expression {
        if level == Self.levels.count { return try parseUnary(in: &reader) }
        var lhs = try parseBinary(level: level + 1, in: &reader)
        // Each operator in a chain nests the tree one level deeper (`1 + 1 + … + 1`).
        var chain = 0
        defer { depth -= chain }
        while true {
            if level == Self.levels.count - 1, current.isWord("MOD") { throw reader.unsupported("MOD", at: current.range) }
            guard let op = binaryOperator(at: level) else { break }
            try next(in: &reader)
            chain += 1
            try deeper(in: &reader)
            let rhs = try parseBinary(level: level + 1, in: &reader)
            lhs = .binary(op, lhs, rhs, lhs.range.through(rhs.range))
        }
        return lhs
    }

    mutating func parseUnary(in reader: inout Reader) throws -> Expression {
        try deeper(in: &reader)
        defer { depth -= 1 }
        let start = current.range
        if try accept("-", in: &reader) {
            let operand = try parseUnary(in: &reader)
            return .unary(.negate, operand, start.through(operand.range))
        }
        if try accept("+", in: &reader) { return try parseUnary(in: &reader) }
        if current.isWord("NOT") {
            try next(in: &reader)
            let operand = try parseUnary(in: &reader)
            return .unary(.not, operand, start.through(operand.range))
        }
        let base = try parsePrimary(in: &reader)
        if try accept("^", in: &reader) {
            let exponent = try parseUnary(in: &reader)
            return .binary(.power, base, exponent, base.range.through(exponent.range))
        }
        return base
    }

    mutating func parsePrimary(in reader: inout Reader) throws -> Expression {
        let token = current
        switch token.kind {
        case .number(let value):
            try next(in: &reader)
            return .number(value, unit: nil, token.range)
        case .name where token.isWord("IF"):
            try next(in: &reader)
            let condition = try parseExpression(in: &reader)
            let then = "THEN", otherwise = "ELSE"
            guard current.isWord(then) else { throw fail("expected THEN after the IF condition, found \(current.described)", in: &reader) }
            try next(in: &reader)
            let yes = try parseExpression(in: &reader)
            guard current.isWord(otherwise) else { throw fail("expected ELSE: IF c THEN a ELSE b", in: &reader) }
            try next(in: &reader)
            let no = try parseExpression(in: &reader)
            return .conditional(condition, yes, no, token.range.through(no.range))
        case .name(let name, _):
            try next(in: &reader)
            if try accept("(", in: &reader) {
                var arguments: [Expression] = []
                if current.kind != .symbol(")") {
                    repeat { arguments.append(try parseExpression(in: &reader)) } while try accept(",", in: &reader)
                }
                let close = current.range
                guard try accept(")", in: &reader) else {
                    throw fail("expected ')' to close the arguments of \(name), found \(current.described)", in: &reader)
                }
                return try reader.call(name, token.range.through(close), arguments)
            }
            return try reader.reference(name, token.range)
        case .symbol("("):
            try next(in: &reader)
            let inner = try parseExpression(in: &reader)
            guard try accept(")", in: &reader) else { throw fail("expected ')' to close the parenthesis, found \(current.described)", in: &reader) }
            return inner
        default:
            throw fail("expected a number, a name or '(', found \(current.described)", in: &reader)
        }
    }
}
