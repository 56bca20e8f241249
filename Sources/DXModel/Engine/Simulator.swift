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

        var values = [Double](repeating: 0, count: slotCount)
        for (slot, value) in constants { values[Int(slot)] = value }
        // Literal parameters are plain constants in the parameter program; overrides replace them after it.
        let recorded = variables.filter { !$0.isHidden }
        let recordedSlots = recorded.map(\.slot)
        var trajectory = [Double]()
        trajectory.reserveCapacity((stepCount + 1) * recordedSlots.count)
        var times = [Double]()
        times.reserveCapacity(stepCount + 1)

        try values.withUnsafeMutableBufferPointer { buffer throws(RunError) in
            let v = buffer.baseAddress!
            let start = settings.start, dt = settings.timeStep
            func setInputs(_ time: Double) {
                for (i, slot) in inputSlots.enumerated() { v[Int(slot)] = series[i].value(atTime: time) }
            }
            execute(parameterProgram, v, time: start, dt: dt)
            for (slot, value) in parameterSlots { v[Int(slot)] = value }
            if !parameterSlots.isEmpty {
                // Parameters computed from overridden ones are recomputed, without undoing the overrides.
                let overridden = Set(parameterSlots.map(\.0))
                execute(parameterProgram.filter { !overridden.contains($0.target) }, v, time: start, dt: dt)
            }
            setInputs(start)
            execute(initialProgram, v, time: start, dt: dt)
            execute(stepProgram, v, time: start, dt: dt)
            func record(_ time: Double) {
                times.append(time)
                for slot in recordedSlots { trajectory.append(v[Int(slot)]) }
            }
            record(start)
            let stocks = stockSlots.map(Int.init), derivatives = derivativeSlots.map(Int.init)
            var state = [Double](repeating: 0, count: stocks.count)
            var k = [[Double]](repeating: [Double](repeating: 0, count: stocks.count), count: 4)
            for step in 1...max(stepCount, 1) where stepCount > 0 {
                if step % 64 == 0, cancellation.isCancelled { throw .cancelled }
                let time = start + Double(step - 1) * dt
                switch settings.method {
                case .euler:
                    for i in stocks.indices { v[stocks[i]] += dt * v[derivatives[i]] }
                case .rk4:
                    for i in stocks.indices { state[i] = v[stocks[i]]; k[0][i] = v[derivatives[i]] }
                    for (stage, fraction) in [(1, 0.5), (2, 0.5), (3, 1.0)] {
                        for i in stocks.indices { v[stocks[i]] = state[i] + fraction * dt * k[stage - 1][i] }
                        setInputs(time + fraction * dt)
                        execute(stepProgram, v, time: time + fraction * dt, dt: dt)
                        for i in stocks.indices { k[stage][i] = v[derivatives[i]] }
                    }
                    for i in stocks.indices {
                        v[stocks[i]] = state[i] + dt / 6 * (k[0][i] + 2 * k[1][i] + 2 * k[2][i] + k[3][i])
                    }
                }
                let next = start + Double(step) * dt
                setInputs(next)
                execute(stepProgram, v, time: next, dt: dt)
                record(next)
            }
        }
        return Trajectory(names: recorded.map(\.name), times: times, values: trajectory)
    }

    /// Runs a program over the value buffer. The hot loop of the engine.
    private func execute(_ program: [Instruction], _ v: UnsafeMutablePointer<Double>, time: Double, dt: Double) {
        program.withUnsafeBufferPointer { instructions in
            for instruction in instructions {
                let t = Int(instruction.target)
                let a = Int(instruction.a), b = Int(instruction.b)
                switch instruction.operation {
                case .copy: v[t] = v[a]
                case .negate: v[t] = -v[a]
                case .not: v[t] = v[a] == 0 ? 1 : 0
                case .add: v[t] = v[a] + v[b]
                case .subtract: v[t] = v[a] - v[b]
                case .multiply: v[t] = v[a] * v[b]
                case .divide: v[t] = v[a] / v[b]
                case .power: v[t] = pow(v[a], v[b])
                case .less: v[t] = v[a] < v[b] ? 1 : 0
                case .lessOrEqual: v[t] = v[a] <= v[b] ? 1 : 0
                case .greater: v[t] = v[a] > v[b] ? 1 : 0
                case .greaterOrEqual: v[t] = v[a] >= v[b] ? 1 : 0
                case .equal: v[t] = v[a] == v[b] ? 1 : 0
                case .notEqual: v[t] = v[a] != v[b] ? 1 : 0
                case .and: v[t] = v[a] != 0 && v[b] != 0 ? 1 : 0
                case .or: v[t] = v[a] != 0 || v[b] != 0 ? 1 : 0
                case .minimum: v[t] = Swift.min(v[a], v[b])
                case .maximum: v[t] = Swift.max(v[a], v[b])
                case .absolute: v[t] = abs(v[a])
                case .exponential: v[t] = exp(v[a])
                case .logarithm: v[t] = log(v[a])
                case .squareRoot: v[t] = sqrt(v[a])
                case .select: v[t] = v[a] != 0 ? v[b] : v[Int(instruction.c)]
                case .lookup: v[t] = lookupTables[b](v[a])
                case .time: v[t] = time
                case .step: v[t] = time + 1e-9 >= v[b] ? v[a] : 0
                case .ramp:
                    let end = Swift.min(time, v[Int(instruction.c)])
                    v[t] = time > v[b] ? v[a] * (end - v[b]) : 0
                case .pulse:
                    let width = Swift.max(v[b], dt)
                    v[t] = time + 1e-9 >= v[a] && time + 1e-9 < v[a] + width ? 1 : 0
                }
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
