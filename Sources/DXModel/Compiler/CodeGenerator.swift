import DXSource

/// Orders the equations and emits the instruction arrays of a `CompiledModel`.
struct CodeGenerator {
    let declarations: [VariableDecl]
    let source: SourceFile
    let title: String?
    private var slots: [String: Int32] = [:]
    private var slotCount: Int32 = 0
    var constants: [Double: Int32] = [:]
    var lookups: [String: Int32] = [:]
    private var lookupTables: [LookupTable] = []
    private var inputs: [String: Int32] = [:]
    private var diagnostics: [Diagnostic] = []
    /// Variables whose value never changes during a run: parameters, and auxiliaries of them.
    private var constantNames: Set<String> = []
    /// Sub-expressions of constants only, computed once at the start instead of at every step.
    private var hoisted: [Instruction] = []
    var hoisting = false
    /// The slot of each sub-expression already computed by the program being emitted (by
    /// `CodeGenerator.key`), so a sub-expression used twice in a step is computed once.
    private var commonSlots: [String: Int32] = [:]

    /// Each variable's equation as written, before stateful functions were lowered.
    let written: [String: Expression]
    /// The fixed pipeline delays (DELAY calls), by their hidden variables.
    let pipelines: [StatefulLowering.Pipeline]
    /// Auxiliaries and flows that only name another variable (`flow ordering = demand`), and the
    /// variable whose slot their readers read instead: the copy is then needed only to record them.
    private var forwarded: [String: String] = [:]

    init(
        declarations: [VariableDecl], source: SourceFile, title: String?, written: [String: Expression] = [:],
        pipelines: [StatefulLowering.Pipeline] = []
    ) {
        self.declarations = declarations
        self.written = written
        self.source = source
        self.title = title
        self.pipelines = pipelines
    }

    private mutating func newSlot() -> Int32 {
        defer { slotCount += 1 }
        return slotCount
    }

    mutating func constant(_ value: Double) -> Int32 {
        if let slot = constants[value] { return slot }
        let slot = newSlot()
        constants[value] = slot
        return slot
    }

