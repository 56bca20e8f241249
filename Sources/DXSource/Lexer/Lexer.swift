import Foundation
/// Turns source text into tokens. Errors become diagnostics; lexing always reaches the end.
public struct Lexer {
    private let source: SourceFile
    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var line = 1
    private var column = 1
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ source: SourceFile) {
        self.source = source
        self.scalars = Array(source.text.unicodeScalars)
    }

    /// Every token of the source, ending with `.endOfInput`.
    public static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.isEnd { break }
        }
        return (tokens, lexer.diagnostics)
    }

    private var location: SourceLocation { SourceLocation(line: line, column: column, offset: position) }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private mutating func advance() {
        guard let scalar = peek() else { return }
        position += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private func text(from start: SourceLocation) -> String {
        let slice = scalars[start.offset..<position]
        // Most tokens are ASCII: their bytes are their UTF-8.
        if slice.allSatisfy({ $0.isASCII }) {
            return String(unsafeUninitializedCapacity: slice.count) { buffer in
                for (index, scalar) in slice.enumerated() { buffer[index] = UInt8(truncatingIfNeeded: scalar.value) }
                return slice.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    private mutating func make(_ kind: TokenKind, from start: SourceLocation) -> Token {
        Token(kind: kind, range: SourceRange(start: start, end: location), text: text(from: start))
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
        let start = location
        guard let c = peek() else { return make(.endOfInput, from: start) }
        if c == "\n" || c == ";" {
            advance()
            return make(.newline, from: start)
        }
        if c == "\r", peek(1) == "\n" {
            advance(); advance()
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
            return Token(kind: .symbol(">="), range: SourceRange(start: start, end: location), text: "≥")
        case "≤":
            return Token(kind: .symbol("<="), range: SourceRange(start: start, end: location), text: "≤")
        case "=", "!":
            if peek() == "=" {
                advance()
                return make(.symbol(text(from: start)), from: start)
            }
            if c == "=" { return make(.symbol("="), from: start) }
            diagnostics.append(.error(
                .syntax, "unexpected character '!'; write != for 'not equal'", in: source,
                at: SourceRange(start: start, end: location)))
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
            let shown = c.properties.generalCategory == .control ? String(format: "U+%04X", c.value) : String(Character(c))
            diagnostics.append(.error(
                .syntax, count == 1 ? "unexpected character '\(shown)'" : "unexpected character '\(shown)' (and \(count - 1) more)",
                in: source, at: SourceRange(start: start, end: location)))
            return nil
        }
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == " " || c == "\t" || c == "\u{00A0}" || (c == "\r" && peek(1) != "\n") {
                advance()
            } else if c == "#" {
                while let d = peek(), d != "\n" { advance() }
            } else {
                break
            }
        }
    }

    private mutating func word(from start: SourceLocation) -> Token {
        while let c = peek() {
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
        return Token(kind: .word(text), range: SourceRange(start: start, end: location), text: text)
    }

    /// Whether the scalars from `offset` on are one or more digits and then a letter.
    private func digitsThenLetter(from offset: Int) -> Bool {
        var i = offset
        while let c = peek(i), Self.isDigit(c) { i += 1 }
        guard i > offset, let next = peek(i) else { return false }
        return Self.isWordStart(next)
    }

    private mutating func number(from start: SourceLocation) -> Token {
        var digits = ""
        var seenPoint = false
        while let c = peek() {
            if Self.isDigit(c) {
                digits.unicodeScalars.append(c)
                advance()
            } else if c == "_", let after = peek(1), Self.isDigit(after) {
                advance()
            } else if c == ".", !seenPoint, let after = peek(1), Self.isDigit(after) {
                seenPoint = true
                digits.append(".")
                advance()
            } else {
                break
            }
        }
        if let c = peek(), Self.isWordStart(c) {
            // "2030abc" or "10bn": a number glued to a word. Split them; the parser decides.
            return make(.number(Double(digits) ?? 0), from: start)
        }
        return make(.number(Double(digits) ?? 0), from: start)
    }

    private mutating func string(from start: SourceLocation) -> Token {
        advance()  // opening quote
        var value = ""
        while let c = peek() {
            if c == "\n" { break }
            if c == "\"" || c == "”" || c == "“" {
                advance()
                return make(.string(value), from: start)
            }
            if c == "\\", let escaped = peek(1) {
                advance(); advance()
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
        diagnostics.append(.error(
            .syntax, "unterminated string; add a closing '\"'", in: source,
            at: SourceRange(start: start, end: location)))
        return make(.string(value), from: start)
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// Whether a character can begin a token, a space or a comment.
    static func startsToken(_ c: Unicode.Scalar) -> Bool {
        isWordStart(c) || isDigit(c) || punctuation.contains(c)
    }
    private static let punctuation = Set(" \t\r\n;#\"“”%<>≥≤=!,()-+*/^:[]{}.\u{00A0}".unicodeScalars)

    static func isWordStart(_ c: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode's property tables are slow next to a range check.
        if c.isASCII { return c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        return c.properties.isAlphabetic
    }

    static func isCombiningMark(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return false }
        return switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
