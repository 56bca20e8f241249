/// Where the shell writes: results to one stream, diagnostics to the other.
package protocol TextOutput: AnyObject {
    /// Results: tables, summaries, help.
    func write(_ text: String)
    /// Diagnostics and warnings.
    func writeError(_ text: String)
}

/// Keeps everything written, for tests and for callers that post-process output.
package final class CapturedOutput: TextOutput {
    package private(set) var standard = ""
    package private(set) var error = ""

    package init() {}

    package func write(_ text: String) { standard += text }
    package func writeError(_ text: String) { error += text }
}
