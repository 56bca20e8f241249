import DXLanguage
import DXSource
import DXModel

/// Renders a run: the short summary `run` prints and the indicator table `show` prints.
struct RunReport {
    let result: RunResult
    let style: Style

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
            let statement = "\(target.indicator) \(target.comparison.rawValue) \(threshold) by \(target.year)"
            let actual = Format.quantity(outcome.actual, unit)
            if outcome.met {
                let since = outcome.firstYearMet.map {
                    $0 == result.years.first ? " (already met in \($0))" : $0 < target.year ? " (met from \($0))" : ""
                } ?? ""
                return "  " + style.good("✓ met   ") + " \(statement): \(actual)\(since)"
            }
            let gap = unit == .percent ? Format.fixed(outcome.gap, 1) + " points" : Format.fixed(outcome.gap, 3)
            let later = outcome.firstYearMet.map { ", met in \($0)" } ?? ""
            return "  " + style.bad("✗ missed") + " \(statement): \(actual), \(gap) short\(later)"
        }
    }

    /// What `run` prints.
    func summary() -> String {
        let outcomes = result.targetOutcomes
        var lines = ["Ran " + heading + ": \(result.steps) monthly steps."]
        if outcomes.isEmpty {
            lines.append("  No targets set. Type 'show' for the indicators.")
        } else {
            let met = outcomes.filter(\.met).count
            lines.append("Targets: \(met) of \(outcomes.count) met.")
            lines += targetLines()
        }
        let unjudged = result.scenario.unjudgedTargets
        if !unjudged.isEmpty {
            let horizon = "\(result.scenario.horizon.lowerBound)–\(result.scenario.horizon.upperBound)"
            lines.append("  Not judged, outside \(horizon): " + unjudged.map { "\($0.indicator) by \($0.year)" }.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What `show` prints: indicators by year, with target cells marked.
    func table(indicators selected: [String]) -> String {
        let scenario = result.scenario
        let start = scenario.horizon.lowerBound, end = scenario.horizon.upperBound
        let first = scenario.budget.amount(in: start, startYear: start)
        var budgetLine = "Budget: " + Format.money(first) + " in \(start)"
        if scenario.budget.growthPerYear != 0 {
            budgetLine += ", growing " + Format.percent(scenario.budget.growthPerYear) + " a year to "
                + Format.money(scenario.budget.amount(in: end, startYear: start)) + " in \(end)"
        } else {
            budgetLine += " and every year to \(end)"
        }
        var table = TextTable(
            [TextTable.Column("indicator"), TextTable.Column("unit")]
                + result.years.map { TextTable.Column(String($0), .right) })
        let targets = scenario.targets
        var markedTargets = false
        let rows = selected.isEmpty ? Array(result.indicators.indices)
            : selected.compactMap { id in result.indicators.firstIndex { $0.id == id } }
        for i in rows {
            let indicator = result.indicators[i]
            var row: [TextTable.Cell] = [TextTable.Cell(indicator.id), TextTable.Cell(indicator.unit.rawValue)]
            for (y, year) in result.years.enumerated() {
                let value = result.indicatorValues[i][y]
                var text = Format.value(value, indicator.unit)
                if let target = targets.first(where: { $0.indicator == indicator.id && $0.year == year }) {
                    let met = target.comparison.holds(value, target.value, tolerance: indicator.unit.tolerance)
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
        var out = heading + "\n" + budgetLine + "\n\n" + table.render(style: style)
        if markedTargets {
            out += style.dim("✓ target met, ✗ target missed, in the target's year; 'run' lists the gaps.") + "\n"
        }
        return out
    }
}
