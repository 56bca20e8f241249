/// Writes a compiled model, with one run's time window and inputs, as an XMILE 1.0 document.
///
/// The document is meant for a peer engine (PySD) to run the same model and compare trajectories,
/// so every equation is written to give exactly what dxplan's engine computes at each Euler step:
/// - parameters become auxiliaries with constant equations (a run's overrides replace their values);
/// - each input becomes an auxiliary that reproduces its yearly series at every step of the run
///   (see `inputEquation`);
/// - STEP, RAMP and PULSE are written as IF THEN ELSE on TIME with dxplan's own switching rules,
///   since engines differ on what happens at the exact switching time;
/// - comparisons, `and`, `or` and `not` used as numbers become `IF … THEN 1 ELSE 0`, and numbers
///   used as conditions become `x <> 0`, so no engine has to convert between the two;
/// - lookups become graphical functions (`<gf>`) with explicit points, interpolated and held flat
///   beyond their ends, as dxplan does;
/// - hidden stocks and flows of SMOOTH, DELAY1 and DELAY3 are written out like any other, under
///   valid names; a fixed pipeline delay (DELAY) is XMILE's own `DELAY(input, time, initial)`.
public enum XMILEWriter {
    /// The XMILE 1.0 namespace.
    public static let namespace = "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"

    /// The XMILE document of a model run with these settings (Euler only, as PySD integrates).
    ///
    /// `productVersion` is the dxplan version the header names as the product that wrote the file.
    public static func document(
        for model: CompiledModel, settings: RunSettings,
        productVersion: String = "unknown"
    ) throws(XMILEError) -> String {
        let stepCount = try validatedStepCount(settings)
        let names = identifiers(for: model)
        let translator = EquationTranslator(
            identifiers: names, lookups: Set(model.lookups.map(\.name)),
            timeStep: settings.timeStep)
        for name in Set(settings.parameters.keys).union(settings.planParameters.keys).sorted()
        where model.variable(name)?.kind != .param {
            throw XMILEError("the model has no parameter '\(name)' to override")
        }

        var xml = XMLBuilder()
        xml.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
        xml.open("xmile", ["version": "1.0", "xmlns": namespace])
        xml.open("header")
        xml.element("vendor", "dxplan")
        xml.element("product", "dxplan", ["version": productVersion, "lang": "en"])
        if let title = model.title { xml.element("name", title) }
        xml.close("header")
        xml.open("sim_specs", ["method": "Euler", "time_units": "year"])
        xml.element("start", try number(settings.start, "the start time"))
        xml.element("stop", try number(settings.end, "the end time"))
        xml.element("dt", try number(settings.timeStep, "the time step"))
        xml.close("sim_specs")
        xml.open("model")
        xml.open("variables")
        // A fixed pipeline delay's output is XMILE's own DELAY of its input (PySD: DELAY FIXED).
        let pipelines = Dictionary(uniqueKeysWithValues: model.pipelines.map { ($0.output, $0) })
        for variable in model.variables {
            guard let name = names[variable.name] else { throw XMILEError("'\(variable.name)' has no identifier") }
            if let pipeline = pipelines[variable.name] {
                xml.open("aux", ["name": name])
                xml.element(
                    "eqn",
                    "DELAY(\(try identifier(pipeline.input, in: names)), \(try identifier(pipeline.time, in: names)), "
                        + "\(try translator.equation(of: variable)))")
                xml.element("units", unitText(variable.unit))
                if let documentation = variable.documentation { xml.element("doc", documentation) }
                xml.close("aux")
                continue
            }
            let equation: String
            switch variable.kind {
            case .input:
                guard let series = settings.inputs[variable.name] else {
                    throw XMILEError("no values were given for input '\(variable.name)'")
                }
                equation = try inputEquation(
                    series, start: settings.start, timeStep: settings.timeStep,
                    stepCount: stepCount)
            case .param:
                var before: String
                if let value = settings.parameters[variable.name] {
                    before = try number(value, "the override of parameter '\(variable.name)'")
                } else {
                    before = try translator.equation(of: variable)
                }
                // A scenario's value from the plan's start (half a step early, as the engine
                // switches at the first step at or after it).
                if let value = settings.planParameters[variable.name] {
                    let switchTime = try number(settings.planStart - settings.timeStep / 2, "the plan's start")
                    before = "IF TIME >= \(switchTime) THEN \(try number(value, "the plan's value of '\(variable.name)'")) ELSE (\(before))"
                }
                equation = before
            case .stock, .flow, .aux, .lookup:
                equation = try translator.equation(of: variable)
            }
            let tag =
                switch variable.kind {
                case .stock: "stock"
                case .flow: "flow"
                case .param, .input, .aux, .lookup: "aux"
                }
            xml.open(tag, ["name": name])
            xml.element("eqn", equation)
            if variable.kind == .stock {
                for flow in variable.inflows { xml.element("inflow", try identifier(flow, in: names)) }
                for flow in variable.outflows { xml.element("outflow", try identifier(flow, in: names)) }
            }
            xml.element("units", unitText(variable.unit))
            if let documentation = variable.documentation { xml.element("doc", documentation) }
            xml.close(tag)
        }
        for lookup in model.lookups {
            xml.open("gf", ["name": try identifier(lookup.name, in: names)])
            xml.element(
                "xpts",
                try lookup.points.map { point throws(XMILEError) in
                    try number(point.x, "a point of lookup '\(lookup.name)'")
                }.joined(separator: ","))
            xml.element(
                "ypts",
                try lookup.points.map { point throws(XMILEError) in
                    try number(point.y, "a point of lookup '\(lookup.name)'")
                }.joined(separator: ","))
            xml.element("units", unitText(lookup.unit))
            if let documentation = lookup.documentation { xml.element("doc", documentation) }
            xml.close("gf")
        }
        xml.close("variables")
        xml.close("model")
        xml.close("xmile")
        return xml.text
    }

