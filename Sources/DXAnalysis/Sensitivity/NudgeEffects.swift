import DXModel

/// `explain`'s "what moves it most": how much an indicator in a year changes when one input is
/// raised by 10%, for each parameter it rests on (policies' dates left out: a date raised by 10%
/// is centuries away) and each programme's money, one at a time. A local view, beside the
/// tornado's (`Tornado`), which moves each input across its range.
package enum NudgeEffects {
    /// What is raised.
    package enum Input: Sendable, Hashable {
        case parameter(String)
        case spending(programme: String)
    }

    /// The factor each input is multiplied by.
    package static let factor = 1.1

    /// Each input's effect (the indicator with it raised, minus `base`); inputs whose run fails or
    /// whose value is 0 (raising it changes nothing) are left out. In the model's order:
    /// parameters, then programmes.
    package static func run(
        _ scenario: Scenario, indicator: String, in year: Int, parameters: [String], base: Double, model: DeclaredModel
    ) -> [(input: Input, effect: Double)] {
        var effects: [(input: Input, effect: Double)] = []
        let policyDates = Set(model.policies.map(\.parameter))
        let used = Set(parameters)
        for parameter in model.parameters where used.contains(parameter.id) && parameter.value != 0 && !policyDates.contains(parameter.id) {
            let current = scenario.assumptions[parameter.id] ?? parameter.value
            if let changed = try? model.simulate(scenario, parameters: [parameter.id: current * factor], detail: .yearEnds),
                let moved = changed.value(of: indicator, in: year)
            {
                effects.append((.parameter(parameter.id), moved - base))
            }
        }
        for programme in model.programmes {
            var raised = scenario
            raised.allocation[programme.id] = (raised.allocation[programme.id] ?? 0) * factor
            if let changed = try? model.simulate(raised, parameters: [:], detail: .yearEnds), let moved = changed.value(of: indicator, in: year) {
                effects.append((.spending(programme: programme.id), moved - base))
            }
        }
        return effects
    }
}
