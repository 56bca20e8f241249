/// Where the shell writes: results to one stream, diagnostics to the other.
public protocol TextOutput: AnyObject {
    /// Results: tables, summaries, help.
    func write(_ text: String)
    /// Diagnostics and warnings.
    func writeError(_ text: String)
}

/// Keeps everything written, for tests and for callers that post-process output.
public final class CapturedOutput: TextOutput {
    public private(set) var standard = ""
    public private(set) var error = ""

    public init() {}

    public func write(_ text: String) { standard += text }
    public func writeError(_ text: String) { error += text }
}
