/// Reorders a program so that instructions of the same operation follow each other, as far as
/// their dependencies allow.
///
/// The interpreter dispatches once per run of same-operation instructions and loops over the
/// run (`Machine.execute`), so the fewer runs a program has, the fewer of its (mostly
/// mispredicted) dispatch jumps. Only the order changes: every instruction still reads what the
/// instructions before it wrote, and a slot is written and read in the same order as before
/// (read-after-write, write-after-read and write-after-write dependencies are all kept), so
/// every instruction computes the same value from the same operands, bit for bit.
enum InstructionScheduler {
    static func grouped(_ program: [Instruction]) -> [Instruction] {
        let count = program.count
        guard count > 1 else { return program }
        // The dependency graph: for each instruction, the later ones that must wait for it.
        var successors = [[Int]](repeating: [], count: count)
        var waiting = [Int](repeating: 0, count: count)
        var lastWriter: [Int32: Int] = [:]
        var readersSinceWrite: [Int32: [Int]] = [:]
        func mustFollow(_ later: Int, _ earlier: Int?) {
            guard let earlier, earlier != later, successors[earlier].last != later else { return }
            successors[earlier].append(later)
            waiting[later] += 1
        }
        for (index, instruction) in program.enumerated() {
            let reads = instruction.readSlots
            for slot in reads { mustFollow(index, lastWriter[slot]) }
            mustFollow(index, lastWriter[instruction.target])
            for reader in readersSinceWrite[instruction.target] ?? [] { mustFollow(index, reader) }
            readersSinceWrite[instruction.target] = []
            for slot in reads where slot != instruction.target { readersSinceWrite[slot, default: []].append(index) }
            lastWriter[instruction.target] = index
        }

        // The instructions whose dependencies are all scheduled, by operation (in program order),
        // and how many of each operation are left.
        let kinds = Int(Instruction.Operation.allCases.map(\.rawValue).max() ?? 0) + 1
        var ready = [[Int]](repeating: [], count: kinds)
        var left = [Int](repeating: 0, count: kinds)
        for (index, instruction) in program.enumerated() {
            left[instruction.kind] += 1
            if waiting[index] == 0 { ready[instruction.kind].append(index) }
        }
        /// How long a run of operation `kind` would be now: its ready instructions, and those
        /// that become ready through them.
        func runLength(_ kind: Int) -> Int {
            var pending = ready[kind], released: [Int: Int] = [:], length = 0
            while let index = pending.popLast() {
                length += 1
                for successor in successors[index] where program[successor].kind == kind {
                    released[successor, default: 0] += 1
                    if released[successor] == waiting[successor] { pending.append(successor) }
                }
            }
            return length
        }

        var scheduled: [Instruction] = []
        scheduled.reserveCapacity(count)
        while scheduled.count < count {
            // An operation whose remaining instructions can all run now first (waiting would not
            // make its run longer), then the longest run; ties go to the operation declared first.
            var best: (kind: Int, complete: Bool, length: Int)?
            for kind in ready.indices where !ready[kind].isEmpty {
                let length = runLength(kind), complete = length == left[kind]
                if let best, (best.complete ? 1 : 0, best.length) >= (complete ? 1 : 0, length) { continue }
                best = (kind, complete, length)
            }
            guard let kind = best?.kind else { break }
            // The run, in program order among the ready ones, each releasing what waited for it.
            var position = 0
            while position < ready[kind].count {
                let index = ready[kind][position]
                position += 1
                scheduled.append(program[index])
                left[kind] -= 1
                for successor in successors[index] {
                    waiting[successor] -= 1
                    guard waiting[successor] == 0 else { continue }
                    let other = program[successor].kind
                    if other == kind {
                        // Joins this run: after the ready ones before it, which have not run yet.
                        let insertion = ready[kind][position...].firstIndex { $0 > successor } ?? ready[kind].count
                        ready[kind].insert(successor, at: insertion)
                    } else {
                        ready[other].insert(successor, at: ready[other].firstIndex { $0 > successor } ?? ready[other].count)
                    }
                }
            }
            ready[kind] = []
        }
        // A dependency cycle cannot arise from a program's own order; keep the program if it did.
        return scheduled.count == count ? scheduled : program
    }
}
