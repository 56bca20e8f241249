import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// A value of a script: a number, a percentage, an amount of money or a piece of text.
package enum ScriptValue: Sendable, Equatable {
    case number(Double)
    case percent(Double)
    /// In bn VND (amounts in USD are converted when they are written).
    case money(Double)
    case text(String)

    var kind: String {
        switch self {
        case .number: "a number"
        case .percent: "a percentage"
        case .money: "an amount of money"
        case .text: "text"
        }
    }

    var shown: String {
        switch self {
        case .number(let value): NumberText.plain((value * 1000).rounded() / 1000)
        case .percent(let value): NumberText.plain((value * 100).rounded() / 100) + "%"
        case .money(let value): NumberText.plain((value * 1000).rounded() / 1000) + " bn VND"
        case .text(let text): text
        }
    }

    /// The value with exactly `decimals` decimals (`{x:.1}` in printed text), its unit kept.
    /// Written as scripts write numbers (1234.5) in every language: a script prints the same
    /// lines whatever the locale it runs in.
    func shown(decimals: Int) -> String {
        Format.$style.withValue(.english) { shownInEnglishStyle(decimals: decimals) }
    }

    private func shownInEnglishStyle(decimals: Int) -> String {
        switch self {
        case .number(let value): Format.fixed(value, decimals)
        case .percent(let value): Format.fixed(value, decimals) + "%"
        case .money(let value): Format.fixed(value, decimals) + " bn VND"
        case .text(let text): text
        }
    }
}

/// `let`, `print`, `for`, `if`, `assert` and `include`.
extension Interpreter {
    /// Runs a script statement; returns `true` when it was `quit`.
    func executeScript(_ statement: Statement, in source: SourceFile) throws(Diagnostic) -> Bool {
        switch statement {
        case .assignment(let name, let expression, _):
            variables[name.text] = try evaluate(expression, in: source)
        case .print(let text, _):
            output.write(VisibleText.escaped(try interpolate(text, in: source), keepingNewlines: true) + "\n")
        case .assertion(let condition, let message, let range):
            guard case .number(let value) = try evaluate(condition, in: source) else {
                throw .error(.wrongUnit, .semantic, "an assertion needs a condition that is true or false", in: source, at: condition.range)
            }
            if value == 0 {
                var text = "the condition does not hold"
                if let message { text = try interpolate(message, in: source) }
                throw .error(.assertionFailed, .semantic, "assertion failed: \(text)", in: source, at: range)
            }
        case .conditional(let condition, let then, let otherwise, _):
            guard case .number(let value) = try evaluate(condition, in: source) else {
                throw .error(.wrongUnit, .semantic, "'if' needs a condition that is true or false", in: source, at: condition.range)
            }
            return try executeBlock(value != 0 ? then : otherwise, in: source)
        case .loop(let loop):
            for value in try loopValues(loop, in: source) {
                if cancellation.isCancelled { throw .error(.interrupted, "interrupted") }
                loopSteps += 1
                if loopSteps > Self.maximumLoopSteps {
                    throw .error(
                        .overBudget, .semantic,
                        "the loops of this script have taken \(Format.grouped(Double(Self.maximumLoopSteps))) steps together, "
                            + "the most a script may (loops inside loops multiply)", in: source, at: loop.range)
                }
                variables[loop.variable.text] = value
                do {
                    if try executeBlock(loop.body, in: source) { return true }
                } catch {
                    // With --keep-going, a failed round is reported and the next one runs
                    // (Ctrl-C and the run budget still stop the script).
                    guard keepsGoing, error.category != .interrupted, error.code != .overBudget else { throw error }
                    report(error)
                    failureKeptGoing = failureKeptGoing ?? error.category
                }
            }
        case .include(let path, _):
            return try include(path, from: source)
        default:
            break
        }
        return false
    }

    private func executeBlock(_ statements: [Statement], in source: SourceFile) throws(Diagnostic) -> Bool {
        for statement in statements where try executeOne(statement, in: source) { return true }
        return false
    }

