/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning
    case note
}

/// What kind of failure a diagnostic reports; the shell maps it to an exit code.
public enum DiagnosticCategory: Sendable, Hashable {
    /// Malformed input (lexing or parsing).
    case syntax
    /// Well-formed input that means something invalid (unknown names, bad shares).
    case semantic
    /// An input file that cannot be opened.
    case missingInput
    /// Reading or writing failed.
    case io
    /// The user pressed Ctrl-C.
    case interrupted
    /// A bug in dxplan.
    case `internal`
}

/// A message for a person about their input: what went wrong, where, and what might help.
public struct Diagnostic: Error, Sendable, Hashable {
    public var severity: Severity
    public var category: DiagnosticCategory
    public var message: String
    public var source: SourceFile?
    public var range: SourceRange?
    /// Related places or hints, printed after the main message.
    public var notes: [Diagnostic]

    public init(
        _ severity: Severity = .error, _ category: DiagnosticCategory, _ message: String,
        source: SourceFile? = nil, range: SourceRange? = nil, notes: [Diagnostic] = []
    ) {
        self.severity = severity
        self.category = category
        self.message = message
        self.source = source
        self.range = range
        self.notes = notes
    }

    public static func error(
        _ category: DiagnosticCategory, _ message: String, in source: SourceFile? = nil, at range: SourceRange? = nil,
        notes: [Diagnostic] = []
    ) -> Diagnostic {
        Diagnostic(.error, category, message, source: source, range: range, notes: notes)
    }

    public static func note(_ message: String, in source: SourceFile? = nil, at range: SourceRange? = nil) -> Diagnostic {
        Diagnostic(.note, .semantic, message, source: source, range: range)
    }
}
