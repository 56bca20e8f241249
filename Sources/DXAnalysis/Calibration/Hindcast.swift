import DXModel

/// A rolling-origin hindcast: the model fitted to what was known at an origin, then asked for
/// every later observation, each with a 90% band.
///
/// The fit uses only the observations up to the origin. The band is a prediction interval made of
/// three parts, drawn together:
/// - every uncertain parameter, drawn as `uncertainty` draws it (the fitted ones jointly from the
///   fit's uncertainty, `FitUncertainty`, the others from their ranges);
/// - each observation's own error: its history's tolerance (read as a standard error) times the
///   fit's `errorScale`;
/// - the model's error, which grows with how far ahead it predicts: a normal error of standard
///   deviation κ·h tolerances at a lead of h years. κ is learnt only from what was known at the
///   origin: how far the fits at earlier origins missed the observations that came after them and
///   before this origin (`Discrepancy`). Parameters and noise alone cannot cover a mechanism the
///   model lacks or a date it could not know; the earlier fits' misses say how large that has been.
/// About 90% of the later observations should fall inside the bands if the model and its
/// uncertainty are honest.
package struct Hindcast: Sendable {
    package struct Prediction: Sendable {
        package let variable: String
        package let observation: Observation
        /// The fitted run's value at the observation.
        package let predicted: Double
        package let low: Double
        package let high: Double
        package let tolerance: Double
        package var miss: Double { predicted - observation.value }
        package var covered: Bool { observation.value >= low && observation.value <= high }
    }

    package let origin: Double
    /// The model's error per year of lead, learnt from the earlier origins.
    package let discrepancy: Discrepancy
    /// How many observations the fit used.
    package let observationsUsed: Int
    package let predictions: [Prediction]
    package var covered: Int { predictions.filter(\.covered).count }
}

extension Calibration {
    /// The claimed coverage of a hindcast's bands.
    package static let bandCoverage = 0.9

    /// The rolling-origin hindcast: a fit at each origin (and at the two years before the first,
    /// whose misses teach the first origin's κ), each predicting every later observation with a
    /// band whose model error is learnt from the earlier origins only.
    package func rollingHindcast(
        origins: [Double], draws: Int = 200, seed: UInt64 = 1, maximumEvaluations: Int = 4000,
        cancellation: Cancellation = .never
    ) throws(SimulationError) -> [Hindcast] {
        let sorted = origins.sorted()
        guard let first = sorted.first else { return [] }
        var fits: [(origin: Double, fit: Result, errorScale: Double)] = []
        var hindcasts: [Hindcast] = []
        for origin in [first - 2, first - 1] + sorted {
            let fit = try fit(until: origin, maximumEvaluations: maximumEvaluations, cancellation: cancellation)
            let uncertainty = fitUncertainty(at: fit.fittedValues, until: origin)
            if origin >= first {
                let discrepancy = Discrepancy(earlier: fits, upTo: origin)
                hindcasts.append(
                    try hindcast(
                        fit, uncertainty: uncertainty, origin: origin, discrepancy: discrepancy,
                        draws: draws, seed: seed, cancellation: cancellation))
            }
            fits.append((origin, fit, uncertainty.errorScale))
        }
        return hindcasts
    }

    /// Fits with the observations up to `origin`, then predicts every later one (anchors, which
    /// are not observations, excepted), with the model error `discrepancy` (none by default).
    /// `draws` runs make each band; the same seed gives the same bands.
    package func hindcast(
        origin: Double, discrepancy: Discrepancy = .none, draws: Int = 200, seed: UInt64 = 1,
        maximumEvaluations: Int = 4000, cancellation: Cancellation = .never
    ) throws(SimulationError) -> Hindcast {
        let fit = try fit(until: origin, maximumEvaluations: maximumEvaluations, cancellation: cancellation)
        return try hindcast(
            fit, uncertainty: fitUncertainty(at: fit.fittedValues, until: origin), origin: origin,
            discrepancy: discrepancy, draws: draws, seed: seed, cancellation: cancellation)
    }

    private func hindcast(
        _ fit: Result, uncertainty: FitUncertainty, origin: Double, discrepancy: Discrepancy, draws: Int,
        seed: UInt64, cancellation: Cancellation
    ) throws(SimulationError) -> Hindcast {
        let later = fit.points.enumerated().filter { _, point in
            point.observation.time > origin + 1e-9 && point.role != .anchor && point.role != .start
        }
        // The other uncertain parameters, from their ranges (the reference shares scaled to add up to 1).
        let reference = Scenario(
            name: "hindcast", horizon: (model.baseYear + 1)...(model.baseYear + 1),
            budget: Budget(amountPerYear: model.referenceBudget), allocation: [:])
        let others = UncertaintyAnalysis(model: model).distributions(for: reference)
        let shares = model.referenceShareParameters.filter { name in others.contains { $0.name == name } }
        var generator = SeededGenerator(seed: seed)
        var samples = later.map { _ in [Double]() }
        // An indicator measured in % cannot be observed outside 0–100, whatever the noise.
        let percent = Set(zip(model.indicatorVariables, model.indicators).filter { $0.1.unit == .percent }.map(\.0))
        for _ in 0..<max(draws, 1) {
            if cancellation.isCancelled { throw .cancelled }
            var drawn = uncertainty.draw(using: &generator)
            for distribution in others { drawn[distribution.name] = distribution.draw(using: &generator) }
            UncertaintyAnalysis.scaleShares(&drawn, shares)
            let points = backcast(parameters: drawn)
            for (k, (index, point)) in later.enumerated() {
                // The observation's error and the model's, which grows with the lead.
                let lead = point.observation.time - origin
                let spread =
                    point.tolerance
                    * (uncertainty.errorScale * uncertainty.errorScale
                    + discrepancy.perYear * discrepancy.perYear * lead * lead).squareRoot()
                let value = points[index].simulated + spread * generator.standardNormal()
                samples[k].append(percent.contains(point.variable) ? Swift.min(Swift.max(value, 0), 100) : value)
            }
        }
        let tail = (1 - Self.bandCoverage) / 2
        let predictions = later.enumerated().map { k, pair in
            let sorted = samples[k].filter(\.isFinite).sorted()
            return Hindcast.Prediction(
                variable: pair.1.variable, observation: pair.1.observation, predicted: pair.1.simulated,
                low: UncertaintyAnalysis.Result.quantile(tail, of: sorted), high: UncertaintyAnalysis.Result.quantile(1 - tail, of: sorted),
                tolerance: pair.1.tolerance)
        }
        let used = fit.points.filter { Self.usable($0, until: origin) }.count
        return Hindcast(origin: origin, discrepancy: discrepancy, observationsUsed: used, predictions: predictions)
    }
}
