import DXSource

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CompiledModel {
    /// Runs the model over the settings' time window and records every variable at every step.
    public func run(_ settings: RunSettings, cancellation: Cancellation = .never) throws(RunError) -> Trajectory {
        guard settings.timeStep > 0, settings.end >= settings.start else {
            throw .invalidTimeWindow("the run must have a positive time step and end after it starts")
        }
        // Every run counts against the caller's budget; one past it does not start.
        cancellation.countRun()
        if cancellation.runs?.isSpent == true { throw .cancelled }
        let stepCount = Int(((settings.end - settings.start) / settings.timeStep).rounded())
        guard abs(Double(stepCount) * settings.timeStep - (settings.end - settings.start)) < 1e-9 * max(1, settings.end) else {
            throw .invalidTimeWindow("the time step must divide the run window exactly")
        }
        let series = try settings.inputs.ordered(as: inputNames).get()
        let native = settings.allowsNativeCode ? self.native.codeForRun() : nil
        var parameterSlots = try slots(of: settings.parameters)
        if let (resolved, values) = settings.parameterValues {
            for (slot, value) in zip(resolved.slots, values) { parameterSlots.append(ParameterValue(slot: slot, value: value)) }
        }
        let planSlots = try slots(of: settings.planParameters)
        // The parameter program without the instructions that compute a parameter the run gives
        // (the parameters computed from them follow), and from the plan's start without those the
        // plan sets either; empty when the run gives no computed parameter (the usual case: runs
        // give parameters that have values of their own): the whole program runs.
        let derived = derivedPrograms.program(of: self, without: parameterSlots.map(\.slot)) ?? []
        let derivedInPlan =
            planSlots.isEmpty ? [] : derivedPrograms.program(of: self, without: parameterSlots.map(\.slot) + planSlots.map(\.slot)) ?? []

        let start = settings.start, dt = settings.timeStep
        let planStep =
            planSlots.isEmpty
            ? Int.max
            : Swift.max(0, Int(((settings.planStart - start) / dt - 0.5).rounded(.up)))
        let rowWidth = recordedSlots.count
        // The steps kept besides the start (nil: every one), in order, and a sentinel past the last.
        var keptSteps: [Int]?
        if case .times(let wanted) = settings.recording {
            let steps = wanted.map { Int((($0 - start) / dt).rounded()) }.sorted()
            var kept: [Int] = []
            kept.reserveCapacity(steps.count + 1)
            for step in steps where step > 0 && step <= stepCount && kept.last != step { kept.append(step) }
            kept.append(Int.max)
            keptSteps = kept
        }
        let rowCount = keptSteps.map { $0.count } ?? stepCount + 1
        var times = [Double](repeating: 0, count: rowCount)
        var cancelled = false
        // Every row is written by `record`, so the trajectory starts uninitialised: filling it with
        // zeros first would cost as much as recording it. (At least one element of capacity, so
        // the buffer has an address even when nothing is recorded.)
        let trajectory = [Double](unsafeUninitializedCapacity: max(rowCount * rowWidth, 1)) { rows, initialized in
            tables.withAddresses { code, points, integers in
                derived.withUnsafeBufferPointer { derived in
                    derivedInPlan.withUnsafeBufferPointer { derivedInPlan in
                        times.withUnsafeMutableBufferPointer { times in
                            recordedSlots.withUnsafeBufferPointer { recorded in
                                let machine = Machine(
                                    tables: tables, inputSlots: inputSlots, code: code, points: points, integers: integers, series: series,
                                    native: native)
                                defer { machine.deallocate() }
                                // The calendar year whose inputs are in the value buffer. (Kept out of
                                // the machine, which stays constant: a call on it then passes its
                                // address instead of a copy.)
                                var inputYear = Int.min
                                let v = machine.values

                                // Parameters (the run's replace the model's, and the parameters computed
                                // from them follow), then the initial values, then the auxiliaries and
                                // flows of the first time.
                                for given in parameterSlots { v[Int(given.slot)] = given.value }
                                machine.execute(derived.isEmpty ? machine.parameterProgram : derived.baseAddress!, time: start, dt: dt)
                                // From the plan's start, its parameters replace the run's (and the
                                // parameters computed from them follow); stocks keep the values the
                                // years before gave them. No closure captures the machine: the hot
                                // loop must keep it in registers.
                                machine.setInputs(time: start, year: &inputYear)
                                machine.execute(machine.initialProgram, time: start, dt: dt)
                                if planStep == 0 {
                                    for given in planSlots { v[Int(given.slot)] = given.value }
                                    machine.execute(
                                        derivedInPlan.isEmpty ? machine.parameterProgram : derivedInPlan.baseAddress!, time: start, dt: dt)
                                }
                                // Each pipeline holds its initial output for as many steps as its delay.
                                if machine.pipelineCount > 0 { machine.startPipelines(dt: dt, longest: stepCount + 1) }
                                machine.step(time: start, dt: dt)

                                let block = tables.recordedBlock
                                let method = settings.method
                                var row = rows.baseAddress!
                                var rowIndex = 0
                                // A kept step computes what is only recorded, then copies every recorded value.
                                func record(_ time: Double) {
                                    machine.report(time: time, dt: dt)
                                    times[rowIndex] = time
                                    rowIndex += 1
                                    if let block {
                                        row.initialize(from: v + block.lowerBound, count: rowWidth)
                                    } else {
                                        for column in 0..<rowWidth { (row + column).initialize(to: v[recorded[column]]) }
                                    }
                                    row += rowWidth
                                }
                                record(start)
                                var keptIndex = 0
                                for step in 1...max(stepCount, 1) where stepCount > 0 {
                                    if step & 63 == 0, cancellation.isCancelled {
                                        cancelled = true
                                        break
                                    }
                                    let time = start + Double(step - 1) * dt
                                    switch method {
                                    case .euler: machine.eulerUpdate(dt: dt)
                                    case .rk4: machine.rk4Update(time: time, dt: dt, inputYear: &inputYear)
                                    }
                                    let next = start + Double(step) * dt
                                    machine.setInputs(time: next, year: &inputYear)
                                    machine.step(time: next, dt: dt)
                                    if let keptSteps {
                                        if keptSteps[keptIndex] == step {
                                            record(next)
                                            keptIndex += 1
                                        }
                                    } else {
                                        record(next)
                                    }
                                    // The state at the plan's start is the years before's: recorded
                                    // first, then the plan's parameters drive the flows from it.
                                    if step == planStep {
                                        for given in planSlots { v[Int(given.slot)] = given.value }
                                        machine.execute(
                                            derivedInPlan.isEmpty ? machine.parameterProgram : derivedInPlan.baseAddress!, time: next, dt: dt)
                                        machine.step(time: next, dt: dt)
                                    }
                                }
                                initialized = row - rows.baseAddress!
                            }
                        }
                    }
                }
            }
        }
        if cancelled { throw .cancelled }
        return Trajectory(names: recordedNames, times: times, timeStep: dt, values: trajectory)
    }
}

