import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// What a script's expressions read from the session: an indicator of a run, a fact of a named
/// scenario (targets met, money spent), and the model's exchange rate.
protocol ScriptFacts {
    /// An indicator's value in a year of the current run, or of a named scenario's (run if needed).
    func indicatorValue(_ name: Name, in year: Int, of scenario: Name?, at range: SourceRange, source: SourceFile) throws(Diagnostic) -> ScriptValue
    /// `met of S`, `targets of S`, `spent of S`.
    func fact(_ fact: Name, of scenario: Name, source: SourceFile) throws(Diagnostic) -> ScriptValue
    /// VND per USD, when the model has a rate.
    var exchangeRate: Double? { get }
}

/// The values of a script: its variables, its expressions, text with `{…}` in it, and scenario
/// lines that name variables, evaluated over what the session knows (`ScriptFacts`).
struct ScriptEvaluator {
    /// The variables of scripts (`let`, `for`).
    var variables: [String: ScriptValue] = [:]

    func evaluate(_ expression: ScriptExpression, in source: SourceFile, facts: some ScriptFacts) throws(Diagnostic) -> ScriptValue {
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
            let value = try evaluate(operand, in: source, facts: facts)
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
            return try facts.indicatorValue(name, in: year(yearExpression, in: source, facts: facts), of: nil, at: range, source: source)
        case .scenarioIndicator(let name, let yearExpression, let scenario, let range):
            return try facts.indicatorValue(name, in: year(yearExpression, in: source, facts: facts), of: scenario, at: range, source: source)
        case .scenarioFact(let fact, let scenario, _):
            return try facts.fact(fact, of: scenario, source: source)
        case .binary(let op, let lhs, let rhs, let range):
            let left = try evaluate(lhs, in: source, facts: facts), right = try evaluate(rhs, in: source, facts: facts)
            return try combine(op, left, right, in: source, at: range)
        case .money(let amount, let scale, let currency, let range):
            let billions = amount.value * scale.inBillions
            guard currency == .usd else { return .money(billions) }
            guard let rate = facts.exchangeRate else {
                throw .error(.semantic, ScenarioResolver.noExchangeRate, in: source, at: range)
            }
            return .money(billions * rate)
        }
    }

    /// The year of `INDICATOR in YEAR`: a four-digit whole number.
    private func year(_ expression: ScriptExpression, in source: SourceFile, facts: some ScriptFacts) throws(Diagnostic) -> Int {
        guard case .number(let year) = try evaluate(expression, in: source, facts: facts), year == year.rounded(), year >= 1000, year <= 9999 else {
            throw .error(.wrongUnit, .semantic, "expected a four-digit year after 'in'", in: source, at: expression.range)
        }
        return Int(year)
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
    func interpolate(_ text: StringLiteral, in source: SourceFile, facts: some ScriptFacts) throws(Diagnostic) -> String {
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
                    let value = try evaluate(expression, in: source, facts: facts)
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
    func substituteVariables(_ decl: ScenarioDecl, in source: SourceFile, facts: some ScriptFacts) throws(Diagnostic) -> ScenarioDecl {
        /// The literal with its expression evaluated; `money` says whether an amount of money may
        /// (nil: may not) or must (true) stand here.
        func number(_ literal: NumberLiteral, percent wantsPercent: Bool?, money: Bool? = nil) throws(Diagnostic) -> NumberLiteral {
            guard let expression = literal.expression else { return literal }
            let value = try evaluate(expression, in: source, facts: facts)
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
                        "\(subject) is \(ScriptValue.number(x).shown), a number; "
                            + "a percentage is needed here" + (name == "the expression" ? "" : " (write \(name)%)"),
                        in: source, at: literal.range)
                }
                return NumberLiteral(value: x, isPercent: false, range: literal.range)
            case .percent(let x):
                if wantsPercent == false {
                    throw .error(
                        .wrongUnit, .semantic,
                        "\(subject) is a percentage (\(value.shown)); "
                            + "a number is needed here", in: source, at: literal.range)
                }
                return NumberLiteral(value: x, isPercent: true, range: literal.range)
            case .text:
                throw .error(
                    .wrongUnit, .semantic, "\(subject) is text; a number is needed here",
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
                if entry.scale == nil, let expression = entry.share.expression, case .money = try evaluate(expression, in: source, facts: facts) {
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
