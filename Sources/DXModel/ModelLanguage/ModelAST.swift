import DXSource

/// A name in a model file, with where it was written.
public struct ModelName: Sendable, Hashable {
    public let text: String
    public let range: SourceRange

    public init(_ text: String, _ range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// An expression in a model equation.
public indirect enum Expression: Sendable, Hashable {
    /// A literal; `unit` is nil for a bare number, which takes the unit of what it is added to.
    case number(Double, unit: Unit?, SourceRange)
    case variable(ModelName)
    case unary(UnaryOperator, Expression, SourceRange)
    case binary(BinaryOperator, Expression, Expression, SourceRange)
    /// A call: a built-in function (`MIN(a, b)`, `SMOOTH(x, 2)`, `TIME`, any case) or a lookup.
    case call(ModelName, [Expression])
    case conditional(Expression, Expression, Expression, SourceRange)

    public var range: SourceRange {
        switch self {
        case .number(_, _, let range), .unary(_, _, let range), .binary(_, _, _, let range),
            .conditional(_, _, _, let range):
            range
        case .variable(let name): name.range
        case .call(let name, let arguments): arguments.last.map { name.range.through($0.range) } ?? name.range
        }
    }

    /// The names of the variables this expression reads.
    public var references: [ModelName] {
        switch self {
        case .number: []
        case .variable(let name): [name]
        case .unary(_, let operand, _): operand.references
        case .binary(_, let lhs, let rhs, _): lhs.references + rhs.references
        case .call(_, let arguments): arguments.flatMap(\.references)
        case .conditional(let condition, let then, let otherwise, _):
            condition.references + then.references + otherwise.references
        }
    }
}

public enum UnaryOperator: String, Sendable, Hashable {
    case negate = "-"
    case not = "not"
}

public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "=="
    case notEqual = "!="
    case and, or

    var isComparison: Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual: true
        default: false
        }
    }
}

/// The kinds of variable a model declares.
public enum VariableKind: String, Sendable, Hashable, CaseIterable {
    /// A constant with a source or an assumption label.
    case param
    /// A time series supplied by each run (a scenario's spending, for example).
    case input
    /// An accumulation: its initial value, integrated over its inflows minus its outflows.
    case stock
    /// A rate that fills or drains stocks.
    case flow
    /// An auxiliary: any other computed quantity.
    case aux
    /// A graphical function of one argument, interpolated linearly between its points.
    case lookup
}

/// How a parameter's uncertainty is distributed over its range.
public enum Distribution: String, Sendable, Hashable {
    case uniform, triangular, normal
}

/// One declaration in a model file.
public struct VariableDecl: Sendable, Hashable {
    public var kind: VariableKind
    public var name: ModelName
    public var unit: Unit
    public var unitRange: SourceRange?
    /// A param's value, a stock's initial value, a flow's or an aux's equation.
    public var equation: Expression?
    /// A lookup's points (x ascending).
    public var points: [(x: Double, y: Double)]
    public var inflows: [ModelName]
    public var outflows: [ModelName]
    public var provenance: Provenance?
    public var uncertainty: ClosedRange<Double>?
    public var distribution: Distribution?
    /// The values a parameter can take at all (`valid > 0`, `valid >= 0`, `valid 0 to 1`).
    public var validity: Validity?
    public var documentation: String?
    /// Set by calibration against the model's histories (within `uncertainty`).
    public var isFitted = false
    public var range: SourceRange

    public init(
        kind: VariableKind, name: ModelName, unit: Unit, unitRange: SourceRange?, equation: Expression?,
        range: SourceRange
    ) {
        self.kind = kind
        self.name = name
        self.unit = unit
        self.unitRange = unitRange
        self.equation = equation
        self.points = []
        self.inflows = []
        self.outflows = []
        self.range = range
    }

    public static func == (lhs: VariableDecl, rhs: VariableDecl) -> Bool {
        lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.unit == rhs.unit && lhs.equation == rhs.equation
            && lhs.points.map(\.x) == rhs.points.map(\.x) && lhs.points.map(\.y) == rhs.points.map(\.y)
            && lhs.inflows == rhs.inflows && lhs.outflows == rhs.outflows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(name)
    }
}

/// `programme ID "English name" "Vietnamese name"` with its pillar, push and variables.
public struct ProgrammeDecl: Sendable {
    public var id: ModelName
    public var name: String
    public var vietnameseName: String
    public var pillar: ModelName?
    public var push: (Int, SourceRange)?
    /// `task 1 4`: the key tasks of 19/7/2024 it carries out, with where each was written.
    public var tasks: [(Int, SourceRange)] = []
    /// The input that receives the programme's spending.
    public var spending: ModelName?
    /// A variable holding the programme's spending in the 2024 pattern (for years before a horizon).
    public var reference: ModelName?
    public var aliases: [String] = []
}