/// A parameter a run gives a value, by its slot.
struct ParameterValue {
    let slot: Int32
    let value: Double
}

extension CompiledModel {
    /// The slots of the given parameters, with their values (each slot once: the dictionary's keys are distinct).
    fileprivate func slots(of parameters: [String: Double]) throws(RunError) -> [ParameterValue] {
        var slots: [ParameterValue] = []
        slots.reserveCapacity(parameters.count)
        for (name, value) in parameters {
            guard let slot = parameterSlot(name) else {
                throw .unknownParameter(name, suggestion: Suggestion.closest(to: name, in: self.parameters.map(\.name)))
            }
            slots.append(ParameterValue(slot: slot, value: value))
        }
        return slots
    }
}

/// The state of one run: the value buffer, the programs and the stocks' slots, as raw pointers
/// for the hot loop. It holds no references, so passing it around costs no reference counting.
private struct Machine {
    let values: UnsafeMutablePointer<Double>
    /// The programs, each ended by an `end` instruction.
    let parameterProgram: UnsafePointer<Instruction>
    let initialProgram: UnsafePointer<Instruction>
    let stepProgram: UnsafePointer<Instruction>
    let reportProgram: UnsafePointer<Instruction>
    /// Every lookup's points, flattened (xs then ys), and where each lookup starts and how many points it has.
    let tablePoints: UnsafePointer<Double>
    let tableIndex: UnsafePointer<Int>
    /// Each stock's slot, and the slots of its net flow (inflow minus outflow).
    let stocks: UnsafeBufferPointer<Int>
    let inflows: UnsafePointer<Int>
    let outflows: UnsafePointer<Int>
    /// RK4's saved state and its four slopes, one block of `stocks.count` each.
    let scratch: UnsafeMutablePointer<Double>
    /// Per slot, the last lookup that wrote it: its table, its x (as bits) and its value. A
    /// lookup's x often changes only between years (spending over its reference), and the
    /// interpolation of the same x in the same table gives the same value, bit for bit.
    let lookupCache: UnsafeMutablePointer<(table: Int, x: UInt64, y: Double)>
    /// The fixed pipeline delays: per pipeline, its input, delay time and output slots (in `integers`),
    /// then, once the run starts, where its values start in `ring`, how many it keeps and where the
    /// next goes; `captured` holds each input at the start of a step.
    let pipelineCount: Int
    let pipelineSlots: UnsafePointer<Int>
    let pipelineState: UnsafeMutablePointer<Int>
    let captured: UnsafeMutablePointer<Double>
    /// The pipelines' past inputs, one block each (allocated when the run starts: how many each
    /// keeps depends on its delay time and the time step).
    let ring: UnsafeMutablePointer<UnsafeMutablePointer<Double>?>
    /// Per input: its slot, its first year, its number of values and where they start in `inputValues`.
    let inputs: UnsafeMutableBufferPointer<(slot: Int, firstYear: Int, count: Int, offset: Int)>
    let inputValues: UnsafeMutablePointer<Double>
    /// The step, report and Euler update as machine code, when the model has it (else the interpreter runs them).
    let native: NativeCode?