    /// The XMILE identifier of every variable and lookup, by its name in the model.
    ///
    /// Valid names are kept; other characters (the `#` and `.` of hidden stocks, `-`, letters
    /// outside ASCII) become `_`. Names are made unique ignoring case, as XMILE and PySD compare
    /// them, and kept clear of XMILE's and PySD's built-in names.
    public static func identifiers(for model: CompiledModel) -> [String: String] {
        // Names the modeller wrote choose first, so they are the ones kept unchanged.
        let names =
            model.variables.filter { !$0.isHidden }.map(\.name) + model.lookups.map(\.name)
            + model.variables.filter(\.isHidden).map(\.name)
        var used: Set<String> = []
        var result: [String: String] = [:]
        for name in names where result[name] == nil {
            let base = sanitised(name)
            var candidate = base
            var suffix = 1
            while reservedNames.contains(candidate.lowercased()) || used.contains(candidate.lowercased()) {
                suffix += 1
                candidate = "\(base)_\(suffix)"
            }
            used.insert(candidate.lowercased())
            result[name] = candidate
        }
        return result
    }

    // MARK: - Names

    /// A name with only ASCII letters, digits and `_`, starting with a letter or `_`.
    static func sanitised(_ name: String) -> String {
        var text = String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { scalar in
                    scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
                        ? scalar : "_"
                }))
        if text.isEmpty { text = "v" }
        // PySD reads a leading `not` as the operator, whatever follows it.
        if let first = text.unicodeScalars.first, ("0"..."9").contains(first) || text.lowercased().hasPrefix("not") {
            text = "v_" + text
        }
        return text
    }

    /// XMILE's keywords and built-in functions, and the names PySD gives its own functions and
    /// control variables, in lower case: no model variable may take one.
    static let reservedNames: Set<String> = [
        // XMILE keywords, constants and built-in functions
        "if", "then", "else", "and", "or", "not", "mod", "true", "false", "time", "dt", "starttime", "stoptime",
        "abs", "arccos", "arcsin", "arctan", "cos", "sin", "tan", "exp", "inf", "int", "ln", "log10", "max", "min",
        "pi", "sqrt", "delay", "delay1", "delay3", "delayn", "forcst", "smth1", "smth3", "smthn", "trend", "pulse",
        "ramp", "step", "init", "previous", "self", "safediv", "lookup", "sum", "size", "mean", "stddev", "rank",
        "exprnd", "lognormal", "normal", "poisson", "random", "uniform",
        // PySD's control variables and the structures and functions its XMILE translator calls by name
        "initial_time", "final_time", "time_step", "saveper", "reference", "subscripts_ref", "arithmetic",
        "logic", "inline_lookup", "call", "stock", "negative", "if_then_else", "vmax_xmile", "vmin_xmile",
        "elmcount", "power", "sinh", "cosh", "tanh", "log", "prod", "vmax", "vmin", "vector_select",
        "active_initial", "integer", "invert_matrix", "modulo", "xpulse", "xramp", "pulse_train", "xpulse_train",
        "get_time_value", "quantum", "xidz", "zidz", "vector_sort_order", "vector_reorder", "vector_rank",
        "random_0_1", "random_uniform", "random_normal", "random_exponential",
    ]

    private static func identifier(_ name: String, in names: [String: String]) throws(XMILEError) -> String {
        guard let identifier = names[name] else { throw XMILEError("'\(name)' is not a variable of the model") }
        return identifier
    }

    // MARK: - Run settings

    /// The number of Euler steps of the run, after the same checks the engine makes.
    private static func validatedStepCount(_ settings: RunSettings) throws(XMILEError) -> Int {
        guard settings.method == .euler else {
            throw XMILEError("PySD integrates with Euler only; this run asks for \(settings.method.rawValue)")
        }
        guard settings.start.isFinite, settings.end.isFinite, settings.timeStep.isFinite, settings.timeStep > 0,
            settings.end >= settings.start
        else {
            throw XMILEError("the run must have a positive time step and end after it starts")
        }
        let steps = ((settings.end - settings.start) / settings.timeStep).rounded()
        guard steps < Double(Int32.max) else { throw XMILEError("the run has too many time steps") }
        let stepCount = Int(steps)
        guard
            abs(Double(stepCount) * settings.timeStep - (settings.end - settings.start))
                < 1e-9 * max(1, settings.end)
        else {
            throw XMILEError("the time step must divide the run window exactly")
        }
        return stepCount
    }

    /// An equation that gives a yearly series' value at every time step of the run, exactly.
    ///
    /// The engine reads a series at each step time `start + k·dt` (the year is `floor(t + 1e-9)`).
    /// Where the value changes between two steps, the switch is placed half-way between them, so
    /// rounding in another engine's clock cannot move it to a neighbouring step. Each value holds
    /// on its own interval, `(IF TIME >= a AND TIME < b THEN v ELSE 0)`, and the terms are added:
    /// exactly one is non-zero at any time, so the sum is the value itself, not a rounded total.
    static func inputEquation(
        _ series: YearlySeries, start: Double, timeStep: Double,
        stepCount: Int
    ) throws(XMILEError) -> String {
        var segments: [(value: Double, from: Double?)] = []
        var previousTime = start
        for step in 0...stepCount {
            let time = start + Double(step) * timeStep
            let value = series.value(atTime: time)
            if let last = segments.last, last.value == value || (last.value.isNaN && value.isNaN) {
                previousTime = time
                continue
            }
            segments.append((value, segments.isEmpty ? nil : (previousTime + time) / 2))
            previousTime = time
        }
        guard let first = segments.first else { return "0" }
        if segments.count == 1 { return try number(first.value, "an input value") }
        var terms: [String] = []
        for (index, segment) in segments.enumerated() {
            var conditions: [String] = []
            if let from = segment.from { conditions.append("TIME >= \(try number(from, "a switching time"))") }
            if index + 1 < segments.count, let to = segments[index + 1].from {
                conditions.append("TIME < \(try number(to, "a switching time"))")
            }
            let value = try number(segment.value, "an input value")
            terms.append("(IF \(conditions.joined(separator: " AND ")) THEN \(value) ELSE 0)")
        }
        return terms.joined(separator: " + ")
    }

    // MARK: - Text

    /// A number as XMILE reads it back to the same double: integers without a fraction, others
    /// in Swift's shortest round-trip form (`0.08333333333333333`, `1e-09`).
    static func number(_ value: Double, _ what: @autoclosure () -> String) throws(XMILEError) -> String {
        guard value.isFinite else { throw XMILEError("\(what()) is \(value), which XMILE cannot write") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A unit as XMILE text: `bn_VND/year`, `1/year`, `dmnl` for none.
    static func unitText(_ unit: Unit) -> String {
        unit.isDimensionless ? "dmnl" : unit.description.replacingSpaces()
    }

    /// Text escaped for XML content and attribute values; control characters XML 1.0 does not
    /// allow (all below U+0020 but tab, line feed and carriage return) become spaces.
    static func escaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            case _ where scalar.value < 0x20: result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

/// Why a model or a run cannot be written as XMILE that PySD runs.
public struct XMILEError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension String {
    /// The text with each space replaced by `_`.
    fileprivate func replacingSpaces() -> String {
        String(map { $0 == " " ? "_" : $0 })
    }
}

/// Indented XML text, built element by element.
private struct XMLBuilder {
    private(set) var text = ""
    private var depth = 0

    /// Appends one line at the current indentation.
    mutating func line(_ content: String) {
        text += String(repeating: "  ", count: depth) + content + "\n"
    }

    /// Opens an element with attributes in the order given.
    mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        line("<\(tag)\(Self.attributeText(attributes))>")
        depth += 1
    }

    /// Closes the innermost open element.
    mutating func close(_ tag: String) {
        depth -= 1
        line("</\(tag)>")
    }

    /// Writes an element holding escaped text.
    mutating func element(_ tag: String, _ content: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        line("<\(tag)\(Self.attributeText(attributes))>\(XMILEWriter.escaped(content))</\(tag)>")
    }

    private static func attributeText(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " \($0.key)=\"\(XMILEWriter.escaped($0.value))\"" }.joined()
    }
}

