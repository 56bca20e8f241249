import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `explain INDICATOR [in YEAR]`: what an indicator is made of and what moves it.
package struct ExplainCommand: ShellCommand {
    package let indicator: Name
    package let year: YearLiteral?

    package static let word = "explain"
    package static let synonyms = ["giải-thích"]

    package static let help = HelpTopic(
        name: "explain", usage: "explain INDICATOR [in YEAR]",
        summary: "how the model computes an indicator, from what, and what moves it most",
        vietnamese: "mô hình tính một chỉ tiêu thế nào, từ những gì, và yếu tố nào tác động mạnh nhất",
        details: """
            Prints the indicator's equations in symbols and words, the parameters and inputs they use with
            units, values and sources, and a sensitivity ranking: how much the indicator changes in YEAR
            (the horizon's last year by default) when each input is raised by 10%, in the current scenario.
            """,
        vietnameseDetails: """
            In các phương trình của chỉ tiêu bằng ký hiệu và bằng lời, các tham số và đầu vào mà chúng dùng
            kèm đơn vị, giá trị và nguồn, và bảng xếp hạng độ nhạy: chỉ tiêu thay đổi bao nhiêu trong năm YEAR
            (mặc định là năm cuối của giai đoạn) khi từng đầu vào tăng 10%, trong kịch bản hiện tại.
            """,
        example: "explain fibre in 2030")

    package static func parse(_ parser: inout Parser) throws -> ExplainCommand {
        let indicator = try parser.expectName("an indicator name after 'explain', as in explain fibre")
        var year: YearLiteral?
        if parser.accept(word: "in") != nil || parser.accept(word: "by") != nil { year = try parser.expectYear("the year to explain") }
        return ExplainCommand(indicator: indicator, year: year)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.indicatorNames) }
        return words.count == 2 ? completer.candidates(["in"]) : []
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        try interpreter.explain(indicator, in: year, source: source)
    }
}

extension Interpreter {
    func explain(_ name: Name, in yearLiteral: YearLiteral?, source: SourceFile) throws(Diagnostic) {
        let indicator = try knownIndicator(name, source: source)
        guard let index = model.indicators.firstIndex(where: { $0.id == indicator.id }) else {
            throw .error(.semantic, "this model does not describe its equations", in: source, at: name.range)
        }
        let result = try currentResult(nil, for: "explain", source: source)
        let horizon = result.scenario.horizon
        let year = yearLiteral?.value ?? horizon.upperBound
        guard result.years.contains(year) else {
            throw .error(
                .outOfRange, .semantic, "\(year) is outside the run of '\(result.scenario.name)' (\(model.baseYear)–\(horizon.upperBound))",
                in: source, at: yearLiteral?.range ?? name.range)
        }
        let compiled = model.compiled
        let variableName = model.indicatorVariables[index]
        var lines: [String] = []
        lines.append(style.bold(language.label(of: indicator)) + " — " + indicator.name + " (" + indicator.vietnameseName + ")")
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
        let provenance =
            switch indicator.baselineProvenance {
            case .source(let citation): citation
            case .assumption(let reason): t("assumption: ") + reason
            }
        lines.append(style.dim("  " + t("baseline") + " " + provenance))
        lines.append("")

        // The equations it rests on, from the indicator down to parameters and inputs.
        lines.append(style.bold(t("How it is computed")))
        let trace = compiled.dependencies(of: variableName, limit: 14)
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
                    "\(Self.short($0)) "
                        + (language == .vi
                            ? (atEnd(variable) ? "cuối năm \(year)" : "tháng cuối năm \(year)")
                            : atEnd(variable) ? "at the end of \(year)" : "in the last month of \(year)")
                } ?? ""
            if let documentation = variable.documentation { note += (note.isEmpty ? "" : " · ") + documentation }
            if !note.isEmpty { lines.append(style.dim("      " + note)) }
        }
        if trace.truncated {
            lines.append(
                style.dim(
                    "  "
                        + (modelOrigin == nil
                            ? t("… (deeper equations: see the model file, or MODEL.md)") : t("… (deeper equations: see the model file)"))))
        }
        lines.append("")

        lines.append(style.bold(t("Parameters and inputs it uses")))
        var inputs = TextTable([.init("  " + t("name")), .init(t("unit")), .init(t("value"), .right), .init(t("source"))])
        for variable in trace.leaves {
            let shown = trajectory?.value(variable.name, at: shownTime(variable)).map(Self.short) ?? "–"
            let provenance: String =
                switch variable.provenance {
                case .source(let citation)?: Self.clip(citation)
                case .assumption(let reason)?: t("assumption: ") + Self.clip(reason)
                case nil: variable.kind == .input ? t("the scenario") : "–"
                }
            inputs.add([
                TextTable.Cell("  " + variable.name), TextTable.Cell(variable.unit.description),
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
        let effects = NudgeEffects.run(
            result.scenario, indicator: indicator.id, in: year, parameters: trace.leaves.map(\.name), base: value, model: model
        ).map { input, effect in
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
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