    private func loopValues(_ loop: Loop, in source: SourceFile) throws(Diagnostic) -> [ScriptValue] {
        switch loop.values {
        case .list(let items):
            var values: [ScriptValue] = []
            for item in items { values.append(try evaluate(item, in: source)) }
            return values
        case .range(let from, let to, let step):
            let first = try evaluate(from, in: source), last = try evaluate(to, in: source)
            var by: ScriptValue = first.isPercent ? .percent(1) : .number(1)
            if let step { by = try evaluate(step, in: source) }
            guard let a = first.numeric, let b = last.numeric, let s = by.numeric, first.isPercent == last.isPercent,
                by.isPercent == first.isPercent
            else {
                throw .error(
                    .wrongUnit, .semantic, "a loop runs over numbers or over percentages, with a step of the same kind",
                    in: source, at: loop.range)
            }
            guard s != 0, (b - a) / s >= 0 else {
                throw .error(
                    .loopTooLong, .semantic, "the step must be non-zero and go from \(first.shown) toward \(last.shown)",
                    in: source, at: step?.range ?? loop.range)
            }
            let steps = ((b - a) / s + 1e-9).rounded(.down)
            guard steps.isFinite, steps < 10_000 else {
                let times = steps.isFinite ? Format.grouped(steps + 1) : "endlessly many"
                throw .error(.loopTooLong, .semantic, "this loop would run \(times) times; at most 10,000", in: source, at: loop.range)
            }
            let count = Int(steps) + 1
            return (0..<count).map { first.isPercent ? .percent(a + Double($0) * s) : .number(a + Double($0) * s) }
        }
    }

    private func include(_ written: StringLiteral, from source: SourceFile) throws(Diagnostic) -> Bool {
        let path = try fileName(written, source: source)
        let file = files.readable(path.value, from: source)
        let canonical = URL(fileURLWithPath: file).standardizedFileURL.path
        if includeStack.contains(canonical) {
            throw .error(
                .includeCycle, .semantic,
                "'\(path.value)' includes itself ("
                    + (includeStack + [canonical]).map {
                        URL(fileURLWithPath: $0).lastPathComponent
                    }.joined(separator: " → ") + ")", in: source, at: path.range)
        }
        let text = try files.readText(file, shown: path.value, verb: "include", source: source, at: path.range)
        includeStack.append(canonical)
        defer { includeStack.removeLast() }
        let included = SourceFile(name: path.value, text: text, directory: URL(fileURLWithPath: file).deletingLastPathComponent().path)
        let parsed = Parser.parse(included)
        if parsed.hasErrors { try throwAllButLast(parsed.diagnostics) }
        for statement in parsed.statements where try executeOne(statement, in: included) { return true }
        return false
    }

    // MARK: - Values

