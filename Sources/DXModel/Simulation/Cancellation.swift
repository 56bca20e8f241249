/// Lets a caller stop a long computation (Ctrl-C in the shell) without killing the process.
public struct Cancellation: Sendable {
    private let check: @Sendable () -> Bool

    public init(_ check: @escaping @Sendable () -> Bool) {
        self.check = check
    }

    public var isCancelled: Bool { check() }

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
