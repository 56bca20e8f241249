import DXModel

/// The earliest year each target is met when a scenario's plan goes on past its horizon: the last
/// year's budget and split kept, year after year, up to `until`. It answers "with this money, when
/// do we get there?" for targets a plan misses by their deadline, and how early the others are met.
package struct TargetYearSeek: Sendable {
    package struct Answer: Sendable, Equatable {
        package let target: Target
        /// The first year after the base year in which the target's condition holds; nil when it
        /// does not hold in any year up to `until`.
        package let firstYear: Int?
    }

    /// How far the plan is continued.
    package static let until = 2050

    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// The scenario continued to `until` with its last year's budget and shares (no growth after
    /// the horizon).
    package static func continued(_ scenario: Scenario, until: Int = Self.until) -> Scenario {
        let last = scenario.horizon.upperBound
        guard until > last else { return scenario }
        var continued = scenario
        continued.horizon = scenario.horizon.lowerBound...until
        let after = (last + 1)...until
        continued.budgetChanges.append(BudgetChange(years: after, budget: Budget(amountPerYear: scenario.envelope(in: last))))
        continued.allocationChanges.append(AllocationChange(years: after, shares: scenario.shares(in: last)))
        return continued
    }

    /// The earliest year each of the scenario's targets (those of `indicators` when given) is met.
    package func seek(_ scenario: Scenario, indicators: [String] = [], cancellation: Cancellation = .never) throws -> [Answer] {
        let targets = scenario.targets.filter { indicators.isEmpty || indicators.contains($0.indicator) }
        let run = try model.simulate(Self.continued(scenario), parameters: [:], detail: .yearEnds, cancellation: cancellation)
        return targets.map { target in
            guard let i = run.indicators.firstIndex(where: { $0.id == target.indicator }) else { return Answer(target: target, firstYear: nil) }
            let indicator = run.indicators[i]
            let first = zip(run.years, run.indicatorValues[i]).first { year, value in
                year > model.baseYear && indicator.meets(target, with: value)
            }?.0
            return Answer(target: target, firstYear: first)
        }
    }
}
