import DXSource

/// Replaces each SMOOTH, SMOOTH3, DELAY1 and DELAY3 call by hidden stocks and flows, so the
/// engine only ever integrates stocks, and each DELAY (the fixed pipeline delay) by a pipeline the
/// engine keeps. Hidden names read `OWNER#FUNCTION@N.PART` (`#` cannot appear in a model's own
/// names, so they never clash).
struct StatefulLowering {
    let declarations: [String: VariableDecl]
    let source: SourceFile
    private(set) var hidden: [VariableDecl] = []
    /// The DELAY calls: the hidden variables that hold each one's input, delay time and output.
    private(set) var pipelines: [Pipeline] = []
    private var counter = 0

    /// A fixed pipeline delay: `output` is what `input` was `time` ago (its initial value before).
    /// The output is a hidden stock with no flows, which the engine sets after each step.
    struct Pipeline: Sendable {
        let input: String
        let time: String
        let output: String
        let range: SourceRange
    }

    init(declarations: [String: VariableDecl], source: SourceFile) {
        self.declarations = declarations
        self.source = source
    }

    mutating func lower(_ declaration: VariableDecl) -> VariableDecl {
        guard let equation = declaration.equation else { return declaration }
        var result = declaration
        result.equation = lower(equation, owner: declaration.name.text)
        return result
    }

    private mutating func lower(_ expression: Expression, owner: String) -> Expression {
        switch expression {
        case .number, .variable: return expression
        case .unary(let op, let operand, let range):
            return .unary(op, lower(operand, owner: owner), range)
        case .binary(let op, let lhs, let rhs, let range):
            return .binary(op, lower(lhs, owner: owner), lower(rhs, owner: owner), range)
        case .conditional(let condition, let then, let otherwise, let range):
            return .conditional(lower(condition, owner: owner), lower(then, owner: owner), lower(otherwise, owner: owner), range)
        case .call(let name, let arguments):
            let lowered = arguments.map { lower($0, owner: owner) }
            let function = name.text.uppercased()
            guard Builtins.stateful.contains(function) else { return .call(name, lowered) }
            return expand(function, lowered, at: name.range, owner: owner)
        }
    }

    private func unit(of expression: Expression) -> Unit {
        var checker = UnitChecker(declarations: declarations, source: source)
        return checker.infer(expression) ?? .dimensionless
    }

    private mutating func add(
        _ kind: VariableKind, _ name: String, _ unit: Unit, _ equation: Expression,
        at range: SourceRange, inflows: [String] = [], outflows: [String] = [], doc: String
    ) {
        var declaration = VariableDecl(
            kind: kind, name: ModelName(name, range), unit: unit, unitRange: nil,
            equation: equation, range: range)
        declaration.inflows = inflows.map { ModelName($0, range) }
        declaration.outflows = outflows.map { ModelName($0, range) }
        declaration.documentation = doc
        hidden.append(declaration)
    }

    private func reference(_ name: String, _ range: SourceRange) -> Expression { .variable(ModelName(name, range)) }

    private func binary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression, _ range: SourceRange) -> Expression {
        .binary(op, lhs, rhs, range)
    }

    private mutating func expand(_ function: String, _ arguments: [Expression], at range: SourceRange, owner: String) -> Expression {
        counter += 1
        let base = "\(owner)#\(function.lowercased())@\(counter)"
        let input = arguments[0], delay = arguments[1]
        let initial = arguments.count == 3 ? arguments[2] : input
        let inputUnit = unit(of: input)
        let stages = function.hasSuffix("3") ? 3 : 1
        let stageTime: Expression = stages == 1 ? delay : binary(.divide, delay, .number(3, unit: nil, range), range)
        if function == "DELAY" {
            // A pipeline: the input and the delay time in variables of their own (the time must be
            // known before the run: the code generator checks it is computed from parameters), the
            // output a stock the engine sets.
            let input = "\(base).in", time = "\(base).time", output = "\(base).out"
            add(.aux, input, inputUnit, arguments[0], at: range, doc: "input of \(function) in \(owner)")
            add(.aux, time, .year, delay, at: range, doc: "delay time of \(function) in \(owner)")
            add(.stock, output, inputUnit, initial, at: range, doc: "output of \(function) in \(owner): its input a delay time ago")
            pipelines.append(Pipeline(input: input, time: time, output: output, range: range))
            return reference(output, range)
        }
        if function.hasPrefix("SMOOTH") {
            // Exponential smoothing: each stage moves toward its input at rate 1/stage time.
            var upstream = input
            for stage in 1...stages {
                let stock = "\(base).s\(stage)", rate = "\(base).r\(stage)"
                add(.stock, stock, inputUnit, initial, at: range, inflows: [rate], doc: "stage \(stage) of \(function) in \(owner)")
                add(
                    .flow, rate, inputUnit / .year,
                    binary(.divide, binary(.subtract, upstream, reference(stock, range), range), stageTime, range),
                    at: range, doc: "adjustment of stage \(stage) of \(function) in \(owner)")
                upstream = reference(stock, range)
            }
            return upstream
        }
        // Material delay: what flows in leaves after the delay time, spread by the stage order.
        var inflow = input
        for stage in 1...stages {
            let stock = "\(base).s\(stage)", outflow = "\(base).o\(stage)", entry = "\(base).i\(stage)"
            add(.flow, entry, inputUnit, inflow, at: range, doc: "inflow of stage \(stage) of \(function) in \(owner)")
            add(
                .stock, stock, inputUnit * .year, binary(.multiply, initial, stageTime, range), at: range,
                inflows: [entry], outflows: [outflow], doc: "stage \(stage) of \(function) in \(owner)")
            add(
                .flow, outflow, inputUnit, binary(.divide, reference(stock, range), stageTime, range),
                at: range, doc: "outflow of stage \(stage) of \(function) in \(owner)")
            inflow = reference(outflow, range)
        }
        return inflow
    }
}
