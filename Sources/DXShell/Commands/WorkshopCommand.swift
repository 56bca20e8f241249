import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `workshop "FILE"` opens a workshop; `workshop collect|check|round|debrief|save` runs it.
package struct WorkshopCommand: ShellCommand {
    package enum Action: Sendable, Hashable {
        case status
        case open(StringLiteral)
        case collect(StringLiteral, force: Bool)
        case check
        case round(NumberLiteral)
        case debrief(NumberLiteral?)
        case save(StringLiteral, force: Bool)
        case report(StringLiteral, force: Bool)
    }

    package let action: Action

    package static let word = "workshop"
    package static let synonyms = ["hội-thảo"]
    package static let group = CommandGroup.teaching
    package static let takesFile = true
    static let actions: [String: String] = [
        "collect": "collect", "thu": "collect", "check": "check", "soat": "check", "round": "round", "vong": "round",
        "debrief": "debrief", "tong-ket": "debrief", "save": "save", "luu": "save", "report": "report", "bao-cao": "report",
    ]

    package static let help = HelpTopic(
        name: "workshop", usage: "workshop \"FILE\" | collect \"DIR\" [force] | check | round N | debrief [N] | save|report \"FILE\"",
        summary: "run a workshop: teams' plans checked against rules, rounds with events, a leaderboard",
        vietnamese: "điều hành hội thảo: kế hoạch các đội được kiểm theo quy định, các vòng có sự kiện, bảng xếp hạng",
        details: """
            'workshop "FILE"' opens a workshop the facilitator wrote (teams, rules, what scores, rounds;
            the format is in TEACHING.md). Each team's plan is the scenario named after the team: typed
            here, or in files dropped in a folder that 'workshop collect "DIR"' loads. 'workshop check'
            checks every plan against the rules (E308 says what to change). 'workshop round N' runs every
            plan that keeps the rules under round N's events (a cut, an incident, a delay) as TEAM-round-N,
            and shows the leaderboard; 'leaderboard' shows it again. 'workshop debrief' shows what
            separated the top team from the next. 'workshop save "FILE"' keeps the workshop, the plans and
            the results in one file that 'workshop "FILE"' reopens; 'workshop report "FILE"' writes an HTML
            page with every round's leaderboard and the last round's plans, targets and charts.
            """,
        vietnameseDetails: """
            'workshop "FILE"' (hội-thảo) mở một hội thảo do người điều phối soạn (các đội, quy định, cách
            tính điểm, các vòng; định dạng trong TEACHING.md). Kế hoạch của mỗi đội là kịch bản mang tên
            đội: gõ tại đây, hoặc trong các tệp đặt vào một thư mục mà 'workshop collect "DIR"' (thu) nạp.
            'workshop check' (soát) kiểm tra mọi kế hoạch theo quy định (E308 nói cần sửa gì). 'workshop
            round N' (vòng) chạy mọi kế hoạch đúng quy định với các sự kiện của vòng N (cắt giảm, sự cố,
            chậm tiến độ) thành TEAM-round-N, và hiện bảng xếp hạng; 'leaderboard' hiện lại bảng.
            'workshop debrief' (tổng-kết) cho thấy điều gì tách đội đầu bảng với đội kế tiếp. 'workshop
            save "FILE"' (lưu) giữ hội thảo, các kế hoạch và kết quả trong một tệp mà 'workshop "FILE"'
            mở lại được; 'workshop report "FILE"' (báo-cáo) ghi một trang HTML gồm bảng xếp hạng của mọi vòng
            và kế hoạch, mục tiêu, biểu đồ của vòng cuối.
            """,
        example: "workshop \"scenarios/workshop/provincial.workshop\"\nworkshop round 1")

    package static func parse(_ parser: inout Parser) throws -> WorkshopCommand {
        if case .string = parser.current.kind { return WorkshopCommand(action: .open(try parser.expectString("the workshop file"))) }
        guard let word = parser.current.word else { return WorkshopCommand(action: .status) }
        guard let action = actions[Folding.fold(word)] ?? actions[parser.currentKeyword ?? ""] else {
            throw parser.fail(
                "expected a workshop file in double quotes, or collect, check, round, debrief, save or report"
                    + Suggestion.didYouMean(word, in: ["collect", "check", "round", "debrief", "save", "report"]))
        }
        _ = parser.advance()
        switch action {
        case "collect":
            let folder = try parser.expectString("the folder the teams' plans are in")
            return WorkshopCommand(action: .collect(folder, force: parser.accept(word: "force") != nil))
        case "check": return WorkshopCommand(action: .check)
        case "round": return WorkshopCommand(action: .round(try parser.expectWholeNumber("the round's number, as in workshop round 1")))
        case "debrief":
            if case .number = parser.current.kind { return WorkshopCommand(action: .debrief(try parser.expectWholeNumber("the round"))) }
            return WorkshopCommand(action: .debrief(nil))
        case "report":
            let path = try parser.expectString("the HTML file to write, as in workshop report \"workshop.html\"")
            return WorkshopCommand(action: .report(path, force: parser.accept(word: "force") != nil))
        default:
            let path = try parser.expectString("the file to save the workshop in")
            return WorkshopCommand(action: .save(path, force: parser.accept(word: "force") != nil))
        }
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if Completer.fileIsClosed(in: words) {
            return words.count == 3 && ["save", "report"].contains(words[1]) ? completer.candidates(["force"]) : []
        }
        if words.count == 1 { return completer.candidates(["collect", "check", "round", "debrief", "save", "report"]) + [Completer.fileCandidate] }
        return words.count == 2 && ["collect", "save", "report"].contains(words[1]) ? [Completer.fileCandidate] : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        if case .open(let path) = action {
            try session.openWorkshop(path, source: source)
            return
        }
        guard let open = session.workshop else {
            throw .error(.semantic, "no workshop is open", notes: [.note("open one with workshop \"FILE\" (TEACHING.md shows the format)")])
        }
        switch action {
        case .open: break
        case .status: session.output.write(session.workshopStatus(open))
        case .collect(let folder, let force): try session.collectPlans(from: folder, for: open, force: force, source: source)
        case .check:
            let checked = session.checkTeams(of: open)
            var broken: [Diagnostic] = []
            for (team, problems) in checked {
                if problems.isEmpty {
                    session.output.write(session.paint(true)("✓ ") + session.t("{team} keeps the rules.", ["team": team]) + "\n")
                } else {
                    broken.append(.error(.ruleBroken, .semantic, "\(team): " + problems.joined(separator: "; ")))
                }
            }
            try session.throwAllButLast(broken)
        case .round(let number):
            guard let round = open.workshop.rounds.first(where: { Double($0.number) == number.value }) else {
                throw .error(
                    .outOfRange, .semantic,
                    "there is no round \(NumberText.plain(number.value)); the rounds are "
                        + open.workshop.rounds.map { String($0.number) }.joined(separator: ", "), in: source, at: number.range)
            }
            let results = try session.runRound(round, of: open, source: source)
            open.results[round.number] = results
            open.lastRound = round.number
            session.output.write(session.leaderboard(results, round: round, of: open))
        case .debrief(let number):
            let round = try session.roundRun(number.map { Int($0.value) }, of: open, source: source, at: number?.range)
            try session.debrief(round, of: open, source: source)
        case .save(let written, let force):
            let path = try session.fileName(written, source: source)
            try session.write(session.workshopText(open), to: path, force: force, verb: "save", source: source)
            session.workspace.markSaved(open.workshop.teams)
            session.output.write(session.t("Saved the workshop, its plans and results to {file}.", ["file": path.value]) + "\n")
        case .report(let written, let force):
            let path = try session.fileName(written, source: source)
            let round = try session.roundRun(nil, of: open, source: source, at: path.range)
            try session.write(session.workshopReport(open, last: round), to: path, force: force, verb: "export", source: source)
            session.output.write(session.t("Wrote the workshop's report to {file}.", ["file": path.value]) + "\n")
        }
    }
}

