import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A model's step program, report program and Euler update as machine code (`NativeSource`,
/// compiled by `NativeCompiler`): what the interpreter does with them, at the speed of a
/// hand-written loop.
final class NativeCode: @unchecked Sendable {
    // @unchecked: three C function pointers into a library that stays loaded for the life of the
    // process; the functions keep no state of their own (each call works on the buffers it is given).

    /// A program over the value buffer: `(values, time, dt, table points, table index, lookup cache)`.
    typealias Program =
        @convention(c) (UnsafeMutablePointer<Double>, Double, Double, UnsafePointer<Double>, UnsafePointer<Int>, UnsafeMutableRawPointer) ->
        Void
    /// The Euler update of every stock: `(values, dt)`.
    typealias Update = @convention(c) (UnsafeMutablePointer<Double>, Double) -> Void

    let step: Program
    let report: Program
    let euler: Update

    init(step: Program, report: Program, euler: Update) {
        self.step = step
        self.report = report
        self.euler = euler
    }
}

/// Whether a compiled model's runs use native code, decided once per model and shared by every
/// copy of it.
///
/// A model starts on the interpreter. When it has made `threshold` runs (an analysis is under
/// way: a single `run` makes one or two), its translation is compiled on a background thread
/// while the runs go on, and the runs after it is loaded use it. The values are the same either
/// way (`NativeSource`), so when the switch happens changes only the speed.
final class NativeCodeSlot: Sendable {
    private enum State: Sendable {
        case counting(Int)
        case compiling
        case ready(NativeCode)
        case unavailable
    }

    /// Runs on the interpreter before the compilation starts.
    static let threshold = 64

    private let tables: RunTables
    private let state: Mutex<State>

    init(tables: RunTables) {
        self.tables = tables
        state = Mutex(NativeCompiler.isEnabled ? .counting(0) : .unavailable)
    }

    /// The native code for a run when it is loaded (counting the run, and starting the
    /// compilation at the threshold), or nil to interpret.
    func codeForRun() -> NativeCode? {
        let start: Bool = state.withLock { state in
            guard case .counting(let runs) = state else { return false }
            if runs + 1 < Self.threshold {
                state = .counting(runs + 1)
                return false
            }
            state = .compiling
            return true
        }
        if start {
            DispatchQueue.global(qos: .utility).async { self.compile() }
            return nil
        }
        return state.withLock { state in
            if case .ready(let code) = state { return code }
            return nil
        }
    }

    /// Compiles now unless it is done or under way (then waits for it), and says whether runs use native code.
    func prepare() -> Bool {
        let start: Bool = state.withLock { state in
            guard case .counting = state else { return false }
            state = .compiling
            return true
        }
        if start { compile() }
        while true {
            let settled: Bool? = state.withLock { state in
                switch state {
                case .ready: true
                case .unavailable, .counting: false
                case .compiling: nil
                }
            }
            if let settled { return settled }
            usleep(1000)
        }
    }

    private func compile() {
        let code = NativeCompiler.code(for: NativeSource.translationUnit(for: tables))
        state.withLock { $0 = code.map { .ready($0) } ?? .unavailable }
    }
}
