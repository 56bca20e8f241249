import DXLanguage
import DXSource
import Foundation

/// `dxplan replay FILE`: runs a recording (`record`) again, showing each entry as it appeared at
/// the prompt, and says where what it prints now differs from what the recording kept: the model
/// changed, a file moved, a scenario was edited.
package struct Replay {
    /// Where the output of one entry first differs.
    package struct Difference: Sendable, Equatable {
        /// The line of the entry in the recording.
        package let line: Int
        /// The first differing line of output, as recorded and as printed now (nil: no such line).
        package let recorded: String?
        package let now: String?
    }

    package struct Outcome: Sendable {
        /// The entries replayed and compared.
        package var entries = 0
        package var differences: [Difference] = []
        /// The recording could not be read or run (not a recording, a syntax error, Ctrl-C).
        package var failure: DiagnosticCategory?
    }

    /// One entry of a recording: its statements (several on one line count as one), and what
    /// they printed when it was recorded.
    struct Entry {
        var statements: [Statement]
        var lines: ClosedRange<Int>
        var expected: [String]
    }

    private let source: SourceFile
    private let interpreter: Interpreter

    package init(_ source: SourceFile, on interpreter: Interpreter) {
        self.source = source
        self.interpreter = interpreter
    }

    /// Replays the recording; `step`, when given, is asked before each entry whether to go on
    /// (Enter: yes; it returns false to stop).
    package func run(step: ((_ entry: Int, _ of: Int) -> Bool)? = nil) -> Outcome {
        var outcome = Outcome()
        let parsed = Parser.parse(source)
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.hasSuffix("\r") ? $0.dropLast() : $0) }
        guard let markerIndex = lines.firstIndex(of: Recording.recordedMarker) else {
            interpreter.session.report(
                .error(
                    .semantic, "'\(source.name ?? "this input")' is not a dxplan recording: it has no line '\(Recording.recordedMarker)'",
                    notes: [.note("a recording is made with record \"FILE\" … record stop; run a script with: dxplan FILE")]))
            outcome.failure = .semantic
            return outcome
        }
        if parsed.hasErrors {
            parsed.diagnostics.prefix(Interpreter.maximumReportedErrors).forEach(interpreter.session.report)
            outcome.failure = .syntax
            return outcome
        }
        let firstRecorded = markerIndex + 2  // the marker's line number, plus one
        // The session's state when the recording started: run quietly, unless it fails.
        interpreter.loopSteps = 0
        interpreter.session.output.startCapture()
        var preludeFailed = false
        for statement in parsed.statements where statement.range.start.line < firstRecorded {
            switch interpreter.runTopLevel(statement, in: source) {
            case .succeeded: continue
            case .quit: break
            case .failed, .halted: preludeFailed = true
            }
            if preludeFailed { break }
        }
        let preludeOutput = interpreter.session.output.stopCapture()
        if preludeFailed {
            interpreter.session.report(
                .error(
                    .semantic, "the start of the recording (the session's state when it began) did not run:",
                    notes: [.note(preludeOutput.trimmingTrailingNewline())]))
            outcome.failure = .semantic
            return outcome
        }
        let entries = Self.entries(parsed.statements.filter { $0.range.start.line >= firstRecorded }, lines: lines)
        interpreter.session.echoesDefinitions = true
        defer { interpreter.session.echoesDefinitions = false }
        for (index, entry) in entries.enumerated() {
            let shown = entry.lines.map { lines[$0 - 1] }
            for (i, line) in shown.enumerated() {
                interpreter.session.output.write(
                    interpreter.session.style.dim(i == 0 ? ReplSession.prompt : ReplSession.continuationPrompt) + line + "\n")
            }
            if let step, !step(index + 1, entries.count) { break }
            interpreter.session.output.startCapture()
            var stop = false
            for statement in entry.statements {
                switch interpreter.runTopLevel(statement, in: source) {
                case .succeeded, .failed: continue
                case .quit: stop = true
                case .halted(let category):
                    stop = true
                    outcome.failure = category
                }
                if stop { break }
            }
            let printed = interpreter.session.output.stopCapture()
            outcome.entries += 1
            if let difference = Self.firstDifference(expected: entry.expected, printed: printed, line: entry.lines.lowerBound) {
                outcome.differences.append(difference)
                report(difference)
            }
            if stop { break }
        }
        return outcome
    }

    /// The entries after the marker, each with the `#>` lines that follow it.
    static func entries(_ statements: [Statement], lines: [String]) -> [Entry] {
        var entries: [Entry] = []
        for statement in statements {
            let range = statement.range.start.line...max(statement.range.start.line, statement.range.end.line)
            if let last = entries.last, last.lines.upperBound == range.lowerBound {
                entries[entries.count - 1].statements.append(statement)
                entries[entries.count - 1].lines = last.lines.lowerBound...max(last.lines.upperBound, range.upperBound)
            } else {
                entries.append(Entry(statements: [statement], lines: range, expected: []))
            }
        }
        // The output of an entry: the '#>' lines between it and the next entry.
        for i in entries.indices {
            let end = i + 1 < entries.count ? entries[i + 1].lines.lowerBound - 1 : lines.count
            let after = entries[i].lines.upperBound
            guard after < end else { continue }
            entries[i].expected = lines[after..<end].compactMap { line in
                if line == "#>" { return "" }
                return line.hasPrefix("#> ") ? String(line.dropFirst(3)) : nil
            }
        }
        return entries
    }

    /// The first line where what is printed now differs from what was recorded, ignoring spaces
    /// at the ends of lines and blank lines at the end.
    static func firstDifference(expected: [String], printed: String, line: Int) -> Difference? {
        func normalised(_ lines: [String]) -> [String] {
            var result = lines.map { locationFree(String($0.reversed().drop { $0 == " " }.reversed())) }
            while result.last == "" { result.removeLast() }
            return result
        }
        let recorded = normalised(expected)
        let now = normalised(printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        guard recorded != now else { return nil }
        let at = zip(recorded, now).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(recorded.count, now.count)
        return Difference(line: line, recorded: at < recorded.count ? recorded[at] : nil, now: at < now.count ? now[at] : nil)
    }

    /// Where an error was is not what it says: the recording ran at the prompt or from another
    /// file, with other line numbers. `FILE:LINE:COL: error…` reads `error…`, and a source line
    /// or a caret below an error loses its line number.
    static func locationFree(_ line: String) -> String {
        for marker in [": error", ": warning", ": note"] {
            guard let found = line.range(of: marker) else { continue }
            // FILE:LINE:COL before it: two numbers after the last two colons.
            let parts = line[..<found.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            if parts.count >= 3, parts.suffix(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
                return String(line[found.lowerBound...].dropFirst(2))
            }
        }
        // "  78 | run x" and "     |     ^~~": the gutter without its number.
        let afterSpaces = line.drop { $0 == " " }
        let afterNumber = afterSpaces.drop { $0.isASCII && $0.isNumber }
        if afterNumber.hasPrefix(" | ") || afterNumber == " |" || (afterNumber.hasPrefix("| ") && afterSpaces.count != line.count) {
            return "| " + afterNumber.drop { $0 == " " }.dropFirst().drop { $0 == " " }
        }
        return line
    }

    private func report(_ difference: Difference) {
        let location = SourceRange(
            start: SourceLocation(line: difference.line, column: 1, offset: 0), end: SourceLocation(line: difference.line, column: 1, offset: 0))
        interpreter.session.report(
            Diagnostic(
                .warning, .semantic, "what this prints differs from the recording", source: source, range: location,
                notes: [
                    .note("recorded: " + (difference.recorded.map { "'\($0)'" } ?? "nothing more")),
                    .note("now:      " + (difference.now.map { "'\($0)'" } ?? "nothing more")),
                    .note("the model, a scenario or a file it reads may have changed since it was recorded"),
                ]))
    }
}
