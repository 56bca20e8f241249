/// Prints model expressions as they are written in model files, with only the parentheses needed.
public enum ExpressionPrinter {
    public static func print(_ expression: Expression) -> String {
        text(expression, context: 0)
    }

    /// Binding strength: higher binds tighter.
    private static func precedence(_ op: BinaryOperator) -> Int {
        switch op {
        case .or: 1
        case .and: 2
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: 3
        case .add, .subtract: 4
        case .multiply, .divide: 5
        case .power: 7
        }
    }

    private static func text(_ expression: Expression, context: Int) -> String {
        switch expression {
        case .number(let value, let unit, _):
            let number = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
            return unit.map { "\(number) [\($0)]" } ?? number
        case .variable(let name):
            return hiddenName(name.text)
        case .unary(.negate, let operand, _):
            let inner = "-" + text(operand, context: 6)
            return context > 6 ? "(\(inner))" : inner
        case .unary(.not, let operand, _):
            let inner = "not " + text(operand, context: 6)
            return context > 6 ? "(\(inner))" : inner
        case .binary(let op, let lhs, let rhs, _):
            let level = precedence(op)
            // Left-associative, except ^ which is right-associative.
            let left = text(lhs, context: op == .power ? level + 1 : level)
            let right = text(rhs, context: op == .power ? level : level + 1)
            let inner = "\(left) \(op.rawValue) \(right)"
            return context > level ? "(\(inner))" : inner
        case .call(let name, let arguments):
            if name.text.uppercased() == "TIME" && arguments.isEmpty { return "TIME" }
            let function = Builtins.arity[name.text.uppercased()] != nil ? name.text.uppercased() : name.text
            return function + "(" + arguments.map { text($0, context: 0) }.joined(separator: ", ") + ")"
        case .conditional(let condition, let then, let otherwise, _):
            let inner = "IF \(text(condition, context: 0)) THEN \(text(then, context: 0)) ELSE \(text(otherwise, context: 0))"
            return context > 0 ? "(\(inner))" : inner
        }
    }

    /// A compiler-made name (`egdi#smooth3@1.s2`) as a reader knows it: "SMOOTH3 in egdi".
    public static func hiddenName(_ name: String) -> String {
        guard let mark = name.firstIndex(of: "#") else { return name }
        let function = name[name.index(after: mark)...].prefix { $0 != "@" }.uppercased()
        return "\(function) in \(name[..<mark])"
    }
}
