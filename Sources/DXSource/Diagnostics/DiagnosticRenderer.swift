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
        // Written piece by piece into `out` (each painted piece is never empty; only the name can
        // need escaping).
        if let source = diagnostic.source, let name = source.name {
            startPaint("1", to: &out)
            out += VisibleText.escaped(name)
            out += ":"
            if let range = diagnostic.range {
                out += String(range.start.line)
                out += ":"
                out += String(range.start.column)
                out += ":"
            }
            out += " "
            endPaint(to: &out)
        }
        let inVietnamese = vietnamese != nil
        switch diagnostic.severity {
        case .error:
            startPaint("1;31", to: &out)
            out += inVietnamese ? "lỗi" : "error"
            if let code = diagnostic.code {
                out += "["
                out += code.rawValue
                out += "]"
            }
            out += ":"
            endPaint(to: &out)
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
        // A short line is shown as it is (escaped if need be) and placed in one pass; a long one
        // shows a window around the place.
        let short = Self.simplePlacement(of: line, range) ?? Self.shortPlacement(of: line, range)
        let (shown, before, underlined) = short.map { ("", $0.before, $0.underlined) } ?? Self.placement(of: String(line), range)
        let caretColor = diagnostic.severity == .error ? "1;31" : diagnostic.severity == .warning ? "1;35" : "1;36"
        // Written piece by piece into `out` (each painted piece is never empty).
        out += "\n"
        startPaint("34", to: &out)
        Self.write(" ", gutterWidth - number.count, to: &out)
        out += number
        out += " | "
        endPaint(to: &out)
        if let short {
            Self.writeLine(line, escaping: short.hasControl, to: &out)
        } else {
            out += shown
        }
        out += "\n"
        startPaint("34", to: &out)
        Self.write(" ", gutterWidth, to: &out)
        out += " | "
        endPaint(to: &out)
        Self.write(" ", before, to: &out)
        startPaint(caretColor, to: &out)
        out += "^"
        Self.write("~", underlined - 1, to: &out)
        endPaint(to: &out)
    }

    /// Where `paint` starts and ends a colour, for a piece written in several parts.
    private func startPaint(_ code: String, to out: inout String) {
        if colored { out += "\u{1B}[" + code + "m" }
    }

    private func endPaint(to out: inout String) {
        if colored { out += "\u{1B}[0m" }
    }

    /// Runs of spaces and of tildes, made once, for the usual short run.
    /// (Two declarations: in one, `static let a = x.map { … }, b = y.map { … }`, Swift 6.3.1 gives
    /// both names the first one's value.)
    private static let spaces = (0..<256).map { repeated(" ", $0) }
    private static let tildes = (0..<256).map { repeated("~", $0) }

    /// Appends a space or a tilde `count` times.
    private static func write(_ character: Unicode.Scalar, _ count: Int, to out: inout String) {
        guard count > 0 else { return }
        let runs = character == "~" ? tildes : spaces
        out += count < runs.count ? runs[count] : repeated(character, count)
    }

    /// A short line whose every scalar is a character of its own (`isSimple`: ASCII, precomposed
    /// Latin and Vietnamese letters, most lines) placed without breaking it into characters, in two
    /// passes over its bytes: a control character shows as `\u{X}` or `\u{XX}`. Nil for any other line.
    static func simplePlacement(of line: Substring, _ range: SourceRange) -> (before: Int, underlined: Int, hasControl: Bool)? {
        line.utf8.withContiguousStorageIfAvailable { simplePlacement(of: $0, range) } ?? nil
    }

    private static func simplePlacement(of bytes: UnsafeBufferPointer<UInt8>, _ range: SourceRange) -> (
        before: Int, underlined: Int, hasControl: Bool
    )? {
        // The scalars are counted first: where the underline ends depends on how many there are.
        var count = 0, index = 0
        while index < bytes.count {
            let (value, length) = ValidUTF8.scalar(in: bytes, at: index)
            guard isSimple(value) else { return nil }
            count += 1
            if count > widestExcerpt { return nil }
            index += length
        }
        let startScalar = min(max(range.start.column - 1, 0), count)
        let endScalar =
            range.end.line == range.start.line
            ? min(max(range.end.column - 1, startScalar + 1), max(count, startScalar + 1))
            : max(count, startScalar + 1)
        var before = 0, underlined = 0, hasControl = false, scalarIndex = 0
        index = 0
        while index < bytes.count, scalarIndex < endScalar {
            let (value, length) = ValidUTF8.scalar(in: bytes, at: index)
            var width = 1
            if value <= 0x9F, VisibleText.isControl(Unicode.Scalar(UInt8(value))) {
                width = value < 0x10 ? 5 : 6
                hasControl = true
            }
            if scalarIndex < startScalar { before += width } else { underlined += width }
            scalarIndex += 1
            index += length
        }
        // Control characters after the underline are escaped too when the line is shown.
        if !hasControl { hasControl = VisibleText.hasControl(UnsafeBufferPointer(rebasing: bytes[index...]), keepingNewlines: false) }
        return (before, max(1, underlined), hasControl)
    }

    /// Whether a scalar is always a character of its own, whatever stands beside it (it neither
    /// joins the one before, as a combining accent does, nor the one after), so that counting
    /// scalars counts characters: ASCII and the C1 controls (escaped when shown), Latin-1 and
    /// Latin Extended (U+00A0…U+02FF), Latin Extended Additional, where Vietnamese's precomposed
    /// letters are (U+1E00…U+1EFF), and U+FFFD, which invalid bytes become. Tested for every one.
    static func isSimple(_ value: UInt32) -> Bool {
        value <= 0x2FF || (0x1E00...0x1EFF).contains(value) || value == 0xFFFD
    }

    /// A line of any characters, no wider than an excerpt shows whole, placed as `placement`
    /// places it (the caret by characters of the escaped text before the place and under it),
    /// with one pass over its scalars instead of three. Nil for a longer line.
    static func shortPlacement(of line: Substring, _ range: SourceRange) -> (before: Int, underlined: Int, hasControl: Bool)? {
        let scalars = line.unicodeScalars
        let startColumn = max(range.start.column - 1, 0)
        var count = 0, hasControl = false
        var startIndex = scalars.endIndex
        for index in scalars.indices {
            if count == startColumn { startIndex = index }
            if VisibleText.isControl(scalars[index]) { hasControl = true }
            count += 1
            if count > widestExcerpt { return nil }
        }
        let startScalar = min(startColumn, count)
        let endScalar =
            range.end.line == range.start.line
            ? min(max(range.end.column - 1, startScalar + 1), max(count, startScalar + 1))
            : max(count, startScalar + 1)
        // The end, found from the start (it is at most the line's end).
        let endIndex = scalars.index(startIndex, offsetBy: min(endScalar, count) - startScalar)
        let before = VisibleText.escaped(String(line[line.startIndex..<startIndex])).count
        let underlined = max(1, VisibleText.escaped(String(line[startIndex..<endIndex])).count)
        return (before, underlined, hasControl)
    }

    /// A short line as shown: as it is, or with its control characters escaped as `VisibleText`
    /// escapes them.
    private static func writeLine(_ line: Substring, escaping: Bool, to out: inout String) {
        guard escaping else {
            out.append(contentsOf: line)
            return
        }
        out += VisibleText.escaped(String(line))
    }

    /// Where the caret goes on any line, and the line as shown: columns count Unicode scalars;
    /// the caret is placed by characters as a terminal shows them.
    static func placement(of line: String, _ range: SourceRange) -> (shown: String, before: Int, underlined: Int) {
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
        // The same scalars, copied as bytes rather than appended one by one.
        return String(text[start..<end])
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
