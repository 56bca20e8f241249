/// What every run of a compiled model reads and no run changes, laid out once when the model is
/// compiled: a run points into it (`CompiledModel.run`) and copies only the initial values.
struct RunTables: Sendable {
    /// The parameter, initial, step and report programs one after another, each laid out to run
    /// (`Instruction.laidOut`: ended by `end`, runs marked with their lengths).
    let code: [Instruction]
    /// Where the initial, the step and the report program start in `code` (the parameter program starts at 0).
    let initialProgramStart: Int
    let stepProgramStart: Int
    let reportProgramStart: Int
    /// The value buffer at the start of a run: zeros, and the constants in their slots.
    let initialValues: [Double]
    /// Every lookup's points, flattened (xs then ys). (This array and `integers` end with one more
    /// element, so that they have an address even for a model without lookups or stocks.)
    let tablePoints: [Double]
    /// Per lookup, where its points start in `tablePoints` and how many it has; then each stock's
    /// slot, then each stock's inflow slot, then each stock's outflow slot; then each pipeline's
    /// input, delay time and output slots.
    let integers: [Int]
    let tableCount: Int
    let stockCount: Int
    /// How many fixed pipeline delays: their input, delay time and output slots follow the
    /// stocks' outflow slots in `integers`, three a pipeline.
    let pipelineCount: Int
    /// The recorded slots when they are one block of slots (the usual case: the hidden variables
    /// come after the recorded ones), so that recording a step is one copy.
    let recordedBlock: Range<Int>?
    /// The slots lookup instructions write (the only entries of a run's lookup cache it reads).
    let lookupSlots: [Int]

    init(
        slotCount: Int, constants: [(slot: Int32, value: Double)], parameterProgram: [Instruction],
        initialProgram: [Instruction], stepProgram: [Instruction], reportProgram: [Instruction], lookupTables: [LookupTable],
        stockSlots: [Int32], inflowSlots: [Int32], outflowSlots: [Int32], pipelineSlots: [(input: Int32, time: Int32, output: Int32)],
        recordedSlots: [Int]
    ) {
        code =
            Instruction.laidOut(parameterProgram) + Instruction.laidOut(initialProgram) + Instruction.laidOut(stepProgram)
            + Instruction.laidOut(reportProgram)
        initialProgramStart = parameterProgram.count + 1
        stepProgramStart = initialProgramStart + initialProgram.count + 1
        reportProgramStart = stepProgramStart + stepProgram.count + 1
        var values = [Double](repeating: 0, count: Swift.max(slotCount, 1))
        for (slot, value) in constants { values[Int(slot)] = value }
        initialValues = values
        tablePoints = lookupTables.flatMap { $0.xs + $0.ys } + [0]
        var integers: [Int] = []
        var offset = 0
        for table in lookupTables {
            integers += [offset, table.xs.count]
            offset += 2 * table.xs.count
        }
        integers += (stockSlots + inflowSlots + outflowSlots).map(Int.init)
        integers += pipelineSlots.flatMap { [Int($0.input), Int($0.time), Int($0.output)] } + [0]
        self.integers = integers
        tableCount = lookupTables.count
        stockCount = stockSlots.count
        pipelineCount = pipelineSlots.count
        let lookups: Set<Instruction.Operation> = [.lookup, .lookupOfRatio, .scaledLookupOfRatio]
        lookupSlots = (parameterProgram + initialProgram + stepProgram + reportProgram).filter { lookups.contains($0.operation) }.map {
            Int($0.target)
        }
        let first = recordedSlots.first ?? 0
        recordedBlock = recordedSlots.elementsEqual(first..<(first + recordedSlots.count)) ? first..<(first + recordedSlots.count) : nil
    }

    /// Calls `body` with the addresses of the code, the table points and the integers, valid
    /// during the call.
    func withAddresses<Result>(
        _ body: (UnsafePointer<Instruction>, UnsafePointer<Double>, UnsafePointer<Int>) -> Result
    ) -> Result {
        tablePoints.withUnsafeBufferPointer { points in
            integers.withUnsafeBufferPointer { integers in
                code.withUnsafeBufferPointer { code in body(code.baseAddress!, points.baseAddress!, integers.baseAddress!) }
            }
        }
    }
}