    mutating func generate() -> Result<CompiledModel, CompileErrors> {
        let byName = Dictionary(uniqueKeysWithValues: declarations.map { ($0.name.text, $0) })
        for declaration in declarations where declaration.kind != .lookup {
            slots[declaration.name.text] = newSlot()
        }
        for declaration in declarations where declaration.kind == .lookup {
            lookups[declaration.name.text] = Int32(lookupTables.count)
            lookupTables.append(LookupTable(xs: declaration.points.map(\.x), ys: declaration.points.map(\.y)))
        }
        for declaration in declarations where declaration.kind == .input {
            inputs[declaration.name.text] = Int32(inputs.count)
        }

        // Each step: auxiliaries and flows, in dependency order. Stocks, parameters and inputs are known.
        let computed = declarations.filter { $0.kind == .aux || $0.kind == .flow }
        guard
            let stepOrder = order(
                computed, byName: byName, through: [.aux, .flow],
                what: "an algebraic loop (each of these needs the others in the same step; a stock or a delay breaks it)")
        else {
            return .failure(CompileErrors(diagnostics: diagnostics))
        }
        // At the start: parameters (which may use each other), then stocks' initial values with what they need.
        let params = declarations.filter { $0.kind == .param }
        guard let paramOrder = order(params, byName: byName, through: [.param], what: "a loop among parameters") else {
            return .failure(CompileErrors(diagnostics: diagnostics))
        }
        let initial = declarations.filter { [.aux, .flow, .stock].contains($0.kind) }
        guard
            let initialOrder = order(
                initial, byName: byName, through: [.aux, .flow, .stock],
                what: "a loop in the initial values")
        else {
            return .failure(CompileErrors(diagnostics: diagnostics))
        }

        // Auxiliaries of parameters only are constant: computed once, with the parameters.
        constantNames = Set(params.map(\.name.text))
        var changed = true
        while changed {
            changed = false
            for declaration in computed where declaration.kind == .aux && !constantNames.contains(declaration.name.text) {
                if isConstant(declaration.equation!) {
                    constantNames.insert(declaration.name.text)
                    changed = true
                }
            }
        }
        // A pipeline's length is set when a run starts: its delay time cannot change during the run.
        for pipeline in pipelines where !constantNames.contains(pipeline.time) {
            diagnostics.append(
                .error(
                    .semantic, "the delay time of DELAY must stay the same during a run: write it with numbers and parameters only",
                    in: source, at: pipeline.range))
        }
        if !diagnostics.isEmpty { return .failure(CompileErrors(diagnostics: diagnostics)) }
        // A hidden auxiliary that only passes a variable on (the input of a DELAY3 stage) shares
        // that variable's slot instead of copying it at every step. Visible ones keep their own
        // slot: the recorded variables stay contiguous.
        var aliased: Set<String> = []
        for declaration in stepOrder where declaration.name.text.contains("#") && !constantNames.contains(declaration.name.text) {
            if case .variable(let source)? = declaration.equation {
                slots[declaration.name.text] = slots[source.text]!
                aliased.insert(declaration.name.text)
            }
        }
        // A visible auxiliary or flow that only names another variable: its readers read that
        // variable (the same value at every evaluation: it is computed, or a stock set, before
        // them). Not a parameter: a run may give a parameter a value of its own.
        for declaration in stepOrder where !aliased.contains(declaration.name.text) {
            guard case .variable(let source)? = declaration.equation, let target = byName[source.text], target.kind != .lookup else { continue }
            forwarded[declaration.name.text] = forwarded[source.text] ?? source.text
        }
        for (name, source) in forwarded { forwarded[name] = forwarded[source] ?? source }
        var parameterProgram: [Instruction] = []
        hoisting = false  // the start-of-run program computes constants in place
        for declaration in paramOrder { emit(declaration.equation!, into: slots[declaration.name.text]!, &parameterProgram) }
        for declaration in stepOrder where constantNames.contains(declaration.name.text) {
            emit(declaration.equation!, into: slots[declaration.name.text]!, &parameterProgram)
        }
        hoisting = true
        var initialProgram: [Instruction] = []
        for declaration in initialOrder where !constantNames.contains(declaration.name.text) && !aliased.contains(declaration.name.text) {
            emit(declaration.equation!, into: slots[declaration.name.text]!, &initialProgram)
        }
        var stepProgram: [Instruction] = []
        commonSlots = [:]  // the step program runs on its own, after the initial program
        for declaration in stepOrder where !constantNames.contains(declaration.name.text) && !aliased.contains(declaration.name.text) {
            emit(declaration.equation!, into: slots[declaration.name.text]!, &stepProgram)
        }
        parameterProgram += hoisted

        // Net flow of each stock: inflow minus outflow, which the integration computes itself for
        // the common shapes (one inflow, or one inflow and one outflow; a missing side reads a zero).
        // Other shapes sum their flows into a slot in the step program.
        let stocks = declarations.filter { $0.kind == .stock }
        var stockSlots: [Int32] = []
        var inflowSlots: [Int32] = []
        var outflowSlots: [Int32] = []
        for stock in stocks {
            stockSlots.append(slots[stock.name.text]!)
            // A flow that only names another variable is read from that variable's slot.
            func flowSlot(_ name: ModelName) -> Int32 { slots[forwarded[name.text] ?? name.text]! }
            var terms = stock.inflows.map { (flowSlot($0), true) } + stock.outflows.map { (flowSlot($0), false) }
            if terms.isEmpty || (terms.count == 1 && terms[0].1) || (terms.count == 2 && terms[0].1 && !terms[1].1) {
                inflowSlots.append(terms.first?.0 ?? constant(0))
                outflowSlots.append(terms.count == 2 ? terms[1].0 : constant(0))
                continue
            }
            let derivative = newSlot()
            inflowSlots.append(derivative)
            outflowSlots.append(constant(0))
            // The sum in the order written, the first two terms in one instruction: −a + b is b − a
            // exactly, and −a − b is −(a + b), so the value is the same to the last bit.
            let first = terms.removeFirst()
            if let second = terms.first {
                terms.removeFirst()
                switch (first.1, second.1) {
                case (true, true): stepProgram.append(Instruction(.add, derivative, first.0, second.0))
                case (true, false): stepProgram.append(Instruction(.subtract, derivative, first.0, second.0))
                case (false, true): stepProgram.append(Instruction(.subtract, derivative, second.0, first.0))
                case (false, false):
                    stepProgram.append(Instruction(.add, derivative, first.0, second.0))
                    stepProgram.append(Instruction(.negate, derivative, derivative))
                }
            } else {
                stepProgram.append(first.1 ? Instruction(.copy, derivative, first.0) : Instruction(.negate, derivative, first.0))
            }
            for (slot, isInflow) in terms {
                stepProgram.append(Instruction(isInflow ? .add : .subtract, derivative, derivative, slot))
            }
        }

        // What the stocks' flows need every step, and what only a kept step needs (what is
        // recorded and nothing integrates); each with the same operations together, since the
        // interpreter dispatches once per run of them.
        // A pipeline's input is needed at every step (the engine moves it along the pipeline).
        let pipelineSlots = pipelines.map { (input: slots[$0.input]!, time: slots[$0.time]!, output: slots[$0.output]!) }
        let (stateProgram, reportProgram) = Self.split(stepProgram, needed: inflowSlots + outflowSlots + pipelineSlots.map(\.input))

        let variables = declarations.filter { $0.kind != .lookup }.map { declaration in
            ModelVariable(
                name: declaration.name.text, kind: declaration.kind, unit: declaration.unit,
                isHidden: declaration.name.text.contains("#"), equation: declaration.equation,
                writtenEquation: written[declaration.name.text] ?? declaration.equation,
                inflows: declaration.inflows.map(\.text), outflows: declaration.outflows.map(\.text),
                provenance: declaration.provenance, uncertainty: declaration.uncertainty,
                distribution: declaration.distribution,
                validity: declaration.validity ?? Validity.implied(by: declaration.uncertainty),
                documentation: declaration.documentation,
                isFitted: declaration.isFitted, declaration: declaration.name.range, slot: slots[declaration.name.text]!)
        }
        let lookupsByName = declarations.filter { $0.kind == .lookup }.map { declaration in
            ModelLookup(
                name: declaration.name.text, unit: declaration.unit, points: declaration.points,
                provenance: declaration.provenance, documentation: declaration.documentation)
        }
        return .success(
            CompiledModel(
                title: title, source: source, variables: variables, lookups: lookupsByName,
                slotCount: Int(slotCount), constants: constants.map { ($0.value, $0.key) },
                parameterProgram: parameterProgram, initialProgram: initialProgram,
                stepProgram: InstructionScheduler.grouped(stateProgram), reportProgram: InstructionScheduler.grouped(reportProgram),
                stockSlots: stockSlots, inflowSlots: inflowSlots, outflowSlots: outflowSlots, pipelineSlots: pipelineSlots,
                pipelines: pipelines.map { ($0.input, $0.time, $0.output) },
                inputNames: inputs.sorted { $0.value < $1.value }.map(\.key),
                inputSlots: inputs.sorted { $0.value < $1.value }.map { slots[$0.key]! },
                lookupTables: lookupTables,
                recordedNames: variables.filter { !$0.isHidden }.map(\.name),
                recordedSlots: variables.filter { !$0.isHidden }.map { Int($0.slot) }))
    }