    /// A machine on the model's run tables (`code`, `points` and `integers`: `RunTables`' arrays,
    /// which must outlive it) and the run's input series, one per input slot. (Given the tables,
    /// not the model: copying the model for the call would retain each of its arrays.)
    init(
        tables: borrowing RunTables, inputSlots: borrowing [Int32], code: UnsafePointer<Instruction>, points: UnsafePointer<Double>,
        integers: UnsafePointer<Int>, series: borrowing [YearlySeries], native: NativeCode?
    ) {
        self.native = native
        values = .allocate(capacity: tables.initialValues.count)
        values.initialize(from: tables.initialValues, count: tables.initialValues.count)
        parameterProgram = code
        initialProgram = code + tables.initialProgramStart
        stepProgram = code + tables.stepProgramStart
        reportProgram = code + tables.reportProgramStart
        tablePoints = points
        tableIndex = integers
        let stockCount = tables.stockCount
        stocks = UnsafeBufferPointer(start: integers + 2 * tables.tableCount, count: stockCount)
        inflows = integers + 2 * tables.tableCount + stockCount
        outflows = integers + 2 * tables.tableCount + 2 * stockCount
        scratch = .allocate(capacity: max(5 * stockCount, 1))
        pipelineCount = tables.pipelineCount
        pipelineSlots = integers + 2 * tables.tableCount + 3 * stockCount
        pipelineState = .allocate(capacity: max(3 * pipelineCount, 1))
        captured = .allocate(capacity: max(pipelineCount, 1))
        ring = .allocate(capacity: 1)
        ring.initialize(to: nil)
        // Only the entries of slots a lookup writes are ever read: only they are initialised.
        lookupCache = .allocate(capacity: tables.initialValues.count)
        for slot in tables.lookupSlots { (lookupCache + slot).initialize(to: (-1, 0, 0)) }
        // One series per input, in the order of `inputSlots`.
        let table = UnsafeMutableBufferPointer<(slot: Int, firstYear: Int, count: Int, offset: Int)>.allocate(capacity: max(series.count, 1))
        inputValues = .allocate(capacity: max(series.reduce(0) { $0 + $1.values.count }, 1))
        var offset = 0
        for (index, (slot, values)) in zip(inputSlots, series).enumerated() {
            table[index] = (Int(slot), values.firstYear, values.values.count, offset)
            (inputValues + offset).initialize(from: values.values, count: values.values.count)
            offset += values.values.count
        }
        inputs = UnsafeMutableBufferPointer(rebasing: table[..<series.count])
    }

