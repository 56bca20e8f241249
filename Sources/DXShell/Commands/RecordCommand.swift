import DXLanguage
import DXScenario
import DXSource

/// `record "FILE" [force]` … `record stop`: keeps what is typed, and what it prints, as a script
/// that replays (`dxplan replay FILE`) and a Markdown transcript to hand out.
package struct RecordCommand: ShellCommand {
    package enum Action: Sendable, Hashable {
        /// Start recording to a file.
        case start(StringLiteral, force: Bool)
        case stop
        /// Say whether a recording is on.
        case status
    }

    package let action: Action

    package static let word = "record"
    package static let synonyms = ["ghi-lại"]
    package static let group = CommandGroup.files
    package static let takesFile = true
    static let stopWords: Set<String> = ["stop", "dung"]

    package static let help = HelpTopic(
        name: "record", usage: "record \"FILE\" [force] | record stop",
        summary: "record what you type and what it prints, as a script that replays and a transcript",
        vietnamese: "ghi lại những gì bạn gõ và kết quả in ra, thành một script chạy lại được và một bản ghi",
        details: """
            From 'record "FILE"' to 'record stop', each statement and what it printed is kept in FILE:
            a script whose first part recreates the session as it was (the scenarios then defined, the
            model, the language), then each statement with its output below it as '#>' comments. Beside
            it, FILE with '.md' is a Markdown transcript to hand out. Both are written after every
            statement, so leaving without 'record stop' loses nothing. 'dxplan replay FILE' runs the
            script again and says where the output differs (the model changed, a file moved);
            'dxplan replay --step FILE' waits for Enter before each statement, for a live demonstration.
            """,
        vietnameseDetails: """
            Từ 'record "FILE"' (ghi-lại) đến 'record stop' (dừng), mỗi câu lệnh và kết quả nó in ra được
            giữ trong FILE: một script mà phần đầu dựng lại phiên làm việc như lúc bắt đầu ghi (các kịch bản
            đã định nghĩa, mô hình, ngôn ngữ), rồi từng câu lệnh với kết quả bên dưới dưới dạng chú thích
            '#>'. Bên cạnh là FILE với đuôi '.md': bản ghi Markdown để phát cho học viên. Cả hai được ghi sau
            mỗi câu lệnh, nên thoát mà chưa 'record stop' cũng không mất gì. 'dxplan replay FILE' chạy lại
            script và chỉ ra chỗ kết quả khác (mô hình đã đổi, một tệp đã chuyển chỗ); 'dxplan replay
            --step FILE' chờ phím Enter trước mỗi câu lệnh, để trình diễn trực tiếp.
            """,
        example: "record \"/tmp/lesson-1.plan\"\nrun baseline\nrecord stop")

    package static func parse(_ parser: inout Parser) throws -> RecordCommand {
        if let word = parser.current.word {
            guard stopWords.contains(Folding.fold(word)) else {
                throw parser.fail(
                    "expected the file name in double quotes, or 'stop': record \"FILE\" or record stop" + Suggestion.didYouMean(word, in: ["stop"]))
            }
            _ = parser.advance()
            return RecordCommand(action: .stop)
        }
        if case .string = parser.current.kind {
            let path = try parser.expectString("the file name")
            return RecordCommand(action: .start(path, force: parser.accept(word: "force") != nil))
        }
        return RecordCommand(action: .status)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if Completer.fileIsClosed(in: words) { return completer.candidates(["force"]) }
        return words.count == 1 ? completer.candidates(["stop"]) + [Completer.fileCandidate] : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        switch action {
        case .status:
            if let recording = session.recording {
                session.output.write(
                    session.t(
                        recording.entries.count == 1
                            ? "Recording to {file} (1 entry so far); 'record stop' ends it."
                            : "Recording to {file} ({count} entries so far); 'record stop' ends it.",
                        [
                            "file": recording.shownPath, "count": String(recording.entries.count),
                        ]) + "\n")
            } else {
                session.output.write(session.t("Not recording. 'record \"FILE\"' starts.") + "\n")
            }
        case .stop:
            guard let recording = session.recording else {
                throw .error(.semantic, "nothing is being recorded; start with record \"FILE\"")
            }
            session.recording = nil
            let template =
                recording.entries.count == 1
                ? "Recorded 1 entry to {file}, and a transcript to {transcript}."
                : "Recorded {count} entries to {file}, and a transcript to {transcript}."
            session.output.write(
                session.t(
                    template,
                    [
                        "count": String(recording.entries.count), "file": recording.shownPath, "transcript": recording.transcriptPath,
                    ]) + "\n")
        case .start(let written, let force):
            let path = try session.fileName(written, source: source)
            if let recording = session.recording {
                throw .error(
                    .semantic, "already recording to '\(recording.shownPath)'; 'record stop' first", in: source, at: path.range)
            }
            let destination = try session.files.writable(path, source: source)
            let recording = Recording(
                shownPath: path.value, path: destination, prelude: session.sessionPrelude(), language: session.language,
                replacing: force ? .anyFile : .fileDXPlanWrote)
            do {
                try recording.write()
            } catch {
                var error = error
                error.source = source
                error.range = path.range
                if !force { error.notes.append(.note("add 'force' at the end to replace it: record \(ScenarioPrinter.quote(path.value)) force")) }
                throw error
            }
            session.recording = recording
            session.output.write(
                session.t(
                    "Recording to {file} (and a transcript to {transcript}); 'record stop' ends it.",
                    [
                        "file": path.value, "transcript": recording.transcriptPath,
                    ]) + "\n")
        }
    }
}

extension Session {
    /// Statements that bring a new session to this one's state: the model, the language, the
    /// scenarios defined (each after those it inherits from) and the workshop open.
    fileprivate func sessionPrelude() -> String {
        var text = ""
        if let modelOrigin { text += "model load " + ScenarioPrinter.quote(modelOrigin) + "\n" }
        if language == .vi { text += "lang vi\n" }
        for definition in workspace.definitions {
            text += (text.isEmpty ? "" : "\n") + ScenarioPrinter.print(definition.decl)
        }
        if let workshop { text += "\nworkshop " + ScenarioPrinter.quote(workshop.path) + "\n" }
        return text
    }
}
