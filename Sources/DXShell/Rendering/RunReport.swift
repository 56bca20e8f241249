import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// Renders a run: the short summary `run` prints and the indicator table `show` prints.
struct RunReport: Report {
    let result: RunResult
    let presentation: Presentation
    /// Whether each missed target can be met at all (`Reachability`), by target, when known.
    var reach: [Target: Reachability.Verdict] = [:]
    private var words: Labels { language.labels }

    /// What a missed target's reachability adds to its line: that no split of the budget meets it
    /// (and the most any split gives), or that another split may. When the line has just said the
    /// run meets it later (`met in 2035`), the note names the target's year, which it is about.
    func reachNote(_ target: Target, unit: IndicatorUnit, metLater: Bool = false) -> String {
        let year = metLater ? (language == .vi ? " vào \(target.year)" : " by \(target.year)") : ""
        switch reach[target] {
        case .outOfReach(let bound, _)?:
            let most = Format.quantity(bound, unit)
            return language == .vi
                ? "; ngoài tầm với ngân sách này\(year) (tối đa \(most))" : "; out of reach\(year) with this budget (at most \(most))"
        case .reachable?:
            return language == .vi ? "; một cách chia khác có thể đạt\(year)" : "; another split may meet it\(year)"
        default:
            return ""
        }
    }

    private func money(_ billions: Double) -> String { language.money(billions) }

    var heading: String {
        let scenario = result.scenario
        var text = style.bold(scenario.name)
        if let title = scenario.title { text += " — " + title }
        return text + " (\(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound))"
    }

    /// One line per target: met or missed, the value and the gap.
    func targetLines() -> [String] {
        result.targetOutcomes.map { outcome in
            let target = outcome.target
            let unit = result.indicators.first { $0.id == target.indicator }?.unit ?? .percent
            let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
            let name = language.label(ofIndicator: target.indicator, in: result.indicators)
            let statement = "\(name) \(target.comparison.rawValue) \(threshold) \(words.by) \(target.year)"
            let actual = Format.quantity(outcome.actual, unit)
            let width = max(words.met.count, words.missed.count)
            if outcome.met {
                let since =
                    outcome.firstYearMet.map {
                        $0 == result.years.first ? " (\(words.alreadyMetIn) \($0))" : $0 < target.year ? " (\(words.metFrom) \($0))" : ""
                    } ?? ""
                return "  " + style.good("✓ " + words.met.padding(to: width)) + " \(statement): \(actual)\(since)"
            }
            guard let indicator = result.indicators.first(where: { $0.id == target.indicator }), indicator.canTake(outcome.actual) else {
                // The run left the model's range (a warning says where): no value, no gap.
                let what =
                    outcome.actual.isFinite
                    ? (language == .vi ? "ngoài phạm vi có thể" : "a value it cannot take")
                    : (language == .vi ? "không xác định" : "not a number")
                return "  " + style.bad("✗ " + words.missed.padding(to: width)) + " \(statement): "
                    + (language == .vi ? "\(what) (ngoài phạm vi của mô hình)" : "\(what) (the run left the model's range)")
            }
            let gapNumber = unit == .percent ? Format.fixed(outcome.gap, 1) + " " + words.points : Format.fixed(outcome.gap, 3)
            // A `>=` target falls short of its threshold; a `<=` target is over it.
            let below = target.comparison == .atLeast || target.comparison == .greaterThan
            let word = below ? words.short : (language == .vi ? "vượt" : "over")
            let gap = language == .vi ? "\(word) \(gapNumber)" : "\(gapNumber) \(word)"
            let later = outcome.firstYearMet.map { ", \(words.metIn) \($0)" } ?? ""
            return "  " + style.bad("✗ " + words.missed.padding(to: width)) + " \(statement): \(actual), \(gap)\(later)"
                + reachNote(target, unit: unit, metLater: outcome.firstYearMet != nil)
        }
    }

