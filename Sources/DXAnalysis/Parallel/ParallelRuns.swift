import Dispatch
import Foundation

/// Runs independent jobs (model runs) on the machine's cores and gives their results back in the
/// jobs' order, so a caller's answer does not depend on how many cores there were.
package enum ParallelRuns {
    /// The cores this process may use: the machine's, or DXPLAN_WORKERS when it names fewer
    /// (to leave cores to other work, or to time one core against several).
    package static var availableCores: Int {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard let wanted = ProcessInfo.processInfo.environment["DXPLAN_WORKERS"].flatMap({ Int($0) }), wanted >= 1 else { return cores }
        return min(wanted, cores)
    }

    /// `work(i)` for each `i` in `0..<count`, spread over `workers` threads in contiguous slices;
    /// the results in index order. The first error (by index) is thrown once every job has
    /// finished or given up.
    package static func map<Output: Sendable>(
        _ count: Int, workers: Int = availableCores,
        _ work: @Sendable (Int) throws -> Output
    ) throws -> [Output] {
        guard count > 0 else { return [] }
        let slices = max(1, min(workers, count))
        if slices == 1 { return try (0..<count).map(work) }
        let outcomes = Outcomes<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let from = slice * count / slices, to = (slice + 1) * count / slices
            for index in from..<to { outcomes.set(index, Result { try work(index) }) }
        }
        return try outcomes.values()
    }
}

/// The results of the jobs, each slot written once by the thread that ran its job.
private final class Outcomes<Output: Sendable>: @unchecked Sendable {
    // @unchecked: every slot is written by exactly one thread (its slice's), through a buffer
    // allocated once (no access to a shared property while the threads run), and read only after
    // `concurrentPerform` has returned, which orders those writes before the reads.
    private let slots: UnsafeMutableBufferPointer<Result<Output, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ outcome: Result<Output, any Error>) { slots[index] = outcome }

    func values() throws -> [Output] { try slots.map { try $0!.get() } }
}
