import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Renders `seek`: the targets each budget meets (`seek frontier`), the least budget that meets
/// them (`seek budget`) and the earliest year each target is met (`seek year`).
struct SeekReport: Report {
    let model: DeclaredModel
    let presentation: Presentation

    /// `seek frontier`: each budget with the targets it meets with the scenario's split and with the best found.
    func frontier(_ points: [BudgetFrontier.Point], of scenario: Scenario, named scenarioName: String, indicators: [String]) -> String {
        let first = scenario.horizon.lowerBound
        let count = scenario.targets.filter { indicators.isEmpty || indicators.contains($0.indicator) }.count
        var lines = TextLayout.wrap(
            style.bold(t("Targets met by each budget ({scenario})", ["scenario": scenarioName])) + ": "
                + t(
                    "its {count} targets, with its own split and with the best split found at that budget.",
                    ["count": String(count)]),
            width: width)
        var table = TextTable([
            .init("  " + t("budget in {year}", ["year": String(first)]), .right), .init("×", .right),
            .init(t("its split"), .right), .init(t("best split"), .right), .init(t("the best split adds")),
        ])
        for point in points {
            let added = point.metWithBest.filter { !point.metWithSplit.contains($0) }.map {
                language.label(ofIndicator: $0.indicator, in: model.indicators)
            }
            table.add([
                TextTable.Cell("  " + language.money(scenario.envelope(in: first) * point.factor)), TextTable.Cell(Format.plain(point.factor)),
                TextTable.Cell(t("{met} of {count}", ["met": String(point.metWithSplit.count), "count": String(count)])),
                TextTable.Cell(t("{met} of {count}", ["met": String(point.metWithBest.count), "count": String(count)])),
                TextTable.Cell(added.isEmpty ? "–" : added.joined(separator: ", ")),
            ])
        }
        lines.append(table.render(style: style).trimmingTrailingNewline())
        lines += TextLayout.wrap(
            t(
                "The best split at each budget is a local search's (as 'optimise'), not a proven optimum; 'optimise {scenario}' with a budget shows one. Nothing is defined.",
                ["scenario": scenarioName]), width: width
        ).map(style.dim)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `seek budget` when nothing is defined: no budget tried meets the targets, or no money is needed.
    func budgetNotDefined(_ result: BudgetSeek.Result, of scenario: Scenario, named scenarioName: String) -> String {
        let first = scenario.horizon.lowerBound, envelope = scenario.envelope(in: first)
        var lines: [String] = []
        if result.factor == nil {
            lines += TextLayout.wrap(
                t(
                    "No budget up to {times} times that of {scenario} ({most} in {year}) meets {sought} with its split. Still missed then: {missed}.",
                    [
                        "times": String(Int(BudgetSeek.maximumFactor)), "scenario": scenarioName,
                        "most": language.money(envelope * BudgetSeek.maximumFactor),
                        "year": String(first), "sought": sought(result, of: scenario),
                        "missed": result.missedAtMost.map(describe).joined(separator: ", "),
                    ]), width: width)
            lines += pointsTable(result, envelope: envelope, first: first)
            lines += TextLayout.wrap(
                t(
                    "'optimise {scenario}' may find a split that meets more; 'seek budget {scenario} for INDICATOR' seeks some targets only.",
                    ["scenario": scenarioName]), width: width
            ).map(style.dim)
        } else {
            lines += TextLayout.wrap(
                t(
                    "{scenario} meets {sought} with no money from its budget at all: what was built before {year} and the operators' own investment are enough in this model. Nothing is defined.",
                    ["scenario": scenarioName, "sought": sought(result, of: scenario), "year": String(first)]), width: width)
            lines += pointsTable(result, envelope: envelope, first: first)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `seek budget` when it defined a scenario with the least budget found (`amount` in its first year).
    func budgetDefined(
        _ result: BudgetSeek.Result, amount: Double, defined: RunResult, replaced: Bool, of scenario: Scenario, named scenarioName: String
    ) -> String {
        let first = scenario.horizon.lowerBound, envelope = scenario.envelope(in: first)
        let target = defined.scenario.name
        let allMet = defined.targetOutcomes.filter { result.targets.contains($0.target) }.allSatisfy(\.met)
        let times = amount / max(scenario.budget.amountPerYear, 1e-9)
        let definedName = style.bold(replaced ? t("Replaced {name}", ["name": target]) : t("Defined {name}", ["name": target]))
        let growing = scenario.budget.growthPerYear != 0 ? t(", growing as it does") : ""
        var lines = TextLayout.wrap(
            definedName
                + t(
                    ": {amount} a year in {year} (×{times} the budget of {scenario}{growing}) is the least budget that meets {sought}, to half a per cent.",
                    [
                        "amount": language.money(amount), "year": String(first), "times": Format.fixed(times, 2), "scenario": scenarioName,
                        "growing": growing, "sought": sought(result, of: scenario),
                    ])
                + (allMet ? "" : " " + t("Rounded, it misses some: see 'targets {name}'.", ["name": target])),
            width: width)
        lines += pointsTable(result, envelope: envelope, first: first)
        lines += TextLayout.wrap(
            t(
                "Doubling, then bisection, assuming more money never undoes a target (the lever tests check each programme); split, horizon, assumptions and policies as in {scenario}.",
                ["scenario": scenarioName]), width: width
        ).map(style.dim)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `seek year`: each target's first year with the plan continued, on time, late or not by the end.
    func years(_ answers: [TargetYearSeek.Answer], of scenario: Scenario, named scenarioName: String) -> String {
        let last = scenario.horizon.upperBound
        var lines = TextLayout.wrap(
            style.bold(t("The earliest year each target of {scenario} is met", ["scenario": scenarioName])) + ": "
                + (model.programmes.isEmpty
                    ? t("its plan continued to {until} as in {last}.", ["until": String(TargetYearSeek.until), "last": String(last)])
                    : t(
                        "its plan continued to {until} with the budget and split of {last} ({amount} a year).",
                        ["until": String(TargetYearSeek.until), "last": String(last), "amount": language.money(scenario.envelope(in: last))])),
            width: width)
        var table = TextTable([.init("  " + t("target")), .init(t("first met"), .right), .init("")])
        for answer in answers {
            let verdict: String
            if let year = answer.firstYear {
                let late = year - answer.target.year
                verdict = late <= 0 ? style.good(t("on time")) : style.bad(t("{years} years late", ["years": String(late)]))
            } else {
                verdict = style.bad(t("not by {year}", ["year": String(TargetYearSeek.until)]))
            }
            table.add([
                TextTable.Cell("  " + describe(answer.target)), TextTable.Cell(answer.firstYear.map(String.init) ?? "–"), TextTable.Cell(verdict),
            ])
        }
        lines.append(table.render(style: style).trimmingTrailingNewline())
        lines += TextLayout.wrap(
            t("The years after {last} are the plan kept as it ends, not a forecast of budgets to come.", ["last": String(last)]),
            width: width
        ).map(style.dim)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "its 9 targets" or "2 of its targets".
    private func sought(_ result: BudgetSeek.Result, of scenario: Scenario) -> String {
        result.targets.count == scenario.targets.count
            ? t("its {count} targets", ["count": String(result.targets.count)]) : t("{count} of its targets", ["count": String(result.targets.count)])
    }

    /// Every budget tried, in its first year, with the targets it meets.
    private func pointsTable(_ result: BudgetSeek.Result, envelope: Double, first: Int) -> [String] {
        var table = TextTable([
            .init("  " + t("budget in {year}", ["year": String(first)]), .right), .init("×", .right), .init(t("targets met"), .right),
        ])
        for point in result.points {
            table.add([
                TextTable.Cell("  " + language.money(envelope * point.factor)), TextTable.Cell(Format.fixed(point.factor, 3)),
                TextTable.Cell(t("{met} of {count}", ["met": String(point.met), "count": String(result.targets.count)])),
            ])
        }
        return [table.render(style: style).trimmingTrailingNewline()]
    }

    private func describe(_ target: Target) -> String {
        let percent = model.indicator(target.indicator)?.unit == .percent ? "%" : ""
        return "\(language.label(ofIndicator: target.indicator, in: model.indicators)) \(target.comparison.rawValue) "
            + "\(ScenarioPrinter.number(target.value))\(percent) "
            + t("by {year}", ["year": String(target.year)])
    }
}
