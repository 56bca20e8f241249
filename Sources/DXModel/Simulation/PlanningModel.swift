import DXSource

/// A model that turns a scenario's budget into indicator trajectories.
///
/// The shell and the analysis talk to this protocol only, so the model is a replaceable unit.
public protocol PlanningModel: Sendable {
    var name: String { get }
    /// Indicator baselines are end-of-year values for this year; spending starts the year after.
    var baseYear: Int { get }
    var programmes: [Programme] { get }
    var indicators: [Indicator] { get }
    var parameters: [Parameter] { get }
    /// Yearly spending in the base year's pattern, in bn VND: what the model's reference state assumes.
    var referenceBudget: Double { get }
    /// The dated policies a scenario can switch on or off.
    var policies: [PolicySwitch] { get }
    /// Each programme's yearly spending in the base year's pattern, in bn VND (aligned with `programmes`).
    var referenceSpending: [Double] { get }
    /// The official targets the model's indicators measure (`list targets`, `target official`).
    var officialTargets: [OfficialTarget] { get }

    /// Runs the scenario from the base year to the end of its horizon.
    /// Pure: running never changes the model.
    func simulate(_ scenario: Scenario, cancellation: Cancellation) throws -> RunResult
}

extension PlanningModel {
    /// The programme a name stands for: its id, or one of its aliases, with or without diacritics.
    public func programme(_ name: String) -> Programme? {
        programmes.first { $0.id == name } ?? {
            let folded = Folding.fold(name)
            return programmes.first { $0.foldedNames.contains(folded) }
        }()
    }

    /// The parameter that converts amounts in USD to VND: the one whose unit is VND/USD (the
    /// bundled model's `usd_vnd`), so that the shell needs no parameter name of its own.
    public var exchangeRate: Parameter? {
        parameters.first { $0.unit.replacingOccurrences(of: " ", with: "") == "VND/USD" }
    }

    /// Every name a programme can be written with: ids, then aliases (for "did you mean").
    public var programmeNames: [String] { programmes.map(\.id) + programmes.flatMap(\.aliases) }

    /// Every name an indicator can be written with: ids, then aliases (for "did you mean").
    public var indicatorNames: [String] { indicators.map(\.id) + indicators.flatMap(\.aliases) }

    /// The indicator a name stands for: its id, or one of its aliases, with or without diacritics.
    public func indicator(_ name: String) -> Indicator? {
        indicators.first { $0.id == name } ?? {
            let folded = Folding.fold(name)
            return indicators.first { $0.foldedNames.contains(folded) }
        }()
    }

    public func simulate(_ scenario: Scenario) throws -> RunResult {
        try simulate(scenario, cancellation: .never)
    }
}
