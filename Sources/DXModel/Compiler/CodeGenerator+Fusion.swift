/// Superinstructions: the shapes of expression that the engine evaluates in one dispatch.
///
/// The interpreter's cost is mostly its dispatch, one per instruction, so the generator emits a
/// single instruction for the shapes the model file uses most (from `dxplan-bench --operations`
/// and `--program`): the Bass diffusion term, products of three factors, a multiply-add, the
/// geometric mean of two efforts, an effort's capacity ratio, a lookup of a ratio (scaled
/// by its reference or not) and an IF on a comparison. A fused
/// instruction performs the same floating-point operations in the same order as the separate
/// ones (only `+` and `*` operands are swapped, which IEEE 754 defines as exact), so results do
/// not change; only the intermediate slots disappear.
extension CodeGenerator {
    /// Emits one superinstruction that leaves `expression`'s value in `target`, when the expression
    /// has a fused shape; returns false (emitting nothing) otherwise.
    mutating func emitFused(_ expression: Expression, into target: Int32, _ program: inout [Instruction]) -> Bool {
        emitShape(expression, into: target, &program) || emitPair(expression, into: target, &program)
    }

    /// The shapes of one formula: a Bass term, a lookup of a ratio, a geometric mean...
    private mutating func emitShape(_ expression: Expression, into target: Int32, _ program: inout [Instruction]) -> Bool {
        switch expression {
        case .call(let name, let arguments):
            // lookup(x / y)
            guard let table = lookups[name.text], arguments.count == 1,
                case .binary(.divide, let x, let y, _) = arguments[0], fusible(arguments[0])
            else { return false }
            let a = value(x, &program), b = value(y, &program)
            program.append(Instruction(.lookupOfRatio, target, a, b, table))
            return true

        case .binary(.multiply, let lhs, let rhs, _):
            // x * lookup(y / x), or lookup(y / x) * x
            for (scale, call) in [(lhs, rhs), (rhs, lhs)] {
                guard case .variable(let x) = scale, case .call(let name, let arguments) = call, let table = lookups[name.text],
                    arguments.count == 1, case .binary(.divide, let y, .variable(let divisor), _) = arguments[0],
                    divisor.text == x.text, fusible(arguments[0])
                else { continue }
                let a = value(scale, &program), b = value(y, &program)
                program.append(Instruction(.scaledLookupOfRatio, target, a, b, table))
                return true
            }
            // (p + q * x) * (1 - x)
            if let (p, q, x) = bassTerm(lhs, rhs) {
                let b = value(p, &program), c = value(q, &program), a = value(x, &program)
                program.append(Instruction(.bass, target, a, b, c))
                return true
            }
            // (x * y) * z, or z * (x * y), unless x * y is itself a Bass term
            for (product, other) in [(lhs, rhs), (rhs, lhs)] {
                guard case .binary(.multiply, let x, let y, _) = product, fusible(product), bassTerm(x, y) == nil else { continue }
                let a = value(x, &program), b = value(y, &program), c = value(other, &program)
                program.append(Instruction(.multiplyMultiply, target, a, b, c))
                return true
            }
            return false

        case .binary(.add, let lhs, let rhs, _):
            // x * y + z, or z + x * y
            for (product, other) in [(lhs, rhs), (rhs, lhs)] {
                guard case .binary(.multiply, let x, let y, _) = product, fusible(product) else { continue }
                let a = value(x, &program), b = value(y, &program), c = value(other, &program)
                program.append(Instruction(.multiplyAdd, target, a, b, c))
                return true
            }
            return false

        case .binary(.divide, .call(let name, let arguments), let divisor, _)
        where name.text.uppercased() == "MAX" && arguments.count == 2 && lookups[name.text] == nil
            && fusible(.call(name, arguments)):
            // MAX(x, y) / z
            let a = value(arguments[0], &program), b = value(arguments[1], &program), c = value(divisor, &program)
            program.append(Instruction(.maximumDivide, target, a, b, c))
            return true

        case .conditional(let condition, let then, let otherwise, _):
            // IF x > y THEN a ELSE b, and with >=, < or <= (the last two as > and >= swapped)
            guard case .binary(let comparison, let lhs, let rhs, _) = condition,
                [.greater, .greaterOrEqual, .less, .lessOrEqual].contains(comparison), fusible(condition)
            else { return false }
            let x = value(lhs, &program), y = value(rhs, &program)
            let a = value(then, &program), b = value(otherwise, &program)
            switch comparison {
            case .greater: program.append(Instruction(.selectIfGreater, target, x, y, a, b))
            case .greaterOrEqual: program.append(Instruction(.selectIfGreaterOrEqual, target, x, y, a, b))
            case .less: program.append(Instruction(.selectIfGreater, target, y, x, a, b))
            default: program.append(Instruction(.selectIfGreaterOrEqual, target, y, x, a, b))
            }
            return true

        case .binary(.power, let base, .number(let exponent, _, _), _):
            // A constant exponent is resolved here rather than tested at every step; 0.5 and 2 are
            // the cases the `power` instruction also computes as a square root and a product.
            if exponent == 0.5 {
                if case .binary(.multiply, let x, let y, _) = base, fusible(base) {
                    let a = value(x, &program), b = value(y, &program)
                    program.append(Instruction(.squareRootOfProduct, target, a, b))
                } else {
                    program.append(Instruction(.squareRoot, target, value(base, &program)))
                }
                return true
            }
            if exponent == 2 {
                let a = value(base, &program)
                program.append(Instruction(.multiply, target, a, a))
                return true
            }
            return false

        default:
            return false
        }
    }

