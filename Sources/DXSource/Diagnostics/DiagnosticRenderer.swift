/// Renders diagnostics as `file:line:col: error[CODE]: message`, the source line and a caret.
///
/// ```
/// plan.txt:4:5: error[E202]: unknown programme 'skils'; did you mean 'skills'?
///     4 |     skils 10%
///       |     ^~~~~
/// ```
/// Input typed at the REPL has no file name, so its first line starts with the severity.
public struct DiagnosticRenderer: Sendable {
    public var colored: Bool
    /// In a Vietnamese session: the catalogue messages are translated with (a message it cannot
    /// read stays English), Vietnamese labels, and for each error a line after the source excerpt
    /// that says what its code means.
    public var vietnamese: MessageTranslation?

    /// The widest source line an excerpt shows whole; a longer one shows a window around the place.
    static let widestExcerpt = 160
    /// The longest message shown whole (a message quoting a huge word is cut).
    static let longestMessage = 400

    public init(colored: Bool) {
        self.colored = colored
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        // One string written in order: a diagnostic is a dozen pieces, and joining them two by
        // two would copy the line and the message again at every join.
        var out = ""
        out.reserveCapacity(256)
        write(diagnostic, to: &out)
        return out
    }

    private func write(_ diagnostic: Diagnostic, to out: inout String) {
        // Read against the catalogue once: the header shows the translation, and where there is
        // none, a line after the excerpt says what the code means.
        let translation = vietnamese.flatMap { translated(diagnostic, by: $0) }
        writeHeader(diagnostic, message: translation ?? diagnostic.message, to: &out)
        writeExcerpt(diagnostic, to: &out)
        if vietnamese != nil, translation == nil, diagnostic.severity == .error, let code = diagnostic.code {
            out += "\n"
            paint("nghĩa:", "1;36", to: &out)
            out += " " + code.vietnameseSummary
        }
        for note in diagnostic.notes {
            out += "\n"
            write(note, to: &out)
        }
    }

    private func writeHeader(_ diagnostic: Diagnostic, message shown: String, to out: inout String) {
        if let source = diagnostic.source, let name = source.name {
            var prefix = name + ":"
            if let range = diagnostic.range {
                prefix += String(range.start.line) + ":" + String(range.start.column) + ":"
            }
            prefix += " "
            paint(VisibleText.escaped(prefix), "1", to: &out)
        }
        let inVietnamese = vietnamese != nil
        switch diagnostic.severity {
        case .error: paint((inVietnamese ? "lỗi" : "error") + (diagnostic.code.map { "[\($0.rawValue)]" } ?? "") + ":", "1;31", to: &out)
        case .warning: paint(inVietnamese ? "cảnh báo:" : "warning:", "1;35", to: &out)
        case .note: paint(inVietnamese ? "ghi chú:" : "note:", "1;36", to: &out)
        }
        out += " "
        var message = VisibleText.escaped(shown)
        // A message of no more bytes than the limit has no more characters: counting them is skipped.
        if message.utf8.count > Self.longestMessage, message.count > Self.longestMessage {
            message = String(message.prefix(Self.longestMessage)) + "…"
        }
        paint(message, "1", to: &out)
    }

    /// A diagnostic's message translated, or nil when the catalogue cannot read it (or it is too
    /// long to try: it quotes a huge word, and is cut when shown anyway).
    private func translated(_ diagnostic: Diagnostic, by translation: MessageTranslation) -> String? {
        guard diagnostic.message.utf8.count <= 4 * Self.longestMessage else { return nil }
        return translation.translate(diagnostic.message)
    }

    /// The source line and the caret under the place, on the lines after the header.
    private func writeExcerpt(_ diagnostic: Diagnostic, to out: inout String) {
        guard let source = diagnostic.source, let range = diagnostic.range,
            let line = source.line(range.start.line)
        else { return }
        let number = String(range.start.line)
        let gutterWidth = max(4, number.count + 1)
        let (shown, before, underlined) =
            Self.asciiPlacement(of: line, range)
            ?? Self.placement(of: String(line), range)
        let caretColor = diagnostic.severity == .error ? "1;31" : diagnostic.severity == .warning ? "1;35" : "1;36"
        out += "\n"
        paint(Self.repeated(" ", gutterWidth - number.count) + number + " | ", "34", to: &out)
        out += shown
        out += "\n"
        paint(Self.repeated(" ", gutterWidth) + " | ", "34", to: &out)
        out += Self.repeated(" ", before)
        paint("^" + Self.repeated("~", underlined - 1), caretColor, to: &out)
    }

