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
            session.script.variables[name.text] = try session.evaluate(expression, in: source)
        case .print(let text, _):
            session.output.write(VisibleText.escaped(try session.interpolate(text, in: source), keepingNewlines: true) + "\n")
        case .assertion(let condition, let message, let range):
            guard case .number(let value) = try session.evaluate(condition, in: source) else {
                throw .error(.wrongUnit, .semantic, "an assertion needs a condition that is true or false", in: source, at: condition.range)
            }
            if value == 0 {
                var text = "the condition does not hold"
                if let message { text = try session.interpolate(message, in: source) }
                throw .error(.assertionFailed, .semantic, "assertion failed: \(text)", in: source, at: range)
            }
        case .conditional(let condition, let then, let otherwise, _):
            guard case .number(let value) = try session.evaluate(condition, in: source) else {
                throw .error(.wrongUnit, .semantic, "'if' needs a condition that is true or false", in: source, at: condition.range)
            }
            return try executeBlock(value != 0 ? then : otherwise, in: source)
        case .loop(let loop):
            for value in try loopValues(loop, in: source) {
                if session.cancellation.isCancelled { throw .error(.interrupted, "interrupted") }
                loopSteps += 1
                if loopSteps > Self.maximumLoopSteps {
                    throw .error(
                        .overBudget, .semantic,
                        "the loops of this script have taken \(Format.grouped(Double(Self.maximumLoopSteps))) steps together, "
                            + "the most a script may (loops inside loops multiply)", in: source, at: loop.range)
                }
                session.script.variables[loop.variable.text] = value
                do {
                    if try executeBlock(loop.body, in: source) { return true }
                } catch {
                    // With --keep-going, a failed round is reported and the next one runs
                    // (Ctrl-C and the run budget still stop the script).
                    guard keepsGoing, error.category != .interrupted, error.code != .overBudget else { throw error }
                    session.report(error)
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
            for item in items { values.append(try session.evaluate(item, in: source)) }
            return values
        case .range(let from, let to, let step):
            let first = try session.evaluate(from, in: source), last = try session.evaluate(to, in: source)
            var by: ScriptValue = first.isPercent ? .percent(1) : .number(1)
            if let step { by = try session.evaluate(step, in: source) }
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
        let path = try session.fileName(written, source: source)
        let file = session.files.readable(path.value, from: source)
        let canonical = URL(fileURLWithPath: file).standardizedFileURL.path
        if includeStack.contains(canonical) {
            let chain = (includeStack + [canonical]).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " → ")
            throw .error(.includeCycle, .semantic, "'\(path.value)' includes itself (\(chain))", in: source, at: path.range)
        }
        let text = try session.files.readText(file, shown: path.value, verb: "include", source: source, at: path.range)
        includeStack.append(canonical)
        defer { includeStack.removeLast() }
        let included = SourceFile(name: path.value, text: text, directory: URL(fileURLWithPath: file).deletingLastPathComponent().path)
        let parsed = Parser.parse(included)
        if parsed.hasErrors { try session.throwAllButLast(parsed.diagnostics) }
        for statement in parsed.statements where try executeOne(statement, in: included) { return true }
        return false
    }
}
