import DXModel

/// Whether a scenario's missed targets can be met at all in the model, and if not, what it takes.
///
/// The bound is one run in which every programme gets the scenario's whole envelope at once, each
/// year: no split of that envelope gives a programme more. If more money never makes an indicator
/// worse (the lever tests check this for each programme's own indicator), no split can do better
/// than the bound, so a target the bound misses is out of reach with this budget. For such a
/// target the same bound is tried with 2, 4 and 10 times the budget; when even 10 times misses,
/// money alone does not meet it by its year in this model (absorption caps what money buys, and
/// some indicators move with adoption, operators or policies rather than the budget).
package struct Reachability: Sendable {
    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// The budget multiples tried for a target out of reach.
    package static let multiples: [Double] = [2, 4, 10]

    package enum Verdict: Sendable, Equatable {
        /// Met in the scenario itself.
        case met
        /// Missed, but the bound meets it: another split of the same budget may.
        case reachable(bound: Double)
        /// No split of this budget meets it: the bound is the most any split gives. `needs` says
        /// what would (when the assessment looked further).
        case outOfReach(bound: Double, needs: Need?)
    }

    package enum Need: Sendable, Equatable {
        /// This many times the budget, by the bound.
        case budget(multiple: Double)
        /// Not even the largest multiple: at most this value with 10 times the budget.
        case beyondMoney(atMost: Double)
    }

    package struct Assessment: Sendable {
        package let outcome: TargetOutcome
        package let verdict: Verdict
    }

    /// The scenario with every programme given the whole envelope, and the budget times `multiple`.
    func bound(of scenario: Scenario, times multiple: Double) -> Scenario {
        var bound = scenario
        bound.name = scenario.name + "#bound"
        bound.allocation = Dictionary(uniqueKeysWithValues: model.programmes.map { ($0.id, 1.0) })
        bound.allocationChanges = []
        bound.normalizesShares = false
        bound.budget.amountPerYear *= multiple
        bound.budgetChanges = scenario.budgetChanges.map { change in
            var scaled = change
            scaled.budget.amountPerYear *= multiple
            return scaled
        }
        return bound
    }

    /// Each target of a run, with whether and how it can be met. `deep` also tries larger
    /// budgets for the targets out of reach (three more runs at most); otherwise one run is made,
    /// and only when a target is missed.
    package func assess(
        _ result: RunResult, deep: Bool = true,
        cancellation: Cancellation = .never
    ) throws -> [Assessment] {
        let outcomes = result.targetOutcomes
        guard outcomes.contains(where: { !$0.met }) else {
            return outcomes.map { Assessment(outcome: $0, verdict: .met) }
        }
        var bounds: [Double: RunResult] = [:]
        func run(_ multiple: Double) throws -> RunResult {
            if let known = bounds[multiple] { return known }
            let run = try model.simulate(bound(of: result.scenario, times: multiple), parameters: [:], detail: .yearEnds, cancellation: cancellation)
            bounds[multiple] = run
            return run
        }
        return try outcomes.map { outcome in
            guard !outcome.met else { return Assessment(outcome: outcome, verdict: .met) }
            let target = outcome.target
            func meets(_ run: RunResult) -> (Bool, Double) {
                let value = run.value(of: target.indicator, in: target.year) ?? .nan
                let indicator = run.indicators.first { $0.id == target.indicator }
                let holds = indicator?.meets(target, with: value) == true
                return (holds, value)
            }
            let (reachable, bound) = meets(try run(1))
            if reachable { return Assessment(outcome: outcome, verdict: .reachable(bound: bound)) }
            guard deep else { return Assessment(outcome: outcome, verdict: .outOfReach(bound: bound, needs: nil)) }
            for multiple in Self.multiples {
                let (met, _) = meets(try run(multiple))
                if met { return Assessment(outcome: outcome, verdict: .outOfReach(bound: bound, needs: .budget(multiple: multiple))) }
            }
            let (_, best) = meets(try run(Self.multiples.last!))
            return Assessment(outcome: outcome, verdict: .outOfReach(bound: bound, needs: .beyondMoney(atMost: best)))
        }
    }
}