extension Session {
    fileprivate func openWorkshop(_ path: StringLiteral, source: SourceFile) throws(Diagnostic) {
        let resolved = files.readable(path.value, from: source)
        let text = try files.readText(resolved, shown: path.value, verb: "open the workshop", source: source, at: path.range)
        let file = SourceFile(name: path.value, text: text, directory: URL(fileURLWithPath: resolved).deletingLastPathComponent().path)
        let (read, problems) = WorkshopParser.parse(file, model: model)
        guard let workshop = read else {
            try throwAllButLast(problems.filter { $0.severity == .error })
            return
        }
        // A round's events are checked now, against the model, not when the round runs.
        var eventProblems: [Diagnostic] = []
        for round in workshop.rounds {
            eventProblems += resolver.check(ScenarioDefinition(decl: round.events, source: file)).filter { $0.severity == .error }
        }
        try throwAllButLast(eventProblems)
        let plans = workshop.plans.map { ScenarioDefinition(decl: $0, source: file) }
        try checkNoClash(plans, loading: path.value, resolved: resolved, at: path.range, source: source, prefix: nil)
        for plan in plans { try define(plan, inFile: true) }
        let session = WorkshopSession(workshop: workshop, path: path.value)
        self.workshop = session
        // The rounds a saved workshop had run, run again (the same plans give the same results).
        for round in workshop.rounds where workshop.roundsRun.contains(round.number) {
            session.results[round.number] = try runRound(round, of: session, source: source)
            session.lastRound = round.number
        }
        output.write(workshopStatus(session))
    }

