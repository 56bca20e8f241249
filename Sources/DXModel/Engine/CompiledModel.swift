import DXSource

/// A variable of a compiled model, with what `explain` and `assumptions` need to show it.
public struct ModelVariable: Sendable {
    public let name: String
    public let kind: VariableKind
    public let unit: Unit
    /// Created by the compiler for a SMOOTH or DELAY; its name contains `#`.
    public let isHidden: Bool
    /// The equation as the engine runs it (SMOOTH and DELAY calls replaced by hidden stocks).
    public let equation: Expression?
    /// The equation as written in the model file.
    public let writtenEquation: Expression?
    public let inflows: [String]
    public let outflows: [String]
    public let provenance: Provenance?
    public let uncertainty: ClosedRange<Double>?
    public let distribution: Distribution?
    /// The values a parameter can take at all: declared, or implied by its range.
    public let validity: Validity
    public let documentation: String?
    /// Set by calibration against the model's histories.
    public let isFitted: Bool
    public let declaration: SourceRange
    let slot: Int32

    /// A parameter's value as written (nil when it is computed from other parameters).
    public var literalValue: Double? {
        if kind == .param, case .number(let value, _, _)? = equation { return value }
        return nil
    }
}

/// A lookup (graphical function) of a compiled model.
public struct ModelLookup: Sendable {
    public let name: String
    public let unit: Unit
    public let points: [(x: Double, y: Double)]
    public let provenance: Provenance?
    public let documentation: String?
}

/// How to integrate.
public enum IntegrationMethod: String, Sendable, CaseIterable {
    case euler
    case rk4
}

/// A yearly input series: piecewise constant over calendar years, held flat outside its years.
public struct YearlySeries: Sendable, Hashable {
    public let firstYear: Int
    public let values: [Double]

    public init(firstYear: Int, values: [Double]) {
        precondition(!values.isEmpty, "a series needs at least one value")
        self.firstYear = firstYear
        self.values = values
    }

    public static func constant(_ value: Double) -> YearlySeries { YearlySeries(firstYear: 0, values: [value]) }

    public func value(atTime time: Double) -> Double {
        let year = Int((time + 1e-9).rounded(.down))
        return values[min(max(year - firstYear, 0), values.count - 1)]
    }
}

/// What one run needs beyond the model: the time window, the method, inputs and parameter overrides.
public struct RunSettings: Sendable {
    public var start: Double
    public var end: Double
    public var timeStep: Double
    public var method: IntegrationMethod
    public var inputs: RunInputs
    /// Parameter values that replace the model's own for this run only, from its start.
    public var parameters: [String: Double]
    /// Parameter values that replace those from `planStart` on (a scenario's assumptions and
    /// policies: the years before keep what the model, and `parameters`, say).
    public var planParameters: [String: Double] = [:]
    /// When `planParameters` take over: the first step at or after this time.
    public var planStart: Double = -.infinity
    /// Which steps the run keeps (every one unless told).
    public var recording: Recording = .everyStep
    /// More parameter values for the whole run, by slot (`CompiledModel.parameterSlots`, resolved
    /// once): what `parameters` does, without looking names up in every run of a Monte Carlo.
    /// Applied after `parameters`.
    public var parameterValues: (slots: ParameterSlots, values: [Double])?
    /// Whether the run may use the model's native code when it is loaded (`NativeCodeSlot`):
    /// the values are the same; false runs the interpreter (to compare the two, or time them).
    public var allowsNativeCode = true

    /// The steps a run keeps in its trajectory. A run computes every step either way; keeping only
    /// the times a caller reads (the ends of years, for the analysis commands) saves copying every
    /// variable at every step.
    public enum Recording: Sendable, Equatable {
        case everyStep
        /// The steps nearest to these times (those inside the run), and the start.
        case times([Double])
    }

    public init(
        start: Double, end: Double, timeStep: Double = 1.0 / 12.0, method: IntegrationMethod = .euler,
        inputs: RunInputs = [:], parameters: [String: Double] = [:]
    ) {
        self.start = start
        self.end = end
        self.timeStep = timeStep
        self.method = method
        self.inputs = inputs
        self.parameters = parameters
    }
}

