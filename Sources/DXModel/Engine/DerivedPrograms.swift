import Synchronization

/// The parameter program of a model without the instructions that compute some parameters (a run
/// gives them values), laid out to run; made once per set of such parameters and kept, since the
/// many runs of an analysis give the same parameters with other values.
final class DerivedPrograms: Sendable {
    /// At most this many programs are kept (an analysis gives one or two sets of parameters; a
    /// session that gives many sets starts again).
    static let capacity = 64

    private let programs = Mutex<[[Int32]: [Instruction]]>([:])

    /// The parameter program of `model` without the instructions that compute a slot in `given`,
    /// or nil when the program computes none of them (the whole program runs).
    func program(of model: CompiledModel, without given: [Int32]) -> [Instruction]? {
        var computed = given.filter { model.isComputedParameter[Int($0)] }
        guard !computed.isEmpty else { return nil }
        computed.sort()
        if let known = programs.withLock({ $0[computed] }) { return known }
        let skipped = Set(computed)
        let program = Instruction.laidOut(model.parameterProgram.filter { !skipped.contains($0.target) })
        programs.withLock { programs in
            if programs.count >= Self.capacity { programs.removeAll() }
            programs[computed] = program
        }
        return program
    }
}