/// `indicator ID "English name" "Vietnamese name"` with the variable that measures it.
public struct IndicatorDecl: Sendable {
    public var id: ModelName
    public var name: String
    public var vietnameseName: String
    public var variable: ModelName?
    public var provenance: Provenance?
    public var aliases: [String] = []
    /// `better lower`: a lower value is better (cyber exposure); higher is better otherwise.
    public var lowerIsBetter = false
    /// `valid …`: the values it can take; by default those of its unit (0–100%, an index 0–1).
    public var validity: Validity?
    /// `agency "…"`, `definition "…"`, `reported "…"`, `published "…"`: the official statistic.
    public var agency: String?
    public var definition: String?
    public var reported: String?
    public var published: String?
    /// The unit tables show, when not its variable's: an imported model's (its equations are
    /// dimensionless, its file names the units).
    public var unit: String?
}

/// `correlation A B = R` in a model file: two uncertain parameters drawn together, R the
/// correlation of their normal scores (a Gaussian copula), with a source or an assumption line.
public struct CorrelationDecl: Sendable {
    public var first: ModelName
    public var second: ModelName
    public var value: Double
    public var provenance: Provenance?
    public var range: SourceRange
}

/// `target INDICATOR >= VALUE by YEAR` in a model file: an official target of the catalogue
/// (`list targets`; a scenario's `target official` takes them).
public struct TargetDecl: Sendable {
    public var indicator: ModelName
    public var comparison: String
    public var value: Double
    public var year: Int
    /// The document that sets it, as a planner names it: "Decision 749/QĐ-TTg".
    public var document: String?
    /// The same in Vietnamese, when given.
    public var vietnameseDocument: String?
    /// A short key for the document that `target official KEY` filters on: "749".
    public var key: String?
    public var provenance: Provenance?
    public var range: SourceRange
}

/// One observed value of a variable, with its source.
public struct Observation: Sendable, Hashable {
    /// Model time: 2025.0 is the end of 2024.
    public var time: Double
    public var value: Double
    /// Where the value comes from. An assumption here is a value the model itself assumes (a
    /// baseline with no observation behind it) that the backcast is anchored to; it is fitted to
    /// like an observation but reported as an anchor, not as evidence.
    public var provenance: Provenance
    /// Kept out of the fit, to test the calibrated model on data it was not tuned to.
    public var heldOut: Bool
    /// Where the observation is written (its time).
    public var range: SourceRange? = nil
}

/// `history VARIABLE`: observations of a variable over time, which the backcast is compared with.
public struct HistoryDecl: Sendable {
    public var variable: ModelName
    /// How far the calibrated model may stray from each observation, in the variable's unit.
    public var tolerance: Double?
    public var observations: [Observation]
}

/// `backcast from TIME`: one run of the whole model from a time before the base year, with the
/// parameters that hold the base-year values (the stocks' starting values) set to their values at
/// that time, each either a number with its source or another parameter (usually `fitted`).
public struct BackcastDecl: Sendable {
    /// One `start PARAMETER = VALUE` line.
    public struct Start: Sendable {
        public enum Value: Sendable {
            case number(Double, Provenance)
            case parameter(ModelName)
        }
        public var parameter: ModelName
        public var value: Value
    }
    public var start: Double
    public var range: SourceRange
    public var starts: [Start] = []
}

/// A text of a model file that a reader sees (a variable's doc, a source or an assumption, an
/// indicator's agency, definition, reported and published lines, a target's document, the model's
/// title), with its Vietnamese from the `vi "…"` line under it when the file gives one.
public struct ModelText: Sendable, Hashable {
    public var english: String
    public var vietnamese: String?
    /// Where the English is written.
    public var range: SourceRange
    /// Where the Vietnamese is written, when it is.
    public var vietnameseRange: SourceRange?

    public init(english: String, vietnamese: String? = nil, range: SourceRange, vietnameseRange: SourceRange? = nil) {
        self.english = english
        self.vietnamese = vietnamese
        self.range = range
        self.vietnameseRange = vietnameseRange
    }
}

/// A parsed model file.
public struct ModelFile: Sendable {
    public var source: SourceFile
    public var title: String?
    /// The year whose end the initial values describe.
    public var baseYear: Int?
    public var declarations: [VariableDecl]
    public var programmes: [ProgrammeDecl] = []
    public var indicators: [IndicatorDecl] = []
    public var histories: [HistoryDecl] = []
    public var targets: [TargetDecl] = []
    public var correlations: [CorrelationDecl] = []
    public var backcast: BackcastDecl?
    /// The time step of its runs, when the file sets one (an imported XMILE model's dt); a month otherwise.
    public var timeStep: Double?
    /// How its runs integrate, when the file says (an imported XMILE model's method); Euler otherwise.
    public var method: IntegrationMethod?
    /// An imported model's own clock (`XMILEReader`); nil for a model file.
    public var importedTime: ImportedTime?
    /// Every text a reader sees, in the order of the file (a text written twice is here twice),
    /// each with its Vietnamese when a `vi` line gives it.
    public var texts: [ModelText] = []
}