/// Parameters of a compiled model by their slots, in the order of `names`.
public struct ParameterSlots: Sendable {
    public let names: [String]
    let slots: [Int32]
}

/// Why a run could not be made.
public enum RunError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingInput(String)
    case unknownParameter(String, suggestion: String?)
    case invalidTimeWindow(String)
    case cancelled

    public var description: String {
        switch self {
        case .missingInput(let name): "no values were given for input '\(name)'"
        case .unknownParameter(let name, let suggestion):
            "the model has no parameter '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .invalidTimeWindow(let reason): reason
        case .cancelled: "cancelled"
        }
    }
}

/// A model compiled to flat instruction arrays over one buffer of doubles.
///
/// Compiling happens once; a run copies the buffer, so runs are pure and can run concurrently.
public struct CompiledModel: Sendable {
    public let title: String?
    public let source: SourceFile
    /// Every variable, hidden ones (from SMOOTH and DELAY) included, in declaration order.
    public let variables: [ModelVariable]
    public let lookups: [ModelLookup]
    let slotCount: Int
    let constants: [(slot: Int32, value: Double)]
    let parameterProgram: [Instruction]
    let initialProgram: [Instruction]
    /// What every step computes: the flows the stocks integrate and all they depend on.
    let stepProgram: [Instruction]
    /// What only a step a run keeps computes: the variables that are recorded and that no flow
    /// depends on (after `stepProgram`, which it may read).
    let reportProgram: [Instruction]
    let stockSlots: [Int32]
    /// Each stock's net flow is `values[inflowSlots[i]] - values[outflowSlots[i]]` (a slot holding
    /// zero where a side is missing, or the sum of several flows and zero).
    let inflowSlots: [Int32]
    let outflowSlots: [Int32]
    /// Each fixed pipeline delay (DELAY): the slot of its input, of its delay time and of its
    /// output (a stock with no flows, which the engine sets after each step).
    let pipelineSlots: [(input: Int32, time: Int32, output: Int32)]
    /// The same pipelines by the names of their (hidden) variables.
    public let pipelines: [(input: String, time: String, output: String)]
    public let inputNames: [String]
    let inputSlots: [Int32]
    let lookupTables: [LookupTable]
    /// The variables a run records (all but the hidden ones), and their slots.
    public let recordedNames: [String]
    let recordedSlots: [Int]
    /// What the runs read, laid out once.
    let tables: RunTables
    /// The native code of the step, once an analysis has made enough runs to compile it.
    let native: NativeCodeSlot
    /// The parameter programs of runs that give computed parameters, by the parameters given.
    let derivedPrograms = DerivedPrograms()
    /// Each variable's index in `variables`, by name.
    private let variableIndex: [String: Int]
    /// Per slot, whether the parameter program computes it (a parameter given by a run replaces
    /// the instruction that computes it; one the program does not compute needs no change to it).
    let isComputedParameter: [Bool]

