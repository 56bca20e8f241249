import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Renders `compare`: what each scenario spends, every indicator in one year side by side (with
/// the difference when there are two), and every target any of them sets, judged in each.
struct CompareReport: Report {
    let results: [RunResult]
    let year: Int
    let model: DeclaredModel
    let presentation: Presentation

    func render() -> String {
        let style = style
        let vi = language == .vi
        var lines: [String] = []
        // What each spends over its horizon.
        for result in results {
            let scenario = result.scenario
            let total = scenario.horizon.reduce(0.0) { $0 + scenario.envelope(in: $1) }
            let money = Format.money(total)
            let title = scenario.title.map { " — " + $0 } ?? ""
            let late = scenario.spentAfterHorizon
            let lateText =
                late > 0
                ? (vi
                    ? ", trong đó \(Format.money(late).replacingOccurrences(of: "bn VND", with: "tỷ đồng")) chi sau \(scenario.horizon.upperBound) (chương trình chậm)"
                    : ", of which \(Format.money(late)) is spent after \(scenario.horizon.upperBound) (late programmes)")
                : ""
            if result.programmes.isEmpty {
                lines.append(style.bold(scenario.name) + title + ": " + t("spending computed inside the model"))
                continue
            }
            lines.append(
                style.bold(scenario.name) + title + ": "
                    + (vi
                        ? "\(money.replacingOccurrences(of: "bn VND", with: "tỷ đồng")) trong \(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound)"
                        : "\(money) over \(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound)") + lateText)
        }
        lines.append("")

        // Every indicator in the year; with two scenarios, the difference too.
        var columns: [TextTable.Column] = [.init(t("indicator")), .init(t("unit"))]
        columns += results.map { TextTable.Column($0.scenario.name, .right) }
        let two = results.count == 2
        if two { columns.append(.init("\(results[1].scenario.name) − \(results[0].scenario.name)", .right)) }
        var table = TextTable(columns)
        for indicator in model.indicators {
            let values = results.map { $0.value(of: indicator.id, in: year) ?? .nan }
            var row = [TextTable.Cell(language.label(of: indicator)), TextTable.Cell(language.label(of: indicator.unit))]
            row += values.map { TextTable.Cell(Format.value($0, indicator.unit)) }
            if two, values.allSatisfy(\.isFinite) {
                // The difference of the values as printed, so that the columns add up when read.
                let decimals = indicator.unit == .percent ? 1 : 3
                let scale = indicator.unit == .percent ? 10.0 : 1000.0
                let change = ((values[1] * scale).rounded() - (values[0] * scale).rounded()) / scale
                let digits = Format.fixed(abs(change), decimals)
                // Read from the number, not the text: `0,0` (Vietnamese) does not read back as a number.
                let sign = change == 0 ? "" : change > 0 ? "+" : "−"
                row.append(TextTable.Cell(sign + digits + (indicator.unit == .percent ? t(" pp") : "")))
            } else if two {
                row.append(TextTable.Cell("–"))
            }
            table.add(row)
        }
        lines.append(style.bold(vi ? "Kết quả năm \(year)" : "Results in \(year)"))
        lines.append(table.render(style: style).trimmingTrailingNewline())

        // Every target any of them sets, judged in each scenario that sets it.
        let grid = TargetGrid(results)
        if !grid.targets.isEmpty {
            lines.append("")
            lines.append(style.bold(t("Targets")) + t(" (✓ met, ✗ missed, – not set by the scenario, outside: not in its horizon)"))
            var targetTable = TextTable([.init("  " + t("target"))] + results.map { TextTable.Column($0.scenario.name, .right) })
            for (target, marks) in zip(grid.targets, grid.marks) {
                let unit = model.indicator(target.indicator)?.unit ?? .percent
                let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
                var row = [
                    TextTable.Cell(
                        "  \(language.label(ofIndicator: target.indicator, in: model.indicators)) "
                            + "\(target.comparison.rawValue) \(threshold) \(language.labels.by) \(target.year)")
                ]
                for mark in marks {
                    switch mark {
                    case .met(let value): row.append(TextTable.Cell("✓ " + Format.quantity(value, unit), styled: { style.good($0) }))
                    case .missed(let value): row.append(TextTable.Cell("✗ " + Format.quantity(value, unit), styled: { style.bad($0) }))
                    case .notSet: row.append(TextTable.Cell("–"))
                    case .outside: row.append(TextTable.Cell(t("outside")))
                    }
                }
                targetTable.add(row)
            }
            lines.append(targetTable.render(style: style).trimmingTrailingNewline())
            let counts = results.map { result in
                let outcomes = result.targetOutcomes
                return "\(result.scenario.name) \(outcomes.filter(\.met).count)/\(outcomes.count)"
            }
            lines.append(t("Targets met: ") + counts.joined(separator: ", ") + ".")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
