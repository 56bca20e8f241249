import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `let`, `print`, `for`, `if`, `assert` and `include`.
extension Interpreter {
    /// Runs a script statement; returns `true` when it was `quit`.
    func executeScript(_ statement: Statement, in source: SourceFile) throws(Diagnostic) -> Bool {
        switch statement {
        case .assignment(let name, let expression, _):
            script.variables[name.text] = try evaluate(expression, in: source)
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
                script.variables[loop.variable.text] = value
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
}

/// What scripts read from the session.
extension Interpreter: ScriptFacts {
    /// An indicator's value in a year of the current run, or of a named scenario's (run if needed).
    func indicatorValue(_ name: Name, in year: Int, of scenario: Name?, at range: SourceRange, source: SourceFile) throws(Diagnostic) -> ScriptValue {
        let indicator = try knownIndicator(name, source: source)
        let result = try currentResult(scenario, for: "read", source: source, makeCurrent: scenario == nil)
        guard let value = result.value(of: indicator.id, in: year) else {
            throw .error(.outOfRange, .semantic, "\(year) is outside the run of '\(result.scenario.name)'", in: source, at: range)
        }
        return indicator.unit == .percent ? .percent(value) : .number(value)
    }

    func fact(_ fact: Name, of scenario: Name, source: SourceFile) throws(Diagnostic) -> ScriptValue {
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
    }

    var exchangeRate: Double? { model.exchangeRate?.value }

    /// The variables of scripts (`let`, `for`).
    package var variables: [String: ScriptValue] { script.variables }

    func evaluate(_ expression: ScriptExpression, in source: SourceFile) throws(Diagnostic) -> ScriptValue {
        try script.evaluate(expression, in: source, facts: self)
    }

    func interpolate(_ text: StringLiteral, in source: SourceFile) throws(Diagnostic) -> String {
        try script.interpolate(text, in: source, facts: self)
    }

    func substituteVariables(_ decl: ScenarioDecl, in source: SourceFile) throws(Diagnostic) -> ScenarioDecl {
        try script.substituteVariables(decl, in: source, facts: self)
    }
}
