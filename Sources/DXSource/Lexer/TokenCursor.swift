/// A position in a source's tokens, shared by the parsers of both languages.
///
/// It lexes the source once, keeps the lexer's diagnostics, and never moves past the end.
public struct TokenCursor: Sendable {
    public let tokens: [Token]
    /// What the lexer reported while tokenising.
    public let lexerDiagnostics: [Diagnostic]
    // The parsers ask for the current token at nearly every step, from other modules: these
    // accessors are inlinable, so that reading a token's kind or place does not copy the token.
    @usableFromInline var index = 0

    public init(_ source: SourceFile) {
        let lexed = Lexer.tokenize(source)
        tokens = lexed.tokens
        lexerDiagnostics = lexed.diagnostics
    }

    /// The index in `tokens` of the token under the cursor.
    @inlinable public var position: Int { index }
    /// The token under the cursor (the end-of-input token once everything is read).
    @inlinable public var current: Token { tokens[index] }
    /// The token after the current one, if any.
    @inlinable public var next: Token? { token(after: 1) }

    /// The token `offset` places after the current one, if any.
    @inlinable public func token(after offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
    /// The token read last.
    @inlinable public var previous: Token { tokens[max(index - 1, 0)] }

    /// Moves past the current token and returns it.
    @inlinable @discardableResult
    public mutating func advance() -> Token {
        let token = tokens[index]
        if !token.isEnd { index += 1 }
        return token
    }
}

extension TokenCursor {
    /// Whether a token can continue a name after a tight hyphen: whole digits, or a word.
    public static func isNamePart(_ token: Token) -> Bool {
        if token.word != nil { return true }
        guard case .number = token.kind else { return false }
        return !token.text.isEmpty && token.text.allSatisfy(\.isASCII) && token.text.allSatisfy(\.isNumber)
    }

    /// After a name's first word (just read), the parts joined to it by hyphens written tight
    /// (`đội-1`, `nhóm-2-b`, `des-1`), read: the whole name and where it ends. (The lexer reads
    /// `x-1` as a subtraction, for equations and scripts; where a name is expected it is a name.)
    public mutating func joinTightHyphens(to first: String, endingAt firstEnd: SourceRange) -> (name: String, end: SourceRange) {
        var word = first, end = firstEnd
        while current.isSymbol("-"), current.range.start == end.end, let part = next, part.range.start == current.range.end,
            Self.isNamePart(part)
        {
            advance()
            word += "-" + advance().text
            end = previous.range
        }
        return (word, end)
    }
}
