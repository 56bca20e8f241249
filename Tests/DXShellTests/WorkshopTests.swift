import DXLanguage
import DXSource
import Foundation
import Testing

@testable import DXShell

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A facilitator runs a four-team workshop from files: plans collected from a folder, checked
/// against the rules, three rounds with events, a ranked leaderboard, a debrief, saved and reopened.
@Suite("workshops")
struct WorkshopTests {
    let workshopFile = "scenarios/workshop/provincial.workshop"

    func openWithPlans() -> (Interpreter, CapturedOutput) {
        let (shell, output) = makeInterpreterWithExamples()
        shell.run("workshop \"\(workshopFile)\"\nworkshop collect \"scenarios/workshop/plans\"", name: nil)
        return (shell, output)
    }

    @Test("four teams' files: collected, checked (team-4 breaks a rule, E308), run in three rounds and ranked")
    func rounds() throws {
        let (shell, output) = openWithPlans()
        #expect(output.standard.contains("Read 4 files from scenarios/workshop/plans.\nPlans: team-1, team-2, team-3, team-4."))
        #expect(shell.run("workshop check", name: nil) == .failed(.semantic))
        #expect(output.error.contains("error[E308]: team-4: it gives digital-government 30% in 2026; the rules ask at least 40%"))
        #expect(output.standard.contains("✓ team-1 keeps the rules."))

        #expect(shell.run("workshop round 1", name: nil) == .completed, "\(output.error)")
        let session = try #require(shell.session.workshop)
        let first = try #require(session.results[1])
        #expect(first.map(\.team) == ["team-1", "team-2", "team-3"], "team-4 does not take part")
        #expect(output.error.contains("warning: team-4 does not take part in round 1"))
        // Scores are the weighted progress to each threshold: recomputed here from the runs.
        for result in first {
            let run = try #require(shell.session.workspace.result(result.scenario))
            let expected = session.workshop.scores.reduce(0.0) { sum, line in
                let value = run.value(of: line.indicator, in: line.year)!
                return sum + line.weight * min(1, value / line.threshold)
            }
            #expect(abs(result.score - expected) < 1e-9)
            #expect(result.spent == 125_000)
        }
        #expect(first[0].score > first[1].score)
        // The ranking of the example workshop, as the bundled model gives it.
        #expect(
            output.standard.contains(
                """
                Round 1 — Các kế hoạch như đã nộp
                  rank  team       score  targets           spent
                     1  team-1  6.46 / 9    2 / 5  125,000 bn VND
                     2  team-2  5.78 / 9    2 / 5  125,000 bn VND
                     =  team-3  5.78 / 9    2 / 5  125,000 bn VND
                Score: each indicator's progress to its threshold (at most 1) times its weight.
                Equal scores: more targets met first, then less money spent.

                """), "\(output.standard)")
        // A tie on the score (to a hundredth) and targets is broken by money, then by name, and shown with '='.

