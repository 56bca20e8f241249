import DXModel

/// Fits a model's `fitted` parameters to its histories with one backcast of the whole model,
/// and reports the fit.
///
/// The backcast is a single run from the model's `backcast from TIME` to the last observation,
/// the same run every scenario starts with (`DeclaredModel.runStart`): the parameters the
/// backcast block names start at their values then, the policies keep their dates, and spending
/// follows the reference pattern throughout (no earlier split is published). The objective is the
/// sum of squared misses at the observations the fit may use, each divided by its history's
/// tolerance.
package struct Calibration: Sendable {
    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// What an observation is for in the fit.
    package enum Role: String, Sendable {
        /// At the start of the backcast: set by the backcast block, matched by construction.
        case start
        /// Used by the fit.
        case fitted
        /// A value the model assumes (a baseline with no observation) that the backcast is tied to.
        case anchor
        /// Kept out of the fit, to test it.
        case heldOut = "held out"
    }

    /// One observation beside the model's value at the same time.
    package struct Point: Sendable {
        package let variable: String
        package let observation: Observation
        package let simulated: Double
        package let tolerance: Double
        package let role: Role
        package var miss: Double { simulated - observation.value }
        package var withinTolerance: Bool { abs(miss) <= tolerance }
    }

    package struct Result: Sendable {
        /// Each fitted parameter: its value in the model file and the value the fit found.
        package let parameters: [(name: String, modelValue: Double, fitted: Double, range: ClosedRange<Double>)]
        /// The values the fit found, by parameter name.
        package var fittedValues: [String: Double] {
            Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.fitted) })
        }
        /// Parameters the fit left at an end of their range: the data would push them further.
        package var atBounds: [String] {
            parameters.filter { parameter in
                let width = parameter.range.upperBound - parameter.range.lowerBound
                return min(abs(parameter.fitted - parameter.range.lowerBound), abs(parameter.fitted - parameter.range.upperBound))
                    <= 1e-6 * max(width, 1e-12)
            }.map(\.name)
        }
        package let points: [Point]
        package let objective: Double
        package let evaluations: Int
    }

    /// The parameters the model marks `fitted`, with their search ranges.
    package var fittedParameters: [ModelVariable] {
        model.compiled.parameters.filter { $0.isFitted && $0.literalValue != nil && $0.uncertainty != nil }
    }

    /// Parameters marked `fitted` that the fit cannot move because they lack a value or a range.
    package var unfittableParameters: [ModelVariable] {
        model.compiled.parameters.filter { $0.isFitted && ($0.literalValue == nil || $0.uncertainty == nil) }
    }

    /// The backcast's run: from the backcast's start to the last observation, on the model's grid.
    package func run(parameters: [String: Double] = [:]) -> Trajectory? {
        guard let backcast = model.backcast else { return nil }
        let last = model.histories.compactMap { $0.observations.last?.time }.max() ?? backcast.start
        let dt = model.timeStep
        let steps = max(((last - backcast.start) / dt - 1e-9).rounded(.up), 1)
        let inputs = RunInputs(names: model.spendingInputNames, series: model.referenceSpending.map { YearlySeries.constant($0) })
        let settings = RunSettings(
            start: backcast.start, end: backcast.start + steps * dt, timeStep: dt, method: model.method,
            inputs: inputs, parameters: model.startingParameters(parameters))
        return try? model.compiled.run(settings)
    }

    /// The model beside every observation, with the given parameter values (the model's own when empty).
    package func backcast(parameters: [String: Double] = [:]) -> [Point] {
        guard let backcast = model.backcast else { return [] }
        let run = run(parameters: parameters)
        var points: [Point] = []
        for history in model.histories {
            guard let first = history.observations.first else { continue }
            let tolerance = history.tolerance ?? abs(first.value) * 0.05
            for observation in history.observations {
                let simulated = run?.value(history.variable.text, at: observation.time) ?? .nan
                // An observation at the start that the run starts at exactly is matched by
                // construction; one the run only starts near is evidence like any other.
                let atStart =
                    abs(observation.time - backcast.start) < model.timeStep / 2
                    && abs(simulated - observation.value) <= 1e-9 * max(1, abs(observation.value))
                let role: Role =
                    atStart
                    ? .start
                    : observation.heldOut
                        ? .heldOut
                        : observation.provenance.isAssumption ? .anchor : .fitted
                points.append(
                    Point(
                        variable: history.variable.text, observation: observation, simulated: simulated,
                        tolerance: tolerance, role: role))
            }
        }
        return points
    }

    /// Whether the fit may use an observation: fitted or an anchor, and no later than `until`.
    static func usable(_ point: Point, until: Double) -> Bool {
        (point.role == .fitted || point.role == .anchor) && point.observation.time <= until + 1e-9
    }

    /// Sum of squared misses, in tolerances, over the observations the fit may use (up to `until`).
    package func objective(_ points: [Point], until: Double = .infinity) -> Double {
        points.filter { Self.usable($0, until: until) }.reduce(0) { total, point in
            let scaled = point.miss / point.tolerance
            return total + scaled * scaled
        }
    }

    /// Fits the `fitted` parameters within their ranges: a Nelder–Mead search from the model
    /// file's values, restarted once from where it stopped (a fresh simplex escapes the
    /// collapsed one that many parameters can leave behind).
    /// Throws `SimulationError.cancelled` when `cancellation` fires (Ctrl-C in the shell).
    /// With `until`, only the observations up to that time are used (a hindcast's fit); with
    /// `maximumEvaluations`, each of the two searches stops after that many backcasts.
    package func fit(
        until: Double = .infinity, maximumEvaluations: Int = 4000,
        cancellation: Cancellation = .never
    ) throws(SimulationError) -> Result {
        let parameters = fittedParameters
        let names = parameters.map(\.name)
        let bounds = parameters.map { $0.uncertainty! }
        func objective(_ x: [Double]) -> Double {
            self.objective(backcast(parameters: Dictionary(uniqueKeysWithValues: zip(names, x))), until: until)
        }
        let stop = { cancellation.isCancelled }
        var search = NelderMead()
        search.maximumEvaluations = maximumEvaluations
        let first = search.minimise(objective, from: parameters.map { $0.literalValue! }, within: bounds, shouldStop: stop)
        if stop() { throw .cancelled }
        let second = search.minimise(objective, from: first.point, within: bounds, shouldStop: stop)
        if stop() { throw .cancelled }
        let best = second.value <= first.value ? second : first
        let points = backcast(parameters: Dictionary(uniqueKeysWithValues: zip(names, best.point)))
        return Result(
            parameters: parameters.enumerated().map { ($1.name, $1.literalValue!, best.point[$0], $1.uncertainty!) },
            points: points, objective: self.objective(points, until: until), evaluations: first.evaluations + second.evaluations)
    }
}
