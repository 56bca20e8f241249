import DXModel

/// Why an indicator differs between two scenarios: how much of the difference each input that
/// differs accounts for.
///
/// The inputs are each programme's yearly spending and each parameter a scenario sets (its
/// assumptions and the dates of its policies). For each input that differs, the contribution is
/// the mean of two one-at-a-time effects: taking that input from B into A's run, and putting A's
/// back into B's run. What the contributions leave of the whole difference is the interaction:
/// the part that only shows when inputs change together (absorption limits and diminishing
/// returns make the model non-linear). Contributions and interaction add up to the difference.
package struct ChangeAttribution: Sendable {
    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// One input that differs between the two scenarios.
    package struct Factor: Sendable {
        package enum Kind: Sendable, Equatable {
            /// A programme's spending (by its id).
            case spending(String)
            /// A parameter a scenario sets with `assume` or `policy` (by its name).
            case parameter(String)
        }
        package let kind: Kind
        /// Its share of the difference, in the indicator's unit.
        package let contribution: Double
    }

    package struct Result: Sendable {
        package let indicator: String
        package let year: Int
        /// The indicator in the year in each scenario.
        package let from: Double, to: Double
        /// Largest contribution first.
        package let factors: [Factor]
        /// The part of the difference no single input accounts for.
        package let interaction: Double
        package var difference: Double { to - from }
    }

    package func attribute(
        _ indicator: String, in year: Int, from a: Scenario, to b: Scenario,
        cancellation: Cancellation = .never
    ) throws -> Result {
        var settingsA = try model.runSettings(for: a), settingsB = try model.runSettings(for: b)
        // One window that holds the year in both runs.
        let end = max(settingsA.end, settingsB.end)
        settingsA.end = end
        settingsB.end = end
        func value(_ settings: RunSettings) throws -> Double {
            try model.indicatorValue(indicator, in: year, settings: settings, cancellation: cancellation)
        }
        let from = try value(settingsA), to = try value(settingsB)

        var factors: [Factor] = []
        for (k, programme) in model.programmes.enumerated() {
            let input = model.spendingInputNames[k]
            guard let seriesA = settingsA.inputs[input], let seriesB = settingsB.inputs[input],
                !Self.same(seriesA, seriesB, from: model.baseYear + 1, through: year)
            else { continue }
            var forward = settingsA, backward = settingsB
            forward.inputs[input] = seriesB
            backward.inputs[input] = seriesA
            let effect = ((try value(forward) - from) + (to - (try value(backward)))) / 2
            factors.append(Factor(kind: .spending(programme.id), contribution: effect))
        }
        let defaults = Dictionary(uniqueKeysWithValues: model.compiled.parameters.compactMap { p in p.literalValue.map { (p.name, $0) } })
        // A scenario's assumptions and policies act from the plan's start (`planParameters`).
        for name in Set(settingsA.planParameters.keys).union(settingsB.planParameters.keys).sorted() {
            let valueA = settingsA.planParameters[name] ?? defaults[name], valueB = settingsB.planParameters[name] ?? defaults[name]
            guard valueA != valueB else { continue }
            var forward = settingsA, backward = settingsB
            forward.planParameters[name] = valueB
            backward.planParameters[name] = valueA
            let effect = ((try value(forward) - from) + (to - (try value(backward)))) / 2
            factors.append(Factor(kind: .parameter(name), contribution: effect))
        }
        factors.sort { abs($0.contribution) > abs($1.contribution) }
        let explained = factors.reduce(0) { $0 + $1.contribution }
        return Result(indicator: indicator, year: year, from: from, to: to, factors: factors, interaction: (to - from) - explained)
    }

    /// Whether two yearly series give the same value in every year of a run up to `year`.
    static func same(_ a: YearlySeries, _ b: YearlySeries, from first: Int, through year: Int) -> Bool {
        (first...max(year, first)).allSatisfy { a.value(atTime: Double($0)) == b.value(atTime: Double($0)) }
    }
}