/// Translates the engine's equations into XMILE expressions with the same values.
struct EquationTranslator {
    let identifiers: [String: String]
    let lookups: Set<String>
    let timeStep: Double

    /// A piece of XMILE expression text and how it must be bracketed where it is used.
    private struct Fragment {
        enum Shape: Equatable {
            case atom
            /// `+ -` (level 1), `* /` (level 2) or `^` (level 3) at the top.
            case arithmetic(level: Int)
            case compound
            case conditional
        }

        var text: String
        var shape: Shape

        /// The text as an operand of anything but arithmetic: bracketed unless it is an atom.
        var operand: String { shape == .atom ? text : "(\(text))" }
        /// The text as a branch of IF THEN ELSE or an argument, where PySD allows no bare IF.
        var argument: String { shape == .conditional ? "(\(text))" : text }

        /// The text as an operand of a comparison, which binds more loosely than arithmetic.
        var comparand: String {
            if case .arithmetic = shape { return text }
            return operand
        }

        /// The text as the left (or right) operand of an arithmetic operator of `level`.
        ///
        /// Chains read left to right as the engine computes them: `a - b + c`, `a * b / c`; a
        /// right operand at the same level keeps its brackets, `a - (b + c)`, and so does any
        /// compound operand of `^`, as XMILE tools disagree on how `^` binds with unary minus.
        func operand(ofLevel level: Int, left: Bool) -> String {
            if case .arithmetic(let own) = shape, level < 3, left ? own >= level : own > level { return text }
            return operand
        }
    }

