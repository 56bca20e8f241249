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
        var language = OutputLanguage.en
        /// Whether the drawing thread is running (one for the whole session).
        var drawing = false
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
            state.withLock { state in
                Self.clear(&state)
                state.started = nil
            }
            return
        }
        let startThread = state.withLock { state -> Bool in
            state.started = .now
            state.startCount = runs.count
            state.language = language
            defer { state.drawing = true }
            return !state.drawing
        }
        guard startThread else { return }
        // One thread for the session draws the line of whichever statement is under way.
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: Self.interval)
                draw()
            }
        }
        thread.start()
    }

    /// Runs `body` (a write to the terminal) with the progress line cleared first.
    func exclusive(_ body: () -> Void) {
        state.withLock { state in
            Self.clear(&state)
            body()
        }
    }

    /// Erases the line if it is shown (the caller holds the lock).
    private static func clear(_ state: inout State) {
        guard state.shown else { return }
        fputs("\r\u{1B}[K", dx_stderr())
        fflush(dx_stderr())
        state.shown = false
    }

    /// Draws the line of the statement under way, if it has taken long enough.
    private func draw() {
        state.withLock { state in
            guard let started = state.started else { return }
            let elapsed = ContinuousClock.now - started
            let made = runs.count - state.startCount
            guard elapsed >= Self.delay, made > 0 else { return }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let language = state.language
            // The progress line is drawn on its own thread: it writes numbers in the session's style itself.
            Format.$style.withValue(language == .vi ? .vietnamese : .english) {
                draw(made: made, seconds: seconds, startCount: state.startCount, language: language)
            }
            state.shown = true
        }
    }

    /// The line itself: runs made, seconds, and the time left when the count of runs is known.
    private func draw(made: Int, seconds: Double, startCount: Int, language: OutputLanguage) {
        var text = language.phrase("{runs} runs, {seconds} s", ["runs": Format.grouped(Int64(made)), "seconds": Format.fixed(seconds, 1)])
        if let expected = runs.expected, expected > runs.count {
            let total = expected - startCount
            let left = seconds / Double(made) * Double(total - made)
            text =
                language.phrase(
                    "{runs} of {total} runs, {seconds} s",
                    ["runs": Format.grouped(Int64(made)), "total": Format.grouped(Int64(total)), "seconds": Format.fixed(seconds, 1)])
                + " · " + language.phrase("about {left} s left", ["left": Format.fixed(max(left, 0), 0)])
        }
        fputs("\r\u{1B}[K" + text + " " + language.phrase("(Ctrl-C stops)"), dx_stderr())
        fflush(dx_stderr())
    }
}
