/// One operation of a compiled model: reads slots `a`, `b`, `c` (and `d`) of the value buffer and writes `target`.
///
/// A model compiles to flat arrays of these; evaluation is a loop over the array with no tree
/// walking and no name look-ups.
struct Instruction: Sendable {
    enum Operation: UInt8, Sendable, CaseIterable {
        case copy, negate, not
        case add, subtract, multiply, divide, power
        case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual, and, or
        case minimum, maximum, absolute, exponential, logarithm, squareRoot
        /// target = a != 0 ? b : c
        case select
        /// target = lookup table `b` (an index) at x = a
        case lookup
        /// target = current time
        case time
        /// target = time >= b ? a : 0
        case step
        /// target = a * (min(time, c) - b) when time > b, else 0  (c is a slot; +inf when absent)
        case ramp
        /// target = 1 when a <= time < a + max(b, dt), else 0
        case pulse
        /// The end of a program: the machine appends one to each program it runs, so the
        /// interpreter's loop needs no bounds test.
        case end

        // Superinstructions: common shapes of the model language in one dispatch. Each computes
        // the same floating-point operations in the same order as the instructions it replaces
        // (`CodeGenerator.emitFused`), so results are identical, bit for bit.

        /// target = a * b + c
        case multiplyAdd
        /// target = (a * b) * c
        case multiplyMultiply
        /// target = max(a, b) / c
        case maximumDivide
        /// target = sqrt(a * b): the geometric mean of two efforts, `(x * y) ^ 0.5`
        case squareRootOfProduct
        /// target = lookup table `c` (an index) at x = a / b
        case lookupOfRatio
        /// target = a * (lookup table `c` at x = b / a): a reference scaled by the effect of the
        /// ratio to it, `normal * effect(actual / normal)`
        case scaledLookupOfRatio
        /// target = (b + c * a) * (1 - a): Bass diffusion, `(p + q * x) * (1 - x)`
        case bass

        // Two operations, the first's result an operand of the second (`CodeGenerator.pairs`).

        /// target = max(a - b, c): the positive part of a difference, `MAX(x - y, 0)`
        case subtractMaximum
        /// target = (a - b) * c
        case subtractMultiply
        /// target = c - a * b
        case subtractProduct
        /// target = (a * b) / c
        case multiplyDivide
        /// target = min(a * b, c)
        case multiplyMinimum
        /// target = (a + b) + c
        case addAdd
        /// target = (a + b) * c
        case addMultiply
        /// target = a / b + c
        case divideAdd
        /// target = max(a, b) * c
        case maximumMultiply

        // A comparison and the IF it decides: the condition is not stored, only tested. (`<` and
        // `<=` are `>` and `>=` with the sides swapped, which gives the same condition.)

        /// target = a > b ? c : d (not a number when a or b is not one)
        case selectIfGreater
        /// target = a >= b ? c : d (not a number when a or b is not one)
        case selectIfGreaterOrEqual
    }

    var operation: Operation
    /// In the first instruction of a run of instructions of one operation, as the machine lays
    /// out a program (`Instruction.laidOut`): the run's size in bytes (0 elsewhere), so the
    /// interpreter finds its end with one addition. It fits in the padding after `operation`, so
    /// an instruction is no larger for it.
    var runBytes: UInt16 = 0
    var target: Int32
    var a: Int32
    var b: Int32
    var c: Int32
    var d: Int32

    init(_ operation: Operation, _ target: Int32, _ a: Int32 = 0, _ b: Int32 = 0, _ c: Int32 = 0, _ d: Int32 = 0) {
        self.operation = operation
        self.target = target
        self.a = a
        self.b = b
        self.c = c
        self.d = d
    }

    static let end = Instruction(.end, 0)

    /// A program as the machine runs it: ended by an `end` instruction (so the interpreter's loop
    /// needs no bounds test), and the first instruction of each run of one operation marked with
    /// the run's size (so the loop over a run counts, instead of comparing each next operation).
    static func laidOut(_ program: [Instruction]) -> [Instruction] {
        let longestRun = Int(UInt16.max) / MemoryLayout<Instruction>.stride
        var code = program + [.end]
        var start = 0
        while start < code.count {
            var end = start + 1
            while end < code.count, code[end].operation == code[start].operation, end - start < longestRun { end += 1 }
            code[start].runBytes = UInt16((end - start) * MemoryLayout<Instruction>.stride)
            start = end
        }
        return code
    }

    /// The operation as an index (for tables by operation).
    var kind: Int { Int(operation.rawValue) }

    /// The slots the instruction reads (`a`, `b`, `c` and `d` where they are slots, not lookup
    /// tables or unused).
    var readSlots: [Int32] {
        switch operation {
        case .end, .time: []
        case .copy, .negate, .not, .absolute, .exponential, .logarithm, .squareRoot, .lookup: [a]
        case .add, .subtract, .multiply, .divide, .power, .less, .lessOrEqual, .greater, .greaterOrEqual, .equal,
            .notEqual, .and, .or, .minimum, .maximum, .step, .pulse, .squareRootOfProduct, .lookupOfRatio,
            .scaledLookupOfRatio:
            [a, b]
        case .select, .ramp, .multiplyAdd, .multiplyMultiply, .maximumDivide, .bass, .subtractMaximum, .subtractMultiply,
            .subtractProduct, .multiplyDivide, .multiplyMinimum, .addAdd, .addMultiply, .divideAdd, .maximumMultiply:
            [a, b, c]
        case .selectIfGreater, .selectIfGreaterOrEqual: [a, b, c, d]
        }
    }
}

/// A graphical function: linear interpolation between points, flat beyond the ends.
struct LookupTable: Sendable {
    let xs: [Double]
    let ys: [Double]

    func callAsFunction(_ x: Double) -> Double {
        if x <= xs[0] { return ys[0] }
        let last = xs.count - 1
        if x >= xs[last] { return ys[last] }
        var low = 0, high = last
        while high - low > 1 {
            let middle = (low + high) / 2
            if xs[middle] <= x { low = middle } else { high = middle }
        }
        let fraction = (x - xs[low]) / (xs[high] - xs[low])
        return ys[low] + fraction * (ys[high] - ys[low])
    }
}