    /// The equation of a variable: a stock's initial value, any other variable's value.
    func equation(of variable: ModelVariable) throws(XMILEError) -> String {
        guard let equation = variable.equation else {
            throw XMILEError("'\(variable.name)' has no equation to write")
        }
        do {
            return try numeric(equation).text
        } catch {
            throw XMILEError("in the equation of '\(variable.name)': \(error.description)")
        }
    }

    /// The expression as a number.
    private func numeric(_ expression: Expression) throws(XMILEError) -> Fragment {
        switch expression {
        case .number(let value, _, _):
            let text = try XMILEWriter.number(value, "a number")
            return Fragment(text: text, shape: text.hasPrefix("-") ? .compound : .atom)
        case .variable(let name):
            return Fragment(text: try identifier(name.text), shape: .atom)
        case .unary(.negate, let operand, _):
            return Fragment(text: "-" + (try numeric(operand).operand), shape: .compound)
        case .unary(.not, _, _):
            return try indicator(expression)
        case .binary(let op, let lhs, let rhs, _):
            let symbol: String, level: Int
            switch op {
            case .add: (symbol, level) = ("+", 1)
            case .subtract: (symbol, level) = ("-", 1)
            case .multiply: (symbol, level) = ("*", 2)
            case .divide: (symbol, level) = ("/", 2)
            case .power: (symbol, level) = ("^", 3)
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual, .and, .or:
                return try indicator(expression)
            }
            let left = try numeric(lhs).operand(ofLevel: level, left: true)
            let right = try numeric(rhs).operand(ofLevel: level, left: false)
            return Fragment(text: "\(left) \(symbol) \(right)", shape: .arithmetic(level: level))
        case .conditional(let condition, let then, let otherwise, _):
            return Fragment(
                text: "IF \(try logical(condition).text) THEN \(try numeric(then).argument) "
                    + "ELSE \(try numeric(otherwise).argument)", shape: .conditional)
        case .call(let name, let arguments):
            return try call(name.text, arguments)
        }
    }

    /// A condition as the number 1 or 0, as the engine computes comparisons and logic.
    private func indicator(_ expression: Expression) throws(XMILEError) -> Fragment {
        Fragment(text: "IF \(try logical(expression).text) THEN 1 ELSE 0", shape: .conditional)
    }

