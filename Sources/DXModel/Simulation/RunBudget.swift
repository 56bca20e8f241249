import Synchronization

/// How many model runs a script may make (`dxplan --max-runs N`), so that a script cannot keep
/// the machine busy for days. Every run counts, whichever command makes it (run, uncertainty,
/// optimise, calibrate…); the first run past the limit is cancelled, and the shell says which
/// limit stopped it and how to raise it.
public final class RunBudget: Sendable {
    /// The number of runs allowed; nil when unlimited (the interactive prompt, where Ctrl-C stops).
    public var limit: Int? {
        let value = storedLimit.load(ordering: .relaxed)
        return value == Int.max ? nil : value
    }
    private let storedLimit: Atomic<Int>
    private let used = Atomic<Int>(0)

    public init(limit: Int?) {
        storedLimit = Atomic(limit ?? Int.max)
    }

    /// The runs made so far.
    public var count: Int { used.load(ordering: .relaxed) }

    /// Whether a run has been refused: more runs were started than the limit allows.
    public var isSpent: Bool { used.load(ordering: .relaxed) > storedLimit.load(ordering: .relaxed) }

    func spend() { used.add(1, ordering: .relaxed) }

    /// The run count the command under way expects to reach (0: unknown), for a progress line.
    public var expected: Int? {
        let value = storedExpected.load(ordering: .relaxed)
        return value > 0 ? value : nil
    }
    private let storedExpected = Atomic<Int>(0)

    /// Says that the command under way will make about `runs` more runs (nil: it does not know).
    public func expect(_ runs: Int?) { storedExpected.store(runs.map { count + $0 } ?? 0, ordering: .relaxed) }

    /// No limit from now on (a script's session continuing at the prompt with `-i`).
    public func lift() { storedLimit.store(Int.max, ordering: .relaxed) }
}
