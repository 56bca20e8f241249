import CEditLine
import EditLineShim
import DXShell
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
        _ = dx_el_add_function(editLine, "dxplan-complete", "Complete the word under the cursor", { editLine, _ in
            guard let editLine, let data = dx_el_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
        })
        _ = dx_el_bind(editLine, "^I", "dxplan-complete")
        // The user's ~/.editrc comes last so it can override every default above.
        _ = dx_el_source_editrc(editLine)
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    func readLine(prompt: String) -> LineReadResult {
        dx_set_prompt_text(prompt)
        dx_clear_interrupt()
        dx_el_prepare_terminal(editLine)
        var count: Int32 = 0
        guard let line = el_gets(editLine, &count) else {
            if count == -1 || dx_interrupted() != 0 {
                dx_clear_interrupt()
                return .interrupted
            }
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
              let merged = dx_history_init(1000) else { return }
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
