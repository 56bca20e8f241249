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
