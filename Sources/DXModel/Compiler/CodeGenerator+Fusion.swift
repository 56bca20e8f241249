/// Superinstructions: the shapes of expression that the engine evaluates in one dispatch.
///
/// The interpreter's cost is mostly its dispatch, one per instruction, so the generator emits a
/// single instruction for the shapes the model file uses most (from `dxplan-bench --operations`
/// and `--program`): the Bass diffusion term, products of three factors, a multiply-add, the
/// geometric mean of two efforts, an effort's capacity ratio and a lookup of a ratio (scaled
/// by its reference or not). A fused
/// instruction performs the same floating-point operations in the same order as the separate
/// ones (only `+` and `*` operands are swapped, which IEEE 754 defines as exact), so results do
/// not change; only the intermediate slots disappear.
extension CodeGenerator {
    /// Emits one superinstruction that leaves `expression`'s value in `target`, when the expression
    /// has a fused shape; returns false (emitting nothing) otherwise.
    mutating func emitFused(_ expression: Expression, into target: Int32, _ program: inout [Instruction]) -> Bool {
        switch expression {
        case .call(let name, let arguments):
            // lookup(x / y)
            guard let table = lookups[name.text], arguments.count == 1,
                  case .binary(.divide, let x, let y, _) = arguments[0], fusible(arguments[0]) else { return false }
            let a = value(x, &program), b = value(y, &program)
            program.append(Instruction(.lookupOfRatio, target, a, b, table))
            return true

        case .binary(.multiply, let lhs, let rhs, _):
            // x * lookup(y / x), or lookup(y / x) * x
            for (scale, call) in [(lhs, rhs), (rhs, lhs)] {
                guard case .variable(let x) = scale, case .call(let name, let arguments) = call, let table = lookups[name.text],
                      arguments.count == 1, case .binary(.divide, let y, .variable(let divisor), _) = arguments[0],
                      divisor.text == x.text, fusible(arguments[0]) else { continue }
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

    /// Whether a sub-expression may be folded into the instruction that uses it: not when it is
    /// constant, since a constant sub-expression is computed once per run instead.
    private func fusible(_ expression: Expression) -> Bool {
        !isConstant(expression)
    }

    /// `(p + q * x) * (1 - x)` with the same variable `x` on both sides (either operand order of
    /// the sum and of the product), as its parts.
    private func bassTerm(_ lhs: Expression, _ rhs: Expression) -> (p: Expression, q: Expression, x: Expression)? {
        guard case .binary(.subtract, .number(1, _, _), .variable(let x), _) = rhs, fusible(rhs),
              case .binary(.add, let first, let second, _) = lhs, fusible(lhs) else { return nil }
        for (product, p) in [(second, first), (first, second)] {
            guard case .binary(.multiply, let left, let right, _) = product else { continue }
            if case .variable(let name) = right, name.text == x.text { return (p, left, .variable(x)) }
            if case .variable(let name) = left, name.text == x.text { return (p, right, .variable(x)) }
        }
        return nil
    }
}