    func evaluate(_ expression: ScriptExpression, in source: SourceFile) throws(Diagnostic) -> ScriptValue {
        switch expression {
        case .number(let number):
            return number.isPercent ? .percent(number.value) : .number(number.value)
        case .string(let string):
            return .text(string.value)
        case .variable(let name):
            guard let value = variables[name.text] else {
                throw .error(
                    .unknownVariable, .semantic, "unknown variable '\(name.text)'" + Suggestion.didYouMean(name.text, in: variables.keys.sorted()),
                    in: source, at: name.range, notes: [.note("define it first with 'let \(name.text) = …'")])
            }
            return value
        case .unary(let op, let operand, let range):
            let value = try evaluate(operand, in: source)
            switch (op, value) {
            case ("-", .number(let x)): return .number(-x)
            case ("-", .percent(let x)): return .percent(-x)
            case ("-", .money(let x)): return .money(-x)
            case ("not", .number(let x)): return .number(x == 0 ? 1 : 0)
            case ("%", .number(let x)): return .percent(x)
            case ("%", .percent(let x)): return .percent(x)
            default: throw .error(.wrongUnit, .semantic, "cannot apply '\(op)' to \(value.kind)", in: source, at: range)
            }
        case .indicatorValue(let name, let yearExpression, let range):
            return try indicatorValue(name, in: yearExpression, of: nil, at: range, source: source)
        case .scenarioIndicator(let name, let yearExpression, let scenario, let range):
            return try indicatorValue(name, in: yearExpression, of: scenario, at: range, source: source)
        case .scenarioFact(let fact, let scenario, _):
            let result = try currentResult(scenario, for: "read", source: source, makeCurrent: false)
            switch Folding.fold(fact.text) {
            case "met", "dat": return .number(Double(result.targetOutcomes.count(where: \.met)))
            case "targets", "muc-tieu": return .number(Double(result.targetOutcomes.count))
            case "spent", "da-chi": return .money(result.scenario.horizon.reduce(0) { $0 + result.scenario.envelope(in: $1) })
            default:
                throw .error(
                    .unknownVariable, .semantic,
                    "'\(fact.text) of \(scenario.text)' reads nothing: use met, targets or spent, or an indicator in a year (fibre in 2030 of \(scenario.text))"
                        + Suggestion.didYouMean(fact.text, in: ["met", "targets", "spent"]), in: source, at: fact.range)
            }
        case .binary(let op, let lhs, let rhs, let range):
            let left = try evaluate(lhs, in: source), right = try evaluate(rhs, in: source)
            return try combine(op, left, right, in: source, at: range)
        case .money(let amount, let scale, let currency, let range):
            let billions = amount.value * scale.inBillions
            guard currency == .usd else { return .money(billions) }
            guard let rate = model.exchangeRate else {
                throw .error(.semantic, ScenarioResolver.noExchangeRate, in: source, at: range)
            }
            return .money(billions * rate.value)
        }
    }

    /// An indicator's value in a year of the current run, or of a named scenario's (run if needed).
    private func indicatorValue(
        _ name: Name, in yearExpression: ScriptExpression, of scenario: Name?, at range: SourceRange, source: SourceFile
    ) throws(Diagnostic) -> ScriptValue {
        let indicator = try knownIndicator(name, source: source)
        guard case .number(let year) = try evaluate(yearExpression, in: source), year == year.rounded(), year >= 1000, year <= 9999 else {
            throw .error(.wrongUnit, .semantic, "expected a four-digit year after 'in'", in: source, at: yearExpression.range)
        }
        let result = try currentResult(scenario, for: "read", source: source, makeCurrent: scenario == nil)
        guard let value = result.value(of: indicator.id, in: Int(year)) else {
            throw .error(.outOfRange, .semantic, "\(Int(year)) is outside the run of '\(result.scenario.name)'", in: source, at: range)
        }
        return indicator.unit == .percent ? .percent(value) : .number(value)
    }

    /// The longest text a script variable may hold (1 MB): more than any report line, and far
    /// from exhausting memory when a loop doubles a text.
    static let maximumTextLength = 1_000_000