    /// Splits a step program (in evaluation order) into the instructions the `needed` slots
    /// depend on and the rest, each in its order. Going backwards, an instruction is needed when
    /// it writes a slot that is needed at that point, and then the slots it reads are needed too;
    /// a slot stays needed before the instruction that writes it when that instruction also reads
    /// it (an accumulation such as `x = x + y`). The rest is only recorded: a run computes it at
    /// the steps it keeps.
    static func split(_ program: [Instruction], needed: [Int32]) -> (needed: [Instruction], rest: [Instruction]) {
        var live = Set(needed)
        var isNeeded = [Bool](repeating: false, count: program.count)
        for index in program.indices.reversed() {
            let instruction = program[index]
            guard live.contains(instruction.target) else { continue }
            isNeeded[index] = true
            live.remove(instruction.target)
            live.formUnion(instruction.readSlots)
        }
        // A slot still needed at the start that the program writes is read before it is written
        // (last step's value): then every step needs the whole program.
        if program.contains(where: { live.contains($0.target) }) { return (program, []) }
        return (
            program.indices.filter { isNeeded[$0] }.map { program[$0] },
            program.indices.filter { !isNeeded[$0] }.map { program[$0] }
        )
    }

    /// Topological order of `nodes` by their references to kinds in `through`; nil after reporting a loop.
    private mutating func order(
        _ nodes: [VariableDecl], byName: [String: VariableDecl], through kinds: Set<VariableKind>,
        what: String
    ) -> [VariableDecl]? {
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var result: [VariableDecl] = []
        var path: [String] = []
        func visit(_ node: VariableDecl) -> Bool {
            let name = node.name.text
            if state[name] == 2 { return true }
            if state[name] == 1 {
                let loop = Array(path.drop { $0 != name }) + [name]
                let shown = loop.map(ExpressionPrinter.hiddenName)
                diagnostics.append(
                    .error(
                        .semantic, "\(what): " + shown.joined(separator: " → "), in: source,
                        at: byName[loop[0]]!.name.range,
                        notes: loop.dropFirst().dropLast().compactMap { byName[$0] }.filter { !$0.name.text.contains("#") }
                            .map { .note("'\($0.name.text)' is declared here", in: source, at: $0.name.range) }))
                return false
            }
            state[name] = 1
            path.append(name)
            // A stock is a dependency only where `kinds` includes stocks: for initial values.
            for reference in node.equation?.references ?? [] {
                guard let target = byName[reference.text], kinds.contains(target.kind) else { continue }
                if !visit(target) { return false }
            }
            path.removeLast()
            state[name] = 2
            result.append(node)
            return true
        }
        for node in nodes where !visit(node) { return nil }
        return result
    }

