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

    public init(
        id: String, description: String, value: Double, unit: String,
        provenance: Provenance, range: ClosedRange<Double>? = nil, isFitted: Bool = false
    ) {
        self.id = id
        self.description = description
        self.value = value
        self.unit = unit
        self.provenance = provenance
        self.range = range
        self.isFitted = isFitted
    }
}
