#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DXSource

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
        var series: [YearlySeries] = []
        for name in inputNames {
            guard let values = settings.inputs[name] else { throw .missingInput(name) }
            series.append(values)
        }
        var parameterSlots: [(Int32, Double)] = []
        for (name, value) in settings.parameters {
            guard let variable = variable(name), variable.kind == .param else {
                throw .unknownParameter(name, suggestion: Suggestion.closest(to: name, in: parameters.map(\.name)))
            }
            parameterSlots.append((variable.slot, value))
        }
        var planSlots: [(Int32, Double)] = []
        for (name, value) in settings.planParameters.sorted(by: { $0.key < $1.key }) {
            guard let variable = variable(name), variable.kind == .param else {
                throw .unknownParameter(name, suggestion: Suggestion.closest(to: name, in: parameters.map(\.name)))
            }
            planSlots.append((variable.slot, value))
        }

        let rowWidth = recordedSlots.count
        var times = [Double](repeating: 0, count: stepCount + 1)
        var machine = Machine(model: self, series: series)
        defer { machine.deallocate() }
        let v = machine.values
        let start = settings.start, dt = settings.timeStep

        // Parameters (overrides replace literals, and parameters computed from them follow), then
        // the initial values, then the auxiliaries and flows of the first time.
        machine.execute(machine.parameterProgram, time: start, dt: dt)
        if !parameterSlots.isEmpty {
            for (slot, value) in parameterSlots { v[Int(slot)] = value }
            let overridden = Set(parameterSlots.map(\.0))
            let derived = parameterProgram.filter { !overridden.contains($0.target) }
            derived.withUnsafeBufferPointer { machine.execute($0, time: start, dt: dt) }
        }
        // From the plan's start, its parameters replace the run's (and the parameters computed
        // from them follow); stocks keep the values the years before gave them. No closure
        // captures the machine: the hot loop must keep it in registers.
        let overriddenInPlan = Set(parameterSlots.map(\.0)).union(planSlots.map(\.0))
        let derivedInPlan = parameterProgram.filter { !overriddenInPlan.contains($0.target) }
        let planStep = planSlots.isEmpty ? Int.max
            : Swift.max(0, Int(((settings.planStart - start) / dt - 0.5).rounded(.up)))
        machine.setInputs(time: start)
        machine.execute(machine.initialProgram, time: start, dt: dt)
        if planStep == 0 {
            for (slot, value) in planSlots { v[Int(slot)] = value }
            derivedInPlan.withUnsafeBufferPointer { machine.execute($0, time: start, dt: dt) }
        }
        machine.execute(machine.stepProgram, time: start, dt: dt)

        // The hidden variables come after the recorded ones, so a row is usually one block of slots.
        let firstRecorded = recordedSlots.first ?? 0
        let contiguous = recordedSlots.elementsEqual(firstRecorded..<(firstRecorded + rowWidth))
        let method = settings.method
        // Every row is written by `record`, so the trajectory starts uninitialised: filling it with
        // zeros first would cost as much as recording it.
        var cancelled = false
        let trajectory = [Double](unsafeUninitializedCapacity: (stepCount + 1) * rowWidth) { rows, initialized in
            times.withUnsafeMutableBufferPointer { times in
                recordedSlots.withUnsafeBufferPointer { recorded in
                    var row = rows.baseAddress!
                    func record(_ index: Int, _ time: Double) {
                        times[index] = time
                        if contiguous {
                            row.initialize(from: v + firstRecorded, count: rowWidth)
                        } else {
                            for column in 0..<rowWidth { (row + column).initialize(to: v[recorded[column]]) }
                        }
                        row += rowWidth
                    }
                    record(0, start)
                    for step in 1...max(stepCount, 1) where stepCount > 0 {
                        if step & 63 == 0, cancellation.isCancelled {
                            cancelled = true
                            break
                        }
                        let time = start + Double(step - 1) * dt
                        switch method {
                        case .euler: machine.eulerUpdate(dt: dt)
                        case .rk4: machine.rk4Update(time: time, dt: dt)
                        }
                        let next = start + Double(step) * dt
                        machine.setInputs(time: next)
                        machine.execute(machine.stepProgram, time: next, dt: dt)
                        record(step, next)
                        // The state at the plan's start is the years before's: recorded first,
                        // then the plan's parameters drive the flows from it.
                        if step == planStep {
                            for (slot, value) in planSlots { v[Int(slot)] = value }
                            derivedInPlan.withUnsafeBufferPointer { machine.execute($0, time: next, dt: dt) }
                            machine.execute(machine.stepProgram, time: next, dt: dt)
                        }
                    }
                    initialized = row - rows.baseAddress!
                }
            }
        }
        if cancelled { throw .cancelled }
        return Trajectory(names: recordedNames, times: times, values: trajectory)
    }
}

