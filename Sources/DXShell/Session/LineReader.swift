/// What reading one line of input gave.
package enum LineReadResult: Sendable, Equatable {
    case line(String)
    /// Ctrl-C: discard what was typed so far.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case endOfInput
}

/// A source of interactive input lines: libedit in the executable, a script in tests.
package protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineReadResult
    /// Records a complete entry (possibly several lines) in the history.
    func addHistory(_ entry: String)
}