    /// A short ASCII line (most lines) placed without decoding: a byte is a scalar and a
    /// character, and a control character shows as `\u{X}` or `\u{XX}`. Nil for any other line.
    private static func asciiPlacement(of line: Substring, _ range: SourceRange) -> (shown: String, before: Int, underlined: Int)? {
        let bytes = line.utf8
        guard bytes.count <= widestExcerpt, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let count = bytes.count
        let startScalar = min(max(range.start.column - 1, 0), count)
        let endScalar =
            range.end.line == range.start.line
            ? min(max(range.end.column - 1, startScalar + 1), max(count, startScalar + 1))
            : max(count, startScalar + 1)
        var before = 0, underlined = 0
        for (index, byte) in bytes.enumerated() {
            let width = VisibleText.isControl(Unicode.Scalar(byte)) ? (byte < 0x10 ? 5 : 6) : 1
            if index < startScalar { before += width } else if index < endScalar { underlined += width } else { break }
        }
        return (VisibleText.escaped(String(line)), before, max(1, underlined))
    }

    /// Where the caret goes on any line, and the line as shown: columns count Unicode scalars;
    /// the caret is placed by characters as a terminal shows them.
    private static func placement(of line: String, _ range: SourceRange) -> (shown: String, before: Int, underlined: Int) {
        var lineText = line
        var scalarCount = lineText.unicodeScalars.count
        var startScalar = min(max(range.start.column - 1, 0), scalarCount)
        var endScalar: Int
        if range.end.line == range.start.line {
            endScalar = min(max(range.end.column - 1, startScalar + 1), max(scalarCount, startScalar + 1))
        } else {
            endScalar = max(scalarCount, startScalar + 1)
        }
        // A very long line shows a window around the place, with … where it is cut.
        if scalarCount > widestExcerpt {
            let from = max(0, startScalar - widestExcerpt / 4)
            let to = min(scalarCount, from + widestExcerpt)
            let head = from > 0 ? "…" : "", tail = to < scalarCount ? "…" : ""
            let shift = from - head.unicodeScalars.count
            lineText = head + scalars(of: lineText, from: from, to: to) + tail
            scalarCount = lineText.unicodeScalars.count
            startScalar -= shift
            endScalar = min(endScalar - shift, scalarCount - tail.unicodeScalars.count)
            endScalar = max(endScalar, startScalar + 1)
        }
        // Control characters show as escapes (`\u{1B}`): the caret counts them as they show.
        let before = VisibleText.escaped(scalars(of: lineText, from: 0, to: startScalar)).count
        let underlined = max(1, VisibleText.escaped(scalars(of: lineText, from: startScalar, to: min(endScalar, scalarCount))).count)
        return (VisibleText.escaped(lineText), before, underlined)
    }

    /// An ASCII character `count` times, written straight into the string's storage
    /// (`String(repeating:count:)` appends one at a time; an excerpt pads with hundreds).
    private static func repeated(_ character: Unicode.Scalar, _ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: character))
            return count
        }
    }

    /// The text between two Unicode scalar offsets (clamped to the text).
    private static func scalars(of text: String, from: Int, to: Int) -> String {
        let view = text.unicodeScalars
        let start = view.index(view.startIndex, offsetBy: max(0, from), limitedBy: view.endIndex) ?? view.endIndex
        let end = view.index(start, offsetBy: max(0, to - max(0, from)), limitedBy: view.endIndex) ?? view.endIndex
        return String(view[start..<end])
    }

    /// Writes `text`, in the colour `code` when colours are on.
    private func paint(_ text: String, _ code: String, to out: inout String) {
        guard colored, !text.isEmpty else {
            out += text
            return
        }
        out += "\u{1B}[" + code + "m"
        out += text
        out += "\u{1B}[0m"
    }
}
