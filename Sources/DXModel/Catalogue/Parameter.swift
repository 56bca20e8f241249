/// Where a number comes from: a published source, or an assumption the modeller made.
public enum Provenance: Sendable, Hashable {
    /// A citation: a URL or a document reference.
    case source(String)
    /// No published value: the text says what the assumption rests on.
    case assumption(String)

    public var isAssumption: Bool {
        if case .assumption = self { return true }
        return false
    }

    public var text: String {
        switch self {
        case .source(let citation): citation
        case .assumption(let reason): "assumption: \(reason)"
        }
    }
}

/// The values a parameter can take at all (a hard limit), apart from the plausible range (a
/// judgement): a lifetime of 0 or a negative cost is impossible, and an error, wherever it is set.
public enum Validity: Sendable, Hashable {
    /// More than 0 (lifetimes, delays, costs, totals that divide).
    case positive
    /// 0 or more.
    case nonNegative
    /// From 0 to 1 (shares of a whole).
    case fraction
    /// From 0 to 100 (percentages of a whole).
    case percentage
    /// Any number.
    case any

    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        switch self {
        case .positive: return value > 0
        case .nonNegative: return value >= 0
        case .fraction: return value >= 0 && value <= 1
        case .percentage: return value >= 0 && value <= 100
        case .any: return true
        }
    }

    /// What a valid value is, for an error message: "more than 0".
    public var description: String {
        switch self {
        case .positive: "more than 0"
        case .nonNegative: "0 or more"
        case .fraction: "between 0 and 1"
        case .percentage: "between 0 and 100"
        case .any: "a number"
        }
    }

    /// The limit a parameter has when its declaration names none: 0 or more when its plausible
    /// range lies there, otherwise any finite number.
    public static func implied(by range: ClosedRange<Double>?) -> Validity {
        guard let range else { return .any }
        return range.lowerBound >= 0 ? .nonNegative : .any
    }
}

/// A model constant with its unit, provenance and, when uncertain, a plausible range.
public struct Parameter: Sendable, Hashable, Identifiable {
    public let id: String
    public let description: String
    public let value: Double
    public let unit: String
    public let provenance: Provenance
    public let range: ClosedRange<Double>?
    /// Set by calibration against the model's histories (`fitted` in the model file).
    public let isFitted: Bool
    /// The values it can take at all (`valid` in the model file, or implied by its range).
    public let validity: Validity

    public init(
        id: String, description: String, value: Double, unit: String,
        provenance: Provenance, range: ClosedRange<Double>? = nil, isFitted: Bool = false, validity: Validity? = nil
    ) {
        self.validity = validity ?? Validity.implied(by: range)
        self.id = id
        self.description = description
        self.value = value
        self.unit = unit
        self.provenance = provenance
        self.range = range
        self.isFitted = isFitted
    }
}