    private func combine(
        _ op: String, _ left: ScriptValue, _ right: ScriptValue, in source: SourceFile,
        at range: SourceRange
    ) throws(Diagnostic) -> ScriptValue {
        func mismatch() -> Diagnostic {
            .error(.wrongUnit, .semantic, "cannot \(Self.verb(op)) \(left.kind) and \(right.kind)", in: source, at: range)
        }
        switch op {
        case "and", "or":
            guard case .number(let a) = left, case .number(let b) = right else { throw mismatch() }
            return .number(op == "and" ? (a != 0 && b != 0 ? 1 : 0) : (a != 0 || b != 0 ? 1 : 0))
        case "+", "-":
            switch (left, right) {
            case (.number(let a), .number(let b)): return .number(op == "+" ? a + b : a - b)
            case (.percent(let a), .percent(let b)): return .percent(op == "+" ? a + b : a - b)
            case (.money(let a), .money(let b)): return .money(op == "+" ? a + b : a - b)
            case (.text(let a), .text(let b)) where op == "+":
                guard a.utf8.count + b.utf8.count <= Self.maximumTextLength else {
                    throw .error(
                        .tooLarge, .semantic,
                        "a text may hold at most \(Format.grouped(Double(Self.maximumTextLength))) bytes; "
                            + "this one would hold \(Format.grouped(Double(a.utf8.count + b.utf8.count)))", in: source, at: range)
                }
                return .text(a + b)
            default: throw mismatch()
            }
        case "*":
            switch (left, right) {
            case (.number(let a), .number(let b)): return .number(a * b)
            case (.percent(let a), .number(let b)), (.number(let b), .percent(let a)): return .percent(a * b)
            case (.money(let a), .number(let b)), (.number(let b), .money(let a)): return .money(a * b)
            case (.money(let a), .percent(let b)), (.percent(let b), .money(let a)): return .money(a * b / 100)
            default: throw mismatch()
            }
        case "/":
            switch (left, right) {
            case (.number(let a), .number(let b)): return .number(a / b)
            case (.percent(let a), .number(let b)): return .percent(a / b)
            case (.percent(let a), .percent(let b)): return .number(a / b)
            case (.money(let a), .number(let b)): return .money(a / b)
            case (.money(let a), .money(let b)): return .number(a / b)
            default: throw mismatch()
            }
        default:  // comparisons
            let pair: (Double, Double)
            switch (left, right) {
            case (.number(let a), .number(let b)), (.percent(let a), .percent(let b)), (.money(let a), .money(let b)): pair = (a, b)
            case (.text(let a), .text(let b)) where op == "==" || op == "!=":
                return .number((a == b) == (op == "==") ? 1 : 0)
            default: throw mismatch()
            }
            let holds =
                switch op {
                case "<": pair.0 < pair.1
                case "<=": pair.0 <= pair.1
                case ">": pair.0 > pair.1
                case ">=": pair.0 >= pair.1
                case "==": pair.0 == pair.1
                default: pair.0 != pair.1
                }
            return .number(holds ? 1 : 0)
        }
    }

    private static func verb(_ op: String) -> String {
        switch op {
        case "+": "add"
        case "-": "subtract"
        case "*": "multiply"
        case "/": "divide"
        case "and", "or": "combine with '\(op)'"
        default: "compare"
        }
    }

