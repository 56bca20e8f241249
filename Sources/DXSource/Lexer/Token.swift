/// The kinds of token in the scenario language.
public enum TokenKind: Sendable, Hashable {
    /// A name or keyword: letters, digits, `_`, and `-` between letters (`five-pushes`).
    case word(String)
    /// A number, with `_` allowed as a thousands separator (`25_000`).
    case number(Double)
    /// A double-quoted string, escapes already decoded.
    case string(String)
    case percent
    /// `>=`, `<=`, `>`, `<`, `=`, `==`, `!=`, `,`, `(`, `)`, `-`, `+`, `*`, `/`, `^`, `:`, brackets.
    case symbol(String)
    /// The end of a statement: a line break or `;`.
    case newline
    case endOfInput
}

/// A token with the span of source it came from and the text as written.
///
/// It holds its kind as a tag and its value as its text (a word, a symbol), as a number, or in
/// `value` when the text is not the value (a string's escapes, `≥`): most tokens hold one string,
/// and the parsers copy tokens at nearly every step.
public struct Token: Sendable, Hashable {
    /// A kind without its value.
    @usableFromInline enum Tag: UInt8, Sendable {
        case word, number, string, percent, symbol, newline, endOfInput
    }

    @usableFromInline let tag: Tag
    /// A number's value (0 for any other token).
    @usableFromInline let number: Double
    public let range: SourceRange
    public let text: String
    /// A word's, string's or symbol's value when it is not `text`.
    @usableFromInline let value: String?

    public init(kind: TokenKind, range: SourceRange, text: String) {
        var number = 0.0, value: String?
        let tag: Tag
        switch kind {
        case .word(let word):
            tag = .word
            if word != text { value = word }
        case .number(let given):
            tag = .number
            number = given
        case .string(let string):
            tag = .string
            if string != text { value = string }
        case .percent: tag = .percent
        case .symbol(let symbol):
            tag = .symbol
            if symbol != text { value = symbol }
        case .newline: tag = .newline
        case .endOfInput: tag = .endOfInput
        }
        self.init(tag, number: number, range: range, text: text, value: value)
    }

    /// A token whose value is its text, its number, or `value`.
    init(_ tag: Tag, number: Double = 0, range: SourceRange, text: String, value: String? = nil) {
        self.tag = tag
        self.number = number
        self.range = range
        self.text = text
        self.value = value
    }

    public var kind: TokenKind {
        switch tag {
        case .word: .word(value ?? text)
        case .number: .number(number)
        case .string: .string(value ?? text)
        case .percent: .percent
        case .symbol: .symbol(value ?? text)
        case .newline: .newline
        case .endOfInput: .endOfInput
        }
    }

    /// The word's text, if this token is a word.
    @inlinable public var word: String? {
        tag == .word ? value ?? text : nil
    }

    @inlinable public var isEnd: Bool { tag == .endOfInput }

    /// Whether the token ends a statement (a line break or `;`).
    @inlinable public var isNewline: Bool { tag == .newline }

    /// Whether the token is the symbol `symbol` (as `kind == .symbol(symbol)`, without making a kind to compare).
    @inlinable public func isSymbol(_ symbol: String) -> Bool {
        tag == .symbol && (value ?? text) == symbol
    }

    /// Whether the token is `%`.
    @inlinable public var isPercent: Bool { tag == .percent }

    /// How the token is named in error messages.
    public var described: String {
        switch tag {
        case .newline: text == ";" ? "';'" : "end of line"
        case .endOfInput: "end of input"
        case .string: "a string"
        default: "'\(text)'"
        }
    }
}
