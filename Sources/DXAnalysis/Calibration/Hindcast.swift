import DXModel

/// A rolling-origin hindcast: the model fitted to what was known at an origin, then asked for
/// every later observation, each with a 90% band.
///
/// The fit uses only the observations up to the origin. The band comes from drawing every
/// uncertain parameter as `uncertainty` does (the fitted ones jointly from the fit's uncertainty,
/// `FitUncertainty`, the others from their ranges) and adding each observation's own error (its
/// history's tolerance, read as a standard error), so it is a prediction interval: about 90% of
/// the later observations should fall inside it if the model and its uncertainty are honest.
public struct Hindcast: Sendable {
    public struct Prediction: Sendable {
        public let variable: String
        public let observation: Observation
        /// The fitted run's value at the observation.
        public let predicted: Double
        public let low: Double
        public let high: Double
        public let tolerance: Double
        public var miss: Double { predicted - observation.value }
        public var covered: Bool { observation.value >= low && observation.value <= high }
    }

    public let origin: Double
    /// How many observations the fit used.
    public let observationsUsed: Int
    public let predictions: [Prediction]
    public var covered: Int { predictions.filter(\.covered).count }
}

extension Calibration {
    /// The claimed coverage of a hindcast's bands.
    public static let bandCoverage = 0.9

    /// Fits with the observations up to `origin`, then predicts every later one (anchors, which
    /// are not observations, excepted). `draws` runs make each band; the same seed gives the same bands.
    public func hindcast(origin: Double, draws: Int = 200, seed: UInt64 = 1, maximumEvaluations: Int = 4000,
                         cancellation: Cancellation = .never) throws(SimulationError) -> Hindcast {
        let fit = try fit(until: origin, maximumEvaluations: maximumEvaluations, cancellation: cancellation)
        let values = fit.fittedValues
        let uncertainty = fitUncertainty(at: values, until: origin)
        let later = fit.points.enumerated().filter { _, point in
            point.observation.time > origin + 1e-9 && point.role != .anchor && point.role != .start
        }
        // The other uncertain parameters, from their ranges (the reference shares scaled to add up to 1).
        let reference = Scenario(name: "hindcast", horizon: (model.baseYear + 1)...(model.baseYear + 1),
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
            let total = shares.reduce(0) { $0 + drawn[$1]! }
            if total > 0 { for name in shares { drawn[name]! /= total } }
            let points = backcast(parameters: drawn)
            for (k, (index, point)) in later.enumerated() {
                let value = points[index].simulated + point.tolerance * generator.standardNormal()
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
        return Hindcast(origin: origin, observationsUsed: used, predictions: predictions)
    }
}
