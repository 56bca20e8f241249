/// A position in a source's tokens, shared by the parsers of both languages.
///
/// It lexes the source once, keeps the lexer's diagnostics, and never moves past the end.
public struct TokenCursor: Sendable {
    public let tokens: [Token]
    /// What the lexer reported while tokenising.
    public let lexerDiagnostics: [Diagnostic]
    private var index = 0

    public init(_ source: SourceFile) {
        let lexed = Lexer.tokenize(source)
        tokens = lexed.tokens
        lexerDiagnostics = lexed.diagnostics
    }

    /// The index in `tokens` of the token under the cursor.
    public var position: Int { index }
    /// The token under the cursor (the end-of-input token once everything is read).
    public var current: Token { tokens[index] }
    /// The token after the current one, if any.
    public var next: Token? { token(after: 1) }

    /// The token `offset` places after the current one, if any.
    public func token(after offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
    /// The token read last.
    public var previous: Token { tokens[max(index - 1, 0)] }

    /// Moves past the current token and returns it.
    @discardableResult
    public mutating func advance() -> Token {
        let token = tokens[index]
        if !token.isEnd { index += 1 }
        return token
    }
}