    /// The workshop: its teams and whether each has a plan, its rules, its rounds.
    fileprivate func workshopStatus(_ session: WorkshopSession) -> String {
        let workshop = session.workshop
        var text = style.bold(t("Workshop: {title}", ["title": workshop.title])) + "\n"
        text += "  " + t("Teams:") + "\n"
        for team in workshop.teams {
            text += "    " + team + (workspace.definition(team) == nil ? "  (" + t("no plan yet") + ")" : "  ✓") + "\n"
        }
        var rules: [String] = []
        if let cap = workshop.budgetCap { rules.append(t("budget at most {amount} a year", ["amount": Format.money(cap)])) }
        if let horizon = workshop.horizon {
            rules.append(t("horizon {from}–{to}", ["from": String(horizon.lowerBound), "to": String(horizon.upperBound)]))
        }
        for rule in workshop.shareRules {
            rules.append("\(rule.subject) " + (rule.atLeast ? ">=" : "<=") + " \(NumberText.plain(rule.percent))%")
        }
        if !rules.isEmpty {
            text += "  " + t("Rules:") + "\n"
            for rule in rules { text += "    " + rule + "\n" }
        }
        text += "  " + t("Scored on:") + "\n"
        for line in workshop.scores {
            let unit = model.indicator(line.indicator)?.unit == .percent ? "%" : ""
            text +=
                "    \(line.indicator) " + (line.atLeast ? ">= " : "<= ") + NumberText.plain(line.threshold) + unit + " "
                + t("by {year}", ["year": String(line.year)])
                + "  " + t("weight {weight}", ["weight": Format.plain(line.weight)]) + "\n"
        }
        for round in workshop.rounds {
            let ran = session.results[round.number] != nil ? " ✓" : ""
            text += "  " + t("Round {n}: {title}", ["n": String(round.number), "title": round.title]) + ran + "\n"
            for event in round.eventLines { text += "    " + event + "\n" }
        }
        return text
    }

