import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Renders an `optimise` result: the split found beside the scenario's, the targets it gains or
/// loses, the planner's conditions and whether they hold, and what kind of answer it is.
struct OptimiseReport: Report {
    let original: RunResult
    let optimised: RunResult
    let result: AllocationOptimiser.Result
    let objective: AllocationOptimiser.Objective
    let constraints: [AllocationOptimiser.Constraint]
    /// The budget cap, in bn VND a year, and the years it lowered.
    let cap: (amount: Double, years: [Int])?
    /// Whether the optimised scenario replaced an earlier one of the same name.
    let replaced: Bool
    let model: DeclaredModel
    let presentation: Presentation
    /// Where the model's absorption limits are described.
    let documentation: String

    func render() -> String {
        let a = original.scenario, b = optimised.scenario
        var lines: [String] = []
        let defined = style.bold(replaced ? t("Replaced {name}", ["name": b.name]) : t("Defined {name}", ["name": b.name]))
        switch objective {
        case .targets(let weights):
            let before = original.targetOutcomes.filter(\.met).count, after = optimised.targetOutcomes.filter(\.met).count
            let most = original.targetOutcomes.reduce(0) { $0 + (weights[$1.target.indicator] ?? 1) }
            lines.append(
                defined
                    + t(
                        ": the split of the budget of {scenario} that does best on its {count} targets ({before} met → {after} met; progress {from} → {to} of {most})",
                        [
                            "scenario": a.name, "count": String(original.targetOutcomes.count), "before": String(before), "after": String(after),
                            "from": Format.fixed(result.before, 2), "to": Format.fixed(result.after, 2), "most": Format.plain(most),
                        ]))
            if !weights.isEmpty {
                lines += TextLayout.wrap(
                    t("Weighted: {weights} (each other indicator's targets ×1).", ["weights": weightsText(weights)]), width: width)
            }
        case .indicator(let id, let year):
            let indicator = model.indicator(id)
            let unit = indicator?.unit ?? .percent
            let before = original.value(of: id, in: year) ?? .nan, after = optimised.value(of: id, in: year) ?? .nan
            lines.append(
                defined
                    + t(
                        ": the split of the budget of {scenario} that does best on {indicator} in {year}{lower} ({from} → {to})",
                        [
                            "scenario": a.name, "indicator": indicator.map { language.label(of: $0) } ?? id, "year": String(year),
                            "lower": indicator?.lowerIsBetter == true ? t(", where lower is better") : "",
                            "from": Self.precise(before, unit), "to": Self.precise(after, unit),
                        ]))
        }
        var table = TextTable([
            .init("  " + t("programme")), .init(a.name, .right), .init(b.name, .right),
            .init(t("change"), .right),
        ])
        for programme in model.programmes {
            let before = (a.allocation[programme.id] ?? 0) * 100, after = (b.allocation[programme.id] ?? 0) * 100
            let change = ((after - before) * 10).rounded() / 10
            table.add([
                TextTable.Cell("  " + language.label(ofProgramme: programme.id, in: model.programmes)), TextTable.Cell(Format.fixed(before, 1) + "%"),
                TextTable.Cell(Format.fixed(after, 1) + "%"),
                TextTable.Cell(change == 0 ? Format.fixed(0, 1) : (change > 0 ? "+" : "−") + Format.fixed(abs(change), 1)),
            ])
        }
        lines.append(table.render(style: style).trimmingTrailingNewline())
        let gained = TargetGrid([original, optimised])
        var changes: [String] = []
        for (target, marks) in zip(gained.targets, gained.marks) {
            let percent = model.indicator(target.indicator)?.unit == .percent ? "%" : ""
            let label =
                "\(language.label(ofIndicator: target.indicator, in: model.indicators)) \(target.comparison.rawValue) \(ScenarioPrinter.number(target.value))\(percent) "
                + t("by {year}", ["year": String(target.year)])
            switch (marks[0], marks[1]) {
            case (.missed, .met): changes.append("  " + t("now met: ") + label)
            case (.met, .missed): changes.append("  " + t("no longer met: ") + label)
            default: break
            }
        }
        lines += changes
        if !constraints.isEmpty {
            let held = constraints.map { constraint in
                let share = constraint.programmes.reduce(0) { $0 + (b.allocation[$1] ?? 0) }
                let bound: String
                switch constraint.bound {
                case .atLeast(let floor): bound = " >= " + AllocationOptimiser.percent(floor)
                case .atMost(let ceiling): bound = " <= " + AllocationOptimiser.percent(ceiling)
                case .fixed: bound = " " + t("fixed")
                }
                return constraint.name + bound + " (" + Format.fixed(share * 100, 1) + "%)"
            }
            let verdict = result.keepsConstraints ? t("Kept: ") : t("NOT all kept, the best split found breaks some: ")
            lines += TextLayout.wrap(verdict + held.joined(separator: ", ") + ".", width: width).map {
                result.keepsConstraints ? $0 : style.bad($0)
            }
        }
        if let cap {
            let amount = language.money(cap.amount)
            let line =
                cap.years.isEmpty
                ? t("Budget at most {amount} a year: no year of {scenario} spends more.", ["amount": amount, "scenario": a.name])
                : t(
                    "Budget at most {amount} a year: {years} capped ('in YEAR budget' lines in {name}).",
                    ["amount": amount, "years": cap.years.map(String.init).joined(separator: ", "), "name": b.name])
            lines += TextLayout.wrap(line, width: width)
        }
        lines += TextLayout.wrap(
            t(
                "Nelder–Mead over the shares, {runs} runs: the best split this local search found, not a proven optimum; budget, horizon, assumptions and policies as in {scenario}.",
                ["runs": Format.grouped(Int64(result.evaluations)), "scenario": a.name]), width: width
        ).map(style.dim)
        lines.append(style.dim(t("'compare {a} {b}' shows the results side by side.", ["a": a.name, "b": b.name])))
        lines += TextLayout.wrap(
            t(
                "Read the split as what this model rewards, not as advice (absorption limits and assumptions: {doc}).",
                ["doc": documentation]), width: width
        ).map(style.dim)
        // The heading, wrapped to the page like the rest.
        lines.replaceSubrange(0..<1, with: TextLayout.wrap(lines[0], width: width))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `digital-economy ×3, online-services ×2`, in the order of the model's indicators.
    func weightsText(_ weights: [String: Double]) -> String {
        model.indicators.compactMap { indicator in
            weights[indicator.id].map { language.label(of: indicator) + " ×" + Format.plain($0) }
        }.joined(separator: ", ")
    }

    /// A value with one more decimal than reports print, so small gains show.
    static func precise(_ value: Double, _ unit: IndicatorUnit) -> String {
        guard value.isFinite else { return "–" }
        return unit == .percent ? Format.fixed(value, 2) + "%" : Format.fixed(value, 4)
    }
}
