import DXModel

/// One-at-a-time sensitivity of an indicator in a year: every uncertain input is set to the low
/// and then the high end of its range, all else at its value, and the indicator's value at each
/// end is read from a run. Sorted by how far the indicator moves (the swing), it is the tornado
/// chart: the inputs whose uncertainty matters most for this answer come first.
///
/// The inputs are of three kinds, so that a planner can tell what can be decided from what must
/// be lived with:
/// - **assumptions**: parameters with a range in the model file (`assumptions` lists them), at the
///   ends of their range;
/// - **fitted** parameters, at the ends of the 90% interval the fit leaves them (the mean ± 1.645
///   standard deviations of `FitUncertainty`, inside their search range);
/// - **levers**: each programme's money, at half and at one and a half times the scenario's.
///
/// Parameters the scenario sets with `assume` are fixed by the planner and left out. A share of
/// the reference budget is moved with the other shares scaled so that they still add up to 1.
/// One input at a time says nothing about interactions: `uncertainty` draws them all together.
package struct Tornado: Sendable {
    package enum Kind: String, Sendable {
        case assumption, fitted, lever
    }

    /// One input: its two ends and the indicator's value at each.
    package struct Bar: Sendable {
        /// A parameter's id, or a programme's id for a lever.
        package let input: String
        package let kind: Kind
        package let low: Double
        package let high: Double
        package let atLow: Double
        package let atHigh: Double

        /// How far the indicator moves between the two ends (not a number when either run failed).
        package var swing: Double { abs(atHigh - atLow) }
    }

    package let scenario: Scenario
    package let indicator: Indicator
    package let year: Int
    /// The indicator with every input at its value.
    package let base: Double
    /// Largest swing first.
    package let bars: [Bar]

    /// The factors a programme's money is multiplied by at the low and the high end.
    package static let leverFactors = (low: 0.5, high: 1.5)
    /// A fitted parameter's ends: this many standard deviations either side (a 90% interval).
    package static let fittedDeviations = 1.645

    /// Runs the scenario twice per input (on every core) and once as it is.
    package static func run(
        _ scenario: Scenario, indicator: Indicator, year: Int, model: DeclaredModel,
        cancellation: Cancellation = .never
    ) throws -> Tornado {
        let uncertainty = UncertaintyAnalysis(model: model)
        var inputs: [(input: String, kind: Kind, low: Double, high: Double)] = []
        for distribution in uncertainty.distributions(for: scenario) {
            inputs.append((distribution.name, .assumption, distribution.range.lowerBound, distribution.range.upperBound))
        }
        if let fit = uncertainty.fitUncertainty(for: scenario) {
            for (index, name) in fit.names.enumerated() where scenario.assumptions[name] == nil {
                guard let deviation = fit.standardDeviation(of: name), deviation > 0 else { continue }
                let range = fit.ranges[index], mean = fit.mean[index]
                inputs.append(
                    (
                        name, .fitted, max(range.lowerBound, mean - fittedDeviations * deviation),
                        min(range.upperBound, mean + fittedDeviations * deviation)
                    ))
            }
        }
        for programme in model.programmes where (scenario.shares(in: year)[programme.id] ?? 0) > 0 {
            inputs.append((programme.id, .lever, leverFactors.low, leverFactors.high))
        }
        let shares = model.referenceShareParameters
        let values = Dictionary(uniqueKeysWithValues: model.parameters.map { ($0.id, $0.value) })
        /// The run with one input at one end: a parameter override, or the scenario with one
        /// programme's money scaled.
        @Sendable func value(_ input: (input: String, kind: Kind, low: Double, high: Double)?, atHigh: Bool) throws -> Double {
            guard let input else { return try model.simulate(scenario, parameters: [:], detail: .yearEnds).value(of: indicator.id, in: year) ?? .nan }
            let end = atHigh ? input.high : input.low
            if input.kind == .lever {
                let scaled = Self.scenario(scenario, scaling: input.input, by: end)
                return try model.simulate(scaled, parameters: [:], detail: .yearEnds, cancellation: cancellation).value(of: indicator.id, in: year)
                    ?? .nan
            }
            var overrides = [input.input: end]
            if shares.contains(input.input) {
                // The other shares scaled so that they add up to 1 again.
                let others = shares.filter { $0 != input.input }
                let rest = others.reduce(0) { $0 + (values[$1] ?? 0) }
                if rest > 0 { for name in others { overrides[name] = (values[name] ?? 0) * (1 - end) / rest } }
            }
            return try model.simulate(scenario, parameters: overrides, detail: .yearEnds, cancellation: cancellation)
                .value(of: indicator.id, in: year) ?? .nan
        }
        let jobs = inputs
        let results = try ParallelRuns.map(2 * jobs.count + 1) { job -> Double in
            if cancellation.isCancelled { throw SimulationError.cancelled }
            return job == 2 * jobs.count ? try value(nil, atHigh: false) : try value(jobs[job / 2], atHigh: job % 2 == 1)
        }
        let bars = jobs.enumerated().map { index, input in
            Bar(input: input.input, kind: input.kind, low: input.low, high: input.high, atLow: results[2 * index], atHigh: results[2 * index + 1])
        }
        return Tornado(
            scenario: scenario, indicator: indicator, year: year, base: results[2 * jobs.count],
            bars: bars.sorted { a, b in
                // Not a number sorts first: a run that failed must be seen.
                let x = a.swing.isNaN ? .infinity : a.swing, y = b.swing.isNaN ? .infinity : b.swing
                return x != y ? x > y : a.input < b.input
            })
    }

    /// The scenario with one programme's money (its share in every year, base allocation and
    /// changes alike) multiplied by `factor`, the others' unchanged.
    package static func scenario(_ scenario: Scenario, scaling programme: String, by factor: Double) -> Scenario {
        var scaled = scenario
        var shares = scenario.allocation
        if let share = shares[programme] { shares[programme] = share * factor }
        scaled.allocation = shares
        scaled.allocationChanges = scenario.allocationChanges.map { change in
            var change = change
            if let share = change.shares[programme] { change.shares[programme] = share * factor }
            return change
        }
        return scaled
    }
}