/// The state of one run: the value buffer, the programs and the stocks' slots, as raw pointers
/// for the hot loop. It holds no references, so passing it around costs no reference counting.
private struct Machine {
    let values: UnsafeMutablePointer<Double>
    let parameterProgram: UnsafeMutableBufferPointer<Instruction>
    let initialProgram: UnsafeMutableBufferPointer<Instruction>
    let stepProgram: UnsafeMutableBufferPointer<Instruction>
    /// Every lookup's points, flattened (xs then ys), and where each lookup starts and how many points it has.
    let tablePoints: UnsafeMutablePointer<Double>
    let tableIndex: UnsafeMutablePointer<Int>
    /// Each stock's slot, and the slots of its net flow (inflow minus outflow).
    let stocks: UnsafeMutableBufferPointer<Int>
    let inflows: UnsafeMutablePointer<Int>
    let outflows: UnsafeMutablePointer<Int>
    /// RK4's saved state and its four slopes, one block of `stocks.count` each.
    let scratch: UnsafeMutablePointer<Double>
    /// Per input: its slot, its first year, its number of values and where they start in `inputValues`.
    let inputs: UnsafeMutableBufferPointer<(slot: Int, firstYear: Int, count: Int, offset: Int)>
    let inputValues: UnsafeMutablePointer<Double>
    /// The calendar year whose inputs are in the buffer (inputs change only between years).
    private var inputYear = Int.min