    func deallocate() {
        values.deallocate()
        scratch.deallocate()
        pipelineState.deallocate()
        captured.deallocate()
        ring.pointee?.deallocate()
        ring.deallocate()
        lookupCache.deallocate()
        inputs.deallocate()
        inputValues.deallocate()
    }

    /// 0 for a comparison that does not hold, or not a number when either side is not one.
    @inline(__always) func unordered(_ x: Double, _ y: Double) -> Double { x.isNaN || y.isNaN ? .nan : 0 }

    /// Linear interpolation in lookup `table`, flat beyond its ends.
    @inline(__always)
    func lookup(_ table: Int, _ x: Double) -> Double {
        let xs = tablePoints + tableIndex[2 * table], count = tableIndex[2 * table + 1]
        let ys = xs + count
        if x <= xs[0] { return ys[0] }
        if x >= xs[count - 1] { return ys[count - 1] }
        var low = 0, high = count - 1
        while high - low > 1 {
            let middle = (low + high) >> 1
            if xs[middle] <= x { low = middle } else { high = middle }
        }
        return ys[low] + (x - xs[low]) / (xs[high] - xs[low]) * (ys[high] - ys[low])
    }

    /// `lookup(table, x)` for the instruction that writes `slot`: the last value it computed when
    /// the table and x are the same (the cache invariant: `y` is `lookup(table, x)`).
    @inline(__always)
    func lookup(_ table: Int, _ x: Double, into slot: Int) -> Double {
        let entry = lookupCache + slot
        if entry.pointee.x == x.bitPattern, entry.pointee.table == table { return entry.pointee.y }
        let y = lookup(table, x)
        entry.pointee = (table, x.bitPattern, y)
        return y
    }

    /// Puts each input's value for the calendar year of `time` in its slot (as `YearlySeries.value(atTime:)`).
    /// `inputYear` is the year whose values the slots hold (inputs change only between years).
    @inline(__always)
    func setInputs(time: Double, year inputYear: inout Int) {
        // Most steps stay in the year the slots hold: two comparisons, no rounding, no call.
        if inputYear != Int.min, time + 1e-9 >= Double(inputYear), time + 1e-9 < Double(inputYear + 1) { return }
        loadInputs(time: time, year: &inputYear)
    }

    /// `setInputs` when the year may have changed.
    @inline(never)
    func loadInputs(time: Double, year inputYear: inout Int) {
        let year = Int((time + 1e-9).rounded(.down))
        guard year != inputYear else { return }
        inputYear = year
        for input in inputs {
            values[input.slot] = inputValues[input.offset + min(max(year - input.firstYear, 0), input.count - 1)]
        }
    }

    /// Sizes every pipeline from its delay time (in steps, at least one, as PySD's DELAY FIXED
    /// rounds it; at most `longest`, beyond which it never gives back anything but its initial
    /// value) and fills it with its initial output.
    func startPipelines(dt: Double, longest: Int) {
        var total = 0
        for k in 0..<pipelineCount {
            let steps = max(values[pipelineSlots[3 * k + 1]] / dt, 1)
            let length = steps.isFinite ? min(Int(min(steps + 1e-6, Double(longest)).rounded()), longest) : longest
            pipelineState[3 * k] = total
            pipelineState[3 * k + 1] = max(length, 1)
            pipelineState[3 * k + 2] = 0
            total += max(length, 1)
        }
        let block = UnsafeMutablePointer<Double>.allocate(capacity: max(total, 1))
        for k in 0..<pipelineCount {
            // A delay time that is not a number makes the output not one either: it must show.
            if values[pipelineSlots[3 * k + 1]].isNaN { values[pipelineSlots[3 * k + 2]] = .nan }
            (block + pipelineState[3 * k]).initialize(repeating: values[pipelineSlots[3 * k + 2]], count: pipelineState[3 * k + 1])
        }
        ring.pointee = block
    }