    /// The text with each `{expression}` replaced by its value.
    func interpolate(_ text: StringLiteral, in source: SourceFile) throws(Diagnostic) -> String {
        var out = ""
        var rest = Substring(text.value)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw .error(.syntax, "a '{' in the text has no closing '}'", in: source, at: text.range)
            }
            var inner = String(rest[rest.index(after: open)..<close])
            // `{x:.1}`: the value with that many decimals (0 to 6).
            var decimals: Int?
            if let colon = inner.lastIndex(of: ":"), inner[inner.index(after: colon)...].hasPrefix("."),
                let count = Int(inner[inner.index(colon, offsetBy: 2)...])
            {
                guard (0...6).contains(count) else {
                    throw .error(.outOfRange, .semantic, "{…:.\(count)}: write from 0 to 6 decimals, as in {x:.1}", in: source, at: text.range)
                }
                decimals = count
                inner = String(inner[..<colon])
            }
            switch Parser.parseExpression(SourceFile(name: nil, text: inner)) {
            case .success(let expression):
                do {
                    let value = try evaluate(expression, in: source)
                    out += decimals.map { value.shown(decimals: $0) } ?? value.shown
                } catch {
                    var problem = error
                    problem.source = source
                    problem.range = text.range
                    problem.message += " (in {\(inner)})"
                    throw problem
                }
            case .failure(var problem):
                problem.source = source
                problem.range = text.range
                problem.message += " (in {\(inner)})"
                throw problem
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// A scenario declaration with the variables it names replaced by their values.
    func substituteVariables(_ decl: ScenarioDecl, in source: SourceFile) throws(Diagnostic) -> ScenarioDecl {
        /// The literal with its expression evaluated; `money` says whether an amount of money may
        /// (nil: may not) or must (true) stand here.
        func number(_ literal: NumberLiteral, percent wantsPercent: Bool?, money: Bool? = nil) throws(Diagnostic) -> NumberLiteral {
            guard let expression = literal.expression else { return literal }
            let value = try evaluate(expression, in: source)
            let name: String = if case .variable(let variable) = expression { variable.text } else { "the expression" }
            let subject = name == "the expression" ? name : "'\(name)'"
            if money == true, !value.isMoney {
                throw .error(
                    .wrongUnit, .semantic,
                    "\(subject) is \(value.kind) (\(value.shown)); an amount of money is needed here"
                        + (name == "the expression" ? "" : " (or write \(name) bn VND)"), in: source, at: literal.range)
            }
            switch value {
            case .money(let x):
                guard money != nil else {
                    throw .error(
                        .wrongUnit, .semantic, "\(subject) is an amount of money (\(value.shown)); a number is needed here",
                        in: source, at: literal.range)
                }
                return NumberLiteral(value: x, isPercent: false, range: literal.range)
            case .number(let x):
                if wantsPercent == true {
                    throw .error(
                        .wrongUnit, .semantic,
                        "\(name == "the expression" ? name : "'\(name)'") is \(ScriptValue.number(x).shown), a number; "
                            + "a percentage is needed here" + (name == "the expression" ? "" : " (write \(name)%)"),
                        in: source, at: literal.range)
                }
                return NumberLiteral(value: x, isPercent: false, range: literal.range)
            case .percent(let x):
                if wantsPercent == false {
                    throw .error(
                        .wrongUnit, .semantic,
                        "\(name == "the expression" ? name : "'\(name)'") is a percentage (\(value.shown)); "
                            + "a number is needed here", in: source, at: literal.range)
                }
                return NumberLiteral(value: x, isPercent: true, range: literal.range)
            case .text:
                throw .error(
                    .wrongUnit, .semantic, "\(name == "the expression" ? name : "'\(name)'") is text; a number is needed here",
                    in: source, at: literal.range)
            }
        }
        func budget(_ item: BudgetItem) throws(Diagnostic) -> BudgetItem {
            // A money variable is already in bn VND; after the value is in place it is an ordinary amount.
            var result = item
            result.amount = try number(item.amount, percent: false, money: item.moneyFromExpression ? true : nil)
            result.growth = try item.growth.map { g throws(Diagnostic) in try number(g, percent: true) }
            result.moneyFromExpression = false
            return result
        }
        func allocation(_ item: AllocateItem) throws(Diagnostic) -> AllocateItem {
            var entries: [AllocationEntry] = []
            for entry in item.entries {
                var result = entry
                // `skills b`, with b an amount of money, is an amount in bn VND.
                if entry.scale == nil, let expression = entry.share.expression, case .money = try evaluate(expression, in: source) {
                    result.scale = .bn
                    result.currency = .vnd
                    result.share = try number(entry.share, percent: false, money: true)
                } else {
                    result.share = try number(entry.share, percent: entry.scale == nil)
                }
                entries.append(result)
            }
            return AllocateItem(entries: entries, range: item.range)
        }
        var result = decl
        var items: [ScenarioItem] = []
        for item in decl.items {
            switch item {
            case .budget(let b): items.append(.budget(try budget(b)))
            case .yearBudget(let span, let b): items.append(.yearBudget(span, try budget(b)))
            case .allocate(let a): items.append(.allocate(try allocation(a)))
            case .yearAllocate(let span, let a): items.append(.yearAllocate(span, try allocation(a)))
            case .target(var t):
                t.value = try number(t.value, percent: nil)
                items.append(.target(t))
            case .assume(var a):
                a.value = try number(a.value, percent: nil)
                items.append(.assume(a))
            case .shift(var s):
                s.amount = try number(s.amount, percent: true)
                items.append(.shift(s))
            case .delay(var d):
                d.years = try number(d.years, percent: false)
                items.append(.delay(d))
            default: items.append(item)
            }
        }
        result.items = items
        return result
    }
}

extension ScriptValue {
    var numeric: Double? {
        switch self {
        case .number(let x), .percent(let x), .money(let x): x
        case .text: nil
        }
    }

    var isMoney: Bool {
        if case .money = self { return true }
        return false
    }

    var isPercent: Bool {
        if case .percent = self { return true }
        return false
    }
}
