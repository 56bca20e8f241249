/// Turns source text into tokens. Errors become diagnostics; lexing always reaches the end.
///
/// It reads the text's UTF-8 bytes: most of any input is ASCII, where a byte is a character and
/// needs no decoding. Positions still count Unicode scalars (columns and offsets), as people see them.
public struct Lexer {
    private let source: SourceFile
    private let bytes: [UInt8]
    /// The byte offset of the current scalar.
    private var position = 0
    /// The scalar offset of the current scalar (what `SourceLocation.offset` counts).
    private var scalarOffset = 0
    private var line = 1
    private var column = 1
    public private(set) var diagnostics: [Diagnostic] = []

    /// Where a token starts: its location, and its byte offset for taking its text.
    private struct Start {
        let location: SourceLocation
        let byte: Int
    }

    public init(_ source: SourceFile) {
        self.source = source
        self.bytes = Array(source.text.utf8)
    }

    /// Every token of the source, ending with `.endOfInput`.
    /// The tokens of each line that has any, without the line ends: for the line-by-line file
    /// formats (lessons, workshops).
    public static func lines(_ source: SourceFile) -> (lines: [[Token]], diagnostics: [Diagnostic]) {
        let (tokens, diagnostics) = tokenize(source)
        var lines: [[Token]] = []
        var line: [Token] = []
        for token in tokens {
            if token.isNewline || token.isEnd {
                if !line.isEmpty { lines.append(line) }
                line = []
            } else {
                line.append(token)
            }
        }
        return (lines, diagnostics)
    }

