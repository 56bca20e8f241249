import DXModel

/// Fits a model's `fitted` parameters to its histories by backcasting, and reports the fit.
///
/// Each history is backcast on its own: the run starts at its first observation, with the
/// history's starting parameter set to that value, the other parameters at their model values
/// (or the candidate fit), and spending in the 2024 pattern. The objective is the sum of squared
/// misses at the later, not held-out observations, each divided by the history's tolerance.
public struct Calibration: Sendable {
    public let model: DeclaredModel

    public init(model: DeclaredModel) {
        self.model = model
    }

    /// One observation beside the model's value at the same time.
    public struct Point: Sendable {
        public let variable: String
        public let observation: Observation
        public let simulated: Double
        public let tolerance: Double
        public var miss: Double { simulated - observation.value }
        public var withinTolerance: Bool { abs(miss) <= tolerance }
        /// The first observation of a history starts its backcast and is matched by construction.
        public let isStart: Bool
    }

    public struct Result: Sendable {
        /// Each fitted parameter: its value in the model file and the value the fit found.
        public let parameters: [(name: String, modelValue: Double, fitted: Double, range: ClosedRange<Double>)]
        public let points: [Point]
        public let objective: Double
        public let evaluations: Int
    }

    /// The parameters the model marks `fitted`, with their search ranges.
    public var fittedParameters: [ModelVariable] {
        model.compiled.parameters.filter { $0.isFitted && $0.literalValue != nil && $0.uncertainty != nil }
    }

    /// The model beside every observation, with the given parameter values (the model's own when empty).
    public func backcast(parameters: [String: Double] = [:]) -> [Point] {
        var points: [Point] = []
        let inputs = Dictionary(uniqueKeysWithValues: zip(model.spendingInputNames, model.referenceSpending.map { YearlySeries.constant($0) }))
        for history in model.histories {
            guard let first = history.observations.first, let last = history.observations.last else { continue }
            let dt = model.timeStep
            let steps = ((last.time - first.time) / dt).rounded(.up)
            var overrides = parameters
            overrides[history.startParameter.text] = first.value
            let settings = RunSettings(start: first.time, end: first.time + steps * dt, timeStep: dt, method: model.method,
                                       inputs: inputs, parameters: overrides)
            let tolerance = history.tolerance ?? abs(first.value) * 0.05
            guard let run = try? model.compiled.run(settings) else { continue }
            for (i, observation) in history.observations.enumerated() {
                let simulated = run.value(history.variable.text, at: observation.time) ?? .nan
                points.append(Point(variable: history.variable.text, observation: observation, simulated: simulated,
                                    tolerance: tolerance, isStart: i == 0))
            }
        }
        return points
    }

    /// Sum of squared misses, in tolerances, over the observations the fit may use.
    public func objective(_ points: [Point]) -> Double {
        points.filter { !$0.isStart && !$0.observation.heldOut }.reduce(0) { total, point in
            let scaled = point.miss / point.tolerance
            return total + scaled * scaled
        }
    }

    /// Fits the `fitted` parameters within their ranges.
    public func fit() -> Result {
        let parameters = fittedParameters
        let names = parameters.map(\.name)
        let start = parameters.map { $0.literalValue! }
        let bounds = parameters.map { $0.uncertainty! }
        let search = NelderMead().minimise({ x in
            objective(backcast(parameters: Dictionary(uniqueKeysWithValues: zip(names, x))))
        }, from: start, within: bounds)
        let fitted = Dictionary(uniqueKeysWithValues: zip(names, search.point))
        let points = backcast(parameters: fitted)
        return Result(
            parameters: parameters.enumerated().map { ($1.name, $1.literalValue!, search.point[$0], $1.uncertainty!) },
            points: points, objective: objective(points), evaluations: search.evaluations)
    }
}
