/// The built-in functions of the model language and how many arguments each takes.
enum Builtins {
    static let arity: [String: ClosedRange<Int>] = [
        "MIN": 2...16, "MAX": 2...16, "ABS": 1...1, "EXP": 1...1, "LN": 1...1, "SQRT": 1...1,
        "TIME": 0...0, "STEP": 2...2, "RAMP": 2...3, "PULSE": 2...2,
        "SMOOTH": 2...3, "SMOOTH3": 2...3, "DELAY1": 2...3, "DELAY3": 2...3, "DELAY": 2...3,
    ]

    /// Functions with memory: each call becomes hidden stocks (and DELAY, the fixed pipeline
    /// delay, a hidden variable the engine moves along a pipeline of past inputs).
    static let stateful: Set<String> = ["SMOOTH", "SMOOTH3", "DELAY1", "DELAY3", "DELAY"]

    static var names: [String] { arity.keys.sorted() }
}