    /// What `run` prints.
    func summary() -> String {
        let outcomes = result.targetOutcomes
        // A model with another time step (an imported XMILE model's dt) says how long its steps are.
        let stepText =
            result.trajectory.map { abs($0.timeStep - 1.0 / 12) > 1e-12 } == true
            ? "\(words.stepsOf) \(Format.plain(result.trajectory!.timeStep))" : words.monthlySteps
        var lines = ["\(words.ran) " + heading + ": \(result.steps) \(stepText)."]
        if outcomes.isEmpty {
            lines.append("  " + words.noTargets)
        } else {
            let met = outcomes.filter(\.met).count
            lines.append(
                language == .vi
                    ? "\(words.targets): \(words.met) \(met)/\(outcomes.count)."
                    : "\(words.targets): \(met) \(words.of) \(outcomes.count) \(words.met).")
            lines += targetLines()
        }
        let unjudged = result.scenario.unjudgedTargets
        if !unjudged.isEmpty {
            let horizon = "\(result.scenario.horizon.lowerBound)–\(result.scenario.horizon.upperBound)"
            lines.append("  \(words.notJudged) \(horizon): " + unjudged.map { "\($0.indicator) by \($0.year)" }.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `show` prints: indicators by year, with target cells marked.
    func table(indicators selected: [String]) -> String {
        let scenario = result.scenario
        let start = scenario.horizon.lowerBound, end = scenario.horizon.upperBound
        let first = scenario.envelope(in: start)
        var budgetLine = "\(words.budget): " + money(first) + " \(words.inYear) \(start)"
        if !scenario.budgetChanges.isEmpty {
            // Years in a row with the same envelope are one span: "40,000 bn VND in 2025–2026".
            var spans: [(text: String, years: ClosedRange<Int>)] = []
            for year in scenario.horizon {
                let text = money(scenario.envelope(in: year))
                if let last = spans.last, last.text == text {
                    spans[spans.count - 1].years = last.years.lowerBound...year
                } else {
                    spans.append((text, year...year))
                }
            }
            budgetLine =
                "\(words.budget): "
                + spans.map { span in
                    let years = span.years.count == 1 ? "\(span.years.lowerBound)" : "\(span.years.lowerBound)–\(span.years.upperBound)"
                    return "\(span.text) \(words.inYear) \(years)"
                }.joined(separator: ", ")
        } else if result.programmes.isEmpty {
            budgetLine = language.phrase("Spending: computed inside the model (it has no programmes)")
        } else if scenario.budget.growthPerYear != 0 {
            budgetLine +=
                ", \(words.growing) " + Format.percent(scenario.budget.growthPerYear) + " \(words.aYearTo) "
                + money(scenario.budget.amount(in: end, startYear: start)) + " \(words.inYear) \(end)"
        } else {
            budgetLine += " \(words.everyYearTo) \(end)"
        }
        var table = TextTable(
            [TextTable.Column(words.indicator), TextTable.Column(words.unit)]
                + result.years.map { TextTable.Column(String($0), .right) })
        let targets = scenario.targets
        var markedTargets = false
        let rows =
            selected.isEmpty
            ? Array(result.indicators.indices)
            : selected.compactMap { id in result.indicators.firstIndex { $0.id == id } }
        for i in rows {
            let indicator = result.indicators[i]
            var row: [TextTable.Cell] = [TextTable.Cell(language.label(of: indicator)), TextTable.Cell(language.label(of: indicator.unit))]
            for (y, year) in result.years.enumerated() {
                let value = result.indicatorValues[i][y]
                var text = Format.value(value, indicator.unit)
                if let target = targets.first(where: { $0.indicator == indicator.id && $0.year == year }) {
                    let met = indicator.meets(target, with: value)
                    markedTargets = true
                    text += met ? " ✓" : " ✗"
                    let style = style
                    row.append(TextTable.Cell(text, styled: { met ? style.good($0) : style.bad($0) }))
                } else {
                    row.append(TextTable.Cell(text))
                }
            }
            table.add(row)
        }
        if !scenario.delays.isEmpty {
            // A late programme spends each year's money later; what falls after the horizon is not spent in it.
            let vi = language == .vi
            let late = scenario.delays.sorted { $0.key < $1.key }.map { id, years in
                let name = language.label(ofProgramme: id, in: result.programmes)
                return vi ? "\(name) chậm \(years) năm" : "\(name) \(years) year\(years == 1 ? "" : "s") late"
            }
            let unspent = scenario.spentAfterHorizon
            budgetLine +=
                "\n"
                + (vi
                    ? "Chậm: " + late.joined(separator: ", ") + "; \(money(unspent)) dự kiến chi đến \(end) rơi sau \(end)"
                    : "Late: " + late.joined(separator: ", ") + "; \(money(unspent)) planned up to \(end) is spent after it")
        }
        var out = heading + "\n" + budgetLine + "\n\n" + table.render(style: style)
        if markedTargets {
            out += style.dim(words.legend) + "\n"
        }
        return out
    }
}
