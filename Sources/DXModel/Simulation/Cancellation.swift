import Synchronization

/// Lets a caller stop a long computation (Ctrl-C in the shell) without killing the process, and
/// bound how many model runs it may make (`RunBudget`).
public struct Cancellation: Sendable {
    private let check: @Sendable () -> Bool
    /// Counts every model run made under this cancellation; a run past its limit is cancelled.
    public let runs: RunBudget?

    public init(runs: RunBudget? = nil, _ check: @escaping @Sendable () -> Bool) {
        self.check = check
        self.runs = runs
    }

    public var isCancelled: Bool { runs?.isSpent == true || check() }

    /// Counts one model run; called by the engine as every run starts.
    func countRun() { runs?.spend() }

    /// A cancellation that never fires.
    public static let never = Cancellation { false }
}

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

    /// No limit from now on (a script's session continuing at the prompt with `-i`).
    public func lift() { storedLimit.store(Int.max, ordering: .relaxed) }
}

/// Why a simulation did not produce a result.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    case cancelled
    case invalidScenario(String)

    public var description: String {
        switch self {
        case .cancelled: "cancelled"
        case .invalidScenario(let reason): reason
        }
    }
}
