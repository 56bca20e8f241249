/// How a target compares an indicator with its threshold.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case greaterThan = ">"
    case lessThan = "<"

    /// Compares at the precision values are printed with (`tolerance` is half the last printed
    /// digit), so a printed 100.0 meets `>= 100%`. Strict comparisons take no tolerance.
    public func holds(_ value: Double, _ threshold: Double, tolerance: Double) -> Bool {
        switch self {
        case .atLeast: value >= threshold - tolerance
        case .atMost: value <= threshold + tolerance
        case .greaterThan: value > threshold
        case .lessThan: value < threshold
        }
    }
}

/// An official or user target: an indicator compared with a value by a year.
public struct Target: Sendable, Hashable {
    public var indicator: String
    public var comparison: Comparison
    /// In the indicator's unit (percent points for `%` indicators).
    public var value: Double
    public var year: Int

    public init(indicator: String, comparison: Comparison, value: Double, year: Int) {
        self.indicator = indicator
        self.comparison = comparison
        self.value = value
        self.year = year
    }
}

/// What a run says about one target.
public struct TargetOutcome: Sendable, Hashable {
    public let target: Target
    /// The indicator's value in the target year.
    public let actual: Double
    public let met: Bool
    /// For a met target, the year from which it held without a break up to the target year; for a
    /// missed one, the first year after the target year in which it holds (met late), if any.
    public let firstYearMet: Int?

    /// How far the value is from the threshold, in the indicator's unit; zero when met.
    public var gap: Double { met ? 0 : abs(target.value - actual) }
}