        // Round 2 cuts every budget to 20,000 bn VND a year: every team spends a fifth less, and scores less.
        #expect(shell.run("workshop round 2", name: nil) == .completed)
        let second = try #require(session.results[2])
        #expect(second.allSatisfy { $0.spent == 100_000 })
        for result in second {
            let before = try #require(first.first { $0.team == result.team })
            #expect(result.score < before.score, "\(result.team)")
        }
        // Round 3: a cyber incident and a late broadband rollout, added to each plan.
        #expect(shell.run("workshop round 3", name: nil) == .completed)
        let third = try #require(shell.session.workspace.definition("team-1-round-3"))
        #expect(third.decl.parent?.text == "team-1")
        #expect(ScenarioPrinter.print(third.decl).contains("delay broadband 1 year"))
        // Money the delay moves past 2030 is not spent within the plan: it does not count.
        let delayed = try #require(session.results[3])
        #expect(delayed.allSatisfy { $0.spent < 125_000 }, "\(delayed.map(\.spent))")
    }

    @Test("a plan typed at the prompt and handed in as a file too: collect says to take the file with force")
    func collectClash() throws {
        let (shell, output) = makeInterpreterWithExamples()
        shell.run("workshop \"\(workshopFile)\"", name: nil)
        shell.run("scenario team-4 from baseline\nend", name: nil)
        #expect(shell.run("workshop collect \"scenarios/workshop/plans\"", name: nil) == .failed(.semantic))
        #expect(output.error.contains("error[E405]"))
        #expect(output.error.contains("to take the team's file instead: workshop collect \"scenarios/workshop/plans\" force"))
        #expect(shell.run("workshop collect \"scenarios/workshop/plans\" force", name: nil) == .completed, "\(output.error)")
    }

    @Test("the leaderboard fits 80 columns, in English and Vietnamese, and in large type")
    func leaderboard() throws {
        let (shell, output) = openWithPlans()
        #expect(shell.run("workshop round 1\nlang vi\nbảng-xếp-hạng\nleaderboard 1 big", name: nil) == .completed, "\(output.error)")
        let lines = output.standard.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        #expect(output.standard.contains("Vòng 1 — Các kế hoạch như đã nộp\n  hạng  đội"))
        #expect(output.standard.contains("  1.  TEAM-1"))
        #expect(shell.run("leaderboard 3", name: nil) == .failed(.semantic))
        #expect(output.error.contains("vòng 3 chưa được chạy; hãy chạy bằng workshop round 3"), "in Vietnamese after lang vi")
    }

    @Test("the debrief shows every team's scoring values and why the top team beat the next")
    func debrief() throws {
        let (shell, output) = openWithPlans()
        #expect(shell.run("workshop round 1\nworkshop debrief", name: nil) == .completed, "\(output.error)")
        #expect(output.standard.contains("What separated team-1 from team-2 most: online-services in 2030"))
        #expect(output.standard.contains("Why online-services differs in 2030: team-2-round-1"))
        #expect(output.standard.contains("spending on services"))
        #expect(output.standard.contains("online-services — "), "a chart of that indicator with every team")
    }

    @Test("a workshop saved with its plans and results reopens in a new session and gives the same ranking")
    func saveAndReopen() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-workshop-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("class.workshop").path
        let (shell, output) = openWithPlans()
        #expect(shell.run("workshop round 1\nworkshop save \"\(file)\"", name: nil) == .completed, "\(output.error)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix(OwnFile.savedScenarioMark))
        #expect(text.contains("\n# --- plans ---\n"))
        #expect(text.contains("scenario team-3 from baseline"))
        #expect(text.contains("# --- results ---\n# rounds run: 1\n# Round 1 — Các kế hoạch như đã nộp\n"))

        // Reopened, the rounds it had run are run again: the leaderboard is there at once.
        let (fresh, freshOutput) = makeInterpreter()
        #expect(fresh.run("workshop \"\(file)\"\nleaderboard", name: nil) == .completed, "\(freshOutput.error)")
        #expect(fresh.session.workshop?.results[1]?.map(\.team) == shell.session.workshop?.results[1]?.map(\.team))
        #expect(fresh.session.workshop?.results[1]?.map(\.score) == shell.session.workshop?.results[1]?.map(\.score))
        // Saved again, the file does not grow a second copy of the plans or results.
        #expect(fresh.run("workshop save \"\(file)\"", name: nil) == .completed)
        let again = try String(contentsOfFile: file, encoding: .utf8)
        #expect(again.components(separatedBy: "# --- plans ---").count == 2)
        #expect(again.components(separatedBy: "scenario team-3 ").count == 2)
    }

    @Test("mistakes in a workshop file are errors at their place, with a suggestion")
    func mistakes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-workshop-bad-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("bad.workshop").path
        try """
        workshop "Broken"
        teams a b
        rule pillar digital-govt >= 50%
        score fibr >= 90% by 2030
        round 1 "First"
          delay brodband 1 year
        end
        rounds 2 "Second"
        end
        """.write(toFile: file, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("workshop \"\(file)\"", name: nil) != .completed)
        #expect(output.error.contains("bad.workshop:3:13: error[E202]: unknown pillar 'digital-govt'"))
        #expect(output.error.contains("note: pillars: digital-government, digital-economy, digital-society"))
        #expect(output.error.contains("bad.workshop:4:7: error[E203]: unknown indicator 'fibr'; did you mean 'fibre'?"))
        #expect(
            output.error.contains(
                "bad.workshop:8:1: error[E102]: expected workshop, teams, rule, score, round or scenario, found 'rounds'; did you mean 'round'?"))
        #expect(output.error.contains("bad.workshop:9:1: error[E102]: expected workshop, teams, rule, score, round or scenario, found 'end'"))
        #expect(shell.session.workshop == nil)
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "rounds", with: "round")
            .replacingOccurrences(of: "digital-govt", with: "digital-government").replacingOccurrences(of: "fibr ", with: "fibre ")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(shell.run("workshop \"\(file)\"", name: nil) == .failed(.semantic), "the round's events are checked when it opens")
        #expect(output.error.contains("bad.workshop:6:9: error[E202]: unknown programme 'brodband'; did you mean 'broadband'?"))
        #expect(shell.session.workshop == nil)
        #expect(shell.run("workshop round 1", name: nil) == .failed(.semantic))
        #expect(output.error.contains("no workshop is open"))
    }

    @Test("the workshop's report is one well-formed page with every round's leaderboard and the last round's charts")
    func report() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-workshop-report-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("class.html").path
        let (shell, output) = openWithPlans()
        #expect(shell.run("workshop report \"\(file)\"", name: nil) == .failed(.semantic), "no round run yet")
        #expect(shell.run("workshop round 1\nworkshop round 2\nworkshop report \"\(file)\"", name: nil) == .completed, "\(output.error)")
        let data = try #require(FileManager.default.contents(atPath: file))
        #expect(XMLParser(data: data).parse(), "well-formed")
        let html = try #require(String(data: data, encoding: .utf8))
        #expect(html.contains("<h1>Kế hoạch chuyển đổi số của tỉnh 2026–2030</h1>"))
        #expect(html.contains("<h2>Round 1 — Các kế hoạch như đã nộp</h2>"))
        #expect(html.contains("<h2>Round 2 — Ngân sách bị cắt một phần năm</h2>"))
        #expect(html.contains("<td>1</td><td>team-1</td>"))
        for team in ["team-1", "team-2", "team-3"] { #expect(html.contains("\(team)-round-2")) }
        #expect(!html.contains("team-4-round"), "a plan that breaks the rules is not in the report's runs")
    }
}
