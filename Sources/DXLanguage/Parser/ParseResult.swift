import DXSource

/// What the parser made of a source: the statements it understood and what went wrong.
public struct ParseResult: Sendable {
    public let source: SourceFile
    public let statements: [Statement]
    public let diagnostics: [Diagnostic]
    /// The input stopped inside an open block (`scenario` or `allocate` without `end`):
    /// the REPL asks for another line instead of reporting an error.
    public let isIncomplete: Bool

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