    /// Two operations in one instruction: `outer(inner(x, y), z)`, or `outer(z, inner(x, y))`,
    /// where the inner result is used nowhere else. The pairs are those most frequent in the
    /// bundled model's step program, measured (`dxplan-bench --program`): the positive part of a
    /// difference, a difference or a sum scaled, a product divided, added, subtracted or capped.
    /// A division by what is constant for the run is the multiplication by its reciprocal that
    /// `emit` makes of it; `+` and `*` take their operands in either order, which is exact.
    private mutating func emitPair(_ expression: Expression, into target: Int32, _ program: inout [Instruction]) -> Bool {
        guard let (outer, lhs, rhs) = pairOperand(expression) else { return false }
        let commutative = outer == .add || outer == .multiply
        for (inner, other, innerOnLeft) in [(lhs, rhs, true), (rhs, lhs, false)] {
            guard fusible(inner), let (operation, x, y) = pairOperand(inner) else { continue }
            if operation == .multiply, bassTerm(x, y) != nil { continue }
            let shape: Instruction.Operation? =
                switch (operation, outer, innerOnLeft || commutative) {
                case (.subtract, .maximum, true): .subtractMaximum
                case (.subtract, .multiply, true): .subtractMultiply
                case (.multiply, .subtract, false): .subtractProduct
                case (.multiply, .divide, true): .multiplyDivide
                case (.multiply, .minimum, true): .multiplyMinimum
                case (.multiply, .multiply, true): .multiplyMultiply
                case (.multiply, .add, true): .multiplyAdd
                case (.add, .add, true): .addAdd
                case (.add, .multiply, true): .addMultiply
                case (.divide, .add, true): .divideAdd
                case (.maximum, .multiply, true): .maximumMultiply
                default: nil
                }
            guard let shape else { continue }
            let a = value(x, &program), b = value(y, &program), c = value(other, &program)
            program.append(Instruction(shape, target, a, b, c))
            return true
        }
        return false
    }

    /// The operations `emitPair` combines, and their operands.
    private enum PairOperation { case add, subtract, multiply, divide, minimum, maximum }

    /// An expression as one of the operations `emitPair` combines, with its operands: a division by
    /// a constant is a multiplication by the reciprocal, as `emit` computes it.
    private func pairOperand(_ expression: Expression) -> (PairOperation, Expression, Expression)? {
        switch expression {
        case .binary(.add, let lhs, let rhs, _): return (.add, lhs, rhs)
        case .binary(.subtract, let lhs, let rhs, _): return (.subtract, lhs, rhs)
        case .binary(.multiply, let lhs, let rhs, _): return (.multiply, lhs, rhs)
        case .binary(.divide, let lhs, let rhs, let range):
            if hoisting, isConstant(rhs), !isConstant(lhs) {
                return (.multiply, lhs, .binary(.divide, .number(1, unit: nil, range), rhs, range))
            }
            return (.divide, lhs, rhs)
        case .call(let name, let arguments) where arguments.count == 2 && lookups[name.text] == nil:
            switch name.text.uppercased() {
            case "MIN": return (.minimum, arguments[0], arguments[1])
            case "MAX": return (.maximum, arguments[0], arguments[1])
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether a sub-expression may be folded into the instruction that uses it: not when it is
    /// constant, since a constant sub-expression is computed once per run instead.
    private func fusible(_ expression: Expression) -> Bool {
        !isConstant(expression)
    }

    /// `(p + q * x) * (1 - x)` with the same variable `x` on both sides (either operand order of
    /// the sum and of the product), as its parts.
    private func bassTerm(_ lhs: Expression, _ rhs: Expression) -> (p: Expression, q: Expression, x: Expression)? {
        guard case .binary(.subtract, .number(1, _, _), .variable(let x), _) = rhs, fusible(rhs),
            case .binary(.add, let first, let second, _) = lhs, fusible(lhs)
        else { return nil }
        for (product, p) in [(second, first), (first, second)] {
            guard case .binary(.multiply, let left, let right, _) = product else { continue }
            if case .variable(let name) = right, name.text == x.text { return (p, left, .variable(x)) }
            if case .variable(let name) = left, name.text == x.text { return (p, right, .variable(x)) }
        }
        return nil
    }
}