    /// Keeps each pipeline's input as it is at the start of a step (before the stocks move: an
    /// input may share a stock's slot).
    @inline(__always)
    func capturePipelineInputs() {
        for k in 0..<pipelineCount { captured[k] = values[pipelineSlots[3 * k]] }
    }

    /// Moves each pipeline one step: the input kept goes in, and the output is the oldest input
    /// it holds (its initial value until a delay time has passed).
    func advancePipelines() {
        guard let block = ring.pointee else { return }
        for k in 0..<pipelineCount {
            let base = block + pipelineState[3 * k], length = pipelineState[3 * k + 1]
            var head = pipelineState[3 * k + 2]
            base[head] = captured[k]
            head += 1
            if head == length { head = 0 }
            pipelineState[3 * k + 2] = head
            values[pipelineSlots[3 * k + 2]] = base[head]
        }
    }

    /// Runs the step program (what every step computes) natively when the model has native code.
    @inline(__always)
    func step(time: Double, dt: Double) { run(native?.step, else: stepProgram, time: time, dt: dt) }

    /// Runs the report program (what only a kept step computes) natively when the model has native code.
    @inline(__always)
    func report(time: Double, dt: Double) { run(native?.report, else: reportProgram, time: time, dt: dt) }

    /// A program's native function on the machine's buffers, or the interpreter on its instructions.
    @inline(__always)
    private func run(_ compiled: NativeCode.Program?, else program: UnsafePointer<Instruction>, time: Double, dt: Double) {
        if let compiled {
            compiled(values, time, dt, tablePoints, tableIndex, UnsafeMutableRawPointer(lookupCache))
        } else {
            execute(program, time: time, dt: dt)
        }
    }

    /// The net flow of stock `i` in the current values.
    @inline(__always)
    func slope(_ i: Int) -> Double { values[inflows[i]] - values[outflows[i]] }

    /// One Euler step of every stock from the current flows: every slope first (from the state
    /// at the start of the step, even where a flow is another stock's slot), then every stock,
    /// so that no load waits for the store before it.
    func eulerUpdate(dt: Double) {
        if pipelineCount == 0, let native { return native.euler(values, dt) }
        let slopes = scratch
        for i in stocks.indices { slopes[i] = slope(i) }
        if pipelineCount > 0 { capturePipelineInputs() }
        for i in stocks.indices { values[stocks[i]] += dt * slopes[i] }
        if pipelineCount > 0 { advancePipelines() }
    }

    /// One classical Runge-Kutta step of every stock: three more evaluations of the step program.
    func rk4Update(time: Double, dt: Double, inputYear: inout Int) {
        let count = stocks.count
        let state = scratch, k = scratch + count
        // A pipeline moves once a step, with its input at the start of the step.
        if pipelineCount > 0 { capturePipelineInputs() }
        defer { if pipelineCount > 0 { advancePipelines() } }
        for i in 0..<count {
            state[i] = values[stocks[i]]
            k[i] = slope(i)
        }
        for (stage, fraction) in [(1, 0.5), (2, 0.5), (3, 1.0)] {
            for i in 0..<count { values[stocks[i]] = state[i] + fraction * dt * k[(stage - 1) * count + i] }
            setInputs(time: time + fraction * dt, year: &inputYear)
            step(time: time + fraction * dt, dt: dt)
            for i in 0..<count { k[stage * count + i] = slope(i) }
        }
        for i in 0..<count {
            let sum = k[i] + 2 * k[count + i] + 2 * k[2 * count + i] + k[3 * count + i]
            values[stocks[i]] = state[i] + dt / 6 * sum
        }
    }

