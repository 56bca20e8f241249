import DXLanguage
import DXSource

/// A workshop as the facilitator defines it in a file: the teams, the rules every team's plan
/// must keep, the indicators that score, and the rounds, each with the events it brings.
package struct Workshop: Sendable {
    /// A rule on a share of the budget: `rule pillar digital-government >= 50%`.
    package struct ShareRule: Sendable {
        /// A pillar (`digital-government`) or a programme id.
        package var subject: String
        package var isPillar: Bool
        package var atLeast: Bool
        package var percent: Double
        package var line: Int
    }

    /// An indicator that scores: `score digital-economy >= 30% by 2030 weight 3`.
    package struct ScoreLine: Sendable {
        package var indicator: String
        package var atLeast: Bool
        /// In the indicator's unit (percent points for `%`).
        package var threshold: Double
        package var year: Int
        package var weight: Double

        /// Whether a value reaches the threshold.
        package func isMet(by value: Double) -> Bool {
            value.isFinite && (atLeast ? value >= threshold - 1e-9 : value <= threshold + 1e-9)
        }

        /// What a value scores: its progress towards the threshold (at most 1) times the weight.
        package func score(of value: Double) -> Double {
            guard value.isFinite else { return 0 }
            let progress = atLeast ? min(1, max(0, value / threshold)) : (value <= 0 ? 1 : min(1, threshold / value))
            return weight * progress
        }
    }

    /// A round: its title and the scenario lines its events add to every team's plan.
    package struct Round: Sendable {
        package var number: Int
        package var title: String
        /// The events, as a scenario block whose name and parent are set for each team.
        package var events: ScenarioDecl
        /// The event lines as written, for the report.
        package var eventLines: [String]
    }

    package var title: String
    package var teams: [String]
    /// At most this much a year, in bn VND.
    package var budgetCap: Double?
    package var horizon: ClosedRange<Int>?
    package var shareRules: [ShareRule] = []
    package var scores: [ScoreLine] = []
    package var rounds: [Round] = []
    /// Team plans (and any scenario they inherit from) written in the workshop file.
    package var plans: [ScenarioDecl] = []
    /// The rounds a saved workshop had run (its results section says which).
    package var roundsRun: [Int] = []
    package var source: SourceFile
    /// The definition alone: the file's lines without its plans and saved results (for `workshop save`).
    package var definitionText: String

    /// The most a team could score: every scoring indicator at its threshold.
    package var maximumScore: Double { scores.reduce(0) { $0 + $1.weight } }
}
