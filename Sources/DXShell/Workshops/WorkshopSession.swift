import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// A workshop under way: its definition and the results of the rounds run so far.
final class WorkshopSession {
    /// One team's result in a round.
    struct TeamResult {
        var team: String
        /// The scenario the round ran: the team's plan with the round's events.
        var scenario: String
        var score: Double
        /// Each scoring indicator's value in its year, and whether it reached its threshold.
        var values: [(value: Double, met: Bool)]
        var met: Int { values.count(where: \.met) }
        /// Spent within the horizon, in bn VND (money a delay moves past its end is not counted).
        var spent: Double
    }

    let workshop: Workshop
    /// The file as the facilitator named it.
    let path: String
    /// Each round run, ranked (best first).
    var results: [Int: [TeamResult]] = [:]
    var lastRound: Int?

    init(workshop: Workshop, path: String) {
        self.workshop = workshop
        self.path = path
    }

    /// The name of a team's scenario in a round.
    static func roundScenario(_ team: String, _ round: Int) -> String { "\(team)-round-\(round)" }

    /// Whether two results rank equal: the same score (to a hundredth), targets met and money spent.
    static func tied(_ a: TeamResult, _ b: TeamResult) -> Bool {
        (a.score * 100).rounded() == (b.score * 100).rounded() && a.met == b.met && abs(a.spent - b.spent) <= 0.5
    }

    /// Ranks results: the higher score first; equal scores (to a hundredth) by more scoring targets
    /// met, then by less money spent, then by the team's name.
    static func ranked(_ results: [TeamResult]) -> [TeamResult] {
        results.sorted { a, b in
            if (a.score * 100).rounded() != (b.score * 100).rounded() { return a.score > b.score }
            if a.met != b.met { return a.met > b.met }
            if abs(a.spent - b.spent) > 0.5 { return a.spent < b.spent }
            return a.team < b.team
        }
    }
}

extension Session {
    /// What in a team's plan breaks the workshop's rules, in words (empty when it keeps them all).
    func ruleProblems(of scenario: Scenario, in workshop: Workshop) -> [String] {
        var problems: [String] = []
        if let horizon = workshop.horizon, scenario.horizon != horizon {
            problems.append(
                "its horizon is \(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound); the rules ask \(horizon.lowerBound)–\(horizon.upperBound)"
            )
        }
        if let cap = workshop.budgetCap, let year = scenario.horizon.first(where: { scenario.envelope(in: $0) > cap + 1e-6 }) {
            problems.append(
                "its budget is \(Format.money(scenario.envelope(in: year))) in \(year); the rules allow at most \(Format.money(cap)) a year")
        }
        for rule in workshop.shareRules {
            for year in scenario.horizon {
                let shares = scenario.shares(in: year)
                let share =
                    100
                    * (rule.isPillar
                        ? model.programmes.filter { $0.pillar.rawValue == rule.subject }.reduce(0) { $0 + (shares[$1.id] ?? 0) }
                        : shares[rule.subject] ?? 0)
                let broken = rule.atLeast ? share < rule.percent - 1e-9 : share > rule.percent + 1e-9
                guard broken else { continue }
                let given = Format.plain((share * 10).rounded() / 10), asked = Format.plain(rule.percent)
                problems.append(
                    rule.atLeast
                        ? "it gives \(rule.subject) \(given)% in \(year); the rules ask at least \(asked)% (rule on line \(rule.line))"
                        : "it gives \(rule.subject) \(given)% in \(year); the rules ask at most \(asked)% (rule on line \(rule.line))")
                break
            }
        }
        return problems
    }

    /// Each team's plan checked against the rules: the problems of each team (a missing plan is one).
    func checkTeams(of session: WorkshopSession) -> [(team: String, problems: [String])] {
        session.workshop.teams.map { team in
            guard workspace.definition(team) != nil else {
                return (team, ["no plan yet: a scenario named '\(team)' (typed here, or in a file 'workshop collect' reads)"])
            }
            switch resolver.resolve(team, in: workspace) {
            case .failure(let problem): return (team, ["its plan does not resolve: \(problem.message)"])
            case .success(let scenario): return (team, ruleProblems(of: scenario, in: session.workshop))
            }
        }
    }