    // MARK: - Emitting

    /// Emits instructions that leave the expression's value in a slot, and returns the slot.
    /// A sub-expression of constants only is computed once at the start of a run, not every step.
    mutating func value(_ expression: Expression, _ program: inout [Instruction]) -> Int32 {
        switch expression {
        case .number(let value, _, _): return constant(value)
        case .variable(let name): return slots[forwarded[name.text] ?? name.text]!
        default:
            if hoisting, isConstant(expression) {
                let slot = newSlot()
                var once: [Instruction] = []
                emit(expression, into: slot, &once)
                hoisted += once
                return slot
            }
            // Every instruction of a program runs at every evaluation, each variable is written
            // once per evaluation and before it is read, so a sub-expression's slot holds its
            // value for the rest of the program: an equal sub-expression can read it.
            let key = hoisting ? Self.key(expression) : nil
            if let key, let slot = commonSlots[key] { return slot }
            let slot = newSlot()
            emit(expression, into: slot, &program)
            if let key { commonSlots[key] = slot }
            return slot
        }
    }

    /// A text that two expressions share exactly when they compute the same thing (source
    /// positions aside): the key of common sub-expressions.
    static func key(_ expression: Expression) -> String {
        switch expression {
        case .number(let value, _, _): "#\(value.bitPattern)"
        case .variable(let name): name.text
        case .unary(let op, let operand, _): "(\(op.rawValue) \(key(operand)))"
        case .binary(let op, let lhs, let rhs, _): "(\(op.rawValue) \(key(lhs)) \(key(rhs)))"
        case .call(let name, let arguments): "(\(name.text)() " + arguments.map(key).joined(separator: " ") + ")"
        case .conditional(let condition, let then, let otherwise, _):
            "(if \(key(condition)) \(key(then)) \(key(otherwise)))"
        }
    }