    /// Loads every `.plan` file in a folder (a shared drive, a USB stick) and says which teams handed in.
    /// `force` replaces scenarios of the same names from elsewhere (a team's plan typed at the prompt too).
    fileprivate func collectPlans(from folder: StringLiteral, for session: WorkshopSession, force: Bool, source: SourceFile) throws(Diagnostic) {
        let directory = files.readable(folder.value, from: source)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw .error(.missingInput, "cannot read the folder '\(folder.value)'", in: source, at: folder.range)
        }
        let files = entries.filter { $0.hasSuffix(".plan") }.sorted()
        var problems: [Diagnostic] = []
        for file in files {
            do {
                let path = (folder.value.hasSuffix("/") ? folder.value : folder.value + "/") + file
                _ = try load(path: path, relativeTo: folder.range, source: source, force: force)
            } catch {
                // A plan typed here as well: the file replaces it with 'force' (a prefix would rename the team).
                var problem = error
                if problem.code == .nameClash {
                    problem.notes = [.note("to take the team's file instead: workshop collect \(ScenarioPrinter.quote(folder.value)) force")]
                }
                problems.append(problem)
            }
        }
        let handedIn = session.workshop.teams.filter { workspace.definition($0) != nil }
        let missing = session.workshop.teams.filter { workspace.definition($0) == nil }
        output.write(
            t("Read {count} files from {folder}.", ["count": String(files.count), "folder": folder.value]) + "\n"
                + t("Plans: {teams}.", ["teams": handedIn.isEmpty ? "–" : handedIn.joined(separator: ", ")])
                + (missing.isEmpty ? "" : " " + t("Missing: {teams}.", ["teams": missing.joined(separator: ", ")])) + "\n")
        try throwAllButLast(problems)
    }

    /// The round asked for (the last one run when none is named), which must have been run.
    func roundRun(_ number: Int?, of session: WorkshopSession, source: SourceFile, at range: SourceRange?) throws(Diagnostic) -> Workshop.Round {
        guard let chosen = number ?? session.lastRound else {
            throw .error(.semantic, "no round has been run yet; run one with workshop round 1")
        }
        guard let round = session.workshop.rounds.first(where: { $0.number == chosen }), session.results[chosen] != nil else {
            throw .error(.semantic, "round \(chosen) has not been run; run it with workshop round \(chosen)", in: source, at: range)
        }
        return round
    }

    /// What separated the top team from the next: the ranking, every team's scoring values, and
    /// `why` on the indicator where the two differ most in score.
    fileprivate func debrief(_ round: Workshop.Round, of session: WorkshopSession, source: SourceFile) throws(Diagnostic) {
        let results = session.results[round.number] ?? []
        output.write(leaderboard(results, round: round, of: session))
        guard !results.isEmpty else { return }
        // The grid: one row per scoring indicator, one column per team in rank order.
        let lines = session.workshop.scores
        let labels = lines.map { line in
            "\(line.indicator) " + (line.atLeast ? ">= " : "<= ") + NumberText.plain(line.threshold)
                + (model.indicator(line.indicator)?.unit == .percent ? "%" : "")
        }
        let labelWidth = labels.map(\.count).max() ?? 0
        let columnWidth = max(8, results.map(\.team.count).max() ?? 0)
        var text = "\n" + style.dim("  " + "".padding(to: labelWidth) + results.map { "  " + $0.team.padding(to: columnWidth) }.joined()) + "\n"
        for (index, label) in labels.enumerated() {
            text += "  " + label.padding(to: labelWidth)
            for result in results {
                let (value, met) = result.values[index]
                let unit = model.indicator(lines[index].indicator)?.unit == .percent ? "%" : ""
                let cell = (met ? "✓ " : "✗ ") + (value.isFinite ? Format.fixed(value, unit.isEmpty ? 3 : 1) + unit : "–")
                text += "  " + paint(met)(cell) + String(repeating: " ", count: max(0, columnWidth - cell.count))
            }
            text += "\n"
        }
        output.write(text)
        guard results.count >= 2 else { return }
        let (top, next) = (results[0], results[1])
        // The scoring line where the weighted progress differs most between the two.
        func progress(_ result: WorkshopSession.TeamResult, _ index: Int) -> Double { lines[index].score(of: result.values[index].value) }
        guard let widest = lines.indices.max(by: { abs(progress(top, $0) - progress(next, $0)) < abs(progress(top, $1) - progress(next, $1)) }),
            abs(progress(top, widest) - progress(next, widest)) > 1e-6
        else {
            output.write("\n" + t("{top} and {next} score alike on every indicator.", ["top": top.team, "next": next.team]) + "\n")
            return
        }
        output.write(
            "\n"
                + style.bold(
                    t(
                        "What separated {top} from {next} most: {indicator} in {year}",
                        [
                            "top": top.team, "next": next.team, "indicator": lines[widest].indicator, "year": String(lines[widest].year),
                        ])) + "\n")
        let at = SourceRange(start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 1, offset: 0))
        // Every team on one chart of that indicator (as many as a chart has markers for).
        try chart(Name(lines[widest].indicator, at), results.prefix(TextChart.markers.count).map { Name($0.scenario, at) }, source: source)
        output.write("\n")
        try why(
            Name(lines[widest].indicator, at), Name(next.scenario, at), Name(top.scenario, at), in: YearLiteral(lines[widest].year, at),
            source: source)
    }

    /// The workshop, its plans and its results, as one file that `workshop "FILE"` reopens.
    fileprivate func workshopText(_ session: WorkshopSession) -> String {
        var text = OwnFile.savedScenarioMark + " Workshop '\(session.workshop.title)' with the teams' plans and results.\n"
        text += session.workshop.definitionText
        text += "\n" + WorkshopParser.plansMarker + "\n"
        var seen = Set<String>()
        let plans = session.workshop.teams.flatMap { workspace.lineage(of: $0) }.filter { seen.insert($0.name).inserted }
        for plan in plans { text += "\n" + ScenarioPrinter.print(plan.decl) }
        if !session.results.isEmpty {
            text += "\n" + WorkshopParser.resultsMarker + "\n"
            text += WorkshopParser.roundsRunPrefix + " " + session.results.keys.sorted().map(String.init).joined(separator: ", ") + "\n"
            for round in session.workshop.rounds {
                guard let results = session.results[round.number] else { continue }
                let board = leaderboard(results, round: round, of: session, style: .plain)
                text += board.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "# " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        return text
    }

    /// The workshop as an HTML page: each round's leaderboard and scoring values, then the last
    /// round's plans, targets and charts (every team on each chart).
    fileprivate func workshopReport(_ session: WorkshopSession, last: Workshop.Round) -> String {
        let workshop = session.workshop
        var report = HTMLReport(results: [], modelName: model.name, language: language, wording: wording)
        var sections: [String] = []
        for round in workshop.rounds {
            guard let results = session.results[round.number] else { continue }
            sections.append("<h2>" + report.escape(t("Round {n} — {title}", ["n": String(round.number), "title": round.title])) + "</h2>")
            if !round.eventLines.isEmpty {
                sections.append("<p class=\"note\">" + report.escape(round.eventLines.joined(separator: "; ")) + "</p>")
            }
            sections.append("<table class=\"board\">")
            let labels = workshop.scores.map { line in
                "\(line.indicator) " + (line.atLeast ? "≥ " : "≤ ") + NumberText.plain(line.threshold)
                    + (model.indicator(line.indicator)?.unit == .percent ? "%" : "")
            }
            sections.append(
                "<tr>" + [t("rank"), t("team"), t("score"), t("targets"), t("spent")].map { "<th>" + report.escape($0) + "</th>" }.joined()
                    + labels.map { "<th class=\"n\">" + report.escape($0) + "</th>" }.joined() + "</tr>")
            for (index, result) in results.enumerated() {
                let rank = index > 0 && WorkshopSession.tied(results[index - 1], result) ? "=" : String(index + 1)
                let values = result.values.map { value, met in
                    "<td class=\"n\">" + (met ? "✓ " : "✗ ") + (value.isFinite ? Format.fixed(value, 1) : "–") + "</td>"
                }
                sections.append(
                    "<tr><td>\(rank)</td><td>" + report.escape(result.team) + "</td><td class=\"n\">" + Format.fixed(result.score, 2) + " / "
                        + Format.plain(workshop.maximumScore)
                        + "</td><td class=\"n\">\(result.met) / \(workshop.scores.count)</td><td class=\"n\">"
                        + report.escape(Format.money(result.spent)) + "</td>" + values.joined() + "</tr>")
            }
            sections.append("</table>")
        }
        sections.append(
            "<p class=\"note\">" + report.escape(t("Score: each indicator's progress to its threshold (at most 1) times its weight.")) + " "
                + report.escape(t("Equal scores: more targets met first, then less money spent.")) + "</p>")
        report = HTMLReport(
            results: (session.results[last.number] ?? []).compactMap { workspace.result($0.scenario) }, modelName: model.name, language: language,
            wording: wording, heading: workshop.title, sections: sections)
        report.provenance = provenanceLine()
        report.documentation = documentation("")
        return report.render()
    }
}
