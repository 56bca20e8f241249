import DXModel
import DXScenario
import DXShell
import EditLineShim
import Foundation
import Synchronization

/// A line on standard error that shows how a long statement is going (runs made, time taken,
/// and, when the command knows how many runs it will make, about how long is left), from half a
/// second into the statement until it ends. Only on a terminal: pipes and files get nothing.
/// Everything else written to the terminal goes through `exclusive`, which first clears the line.
final class ProgressLine: Sendable {
    private struct State {
        var started: ContinuousClock.Instant?
        var startCount = 0
        var shown = false
        /// Which statement the drawing thread belongs to.
        var statement = 0
        var language = OutputLanguage.en
    }

    private let runs: RunBudget
    private let enabled: Bool
    private let state = Mutex(State())
    /// Half a second: shorter statements never show the line.
    static let delay = Duration.milliseconds(500)
    static let interval = 0.25

    init(runs: RunBudget, enabled: Bool) {
        self.runs = runs
        self.enabled = enabled
    }

    /// A statement starts (true) or ends (false); the line speaks the session's language.
    func statement(started: Bool, language: OutputLanguage) {
        guard enabled else { return }
        if !started {
            exclusive {}
            state.withLock { $0.started = nil }
            return
        }
        let number = state.withLock { state -> Int in
            state.started = .now
            state.startCount = runs.count
            state.language = language
            state.statement += 1
            return state.statement
        }
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: Self.interval)
                guard draw(for: number) else { return }
            }
        }
        thread.start()
    }

    /// Runs `body` (a write to the terminal) with the progress line cleared first.
    func exclusive(_ body: () -> Void) {
        state.withLock { state in
            if state.shown {
                fputs("\r\u{1B}[K", dx_stderr())
                fflush(dx_stderr())
                state.shown = false
            }
            body()
        }
    }

    /// Draws the line for statement `number`; false when that statement has ended.
    private func draw(for number: Int) -> Bool {
        state.withLock { state in
            guard state.statement == number, let started = state.started else { return false }
            let elapsed = ContinuousClock.now - started
            let made = runs.count - state.startCount
            guard elapsed >= Self.delay, made > 0 else { return true }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let language = state.language
            var text = language.phrase("{runs} runs, {seconds} s", ["runs": Format.grouped(Int64(made)), "seconds": Format.fixed(seconds, 1)])
            if let expected = runs.expected, expected > runs.count {
                let total = expected - state.startCount
                let left = seconds / Double(made) * Double(total - made)
                text =
                    language.phrase(
                        "{runs} of {total} runs, {seconds} s",
                        ["runs": Format.grouped(Int64(made)), "total": Format.grouped(Int64(total)), "seconds": Format.fixed(seconds, 1)])
                    + " · " + language.phrase("about {left} s left", ["left": Format.fixed(max(left, 0), 0)])
            }
            fputs("\r\u{1B}[K" + text + " " + language.phrase("(Ctrl-C stops)"), dx_stderr())
            fflush(dx_stderr())
            state.shown = true
            return true
        }
    }
}
