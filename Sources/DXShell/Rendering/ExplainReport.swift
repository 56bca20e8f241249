import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders `explain`: an indicator's value and baseline, the equations it rests on with their
/// values in the year, the parameters and inputs they end in with their sources, and what moves
/// it most when each is raised by 10%.
struct ExplainReport: Report {
    let indicator: Indicator
    let year: Int
    /// The run it is explained in (every step kept).
    let result: RunResult
    /// What the indicator's variable rests on (`CompiledModel.dependencies`).
    let trace: (equations: [ModelVariable], leaves: [ModelVariable], truncated: Bool)
    /// Each input's effect when raised by 10% (`NudgeEffects`).
    let effects: [(input: NudgeEffects.Input, effect: Double)]
    /// Whether the model is the bundled one (MODEL.md describes its deeper equations).
    let bundled: Bool
    let model: DeclaredModel
    /// The model file's texts in the report's language.
    private var wording: ModelWording { ModelWording(model, in: language) }
    let presentation: Presentation

    /// When a flow's value is read: its last step of the year, named as the model's step is
    /// ("in the last month of 2030" for a monthly model, "during 2030" for a yearly one).
    func lastStepLabel(_ year: Int) -> String {
        let step = model.timeStep, vi = language == .vi
        if abs(step - 1.0 / 12) < 1e-9 { return vi ? "trong tháng cuối năm \(year)" : "in the last month of \(year)" }
        if abs(step - 0.25) < 1e-9 { return vi ? "trong quý cuối năm \(year)" : "in the last quarter of \(year)" }
        if step >= 1 - 1e-9 { return vi ? "trong năm \(year)" : "during \(year)" }
        let length = Format.plain(step)
        return vi ? "trong bước cuối (\(length) năm) của năm \(year)" : "in the last step (\(length) year) of \(year)"
    }

    func render() -> String {
        var lines: [String] = []
        lines.append(
            style.bold(language.label(of: indicator)) + " — "
                + (language == .vi ? indicator.vietnameseName : indicator.name + " (" + indicator.vietnameseName + ")"))
        let value = result.value(of: indicator.id, in: year) ?? .nan
        if language == .vi {
            lines.append(
                "  \(Format.quantity(value, indicator.unit)) năm \(year) trong kịch bản \(result.scenario.name); "
                    + "\(Format.quantity(indicator.baseline, indicator.unit)) năm \(model.baseYear)")
        } else {
            lines.append(
                "  \(Format.quantity(value, indicator.unit)) in \(year) in scenario \(result.scenario.name); "
                    + "\(Format.quantity(indicator.baseline, indicator.unit)) in \(model.baseYear)")
        }
        // "baseline assumption: …", or "baseline source: …".
        let baseline = indicator.baselineProvenance
        lines.append(style.dim("  " + (baseline.isAssumption ? t("baseline") + " " : t("baseline source: ")) + wording.provenance(baseline)))
        lines.append("")

        // The equations it rests on, from the indicator down to parameters and inputs.
        lines.append(style.bold(t("How it is computed")))
        // Stocks and auxiliaries at the end of the year; flows and inputs in its last month (at the
        // end itself they would already carry the next year's spending).
        let time = Double(year + 1)
        let lastStep = time - model.timeStep
        func atEnd(_ variable: ModelVariable) -> Bool { variable.kind == .stock || variable.kind == .aux || variable.kind == .param }
        func shownTime(_ variable: ModelVariable) -> Double { atEnd(variable) ? time : lastStep }
        let trajectory = result.trajectory
        for variable in trace.equations {
            let equation = variable.writtenEquation.map(ExpressionPrinter.print) ?? ""
            switch variable.kind {
            case .stock:
                let flows = variable.inflows.map { " + " + $0 } + variable.outflows.map { " − " + $0 }
                lines.append("  \(variable.name) [\(variable.unit)] \(t("accumulates"))" + flows.joined() + ", \(t("from "))\(equation)")
            default:
                lines.append("  \(variable.name) [\(variable.unit)] = \(equation)")
            }
            var note =
                trajectory?.value(variable.name, at: shownTime(variable)).map {
                    "\(TextLayout.short($0)) "
                        + (atEnd(variable) ? (language == .vi ? "cuối năm \(year)" : "at the end of \(year)") : lastStepLabel(year))
                } ?? ""
            if let documentation = variable.documentation { note += (note.isEmpty ? "" : " · ") + wording(documentation) }
            if !note.isEmpty { lines.append(style.dim("      " + note)) }
        }
        if trace.truncated {
            lines.append(
                style.dim(
                    "  "
                        + (bundled
                            ? t("… (deeper equations: see the model file, or MODEL.md)") : t("… (deeper equations: see the model file)"))))
        }
        lines.append("")

        lines.append(style.bold(t("Parameters and inputs it uses")))
        var inputs = TextTable([.init("  " + t("name")), .init(t("unit")), .init(t("value"), .right), .init(t("source"))])
        for variable in trace.leaves {
            // A time in years from 1000 on is a date (a policy's start), written as one: 2025-03-24, not 2,025.
            let isDate = variable.unit.description == "year"
            let shown =
                trajectory?.value(variable.name, at: shownTime(variable)).map { isDate && $0 >= 1000 ? ModelTime.date($0) : TextLayout.short($0) }
                ?? "–"
            let provenance =
                variable.provenance.map { wording.provenance($0, clippedTo: 70) } ?? (variable.kind == .input ? t("the scenario") : "–")
            inputs.add([
                TextTable.Cell("  " + variable.name), TextTable.Cell(wording.unit(variable.unit.description)),
                TextTable.Cell(shown), TextTable.Cell(provenance),
            ])
        }
        lines.append(inputs.render(style: style).trimmingTrailingNewline())
        lines.append("")

        // Sensitivity: each parameter and each programme's spending raised by 10%.
        lines.append(
            style.bold(t("What moves it most"))
                + (language == .vi
                    ? " (thay đổi năm \(year) khi tăng mỗi đầu vào thêm 10%, kịch bản \(result.scenario.name))"
                    : " (change in \(year) when each input is raised by 10%, in \(result.scenario.name))"))
        let effects = effects.map { input, effect in
            switch input {
            case .parameter(let id): (id, effect)
            case .spending(let programme): ("\(t("spending on")) \(language.label(ofProgramme: programme, in: model.programmes))", effect)
            }
        }
        let decimals = indicator.unit == .percent ? 3 : 5
        let visible = 0.5 * pow(10, -Double(decimals))
        let ranked = effects.filter { abs($0.1) >= visible }.sorted { abs($0.1) > abs($1.1) }.prefix(8)
        if ranked.isEmpty {
            lines.append(
                language == .vi
                    ? "  không đầu vào nào làm nó thay đổi rõ rệt năm \(year)"
                    : "  nothing it uses changes it visibly in \(year)")
        } else {
            let width = ranked.map(\.0.count).max() ?? 0
            for (name, effect) in ranked {
                let sign = effect > 0 ? "+" : "−"
                lines.append(
                    "  " + name.padding(to: width) + "  " + sign + Format.fixed(abs(effect), decimals)
                        + (indicator.unit == .percent ? (language == .vi ? " điểm" : " pp") : ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