    /// Whether an expression has the same value at every step of a run.
    func isConstant(_ expression: Expression) -> Bool {
        switch expression {
        case .number: true
        case .variable(let name): constantNames.contains(name.text)
        case .unary(_, let operand, _): isConstant(operand)
        case .binary(_, let lhs, let rhs, _): isConstant(lhs) && isConstant(rhs)
        case .conditional(let condition, let then, let otherwise, _):
            isConstant(condition) && isConstant(then) && isConstant(otherwise)
        case .call(let name, let arguments):
            !["TIME", "STEP", "RAMP", "PULSE"].contains(name.text.uppercased()) && arguments.allSatisfy(isConstant)
        }
    }

    private mutating func emit(_ expression: Expression, into target: Int32, _ program: inout [Instruction]) {
        switch expression {
        case .number, .variable:
            program.append(Instruction(.copy, target, value(expression, &program)))
        case .unary(let op, let operand, _):
            let a = value(operand, &program)
            program.append(Instruction(op == .negate ? .negate : .not, target, a))
        case .binary(let op, let lhs, let rhs, let range):
            if emitFused(expression, into: target, &program) { return }
            // Dividing by what is constant for the run (a lifetime, a unit cost) multiplies by its
            // reciprocal, computed once: a division costs several multiplications.
            if op == .divide, hoisting, isConstant(rhs), !isConstant(lhs) {
                let a = value(lhs, &program)
                let reciprocal = value(.binary(.divide, .number(1, unit: nil, range), rhs, range), &program)
                program.append(Instruction(.multiply, target, a, reciprocal))
                return
            }
            let a = value(lhs, &program), b = value(rhs, &program)
            let operation: Instruction.Operation =
                switch op {
                case .add: .add
                case .subtract: .subtract
                case .multiply: .multiply
                case .divide: .divide
                case .power: .power
                case .less: .less
                case .lessOrEqual: .lessOrEqual
                case .greater: .greater
                case .greaterOrEqual: .greaterOrEqual
                case .equal: .equal
                case .notEqual: .notEqual
                case .and: .and
                case .or: .or
                }
            program.append(Instruction(operation, target, a, b))
        case .conditional(let condition, let then, let otherwise, _):
            if emitFused(expression, into: target, &program) { return }
            let c = value(condition, &program), a = value(then, &program), b = value(otherwise, &program)
            program.append(Instruction(.select, target, c, a, b))
        case .call(let name, let arguments):
            if let table = lookups[name.text] {
                if emitFused(expression, into: target, &program) { return }
                program.append(Instruction(.lookup, target, value(arguments[0], &program), table))
                return
            }
            let function = name.text.uppercased()
            if function == "MIN" || function == "MAX", emitFused(expression, into: target, &program) { return }
            let slotsOfArguments = arguments.map { value($0, &program) }
            switch function {
            case "MIN", "MAX":
                let operation: Instruction.Operation = function == "MIN" ? .minimum : .maximum
                program.append(Instruction(operation, target, slotsOfArguments[0], slotsOfArguments[1]))
                for extra in slotsOfArguments.dropFirst(2) {
                    program.append(Instruction(operation, target, target, extra))
                }
            case "ABS": program.append(Instruction(.absolute, target, slotsOfArguments[0]))
            case "EXP": program.append(Instruction(.exponential, target, slotsOfArguments[0]))
            case "LN": program.append(Instruction(.logarithm, target, slotsOfArguments[0]))
            case "SQRT": program.append(Instruction(.squareRoot, target, slotsOfArguments[0]))
            case "TIME": program.append(Instruction(.time, target))
            case "STEP": program.append(Instruction(.step, target, slotsOfArguments[0], slotsOfArguments[1]))
            case "RAMP":
                let end = slotsOfArguments.count == 3 ? slotsOfArguments[2] : constant(.infinity)
                program.append(Instruction(.ramp, target, slotsOfArguments[0], slotsOfArguments[1], end))
            case "PULSE": program.append(Instruction(.pulse, target, slotsOfArguments[0], slotsOfArguments[1]))
            default:
                preconditionFailure("unchecked function \(function)")
            }
        }
    }
}