    init(model: CompiledModel, series: [YearlySeries]) {
        values = .allocate(capacity: max(model.slotCount, 1))
        values.initialize(repeating: 0, count: max(model.slotCount, 1))
        for (slot, value) in model.constants { values[Int(slot)] = value }
        func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return UnsafeMutableBufferPointer(rebasing: buffer[..<array.count])
        }
        parameterProgram = copy(model.parameterProgram)
        initialProgram = copy(model.initialProgram)
        stepProgram = copy(model.stepProgram)
        let points = model.lookupTables.flatMap { $0.xs + $0.ys }
        tablePoints = .allocate(capacity: max(points.count, 1))
        tablePoints.initialize(from: points, count: points.count)
        tableIndex = .allocate(capacity: max(2 * model.lookupTables.count, 1))
        var offset = 0
        for (i, table) in model.lookupTables.enumerated() {
            tableIndex[2 * i] = offset
            tableIndex[2 * i + 1] = table.xs.count
            offset += 2 * table.xs.count
        }
        stocks = copy(model.stockSlots.map(Int.init))
        inflows = copy(model.inflowSlots.map(Int.init)).baseAddress!
        outflows = copy(model.outflowSlots.map(Int.init)).baseAddress!
        scratch = .allocate(capacity: max(5 * model.stockSlots.count, 1))
        var table: [(slot: Int, firstYear: Int, count: Int, offset: Int)] = []
        offset = 0
        for (slot, values) in zip(model.inputSlots, series) {
            table.append((Int(slot), values.firstYear, values.values.count, offset))
            offset += values.values.count
        }
        inputs = copy(table)
        inputValues = copy(series.flatMap(\.values)).baseAddress!
    }

    func deallocate() {
        values.deallocate()
        parameterProgram.deallocate()
        initialProgram.deallocate()
        stepProgram.deallocate()
        tablePoints.deallocate()
        tableIndex.deallocate()
        stocks.deallocate()
        inflows.deallocate()
        outflows.deallocate()
        scratch.deallocate()
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

    /// Puts each input's value for the calendar year of `time` in its slot (as `YearlySeries.value(atTime:)`).
    mutating func setInputs(time: Double) {
        let year = Int((time + 1e-9).rounded(.down))
        guard year != inputYear else { return }
        inputYear = year
        for input in inputs {
            values[input.slot] = inputValues[input.offset + min(max(year - input.firstYear, 0), input.count - 1)]
        }
    }

    /// The net flow of stock `i` in the current values.
    @inline(__always)
    func slope(_ i: Int) -> Double { values[inflows[i]] - values[outflows[i]] }

    /// One Euler step of every stock from the current flows.
    func eulerUpdate(dt: Double) {
        for i in stocks.indices { values[stocks[i]] += dt * slope(i) }
    }

    /// One classical Runge-Kutta step of every stock: three more evaluations of the step program.
    mutating func rk4Update(time: Double, dt: Double) {
        let count = stocks.count
        let state = scratch, k = scratch + count
        for i in 0..<count { state[i] = values[stocks[i]]; k[i] = slope(i) }
        for (stage, fraction) in [(1, 0.5), (2, 0.5), (3, 1.0)] {
            for i in 0..<count { values[stocks[i]] = state[i] + fraction * dt * k[(stage - 1) * count + i] }
            setInputs(time: time + fraction * dt)
            execute(stepProgram, time: time + fraction * dt, dt: dt)
            for i in 0..<count { k[stage * count + i] = slope(i) }
        }
        for i in 0..<count {
            let sum = k[i] + 2 * k[count + i] + 2 * k[2 * count + i] + k[3 * count + i]
            values[stocks[i]] = state[i] + dt / 6 * sum
        }
    }

    func execute(_ program: UnsafeMutableBufferPointer<Instruction>, time: Double, dt: Double) {
        execute(UnsafeBufferPointer(program), time: time, dt: dt)
    }

    /// Runs a program over the value buffer: the hot loop of the engine.
    func execute(_ program: UnsafeBufferPointer<Instruction>, time: Double, dt: Double) {
        let v = values
        for instruction in program {
            let t = Int(instruction.target), a = Int(instruction.a), b = Int(instruction.b)
            switch instruction.operation {
            case .copy: v[t] = v[a]
            case .negate: v[t] = -v[a]
            case .not: v[t] = v[a] == 0 ? 1 : v[a].isNaN ? .nan : 0
            case .add: v[t] = v[a] + v[b]
            case .subtract: v[t] = v[a] - v[b]
            case .multiply: v[t] = v[a] * v[b]
            case .divide: v[t] = v[a] / v[b]
            case .power:
                let exponent = v[b]
                v[t] = exponent == 0.5 ? sqrt(v[a]) : exponent == 2 ? v[a] * v[a] : exponent == 1 ? v[a] : pow(v[a], exponent)
            // Comparisons, logic, MIN/MAX and IF carry a value that is not a number on: it must show
            // where it arises, never turn into a plausible 0, 1 or bound.
            case .less: v[t] = v[a] < v[b] ? 1 : unordered(v[a], v[b])
            case .lessOrEqual: v[t] = v[a] <= v[b] ? 1 : unordered(v[a], v[b])
            case .greater: v[t] = v[a] > v[b] ? 1 : unordered(v[a], v[b])
            case .greaterOrEqual: v[t] = v[a] >= v[b] ? 1 : unordered(v[a], v[b])
            case .equal: v[t] = v[a] == v[b] ? 1 : unordered(v[a], v[b])
            case .notEqual: v[t] = v[a].isNaN || v[b].isNaN ? .nan : v[a] != v[b] ? 1 : 0
            case .and: v[t] = v[a].isNaN || v[b].isNaN ? .nan : v[a] != 0 && v[b] != 0 ? 1 : 0
            case .or: v[t] = v[a].isNaN || v[b].isNaN ? .nan : v[a] != 0 || v[b] != 0 ? 1 : 0
            case .minimum: v[t] = v[a] < v[b] || v[a].isNaN ? v[a] : v[b]
            case .maximum: v[t] = v[a] > v[b] || v[a].isNaN ? v[a] : v[b]
            case .absolute: v[t] = abs(v[a])
            case .exponential: v[t] = exp(v[a])
            case .logarithm: v[t] = log(v[a])
            case .squareRoot: v[t] = sqrt(v[a])
            case .select: v[t] = v[a].isNaN ? v[a] : v[a] != 0 ? v[b] : v[Int(instruction.c)]
            case .lookup: v[t] = lookup(b, v[a])
            case .time: v[t] = time
            case .step: v[t] = time + 1e-9 >= v[b] ? v[a] : 0
            case .ramp:
                let end = Swift.min(time, v[Int(instruction.c)])
                v[t] = time > v[b] ? v[a] * (end - v[b]) : 0
            case .pulse:
                let width = Swift.max(v[b], dt)
                v[t] = time + 1e-9 >= v[a] && time + 1e-9 < v[a] + width ? 1 : 0
            case .multiplyAdd: v[t] = v[a] * v[b] + v[Int(instruction.c)]
            case .multiplyMultiply: v[t] = v[a] * v[b] * v[Int(instruction.c)]
            case .maximumDivide: v[t] = (v[a] > v[b] || v[a].isNaN ? v[a] : v[b]) / v[Int(instruction.c)]
            case .squareRootOfProduct: v[t] = sqrt(v[a] * v[b])
            case .lookupOfRatio: v[t] = lookup(Int(instruction.c), v[a] / v[b])
            case .scaledLookupOfRatio: v[t] = v[a] * lookup(Int(instruction.c), v[b] / v[a])
            case .bass: v[t] = (v[b] + v[Int(instruction.c)] * v[a]) * (1 - v[a])
            }
        }
    }
}

/// Every recorded variable at every time of a run.
public struct Trajectory: Sendable {
    public let names: [String]
    public let times: [Double]
    /// Row-major: `values[step * names.count + variable]`.
    let values: [Double]

    init(names: [String], times: [Double], values: [Double]) {
        self.names = names
        self.times = times
        self.values = values
    }

    /// The value of a recorded variable (by its column in `names`) at a saved step.
    public func value(column: Int, step: Int) -> Double { values[step * names.count + column] }

    public func series(_ name: String) -> [Double]? {
        guard let column = names.firstIndex(of: name) else { return nil }
        return stride(from: column, to: values.count, by: names.count).map { values[$0] }
    }

    /// The value at the saved time nearest to `time`.
    public func value(_ name: String, at time: Double) -> Double? {
        guard let column = names.firstIndex(of: name), !times.isEmpty else { return nil }
        let dt = times.count > 1 ? times[1] - times[0] : 1
        let row = Int(((time - times[0]) / dt).rounded())
        guard row >= 0, row < times.count else { return nil }
        return values[row * names.count + column]
    }
}
