import DXSource

/// Infers the unit of every equation and reports mismatches with their position.
struct UnitChecker {
    let declarations: [String: VariableDecl]
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(declarations: [String: VariableDecl], source: SourceFile) {
        self.declarations = declarations
        self.source = source
    }

    private mutating func error(_ message: String, _ range: SourceRange) {
        diagnostics.append(.error(.semantic, message, in: source, at: range))
    }

    /// Checks a declaration's equation against its declared unit, and a stock's flows.
    mutating func check(_ declaration: VariableDecl) {
        if let equation = declaration.equation, let inferred = infer(equation), inferred != declaration.unit {
            let what =
                declaration.kind == .stock
                ? "the initial value of '\(declaration.name.text)'"
                : declaration.kind == .param
                    ? "the value of '\(declaration.name.text)'"
                    : "the equation of '\(declaration.name.text)'"
            error("\(what) is in \(inferred), but '\(declaration.name.text)' is declared in \(declaration.unit)", equation.range)
        }
        if declaration.kind == .stock {
            let expected = declaration.unit / .year
            for flow in declaration.inflows + declaration.outflows {
                guard let flowDeclaration = declarations[flow.text] else { continue }
                if flowDeclaration.unit != expected {
                    error(
                        "flow '\(flow.text)' is in \(flowDeclaration.unit), but stock '\(declaration.name.text)' "
                            + "in \(declaration.unit) needs flows in \(expected)", flow.range)
                }
            }
        }
    }

    /// Unifies the units of operands that must agree (sums, comparisons, MIN…). A bare number
    /// takes the other side's unit.
    private mutating func same(_ units: [Unit?], _ range: SourceRange, _ what: String) -> Unit? {
        var result: Unit?
        for unit in units {
            guard let unit else { continue }
            if let known = result, known != unit {
                error("cannot \(what) \(known) and \(unit)", range)
                return known
            }
            result = unit
        }
        return result
    }

    /// The expression's unit; nil for an expression of bare numbers, which fits any unit.
    mutating func infer(_ expression: Expression) -> Unit? {
        switch expression {
        case .number(_, let unit, _):
            return unit
        case .variable(let name):
            return declarations[name.text]?.unit
        case .unary(.negate, let operand, _):
            return infer(operand)
        case .unary(.not, let operand, _):
            _ = infer(operand)
            return .dimensionless
        case .binary(let op, let lhs, let rhs, let range):
            let left = infer(lhs), right = infer(rhs)
            switch op {
            case .add, .subtract:
                return same([left, right], range, op == .add ? "add" : "subtract")
            case .multiply:
                if left == nil && right == nil { return nil }
                return (left ?? .dimensionless) * (right ?? .dimensionless)
            case .divide:
                if left == nil && right == nil { return nil }
                return (left ?? .dimensionless) / (right ?? .dimensionless)
            case .power:
                if let right, !right.isDimensionless {
                    error("an exponent must be dimensionless, not \(right)", rhs.range)
                }
                guard let left, !left.isDimensionless else { return left }
                if case .number(let n, nil, _) = rhs, n == n.rounded() {
                    return left.power(Int(n))
                }
                error("a quantity in \(left) can only be raised to a whole number", range)
                return left
            case .and, .or:
                return .dimensionless
            default:
                _ = same([left, right], range, "compare")
                return .dimensionless
            }
        case .conditional(let condition, let then, let otherwise, let range):
            _ = infer(condition)
            return same([infer(then), infer(otherwise)], range, "choose between")
        case .call(let name, let arguments):
            return inferCall(name, arguments)
        }
    }

    private mutating func expectTime(_ argument: Expression, _ what: String) {
        if let unit = infer(argument), unit != .year {
            error("\(what) is a time and must be in year, not \(unit)", argument.range)
        }
    }

    private mutating func inferCall(_ name: ModelName, _ arguments: [Expression]) -> Unit? {
        if let lookup = declarations[name.text], lookup.kind == .lookup {
            if let unit = infer(arguments[0]), !unit.isDimensionless {
                error("lookup '\(name.text)' takes a dimensionless argument, not \(unit)", arguments[0].range)
            }
            return lookup.unit
        }
        switch name.text.uppercased() {
        case "MIN", "MAX":
            return same(arguments.map { infer($0) }, name.range, "compare")
        case "ABS":
            return infer(arguments[0])
        case "EXP", "LN", "SQRT":
            if let unit = infer(arguments[0]), !unit.isDimensionless {
                error("\(name.text.uppercased()) needs a dimensionless argument, not \(unit)", arguments[0].range)
            }
            return .dimensionless
        case "TIME":
            return .year
        case "STEP":
            expectTime(arguments[1], "the second argument of STEP")
            return infer(arguments[0])
        case "RAMP":
            for argument in arguments.dropFirst() { expectTime(argument, "a RAMP start or end") }
            return infer(arguments[0]).map { $0 * .year }
        case "PULSE":
            for argument in arguments { expectTime(argument, "a PULSE start or width") }
            return .dimensionless
        case "SMOOTH", "SMOOTH3", "DELAY1", "DELAY3", "DELAY":
            expectTime(arguments[1], "the delay time of \(name.text.uppercased())")
            let unit = infer(arguments[0])
            if arguments.count == 3, let initial = infer(arguments[2]), let unit, initial != unit {
                error("the initial value of \(name.text.uppercased()) is in \(initial), its input in \(unit)", arguments[2].range)
            }
            return unit
        default:
            return nil
        }
    }
}