    init(
        title: String?, source: SourceFile, variables: [ModelVariable], lookups: [ModelLookup], slotCount: Int,
        constants: [(slot: Int32, value: Double)], parameterProgram: [Instruction], initialProgram: [Instruction],
        stepProgram: [Instruction], reportProgram: [Instruction], stockSlots: [Int32], inflowSlots: [Int32], outflowSlots: [Int32],
        pipelineSlots: [(input: Int32, time: Int32, output: Int32)] = [],
        pipelines: [(input: String, time: String, output: String)] = [], inputNames: [String], inputSlots: [Int32], lookupTables: [LookupTable],
        recordedNames: [String], recordedSlots: [Int]
    ) {
        self.title = title
        self.source = source
        self.variables = variables
        self.lookups = lookups
        self.slotCount = slotCount
        self.constants = constants
        self.parameterProgram = parameterProgram
        self.initialProgram = initialProgram
        self.stepProgram = stepProgram
        self.reportProgram = reportProgram
        self.stockSlots = stockSlots
        self.inflowSlots = inflowSlots
        self.outflowSlots = outflowSlots
        self.pipelineSlots = pipelineSlots
        self.pipelines = pipelines
        self.inputNames = inputNames
        self.inputSlots = inputSlots
        self.lookupTables = lookupTables
        self.recordedNames = recordedNames
        self.recordedSlots = recordedSlots
        tables = RunTables(
            slotCount: slotCount, constants: constants, parameterProgram: parameterProgram,
            initialProgram: initialProgram, stepProgram: stepProgram, reportProgram: reportProgram, lookupTables: lookupTables,
            stockSlots: stockSlots, inflowSlots: inflowSlots, outflowSlots: outflowSlots, pipelineSlots: pipelineSlots,
            recordedSlots: recordedSlots)
        native = NativeCodeSlot(tables: tables)
        variableIndex = Dictionary(variables.enumerated().map { ($0.element.name, $0.offset) }) { first, _ in first }
        var computed = [Bool](repeating: false, count: max(slotCount, 1))
        for instruction in parameterProgram { computed[Int(instruction.target)] = true }
        isComputedParameter = computed
    }

    public func variable(_ name: String) -> ModelVariable? { variableIndex[name].map { variables[$0] } }

    /// The slots of some parameters, looked up once for many runs (`RunSettings.parameterValues`).
    public func parameterSlots(_ names: [String]) throws(RunError) -> ParameterSlots {
        var slots: [Int32] = []
        for name in names {
            guard let slot = parameterSlot(name) else {
                throw .unknownParameter(name, suggestion: Suggestion.closest(to: name, in: parameters.map(\.name)))
            }
            slots.append(slot)
        }
        return ParameterSlots(names: names, slots: slots)
    }

    /// The slot of a parameter, by name (nil when the model has no such parameter).
    func parameterSlot(_ name: String) -> Int32? {
        guard let index = variableIndex[name], variables[index].kind == .param else { return nil }
        return variables[index].slot
    }

    public var parameters: [ModelVariable] { variables.filter { $0.kind == .param } }

    /// Compiles the model's step to native code now (runs do it by themselves, in the background,
    /// once an analysis is under way) and says whether runs use it: false when no C compiler
    /// could build it, or `DXPLAN_NATIVE=0`.
    public func prepareNativeCode() -> Bool { native.prepare() }

    /// The C the native code is compiled from (for reading, and for timing the compiler).
    public var nativeSource: String { NativeSource.translationUnit(for: tables) }

    /// Instructions of a time step (the step and the report program: a step a run keeps runs both).
    public var instructionsPerStep: Int { stepProgram.count + reportProgram.count }

    /// Instructions of a step a run does not keep (the step program alone).
    public var instructionsPerUnkeptStep: Int { stepProgram.count }

    /// Equations evaluated per time step: auxiliaries and flows, and one update per stock.
    public var equationsPerStep: Int { variables.filter { [.aux, .flow, .stock].contains($0.kind) }.count }
}

extension CompiledModel {
    /// How many instructions of each operation the step program has (for tuning the engine).
    public var stepOperationCounts: [String: Int] {
        Dictionary(grouping: stepProgram + reportProgram, by: { "\($0.operation)" }).mapValues(\.count)
    }
}

extension CompiledModel {
    /// The step program then the report program, one instruction a line with slot names (for tuning the engine).
    public var stepProgramListing: [String] {
        var names: [Int32: String] = [:]
        for variable in variables { names[variable.slot] = variable.name }
        for (slot, value) in constants where names[slot] == nil { names[slot] = "\(value)" }
        func name(_ slot: Int32) -> String { names[slot] ?? "#\(slot)" }
        return (stepProgram + reportProgram).map { instruction in
            "\(name(instruction.target)) = \(instruction.operation) \(name(instruction.a)) \(name(instruction.b)) \(name(instruction.c))"
                + (instruction.readSlots.count == 4 ? " \(name(instruction.d))" : "")
        }
    }
}
