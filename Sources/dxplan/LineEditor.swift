import CEditLine
import DXShell
import EditLineShim
import Foundation

/// The REPL's line editor: libedit with emacs bindings, ~/.editrc, persistent history and
/// tab completion. Used only when standard input is a terminal.
final class LineEditor: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyPath: String?
    /// Builds a completer with the session's current names.
    var makeCompleter: () -> Completer = {
        Completer(scenarioNames: [], programmeNames: [], indicatorNames: [])
    }
    /// The earlier lines of the entry being typed, so completion knows the open blocks.
    var pendingLines: () -> String = { "" }

    init?(historyPath: String?) {
        guard let editLine = dx_el_init("dxplan"), let history = dx_history_init(1000) else { return nil }
        self.editLine = editLine
        self.history = history
        self.historyPath = historyPath
        dx_el_set_history(editLine, history)
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            _ = dx_history_load(history, historyPath)
        }
        dx_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = dx_el_add_function(
            editLine, "dxplan-complete", "Complete the word under the cursor",
            { editLine, _ in LineEditor.of(editLine)?.complete() ?? UInt8(CC_ERROR) })
        _ = dx_el_bind(editLine, "^I", "dxplan-complete")
        // libedit's own incremental search reads its key map by the low byte of a character, so a
        // Vietnamese letter (đ is U+0111) reads as a control key and ends the search: this one
        // takes every printable character.
        _ = dx_el_add_function(
            editLine, "dxplan-search", "Search the history backwards as you type",
            { editLine, _ in LineEditor.of(editLine)?.searchHistory() ?? UInt8(CC_ERROR) })
        _ = dx_el_bind(editLine, "^R", "dxplan-search")
        // The user's ~/.editrc comes last so it can override every default above.
        _ = dx_el_source_editrc(editLine)
    }

    /// The editor an EditLine belongs to (its client data), for the functions bound to keys:
    /// C function pointers cannot capture it.
    private static func of(_ editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = dx_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    /// The prompt of the line being read (the search shows its own while it runs).
    private var prompt = ""

    func readLine(prompt: String) -> LineReadResult {
        self.prompt = prompt
        dx_set_prompt_text(prompt)
        dx_clear_interrupt()
        dx_el_prepare_terminal(editLine)
        var count: Int32 = 0
        guard let line = el_gets(editLine, &count) else {
            let failure = errno
            if dx_interrupted() != 0 || (count == -1 && failure == EINTR) {
                dx_clear_interrupt()
                return .interrupted
            }
            // Any other failure to read (the terminal hung up: EIO) ends the input as end of file
            // does; taken for Ctrl-C, it asked again at once, forever, at full speed.
            return .endOfInput
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        dx_clear_interrupt()
        return .line(text)
    }

    /// Adds the entry to this session's history and to the file. The file is re-read first, so
    /// sessions running side by side keep each other's entries, and replaced in one rename.
    func addHistory(_ entry: String) {
        _ = dx_history_enter(history, entry)
        guard let historyPath, HistoryLocation.prepareDirectory(for: historyPath),
            let merged = dx_history_init(1000)
        else { return }
        defer { history_end(merged) }
        // Shells side by side take turns: read, merge and replace under an exclusive lock, so no
        // entry of one is lost to the other's rename.
        let lock = open(historyPath + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        if lock >= 0 { _ = flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 {
                _ = flock(lock, LOCK_UN)
                close(lock)
            }
        }
        if FileManager.default.fileExists(atPath: historyPath) { _ = dx_history_load(merged, historyPath) }
        _ = dx_history_enter(merged, entry)
        let temporary = historyPath + ".tmp-\(getpid())"
        if dx_history_save(merged, temporary) >= 0, chmod(temporary, 0o600) == 0, rename(temporary, historyPath) == 0 {
            return
        }
        unlink(temporary)
    }

    /// Reverse incremental search (Ctrl-R): each character typed narrows the search to the newest
    /// entry containing what is typed; Ctrl-R again goes to an older one; Backspace takes back a
    /// character; Enter runs the entry found; Ctrl-G (or Ctrl-C) gives back the line as it was;
    /// any other key keeps the entry found on the line and does what it does.
    private func searchHistory() -> UInt8 {
        final class Entries { var lines: [String] = [] }
        let entries = Entries()
        dx_history_each(
            history,
            { line, context in
                guard let line, let context else { return 1 }
                Unmanaged<Entries>.fromOpaque(context).takeUnretainedValue().lines.append(String(cString: line))
                return 0
            }, Unmanaged.passUnretained(entries).toOpaque())
        let original = currentLine()
        var pattern = ""
        var found: Int?  // index in entries (newest first) of the entry shown
        func search(from start: Int) -> Int? {
            guard !pattern.isEmpty, start < entries.lines.count else { return nil }
            return entries.lines[start...].firstIndex { $0.contains(pattern) }
        }
        func show() {
            let failing = !pattern.isEmpty && found == nil
            dx_set_prompt_text((failing ? "(failing reverse-i-search)'" : "(reverse-i-search)'") + pattern + "': ")
            replaceLine(with: found.map { entries.lines[$0] } ?? original)
            // Back to the start of the line, cleared, so the redraw replaces the prompt.
            fputs("\r\u{1B}[K", dx_stdout())
            dx_el_refresh(editLine)
        }
        func finish(keeping text: String) {
            dx_set_prompt_text(prompt)
            replaceLine(with: text)
        }
        show()
        while true {
            var character: wchar_t = 0
            guard el_wgetc(editLine, &character) == 1, let scalar = Unicode.Scalar(UInt32(bitPattern: character)) else {
                finish(keeping: original)
                return UInt8(CC_REDISPLAY)
            }
            switch scalar {
            case "\u{12}":  // Ctrl-R: an older entry
                if let current = found, let older = search(from: current + 1) { found = older }
            case "\u{7F}", "\u{08}":  // Backspace
                if !pattern.isEmpty { pattern.removeLast() }
                found = search(from: 0)
            case "\u{07}", "\u{03}":  // Ctrl-G, Ctrl-C: back to the line as it was
                finish(keeping: original)
                return UInt8(CC_REDISPLAY)
            case "\r", "\n":
                // Enter goes back to libedit, whose own newline ends the line properly (a function
                // that returns CC_NEWLINE leaves the rest of a longer earlier line behind it).
                finish(keeping: found.map { entries.lines[$0] } ?? original)
                var enter: [wchar_t] = [wchar_t(UInt8(ascii: "\r")), 0]
                el_wpush(editLine, &enter)
                return UInt8(CC_REDISPLAY)
            default:
                guard scalar.value >= 0x20 else {
                    // Another key: the entry stays on the line and the key does what it does.
                    finish(keeping: found.map { entries.lines[$0] } ?? original)
                    var pushed: [wchar_t] = [character, 0]
                    el_wpush(editLine, &pushed)
                    return UInt8(CC_REDISPLAY)
                }
                pattern.unicodeScalars.append(scalar)
                found = search(from: found ?? 0)
            }
            show()
        }
    }

    /// The text of the line being edited.
    private func currentLine() -> String {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let end = info.lastchar else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: UnsafeRawPointer(buffer), count: buffer.distance(to: end)), as: UTF8.self)
    }

    /// Replaces the whole line being edited, the cursor at its end.
    private func replaceLine(with text: String) {
        let count = currentLine().unicodeScalars.count
        _ = el_cursor(editLine, Int32(count))
        el_deletestr(editLine, Int32(count))
        if !text.isEmpty { _ = el_insertstr(editLine, text) }
    }

    /// Completes the word before the cursor: inserts the common prefix of the candidates,
    /// or lists them when the prefix adds nothing.
    private func complete() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let length = buffer.distance(to: cursor)
        let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(buffer), count: length)
        let line = String(decoding: bytes, as: UTF8.self)
        let completions = makeCompleter().complete(line: line, pendingLines: pendingLines())
        guard !completions.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let prefix = completions.commonPrefix
        if prefix.count > completions.partial.count, prefix.hasPrefix(completions.partial) {
            let insertion = String(prefix.dropFirst(completions.partial.count))
            _ = el_insertstr(editLine, insertion)
            return UInt8(CC_REFRESH)
        }
        if completions.extendsPartial {
            // Typed without diacritics (or in another case): the word is replaced ("chay" → "chạy ").
            // libedit counts characters as code points.
            el_deletestr(editLine, Int32(completions.partial.unicodeScalars.count))
            _ = el_insertstr(editLine, prefix)
            return UInt8(CC_REFRESH)
        }
        if completions.candidates.count == 1 { return UInt8(CC_REFRESH) }
        let names = completions.candidates.map(\.display)
        let width = (names.map(\.count).max() ?? 0) + 2
        let perLine = max(1, 78 / width)
        var listing = "\n"
        for (i, name) in names.enumerated() {
            listing += name.padding(toLength: width, withPad: " ", startingAt: 0)
            if (i + 1) % perLine == 0 || i == names.count - 1 { listing += "\n" }
        }
        fputs(listing, dx_stdout())
        fflush(dx_stdout())
        return UInt8(CC_REDISPLAY)
    }
}
