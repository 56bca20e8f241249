import DXLanguage
import DXSource
import Foundation

/// What `record "FILE"` … `record stop` keeps: each statement as it was typed and what it printed.
///
/// It is written after every statement (so a session that ends without `record stop`, or is
/// killed, keeps what it had), as two files: a script that runs again, with each statement's
/// output below it as `#>` comments (`dxplan replay FILE` runs it and compares), and a Markdown
/// transcript beside it (FILE with `.md`) for a teacher to hand out.
final class Recording {
    /// One statement (or several typed on one line) and its output.
    struct Entry {
        var input: String
        var output: String
    }

    /// The first line of every recording: how dxplan recognises its own file, and how a replay
    /// recognises a recording.
    static let mark = OwnFile.recordingMark
    /// The line that ends the session's state at the start and begins what was recorded.
    static let recordedMarker = "# --- recorded ---"
    /// The first line of a transcript.
    static let transcriptMark = OwnFile.transcriptMark

    /// As the user wrote it, and where it resolves.
    let shownPath: String
    let path: String
    let transcriptPath: String
    private let language: OutputLanguage
    private let started: Date
    /// Statements that recreate the session as it was when the recording started.
    private let prelude: String
    private(set) var entries: [Entry] = []
    /// The statement being recorded, and where the last one ended (statements on one line are one entry).
    private var pending: (input: String, source: SourceFile, startLine: Int, endLine: Int)?
    private var last: (source: SourceFile, endLine: Int)?
    private var replacing: AtomicFile.Replacement

    init(shownPath: String, path: String, prelude: String, language: OutputLanguage, replacing: AtomicFile.Replacement) {
        self.shownPath = shownPath
        self.path = path
        self.transcriptPath = Self.transcriptPath(for: path)
        self.prelude = prelude
        self.language = language
        self.started = Date()
        self.replacing = replacing
    }

    /// FILE.md beside a recording FILE.plan (FILE.plan.md when it already ends in .md).
    static func transcriptPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        if url.pathExtension.isEmpty || url.pathExtension.lowercased() == "md" { return path + ".md" }
        return url.deletingPathExtension().path + ".md"
    }

    /// A new entry of the prompt (or a new file) begins: its line 1 is not the last one's.
    func startInput() { last = nil }

    func begin(_ statement: Statement, in source: SourceFile, output: CapturingOutput) {
        let range = statement.range
        let lines = (range.start.line...max(range.start.line, range.end.line)).compactMap { source.line($0).map(String.init) }
        pending = (lines.joined(separator: "\n"), source, range.start.line, range.end.line)
        output.startCapture()
    }

    /// Keeps the statement begun last with what it printed, and writes both files.
    func end(output: CapturingOutput) throws(Diagnostic) {
        guard let pending else { return }
        self.pending = nil
        let printed = output.stopCapture()
        if let last, last.source == pending.source, last.endLine == pending.startLine, !entries.isEmpty {
            // A second statement on the line already recorded: `run a; show`.
            entries[entries.count - 1].output += printed
        } else {
            entries.append(Entry(input: pending.input, output: printed))
        }
        last = (pending.source, pending.endLine)
        try write()
    }

    /// Writes the script and the transcript, each replaced whole.
    func write() throws(Diagnostic) {
        for (text, destination) in [(script, path), (transcript, transcriptPath)] {
            do {
                try AtomicFile.write(text, to: destination, replacing: replacing)
            } catch {
                throw .error(.io, "cannot record to '\(destination)': \(error.reason); the recording stopped")
            }
        }
        // What it wrote first, it may replace from now on.
        replacing = .fileDXPlanWrote
    }

    private var date: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: started)
    }

    /// The runnable script: the session's state, then each statement with its output as `#>` lines.
    var script: String {
        var text = Self.mark + " " + date + ". Replay it with: dxplan replay " + ScenarioPrinter.quote(shownPath) + "\n"
        text += "# After each statement, the lines that start with '#>' are what it printed.\n\n"
        text += "# --- the session when the recording started ---\n"
        text += prelude
        text += "\n" + Self.recordedMarker + "\n"
        for entry in entries {
            text += entry.input + "\n"
            for line in entry.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast(entry.output.hasSuffix("\n") ? 1 : 0) {
                text += line.isEmpty ? "#>\n" : "#> " + line + "\n"
            }
        }
        return text
    }

    /// The Markdown transcript: each entry as it appeared at the prompt.
    var transcript: String {
        let name = URL(fileURLWithPath: shownPath).lastPathComponent
        var text = Self.transcriptMark + ": \(name) -->\n"
        text += "# " + language.phrase("dxplan session, {date}", ["date": date]) + "\n\n"
        text += language.phrase("Replay it with `dxplan replay {file}`.", ["file": ScenarioPrinter.quote(name)]) + "\n"
        for entry in entries {
            text += "\n```text\n"
            let lines = entry.input.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() {
                text += (i == 0 ? ReplSession.prompt : ReplSession.continuationPrompt) + line + "\n"
            }
            text += entry.output + (entry.output.isEmpty || entry.output.hasSuffix("\n") ? "" : "\n")
            text += "```\n"
        }
        return text
    }
}

extension Statement {
    /// `record …` itself is not recorded.
    var isRecordCommand: Bool {
        if case .command(let command) = self { return command.syntax is RecordCommand }
        return false
    }
}
