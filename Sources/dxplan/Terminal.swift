import CEditLine
import DXShell
import EditLineShim
import Foundation

/// Facts about the terminal the shell runs in, and the streams it writes to.
enum Terminal {
    static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width in columns, when standard output is one that says.
    static var columns: Int? {
        guard stdoutIsTTY else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
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
