import DXSource

/// What the parser made of a source: the statements it understood and what went wrong.
package struct ParseResult: Sendable {
    package let source: SourceFile
    package let statements: [Statement]
    package let diagnostics: [Diagnostic]
    /// The input stopped inside an open block (`scenario` or `allocate` without `end`):
    /// the REPL asks for another line instead of reporting an error.
    package let isIncomplete: Bool

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