    /// The expression as a condition: true where the engine's value is not zero.
    private func logical(_ expression: Expression) throws(XMILEError) -> Fragment {
        switch expression {
        case .unary(.not, let operand, _):
            return Fragment(text: "NOT " + (try logical(operand).operand), shape: .compound)
        case .binary(let op, let lhs, let rhs, _):
            let symbol: String
            switch op {
            case .less: symbol = "<"
            case .lessOrEqual: symbol = "<="
            case .greater: symbol = ">"
            case .greaterOrEqual: symbol = ">="
            case .equal: symbol = "="
            case .notEqual: symbol = "<>"
            case .and:
                return Fragment(text: "\(try logical(lhs).operand) AND \(try logical(rhs).operand)", shape: .compound)
            case .or:
                return Fragment(text: "\(try logical(lhs).operand) OR \(try logical(rhs).operand)", shape: .compound)
            case .add, .subtract, .multiply, .divide, .power:
                return Fragment(text: "\(try numeric(expression).comparand) <> 0", shape: .compound)
            }
            return Fragment(text: "\(try numeric(lhs).comparand) \(symbol) \(try numeric(rhs).comparand)", shape: .compound)
        case .number, .variable, .unary(.negate, _, _), .conditional, .call:
            return Fragment(text: "\(try numeric(expression).comparand) <> 0", shape: .compound)
        }
    }

    /// A call of a lookup or a built-in function.
    private func call(_ name: String, _ arguments: [Expression]) throws(XMILEError) -> Fragment {
        var values: [Fragment] = []
        for argument in arguments { values.append(try numeric(argument)) }
        if lookups.contains(name) {
            guard values.count == 1 else { throw XMILEError("lookup '\(name)' takes one argument") }
            return Fragment(text: "\(try identifier(name))(\(values[0].argument))", shape: .atom)
        }
        let function = name.uppercased()
        func expect(_ counts: ClosedRange<Int>) throws(XMILEError) {
            guard counts.contains(values.count) else {
                let expected =
                    counts.lowerBound == counts.upperBound
                    ? "\(counts.lowerBound)"
                    : counts.upperBound == Int.max
                        ? "at least \(counts.lowerBound)"
                        : "\(counts.lowerBound) to \(counts.upperBound)"
                throw XMILEError("\(function) takes \(expected) arguments, not \(values.count)")
            }
        }
        let epsilon = try XMILEWriter.number(1e-9, "the engine's time tolerance")
        switch function {
        case "MIN", "MAX":
            try expect(2...Int.max)
            // Folded left to right, as the engine does.
            var text = "\(function)(\(values[0].argument), \(values[1].argument))"
            for extra in values.dropFirst(2) { text = "\(function)(\(text), \(extra.argument))" }
            return Fragment(text: text, shape: .atom)
        case "ABS", "EXP", "LN", "SQRT":
            try expect(1...1)
            return Fragment(text: "\(function)(\(values[0].argument))", shape: .atom)
        case "TIME":
            try expect(0...0)
            return Fragment(text: "TIME", shape: .atom)
        case "STEP":
            // The engine: height from the first step whose time is within 1e-9 of the start or after it.
            try expect(2...2)
            return Fragment(
                text: "IF TIME + \(epsilon) >= \(values[1].comparand) THEN \(values[0].argument) ELSE 0",
                shape: .conditional)
        case "RAMP":
            // The engine: slope · (min(time, end) − start) after the start, else 0.
            try expect(2...3)
            let slope = values[0].operand(ofLevel: 2, left: true)
            let end = values.count == 3 ? "MIN(TIME, \(values[2].argument))" : "TIME"
            return Fragment(
                text: "IF TIME > \(values[1].comparand) THEN \(slope) * (\(end) - "
                    + "\(values[1].operand(ofLevel: 1, left: false))) ELSE 0", shape: .conditional)
        case "PULSE":
            // The engine: 1 from the start for max(width, dt), else 0.
            try expect(2...2)
            let start = values[0]
            let width = "MAX(\(values[1].argument), \(try XMILEWriter.number(timeStep, "the time step")))"
            return Fragment(
                text: "IF TIME + \(epsilon) >= \(start.comparand) AND TIME + \(epsilon) < "
                    + "\(start.operand(ofLevel: 1, left: true)) + \(width) THEN 1 ELSE 0", shape: .conditional)
        case "SMOOTH", "SMOOTH3", "DELAY1", "DELAY3", "DELAY":
            throw XMILEError("\(function) should have been turned into hidden stocks by the compiler")
        default:
            throw XMILEError("XMILE has no equivalent of the function '\(name)'")
        }
    }

    private func identifier(_ name: String) throws(XMILEError) -> String {
        guard let identifier = identifiers[name] else { throw XMILEError("'\(name)' is not a variable of the model") }
        return identifier
    }
}