    public static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        // About a token for every four bytes of most input, made room for at once (within reason).
        tokens.reserveCapacity(min(lexer.bytes.count / 4 + 1, 4096))
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.isEnd { break }
        }
        return (tokens, lexer.diagnostics)
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column, offset: scalarOffset) }
    private var start: Start { Start(location: location, byte: position) }

    /// The scalar at a byte offset and how many bytes it takes, or nil at the end. The bytes are a
    /// Swift string's, so they are valid UTF-8.
    private func scalar(at byte: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard byte < bytes.count else { return nil }
        let (value, length) = ValidUTF8.scalar(in: bytes, at: byte)
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar `ahead` scalars after the current one, if any.
    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        var byte = position
        for _ in 0..<ahead {
            guard let (_, length) = scalar(at: byte) else { return nil }
            byte += length
        }
        return scalar(at: byte)?.scalar
    }

    /// The current byte if it is ASCII (an ASCII byte is always a whole scalar in UTF-8).
    private var asciiByte: UInt8? {
        position < bytes.count && bytes[position] < 0x80 ? bytes[position] : nil
    }

    private mutating func advance() {
        guard let (scalar, length) = scalar(at: position) else { return }
        position += length
        scalarOffset += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private func text(from start: Start) -> String {
        String(decoding: bytes[start.byte..<position], as: UTF8.self)
    }

    private func range(from start: Start) -> SourceRange { SourceRange(start: start.location, end: location) }

    private mutating func make(_ kind: TokenKind, from start: Start) -> Token {
        Token(kind: kind, range: range(from: start), text: text(from: start))
    }

    public mutating func next() -> Token {
        // Characters that start no token are reported (a run of them once) and skipped, in a loop:
        // a long run of them must not grow the stack.
        while true {
            if let token = nextToken() { return token }
        }
    }

    /// The next token, or nil after reporting and skipping characters that start none.
    private mutating func nextToken() -> Token? {
        skipSpaceAndComments()
        let start = self.start
        if let byte = asciiByte, let token = asciiToken(byte, from: start) { return token }
        guard let c = peek() else { return make(.endOfInput, from: start) }
        if c == "\n" || c == ";" {
            advance()
            return make(.newline, from: start)
        }
        if c == "\r", peek(1) == "\n" {
            advance()
            advance()
            return make(.newline, from: start)
        }
        if Self.isWordStart(c) { return word(from: start) }
        if Self.isDigit(c) || (c == "." && peek(1).map(Self.isDigit) == true) { return number(from: start) }
        if c == "\"" || c == "“" || c == "”" { return string(from: start) }
        advance()
        switch c {
        case "%":
            return make(.percent, from: start)
        case ">", "<":
            if peek() == "=" { advance() }
            return make(.symbol(text(from: start)), from: start)
        case "≥":
            return Token(.symbol, range: range(from: start), text: "≥", value: ">=")
        case "≤":
            return Token(.symbol, range: range(from: start), text: "≤", value: "<=")
        case "=", "!":
            if peek() == "=" {
                advance()
                return make(.symbol(text(from: start)), from: start)
            }
            if c == "=" { return make(.symbol("="), from: start) }
            diagnostics.append(
                .error(
                    .syntax, "unexpected character '!'; write != for 'not equal'", in: source, at: range(from: start)))
            return nil
        case ",", "(", ")", "-", "+", "*", "/", "^", ":", "[", "]", "{", "}":
            return make(.symbol(String(c)), from: start)
        default:
            // One diagnostic for a run of characters that start no token.
            var count = 1
            while let more = peek(), !Self.startsToken(more) {
                advance()
                count += 1
            }
            let shown = Self.isControlCharacter(c) ? Self.codePoint(c) : String(Character(c))
            diagnostics.append(
                .error(
                    .syntax, count == 1 ? "unexpected character '\(shown)'" : "unexpected character '\(shown)' (and \(count - 1) more)",
                    in: source, at: range(from: start)))
            return nil
        }
    }

    /// The token that an ASCII character starts, read without decoding (most tokens), or nil
    /// for what the general path reads: `\r`, `.`, a lone `!` and other characters that start no
    /// token (nil means nothing was read). The kinds, texts and places are those the general path gives.
    private mutating func asciiToken(_ byte: UInt8, from start: Start) -> Token? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return word(from: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(from: start)
        case UInt8(ascii: "\""):
            return string(from: start)
        case UInt8(ascii: "\n"), UInt8(ascii: ";"):
            advance()
            return Token(.newline, range: range(from: start), text: Self.asciiTexts[Int(byte)])
        case UInt8(ascii: "%"):
            advanceASCII()
            return Token(.percent, range: range(from: start), text: "%")
        case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: "!"):
            let withEquals = position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "=")
            // A lone `!` is an error: the general path reports it.
            if byte == UInt8(ascii: "!") && !withEquals { return nil }
            advanceASCII()
            if withEquals {
                advanceASCII()
                let text = byte == UInt8(ascii: ">") ? ">=" : byte == UInt8(ascii: "<") ? "<=" : byte == UInt8(ascii: "=") ? "==" : "!="
                return Token(.symbol, range: range(from: start), text: text)
            }
            let text = Self.asciiTexts[Int(byte)]
            return Token(.symbol, range: range(from: start), text: text)
        case UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"),
            UInt8(ascii: "/"), UInt8(ascii: "^"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
            UInt8(ascii: "}"):
            advanceASCII()
            let text = Self.asciiTexts[Int(byte)]
            return Token(.symbol, range: range(from: start), text: text)
        default:
            return nil
        }
    }

    /// Each ASCII character as a string, made once (a token's text is often one character).
    private static let asciiTexts: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Moves past an ASCII character other than a line break.
    private mutating func advanceASCII() {
        position += 1
        scalarOffset += 1
        column += 1
    }

    /// Whether a scalar is a control character (Unicode's category Cc: U+0000…U+001F and
    /// U+007F…U+009F), which an error shows as its code point.
    static func isControlCharacter(_ c: Unicode.Scalar) -> Bool {
        c == "\t" || VisibleText.isControl(c)
    }

    /// `U+001B`: a scalar's code point in hexadecimal, at least four digits.
    static func codePoint(_ c: Unicode.Scalar) -> String {
        let digits = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private mutating func skipSpaceAndComments() {
        while position < bytes.count {
            // Spaces and comments without decoding: a comment's scalars are counted by their
            // first bytes (a UTF-8 continuation byte is 0b10xxxxxx).
            let byte = bytes[position]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                advanceASCII()
                continue
            }
            if byte == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
                    if bytes[position] & 0xC0 != 0x80 {
                        scalarOffset += 1
                        column += 1
                    }
                    position += 1
                }
                continue
            }
            guard let c = peek() else { break }
            if c == " " || c == "\t" || c == "\u{00A0}" || (c == "\r" && peek(1) != "\n") {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else {
                break
            }
        }
    }

    private mutating func word(from start: Start) -> Token {
        while true {
            // ASCII letters, digits and `_` first: they make up most words.
            if let byte = asciiByte, Self.isASCIIWordByte(byte) {
                position += 1
                scalarOffset += 1
                column += 1
                continue
            }
            guard let c = peek() else { break }
            if Self.isWordStart(c) || Self.isDigit(c) || Self.isCombiningMark(c) {
                advance()
            } else if c == "-", let after = peek(1), Self.isWordStart(after) {
                advance()
            } else if c == "-", digitsThenLetter(from: 1) {
                // `phủ-sóng-5g`: digits that a letter follows belong to the word; `x-1` is still a subtraction.
                advance()
            } else {
                break
            }
        }
        let text = text(from: start)
        return Token(.word, range: range(from: start), text: text)
    }

    /// Whether the scalars from `offset` on are one or more digits and then a letter.
    private func digitsThenLetter(from offset: Int) -> Bool {
        var i = offset
        while let c = peek(i), Self.isDigit(c) { i += 1 }
        guard i > offset, let next = peek(i) else { return false }
        return Self.isWordStart(next)
    }

    private mutating func number(from start: Start) -> Token {
        // Its characters are all ASCII digits, `_` and `.`: read as bytes.
        var seenPoint = false, seenSeparator = false
        func isDigit(_ offset: Int) -> Bool {
            offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
        }
        while position < bytes.count {
            let byte = bytes[position]
            if isDigit(position) {
                advanceASCII()
            } else if byte == UInt8(ascii: "_"), isDigit(position + 1) {
                seenSeparator = true
                advanceASCII()
            } else if byte == UInt8(ascii: "."), !seenPoint, isDigit(position + 1) {
                seenPoint = true
                advanceASCII()
            } else {
                break
            }
        }
        // "2030abc" or "10bn": a number glued to a word ends at the word; the parser decides.
        let text = text(from: start)
        let digits = seenSeparator ? String(decoding: text.utf8.filter { $0 != UInt8(ascii: "_") }, as: UTF8.self) : text
        return Token(.number, number: Double(digits) ?? 0, range: range(from: start), text: text)
    }

    private mutating func string(from start: Start) -> Token {
        advance()  // opening quote
        var value = ""
        while let c = peek() {
            if c == "\n" { break }
            if c == "\"" || c == "”" || c == "“" {
                advance()
                return make(.string(value), from: start)
            }
            if c == "\\", let escaped = peek(1) {
                advance()
                advance()
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                default: value.unicodeScalars.append(escaped)
                }
                continue
            }
            value.unicodeScalars.append(c)
            advance()
        }
        diagnostics.append(
            .error(
                .syntax, "unterminated string; add a closing '\"'", in: source, at: range(from: start)))
        return make(.string(value), from: start)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// Whether an ASCII byte is a letter, a digit or `_`.
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// Whether a character can begin a token, a space or a comment.
    static func startsToken(_ c: Unicode.Scalar) -> Bool {
        isWordStart(c) || isDigit(c) || isPunctuation(c)
    }

    /// Whether a scalar is one of ` \t\r\n;#"“”%<>≥≤=!,()-+*/^:[]{}.` and U+00A0: the ASCII ones
    /// by a bit in a 128-bit set.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        guard c.isASCII else { return c == "“" || c == "”" || c == "≥" || c == "≤" || c == "\u{00A0}" }
        let value = c.value
        return value < 64 ? asciiPunctuation.low & (1 << value) != 0 : asciiPunctuation.high & (1 << (value - 64)) != 0
    }

    private static let asciiPunctuation: (low: UInt64, high: UInt64) = {
        var low: UInt64 = 0, high: UInt64 = 0
        for c in " \t\r\n;#\"%<>=!,()-+*/^:[]{}.".unicodeScalars {
            if c.value < 64 { low |= 1 << c.value } else { high |= 1 << (c.value - 64) }
        }
        return (low, high)
    }()

    static func isWordStart(_ c: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode's property tables are slow next to a range check.
        if c.isASCII { return c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        if c.value < CommonScalars.limit { return CommonScalars.shared.alphabetic(c.value) }
        return c.value != 0xFFFD && c.properties.isAlphabetic
    }

    static func isCombiningMark(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return false }
        if c.value < CommonScalars.limit { return CommonScalars.shared.combining(c.value) }
        return c.value != 0xFFFD && isCombiningMarkByCategory(c)
    }

    /// Whether Unicode classes the scalar as a combining mark (nonspacing, spacing or enclosing).
    static func isCombiningMarkByCategory(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Which of the first 8,192 code points (Latin with Vietnamese's letters, Greek, Cyrillic, the
    /// combining accents, and the scripts up to U+1FFF) are letters and which are combining marks,
    /// read from Unicode's tables once into bits: the lexer asks at every non-ASCII character, and
    /// a property look-up is slow next to a bit test. U+FFFD, which invalid bytes become, is neither.
    private struct CommonScalars: Sendable {
        static let limit: UInt32 = 0x2000
        static let shared = CommonScalars()
        private let alphabeticBits: [UInt64]
        private let combiningBits: [UInt64]

        private init() {
            var alphabetic = [UInt64](repeating: 0, count: Int(Self.limit) / 64)
            var combining = alphabetic
            for value in 0..<Self.limit {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let (word, bit) = (Int(value) / 64, UInt64(1) << (value % 64))
                if scalar.properties.isAlphabetic { alphabetic[word] |= bit }
                if Lexer.isCombiningMarkByCategory(scalar) { combining[word] |= bit }
            }
            alphabeticBits = alphabetic
            combiningBits = combining
        }

        func alphabetic(_ value: UInt32) -> Bool { alphabeticBits[Int(value / 64)] & (1 << (value % 64)) != 0 }
        func combining(_ value: UInt32) -> Bool { combiningBits[Int(value / 64)] & (1 << (value % 64)) != 0 }
    }
}
