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
public struct Token: Sendable, Hashable {
    public let kind: TokenKind
    public let range: SourceRange
    public let text: String

    public init(kind: TokenKind, range: SourceRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// The word's text, if this token is a word.
    public var word: String? {
        if case .word(let text) = kind { return text }
        return nil
    }

    public var isEnd: Bool { kind == .endOfInput }

    /// How the token is named in error messages.
    public var described: String {
        switch kind {
        case .newline: text == ";" ? "';'" : "end of line"
        case .endOfInput: "end of input"
        case .string: "a string"
        default: "'\(text)'"
        }
    }
}
