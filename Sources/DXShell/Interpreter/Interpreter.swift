import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// How a batch of statements ended.
package enum ExecutionOutcome: Sendable, Equatable {
    case completed
    /// At least one statement failed; the category of the first failure sets the exit code.
    case failed(DiagnosticCategory)
    /// `quit` or `exit` was executed.
    case quit
}

/// Executes statements in a session: scenario definitions, commands, and the script statements
/// (`let`, `for`, `if`, `include`…) around them, within the limits a script keeps to.
package final class Interpreter {
    /// What the statements work on: the model, the scenarios, the settings, the files.
    package let session: Session
    /// `--keep-going`: a failed statement, or a failed round of a loop, is reported and the next
    /// one runs; the first failure still sets the exit status.
    var keepsGoing = false
    var failureKeptGoing: DiagnosticCategory?
    /// Told when each top-level statement starts (true) and ends (false): the terminal's
    /// progress line for long commands follows it.
    package var onStatement: ((Bool) -> Void)?

    package init(
        model: DeclaredModel, output: TextOutput, style: Style = .plain, errorStyle: Style = .plain,
        cancellation: Cancellation = .never
    ) {
        session = Session(model: model, output: output, style: style, errorStyle: errorStyle, cancellation: cancellation)
    }

    // MARK: - Entry points

    /// Parses and runs a whole source. Syntax errors stop it before anything runs.
    package func execute(_ source: SourceFile, keepGoing: Bool = false) -> ExecutionOutcome {
        execute(Parser.parse(source), keepGoing: keepGoing)
    }

    /// Runs parsed statements in order, stopping at the first failure unless `keepGoing`.
    package func execute(_ parsed: ParseResult, keepGoing: Bool = false) -> ExecutionOutcome {
        if parsed.hasErrors {
            // The first errors say what is wrong; hundreds more (a binary file, noise) say nothing new.
            parsed.diagnostics.prefix(Self.maximumReportedErrors).forEach(session.report)
            let more = parsed.diagnostics.count - Self.maximumReportedErrors
            if more > 0 {
                session.report(
                    Diagnostic(.note, .syntax, "and \(more) more error\(more == 1 ? "" : "s") in \(parsed.source.name ?? "this input"), not shown"))
            }
            return .failed(.syntax)
        }
        var firstFailure: DiagnosticCategory?
        loopSteps = 0
        session.recording?.startInput()
        keepsGoing = keepGoing
        failureKeptGoing = nil
        defer { keepsGoing = false }
        for statement in parsed.statements {
            switch runTopLevel(statement, in: parsed.source) {
            case .succeeded:
                // A loop that kept going past a failed round still failed.
                if let failure = failureKeptGoing {
                    firstFailure = firstFailure ?? failure
                    failureKeptGoing = nil
                }
                continue
            case .quit: return .quit
            case .halted(let category): return .failed(category)
            case .failed(let category):
                firstFailure = firstFailure ?? category
                if !keepGoing { return .failed(firstFailure!) }
            }
        }
        return firstFailure.map(ExecutionOutcome.failed) ?? .completed
    }

    /// What one statement of a script or entry did.
    enum StatementResult: Equatable {
        case succeeded
        /// It failed; the script stops unless it keeps going.
        case failed(DiagnosticCategory)
        /// `quit` or `exit`.
        case quit
        /// Nothing after it may run: Ctrl-C, or the script's model runs are spent.
        case halted(DiagnosticCategory)
    }

    /// Runs one top-level statement, reporting its errors; a recording (`record`) keeps what it
    /// printed.
    func runTopLevel(_ statement: Statement, in source: SourceFile) -> StatementResult {
        onStatement?(true)
        defer {
            session.cancellation.runs?.expect(nil)
            onStatement?(false)
        }
        let recorded = session.recording != nil && includeStack.isEmpty && !statement.isRecordCommand
        if recorded { session.recording?.begin(statement, in: source, output: session.output) }
        // Numbers in reports follow the language the statement starts in (`lang` may change it).
        let result = Format.$style.withValue(session.language == .vi ? .vietnamese : .english) { runStatement(statement, in: source) }
        if includeStack.isEmpty { session.followLesson(after: statement) }
        if recorded, let recording = session.recording {
            do { try recording.end(output: session.output) } catch {
                session.recording = nil
                session.report(error)
            }
        }
        return result
    }

    private func runStatement(_ statement: Statement, in source: SourceFile) -> StatementResult {
        if let spent = runBudgetError(at: statement, in: source) {
            session.report(spent)
            return .halted(spent.category)
        }
        if session.cancellation.isCancelled {
            session.report(.error(.interrupted, "interrupted"))
            return .halted(.interrupted)
        }
        var result = StatementResult.succeeded
        do {
            if try executeOne(statement, in: source) { return .quit }
        } catch {
            // A run stopped by the spent budget is reported as that, below.
            if error.category != .interrupted || session.cancellation.runs?.isSpent != true {
                session.report(error)
                if error.category == .interrupted { return .halted(.interrupted) }
                result = .failed(error.category)
            }
        }
        // The statement that used up the runs stops the script, even when it finished: the
        // analysis it would have printed (which targets are out of reach…) was cut short.
        if let spent = runBudgetError(at: statement, in: source) {
            session.report(spent)
            return .halted(spent.category)
        }
        return result
    }

    /// The error for a statement that could not run because the script's model runs are spent.
    private func runBudgetError(at statement: Statement, in source: SourceFile) -> Diagnostic? {
        guard let runs = session.cancellation.runs, runs.isSpent, let limit = runs.limit else { return nil }
        return .error(
            .overBudget, .semantic,
            "this script has used its \(Format.grouped(Double(limit))) model run\(limit == 1 ? "" : "s"), the most one dxplan command may make",
            in: source, at: statement.range,
            notes: [.note("run it with --max-runs N to allow more (every run counts: run, uncertainty, optimise, calibrate…)")])
    }

    /// Loads scenario files before the session starts (`--load`); prints nothing on success.
    package func preload(_ path: String) -> ExecutionOutcome {
        do {
            _ = try session.load(path: path, relativeTo: nil)
            return .completed
        } catch {
            session.report(error)
            return .failed(error.category)
        }
    }

    // MARK: - Statements

    private enum StatementOutcome { case next, quit }

    /// Runs one statement of any kind; returns `true` when it was `quit`.
    func executeOne(_ statement: Statement, in source: SourceFile) throws(Diagnostic) -> Bool {
        switch statement {
        case .scenario, .command: try execute(statement, in: source) == .quit
        default: try executeScript(statement, in: source)
        }
    }

    private func execute(_ statement: Statement, in source: SourceFile) throws(Diagnostic) -> StatementOutcome {
        switch statement {
        case .scenario(let written):
            let decl = try session.substituteVariables(written, in: source)
            let replaced = try session.define(ScenarioDefinition(decl: decl, source: source), inFile: source.directory != nil)
            // At the prompt, and wherever a recording or a replay shows what the prompt would.
            if source.name == nil || session.echoesDefinitions || session.recording != nil {
                session.output.write(
                    session.style.dim(session.t(replaced ? "Replaced scenario {name}." : "Defined scenario {name}.", ["name": decl.name.text])) + "\n"
                )
            }
        case .command(let command):
            // The parser makes commands from the registry's types only.
            guard let shellCommand = command.syntax as? any ShellCommand else { return .next }
            try shellCommand.run(in: session, source: source)
            if shellCommand.endsSession { return .quit }
        default:
            return try executeScript(statement, in: source) ? .quit : .next
        }
        return .next
    }

    /// How many syntax errors of one input are shown before the rest are counted.
    package static let maximumReportedErrors = 50

    /// The steps taken by the loops of the statements being executed, nested ones included.
    var loopSteps = 0
    /// The most steps the loops of one script (or one entry at the prompt) may take together:
    /// 10,000 for one loop, but loops inside loops multiply.
    static let maximumLoopSteps = 1_000_000
    /// The files being included, innermost last (to catch a file that includes itself).
    var includeStack: [String] = []

}