    /// Runs a program (up to its `end`) over the value buffer: the hot loop of the engine.
    ///
    /// One dispatch per run of instructions of the same operation (`InstructionScheduler` puts
    /// them together), then a loop over the run, as long as its first instruction says. Each case
    /// reads only the operands it uses, and the `end` instruction stops the loop, so a dispatch
    /// costs no bounds test and no loads it does not need.
    func execute(_ program: UnsafePointer<Instruction>, time: Double, dt: Double) {
        let v = values
        var next = program
        while true {
            let operation = next.pointee.operation
            let end = UnsafeRawPointer(next) + Int(next.pointee.runBytes)
            /// Writes `value` of each instruction of the run into its target.
            @inline(__always) func each(_ value: (Instruction) -> Double) {
                repeat {
                    let instruction = next.pointee
                    v[Int(instruction.target)] = value(instruction)
                    next += 1
                } while UnsafeRawPointer(next) != end
            }
            @inline(__always) func a(_ instruction: Instruction) -> Double { v[Int(instruction.a)] }
            @inline(__always) func b(_ instruction: Instruction) -> Double { v[Int(instruction.b)] }
            @inline(__always) func c(_ instruction: Instruction) -> Double { v[Int(instruction.c)] }
            @inline(__always) func d(_ instruction: Instruction) -> Double { v[Int(instruction.d)] }
            switch operation {
            case .end: return
            case .copy: each { a($0) }
            case .negate: each { -a($0) }
            case .not:
                each {
                    let x = a($0)
                    return x == 0 ? 1 : x.isNaN ? .nan : 0
                }
            case .add: each { a($0) + b($0) }
            case .subtract: each { a($0) - b($0) }
            case .multiply: each { a($0) * b($0) }
            case .divide: each { a($0) / b($0) }
            case .power:
                each {
                    let base = a($0), exponent = b($0)
                    return exponent == 0.5 ? sqrt(base) : exponent == 2 ? base * base : exponent == 1 ? base : pow(base, exponent)
                }
            // Comparisons, logic, MIN/MAX and IF carry a value that is not a number on: it must show
            // where it arises, never turn into a plausible 0, 1 or bound.
            case .less:
                each {
                    let x = a($0), y = b($0)
                    return x < y ? 1 : unordered(x, y)
                }
            case .lessOrEqual:
                each {
                    let x = a($0), y = b($0)
                    return x <= y ? 1 : unordered(x, y)
                }
            case .greater:
                each {
                    let x = a($0), y = b($0)
                    return x > y ? 1 : unordered(x, y)
                }
            case .greaterOrEqual:
                each {
                    let x = a($0), y = b($0)
                    return x >= y ? 1 : unordered(x, y)
                }
            case .equal:
                each {
                    let x = a($0), y = b($0)
                    return x == y ? 1 : unordered(x, y)
                }
            case .notEqual:
                each {
                    let x = a($0), y = b($0)
                    return x.isNaN || y.isNaN ? .nan : x != y ? 1 : 0
                }
            case .and:
                each {
                    let x = a($0), y = b($0)
                    return x.isNaN || y.isNaN ? .nan : x != 0 && y != 0 ? 1 : 0
                }
            case .or:
                each {
                    let x = a($0), y = b($0)
                    return x.isNaN || y.isNaN ? .nan : x != 0 || y != 0 ? 1 : 0
                }
            case .minimum: each { minimum(a($0), b($0)) }
            case .maximum: each { maximum(a($0), b($0)) }
            case .absolute: each { abs(a($0)) }
            case .exponential: each { exp(a($0)) }
            case .logarithm: each { log(a($0)) }
            case .squareRoot: each { sqrt(a($0)) }
            case .select:
                each {
                    let condition = a($0)
                    return condition.isNaN ? condition : condition != 0 ? b($0) : c($0)
                }
            case .lookup: each { lookup(Int($0.b), a($0), into: Int($0.target)) }
            case .time: each { _ in time }
            case .step: each { time + 1e-9 >= b($0) ? a($0) : 0 }
            case .ramp:
                each {
                    let from = b($0), end = Swift.min(time, c($0))
                    return time > from ? a($0) * (end - from) : 0
                }
            case .pulse:
                each {
                    let from = a($0), width = Swift.max(b($0), dt)
                    return time + 1e-9 >= from && time + 1e-9 < from + width ? 1 : 0
                }
            case .multiplyAdd: each { a($0) * b($0) + c($0) }
            case .multiplyMultiply: each { a($0) * b($0) * c($0) }
            case .maximumDivide: each { maximum(a($0), b($0)) / c($0) }
            case .squareRootOfProduct: each { sqrt(a($0) * b($0)) }
            case .lookupOfRatio: each { lookup(Int($0.c), a($0) / b($0), into: Int($0.target)) }
            case .scaledLookupOfRatio:
                each {
                    let scale = a($0)
                    return scale * lookup(Int($0.c), b($0) / scale, into: Int($0.target))
                }
            case .bass:
                each {
                    let x = a($0)
                    return (b($0) + c($0) * x) * (1 - x)
                }
            case .subtractMaximum: each { maximum(a($0) - b($0), c($0)) }
            case .subtractMultiply: each { (a($0) - b($0)) * c($0) }
            case .subtractProduct: each { c($0) - a($0) * b($0) }
            case .multiplyDivide: each { a($0) * b($0) / c($0) }
            case .multiplyMinimum: each { minimum(a($0) * b($0), c($0)) }
            case .addAdd: each { a($0) + b($0) + c($0) }
            case .addMultiply: each { (a($0) + b($0)) * c($0) }
            case .divideAdd: each { a($0) / b($0) + c($0) }
            case .maximumMultiply: each { maximum(a($0), b($0)) * c($0) }
            case .selectIfGreater:
                each {
                    let x = a($0), y = b($0)
                    return x > y ? c($0) : x.isNaN || y.isNaN ? .nan : d($0)
                }
            case .selectIfGreaterOrEqual:
                each {
                    let x = a($0), y = b($0)
                    return x >= y ? c($0) : x.isNaN || y.isNaN ? .nan : d($0)
                }
            }
        }
    }

