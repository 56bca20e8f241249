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
    /// The specific kind of error, when one applies; see `code`.
    public var specificCode: ErrorCode?

    /// The stable code of an error: its specific code, or its family's general one.
    public var code: ErrorCode? {
        guard severity == .error else { return nil }
        if let specificCode { return specificCode }
        return switch category {
        case .syntax: .syntax
        case .semantic: .invalidInput
        case .missingInput: .missingFile
        case .io: .io
        case .interrupted: .interrupted
        case .internal: .internal
        }
    }

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
        notes: [Diagnostic] = [], code: ErrorCode? = nil
    ) -> Diagnostic {
        var diagnostic = Diagnostic(.error, category, message, source: source, range: range, notes: notes)
        diagnostic.specificCode = code
        return diagnostic
    }

    /// An error of a specific kind: `.error(.unknownProgramme, .semantic, "unknown programme …")`.
    public static func error(
        _ code: ErrorCode, _ category: DiagnosticCategory, _ message: String, in source: SourceFile? = nil,
        at range: SourceRange? = nil, notes: [Diagnostic] = []
    ) -> Diagnostic {
        error(category, message, in: source, at: range, notes: notes, code: code)
    }

    public static func note(_ message: String, in source: SourceFile? = nil, at range: SourceRange? = nil) -> Diagnostic {
        Diagnostic(.note, .semantic, message, source: source, range: range)
    }
}
