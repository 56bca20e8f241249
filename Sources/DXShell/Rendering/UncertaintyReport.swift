import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Renders an `uncertainty` result: the bands of every indicator in the horizon's first and
/// last years beside the scenario's own run, the chance of meeting each target, and what was drawn.
struct UncertaintyReport: Report {
    let result: UncertaintyAnalysis.Result
    /// The scenario's own run, every parameter at its value.
    let own: RunResult
    let model: DeclaredModel
    let presentation: Presentation
    /// Where the method is described ("MODEL.md §13", or the model file for another model).
    let documentation: String

    func render() -> String {
        let scenario = result.scenario
        let first = scenario.horizon.lowerBound, last = scenario.horizon.upperBound
        let years = first == last ? [first] : [first, last]
        let runs = Format.grouped(Int64(result.samples))
        let title = language == .vi ? "Độ bất định của \(scenario.name)" : "Uncertainty of \(scenario.name)"
        let latin = result.sampling == .latinHypercube
        let what =
            switch (result.sampling, language) {
            case (.given, .vi): "\(runs) lần chạy, \(result.parameters.count) tham số lấy từ tệp mẫu"
            case (.given, .en): "\(runs) runs, \(result.parameters.count) parameters from the sample file"
            case (_, .vi):
                "\(runs) lần chạy, rút ngẫu nhiên \(result.parameters.count) tham số (hạt giống \(result.seed)\(latin ? ", siêu khối Latin" : ""))"
            case (_, .en):
                "\(runs) runs, \(result.parameters.count) uncertain parameters drawn (seed \(result.seed)\(latin ? ", Latin hypercube" : ""))"
            }
        // One line when it fits 80 columns, else the title on its own.
        var lines = [
            title.count + 2 + what.count <= width ? style.bold(title) + ": " + what : style.bold(title) + "\n" + what
        ]
        lines.append("")
        /// The bands of some years side by side (each year's three columns titled with the year when
        /// there are several).
        func table(_ shown: [Int]) -> String {
            var columns: [TextTable.Column] = [.init(t("indicator")), .init(t("unit"))]
            for year in shown {
                let prefix = shown.count > 1 ? "\(year) " : ""
                columns += [.init(prefix + t("run"), .right), .init(t("median"), .right), .init(t("90% of runs"), .right)]
            }
            var table = TextTable(columns)
            for indicator in result.indicators {
                var row = [TextTable.Cell(language.label(of: indicator)), TextTable.Cell(language.label(of: indicator.unit))]
                for year in shown {
                    let low = result.quantile(0.05, of: indicator.id, in: year) ?? .nan
                    let median = result.quantile(0.5, of: indicator.id, in: year) ?? .nan
                    let high = result.quantile(0.95, of: indicator.id, in: year) ?? .nan
                    row += [
                        TextTable.Cell(own.value(of: indicator.id, in: year).map { Format.value($0, indicator.unit) } ?? "–"),
                        TextTable.Cell(Format.value(median, indicator.unit)),
                        TextTable.Cell(Format.value(low, indicator.unit) + "–" + Format.value(high, indicator.unit)),
                    ]
                }
                table.add(row)
            }
            return table.render(style: style).trimmingTrailingNewline()
        }
        // Both years side by side when that fits a projector's 80 columns; otherwise one below the other.
        let sideBySide = table(years)
        if TextLayout.widestLine(sideBySide) <= width || years.count == 1 {
            lines.append(sideBySide)
        } else {
            for (index, year) in years.enumerated() {
                if index > 0 { lines.append("") }
                lines.append(style.bold(String(year)))
                lines.append(table([year]))
            }
        }
        if !result.targets.isEmpty {
            lines.append("")
            lines.append(style.bold(t("Chance of meeting each target")) + " " + t("(share of the runs in which it holds)"))
            var targets = TextTable([.init("  " + t("target")), .init(t("chance"), .right)])
            for (target, chance) in result.targets {
                let unit = model.indicator(target.indicator)?.unit ?? .percent
                let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
                let percent = Format.fixed(chance * 100, 0) + "%"
                targets.add([
                    TextTable.Cell(
                        "  \(language.label(ofIndicator: target.indicator, in: model.indicators)) "
                            + "\(target.comparison.rawValue) \(threshold) \(language.labels.by) \(target.year)"),
                    TextTable.Cell(percent, styled: chance >= 0.9 ? { self.style.good($0) } : chance <= 0.1 ? { self.style.bad($0) } : { $0 }),
                ])
            }
            lines.append(targets.render(style: style).trimmingTrailingNewline())
        }
        let notes =
            result.sampling == .given
            ? [
                t("'run' is the scenario's own run, every parameter at its value; the median of the draws can differ from it."),
                t("90% of runs fall in the range shown (5th to 95th percentile). Each run takes one row of the file;"),
                t("the parameters it does not name keep their values, and the budget's shares it gives are scaled to add up to 100%."),
            ]
            : [
                t("'run' is the scenario's own run, every parameter at its value; the median of the draws can differ from it."),
                t("90% of runs fall in the range shown (5th to 95th percentile). Drawn: the fitted parameters together,"),
                t("as the observations leave them open, and every other with a range, except those the scenario assumes;"),
                t("the budget's shares still add up to 100%. 'assumptions' lists them; {doc} says how.", ["doc": documentation]),
            ]
        lines += TextLayout.wrap(notes.joined(separator: " "), width: width).map { style.dim($0) }
        return lines.joined(separator: "\n") + "\n"
    }
}