    /// MIN and MAX of two values, not a number when the first is not one (as the model language defines them).
    @inline(__always) func minimum(_ x: Double, _ y: Double) -> Double { x < y || x.isNaN ? x : y }
    @inline(__always) func maximum(_ x: Double, _ y: Double) -> Double { x > y || x.isNaN ? x : y }
}

/// Every recorded variable at every kept time of a run (every step unless the run was told to
/// keep fewer: `RunSettings.recording`).
public struct Trajectory: Sendable {
    public let names: [String]
    /// The kept times, in order.
    public let times: [Double]
    /// The run's time step (kept times are whole steps from the start).
    public let timeStep: Double
    /// Row-major: `values[row * names.count + variable]`.
    let values: [Double]

    /// The value of a recorded variable (by its column in `names`) in a kept row.
    public func value(column: Int, row: Int) -> Double { values[row * names.count + column] }

    /// The kept row at a time (within half a step), or nil when that time was not kept.
    public func row(at time: Double) -> Int? {
        var low = 0, high = times.count
        while low < high {
            let middle = (low + high) / 2
            if times[middle] < time { low = middle + 1 } else { high = middle }
        }
        // The nearer of the rows either side of where `time` would go.
        var nearest = low
        if low == times.count || (low > 0 && time - times[low - 1] < times[low] - time) { nearest = low - 1 }
        guard times.indices.contains(nearest), abs(times[nearest] - time) <= timeStep / 2 + 1e-9 else { return nil }
        return nearest
    }

    public func series(_ name: String) -> [Double]? {
        guard let column = names.firstIndex(of: name) else { return nil }
        return stride(from: column, to: values.count, by: names.count).map { values[$0] }
    }

    /// The value at the kept time nearest to `time` (within half a step).
    public func value(_ name: String, at time: Double) -> Double? {
        guard let column = names.firstIndex(of: name), let row = row(at: time) else { return nil }
        return values[row * names.count + column]
    }
}
