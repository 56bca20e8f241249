import DXModel

/// Every target any of several runs sets, and how each run fares on it: the rows of the target
/// tables of `compare` and of the HTML report.
struct TargetGrid {
    enum Mark {
        case met(Double)
        case missed(Double)
        /// The scenario does not set this target.
        case notSet
        /// The scenario inherits it, but its year is not in the scenario's horizon.
        case outside
    }

    let targets: [Target]
    /// One row per target, one mark per run.
    let marks: [[Mark]]

    init(_ results: [RunResult]) {
        var targets: [Target] = []
        for result in results {
            for target in result.scenario.targets + result.scenario.unjudgedTargets where !targets.contains(target) {
                targets.append(target)
            }
        }
        self.targets = targets
        marks = targets.map { target in
            results.map { result in
                guard let outcome = result.targetOutcomes.first(where: { $0.target == target }) else {
                    return result.scenario.unjudgedTargets.contains(target) ? .outside : .notSet
                }
                return outcome.met ? .met(outcome.actual) : .missed(outcome.actual)
            }
        }
    }
}
