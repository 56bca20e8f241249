import DXSource

/// How an indicator is measured and printed.
public enum IndicatorUnit: Sendable, Hashable {
    /// A share printed in percent (0–100).
    case percent
    /// A unitless index from 0 to 1, such as the UN E-Government Development Index.
    case index
    /// Any other unit, as the model file writes it (`bn VND`, `person`, `1/year`): a level such as
    /// GDP or a count, with no bounds of its own.
    case other(String)

    /// The unit as tables and files write it: `%`, `index`, or the model's unit.
    public var rawValue: String {
        switch self {
        case .percent: "%"
        case .index: "index"
        case .other(let text): text
        }
    }

    /// How many decimals a value shows: one for a percentage, three for an index, and for
    /// another unit as many as a value of that size needs (none from 1,000 up).
    public func decimals(for value: Double) -> Int {
        switch self {
        case .percent: return 1
        case .index: return 3
        case .other:
            // Judged as the value would print at the finer precision: 999.99 prints as 1,000 (not
            // 1000.0), 9.999 as 10.0.
            let magnitude = abs(value)
            if (magnitude * 10).rounded() / 10 >= 1000 { return 0 }
            if (magnitude * 100).rounded() / 100 >= 10 { return 1 }
            if (magnitude * 10_000).rounded() / 10_000 >= 0.1 { return 2 }
            return 4
        }
    }

    /// Half of the last printed digit: values are judged at the precision they are printed with
    /// (for another unit, one in a million of the value: it has no fixed precision).
    public var tolerance: Double {
        switch self {
        case .percent: 0.05
        case .index: 0.0005
        case .other: 0
        }
    }

    /// How close a value must be to a target's threshold to meet it.
    public func tolerance(at threshold: Double) -> Double {
        if case .other = self { return abs(threshold) * 1e-6 }
        return tolerance
    }
}

/// An outcome the government has set targets for; its values come from the simulation.
public struct Indicator: Sendable, Hashable, Identifiable {
    /// Whether a value is one the indicator can take: a finite number, and for a percentage of a
    /// whole not below 0 or above 100 (beyond half of its last printed digit). A run that gives
    /// another has left the model's range, and such a value never meets a target.
    public func canTake(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        return unit != .percent || (value >= -unit.tolerance && value <= 100 + unit.tolerance)
    }

    /// Whether a value of this indicator meets a target on it, at the precision the value is
    /// printed with: a value the indicator cannot take (not a number, a share above 100%) meets
    /// nothing. The one rule every report and analysis judges targets by.
    public func meets(_ target: Target, with value: Double) -> Bool {
        canTake(value) && target.comparison.holds(value, target.value, tolerance: unit.tolerance(at: target.value))
    }

    /// The name used in scenario files, for example `fibre`.
    public let id: String
    public let name: String
    public let vietnameseName: String
    public let unit: IndicatorUnit
    /// The value at the end of the model's base year, in the indicator's unit.
    public let baseline: Double
    /// Where the baseline comes from, or why it is an assumption.
    public let baselineProvenance: Provenance
    /// Other names scenario files may use, such as a Vietnamese one (`cáp-quang`).
    public let aliases: [String]
    /// The id and the aliases folded (`Folding`), so that a name typed in any case, with or
    /// without diacritics, is recognised by one look-up.
    public let foldedNames: Set<String>
    /// Whether a lower value is better (cyber exposure); for most indicators higher is better.
    public let lowerIsBetter: Bool
    /// The values it can take (a run outside them has left the model's conditions): by default a
    /// share of a whole for a percentage (0–100) and for an index (0–1).
    public let validity: Validity
    /// The official statistic it stands for; nil for a quantity of the model's own.
    public let statistic: Statistic?

    public init(
        id: String, name: String, vietnameseName: String, unit: IndicatorUnit,
        baseline: Double, baselineProvenance: Provenance, aliases: [String] = [], lowerIsBetter: Bool = false,
        validity: Validity? = nil, statistic: Statistic? = nil
    ) {
        self.id = id
        self.name = name
        self.vietnameseName = vietnameseName
        self.unit = unit
        self.baseline = baseline
        self.baselineProvenance = baselineProvenance
        self.aliases = aliases
        foldedNames = Set(([id] + aliases).map(Folding.fold))
        self.lowerIsBetter = lowerIsBetter
        self.validity =
            validity
            ?? {
                switch unit {
                case .percent: .percentage
                case .index: .fraction
                case .other: .any
                }
            }()
        self.statistic = statistic
    }
}