    /// Runs every team's plan that keeps the rules under a round's events; ranks them.
    func runRound(_ round: Workshop.Round, of session: WorkshopSession, source: SourceFile) throws(Diagnostic) -> [WorkshopSession.TeamResult] {
        var results: [WorkshopSession.TeamResult] = []
        for (team, problems) in checkTeams(of: session) {
            guard problems.isEmpty else {
                report(
                    Diagnostic(
                        .warning, .semantic,
                        t(
                            "{team} does not take part in round {n}: {problems}",
                            [
                                "team": team, "n": String(round.number), "problems": problems.joined(separator: "; "),
                            ]), notes: [.note(t("fix the plan, then run the round again"))]))
                continue
            }
            var decl = round.events
            let name = WorkshopSession.roundScenario(team, round.number)
            decl.name = Name(name, decl.name.range)
            decl.parent = Name(team, decl.name.range)
            decl.title = StringLiteral(session.workshop.title + " — " + round.title, decl.name.range)
            try define(ScenarioDefinition(decl: decl, source: session.workshop.source), inFile: true)
            let result = try currentResult(Name(name, decl.name.range), for: "workshop round", source: source, makeCurrent: false)
            var score = 0.0
            var values: [(value: Double, met: Bool)] = []
            for line in session.workshop.scores {
                let value = result.value(of: line.indicator, in: line.year) ?? .nan
                score += line.score(of: value)
                values.append((value, line.isMet(by: value)))
            }
            // What the plan spends within the horizon: money a delay moves past its end is not spent.
            let horizon = result.scenario.horizon
            let spent = result.years.indices.filter { horizon.contains(result.years[$0]) }.reduce(0.0) { sum, y in
                sum + result.spending.reduce(0.0) { $0 + $1[y] }
            }
            results.append(.init(team: team, scenario: name, score: score, values: values, spent: spent))
        }
        return WorkshopSession.ranked(results)
    }

    /// The ranked teams of a round, fitting 80 columns.
    func leaderboard(
        _ results: [WorkshopSession.TeamResult], round: Workshop.Round, of session: WorkshopSession, big: Bool = false, style: Style? = nil
    ) -> String {
        let style = style ?? self.style
        var text = style.bold(t("Round {n} — {title}", ["n": String(round.number), "title": round.title])) + "\n"
        if results.isEmpty { return text + "  " + t("No team's plan keeps the rules yet ('workshop check').") + "\n" }
        let maximum = Format.plain(session.workshop.maximumScore)
        let header = [t("rank"), t("team"), t("score"), t("targets"), t("spent")]
        var rows: [[String]] = []
        for (index, result) in results.enumerated() {
            let rank = index > 0 && WorkshopSession.tied(results[index - 1], result) ? "=" : String(index + 1)
            rows.append([
                rank, result.team, Format.fixed(result.score, 2) + " / " + maximum,
                "\(result.met) / \(session.workshop.scores.count)", Format.money(result.spent),
            ])
        }
        if big {
            // For a projector at the back of the room: one team per line, large and spaced.
            for row in rows {
                text += "\n  " + style.bold((row[0] == "=" ? "=   " : row[0] + ".  ") + row[1].uppercased()) + "   " + row[2] + "\n"
            }
            return text + "\n"
        }
        let widths = (0..<header.count).map { column in ([header[column]] + rows.map { $0[column] }).map(\.count).max()! }
        func line(_ cells: [String]) -> String {
            "  "
                + cells.enumerated().map {
                    $0.offset == 1
                        ? $0.element.padding(to: widths[1]) : String(repeating: " ", count: widths[$0.offset] - $0.element.count) + $0.element
                }
                .joined(separator: "  ")
        }
        text += style.dim(line(header)) + "\n"
        for row in rows { text += line(row) + "\n" }
        text += style.dim(t("Score: each indicator's progress to its threshold (at most 1) times its weight.")) + "\n"
        text += style.dim(t("Equal scores: more targets met first, then less money spent.")) + "\n"
        return text
    }
}
