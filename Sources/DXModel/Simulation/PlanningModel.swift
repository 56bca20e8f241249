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

    /// Runs the scenario from the base year to the end of its horizon.
    /// Pure: running never changes the model.
    func simulate(_ scenario: Scenario, cancellation: Cancellation) throws -> RunResult
}

extension PlanningModel {
    public func programme(_ id: String) -> Programme? { programmes.first { $0.id == id } }
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    public func simulate(_ scenario: Scenario) throws -> RunResult {
        try simulate(scenario, cancellation: .never)
    }
}
