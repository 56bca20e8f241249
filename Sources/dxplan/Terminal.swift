import CEditLine
import DXShell
import EditLineShim
import Foundation

/// Facts about the terminal the shell runs in, and the streams it writes to.
enum Terminal {
    static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// Colour is used on a terminal, unless NO_COLOR is set (non-empty) or TERM is dumb.
    static func colorAllowedByEnvironment() -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}

/// Writes results to standard output and diagnostics to standard error, flushing each write
/// so output interleaves correctly with libedit's prompt.
/// A progress line on the terminal is cleared before anything else is written.
final class StandardOutput: TextOutput {
    var progress: ProgressLine?

    func write(_ text: String) {
        guard let progress else { return Self.writeOut(text) }
        progress.exclusive { Self.writeOut(text) }
    }

    func writeError(_ text: String) {
        guard let progress else { return Self.writeErr(text) }
        progress.exclusive { Self.writeErr(text) }
    }

    private static func writeOut(_ text: String) {
        fputs(text, dx_stdout())
        fflush(dx_stdout())
    }

    private static func writeErr(_ text: String) {
        fflush(dx_stdout())
        fputs(text, dx_stderr())
        fflush(dx_stderr())
    }
}
