import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// The commands that look inside the model: `targets`, `assumptions` and `explain`.
extension Interpreter {
    func targets(_ name: Name?, source: SourceFile) throws(Diagnostic) {
        let result = try currentResult(name, for: "judge", source: source)
        let outcomes = result.targetOutcomes
        let heading = RunReport(result: result, style: style, language: language).heading
        guard !outcomes.isEmpty else {
            output.write(heading + ": no targets set.\n")
            return
        }
        let words = language.labels
        let vi = language == .vi
        // For each missed target: can any split of this budget meet it, and if not, what would.
        let reach = reachOfMissedTargets(result, deep: true)
        let anyMissed = outcomes.contains { !$0.met }
        var columns: [TextTable.Column] = [.init(words.target), .init(words.value, .right), .init(words.status), .init(words.gap, .right)]
        if anyMissed { columns.append(.init(vi ? "cần gì để đạt" : "what it would take")) }
        var table = TextTable(columns)
        for outcome in outcomes {
            let target = outcome.target
            let unit = model.indicator(target.indicator)?.unit ?? .percent
            let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
            let status: String
            if outcome.met {
                let from = language == .vi ? "từ" : "from"
                status = outcome.firstYearMet.map { $0 < target.year ? "\(words.met) (\(from) \($0))" : words.met } ?? words.met
            } else if let later = outcome.firstYearMet {
                status = "\(words.metLate) (\(later))"
            } else {
                status = words.missed
            }
            let points = language == .vi ? " " + words.points : " pp"
            let gap = outcome.met ? "–" : Format.value(outcome.gap, unit) + (unit == .percent ? points : "")
            let name = language.label(ofIndicator: target.indicator, in: model.indicators)
            var row = [
                TextTable.Cell("\(name) \(target.comparison.rawValue) \(threshold) \(words.by) \(target.year)"),
                TextTable.Cell(Format.quantity(outcome.actual, unit)),
                TextTable.Cell(status, styled: paint(outcome.met)), TextTable.Cell(gap),
            ]
            if anyMissed {
                let most = { (value: Double) in Format.quantity(value, unit) }
                let need: String
                switch reach[target] {
                case .reachable?:
                    need = vi ? "chia lại ngân sách ('optimise')" : "another split ('optimise')"
                case .outOfReach(let bound, .budget(let multiple))?:
                    need =
                        vi
                        ? "\(Format.fixed(multiple, 0))× ngân sách (nay tối đa \(most(bound)))"
                        : "\(Format.fixed(multiple, 0))× the budget (now at most \(most(bound)))"
                case .outOfReach(_, .beyondMoney(let atMost))?:
                    need = vi ? "hơn cả tiền (10×: tối đa \(most(atMost)))" : "more than money (10×: at most \(most(atMost)))"
                default:
                    need = ""
                }
                row.append(TextTable.Cell(need))
            }
            table.add(row)
        }
        let met = outcomes.filter(\.met).count
        let summary = language == .vi ? "\(met)/\(outcomes.count) \(words.targetsMet)" : "\(met) of \(outcomes.count) \(words.targetsMet)"
        var text = heading + ": \(summary).\n\n" + table.render(style: style)
        if anyMissed {
            text += style.dim(
                vi
                    ? "Giới hạn: mỗi chương trình nhận toàn bộ ngân sách cùng lúc; không cách chia nào vượt được (MODEL.md §16).\n"
                    : "The bound gives every programme the whole budget at once; no split of it does better (MODEL.md §16).\n")
        }
        output.write(text)
    }

    func assumptions(_ filter: Name?) {
        let word = filter.map { Folding.fold($0.text) }
        let parameters = model.parameters.filter { word == nil || $0.id.lowercased().contains(word!) }
        guard !parameters.isEmpty else {
            output.write(
                language == .vi
                    ? "Không có tham số nào có tên chứa '\(filter?.text ?? "")'.\n"
                    : "No parameter name contains '\(filter?.text ?? "")'.\n")
            return
        }
        var lines: [String] = []
        for (heading, group) in [
            (t("Labelled assumptions (no published value)"), parameters.filter { $0.provenance.isAssumption && !$0.isFitted }),
            (t("Fitted to what was observed ('calibrate'; MODEL.md §12)"), parameters.filter(\.isFitted)),
            (t("From published sources"), parameters.filter { !$0.provenance.isAssumption && !$0.isFitted }),
        ] where !group.isEmpty {
            lines.append(style.bold(heading))
            for parameter in group {
                var line = "  " + style.bold(parameter.id) + " = " + NumberText.plain(parameter.value) + " " + parameter.unit
                if let range = parameter.range {
                    line += "   \(t("range")) " + NumberText.plain(range.lowerBound) + "–" + NumberText.plain(range.upperBound)
                }
                lines.append(line)
                lines.append("      " + parameter.description)
                let provenance = parameter.provenance
                let text =
                    switch provenance {
                    case .source(let citation): t("source: ") + citation
                    case .assumption(let reason): t("assumption: ") + reason
                    }
                lines.append(style.dim("      " + text))
            }
            lines.append("")
        }
        let assumed = parameters.filter { $0.provenance.isAssumption && !$0.isFitted }.count
        let fitted = parameters.filter(\.isFitted).count
        if language == .vi {
            lines.append("\(parameters.count) tham số: \(assumed) giả định" + (fitted > 0 ? ", \(fitted) hiệu chỉnh." : "."))
        } else {
            lines.append(
                "\(parameters.count) parameter\(parameters.count == 1 ? "" : "s"): \(assumed) "
                    + (assumed == 1 ? "assumption" : "assumptions") + (fitted > 0 ? ", \(fitted) fitted." : "."))
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }

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
        let trace = Self.trace(variableName, in: compiled, limit: 14)
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
        if trace.truncated { lines.append(style.dim("  " + t("… (deeper equations: see the model file, or MODEL.md)"))) }
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
        var effects: [(String, Double)] = []
        let base = value
        let policyDates = Set(model.policies.map(\.parameter))
        for parameter in model.parameters
        where trace.leaves.contains(where: { $0.name == parameter.id })
            && parameter.value != 0 && !policyDates.contains(parameter.id)
        {
            let current = result.scenario.assumptions[parameter.id] ?? parameter.value
            if let changed = try? model.simulate(result.scenario, parameters: [parameter.id: current * 1.1]),
                let moved = changed.value(of: indicator.id, in: year)
            {
                effects.append((parameter.id, moved - base))
            }
        }
        for programme in model.programmes {
            var scenario = result.scenario
            scenario.allocation[programme.id] = (scenario.allocation[programme.id] ?? 0) * 1.1
            if let changed = try? model.simulate(scenario), let moved = changed.value(of: indicator.id, in: year) {
                effects.append(("\(t("spending on")) \(language.label(ofProgramme: programme.id, in: model.programmes))", moved - base))
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

    /// The equations reachable from a variable (breadth first), and the parameters and inputs they end in.
    static func trace(_ name: String, in model: CompiledModel, limit: Int)
        -> (equations: [ModelVariable], leaves: [ModelVariable], truncated: Bool)
    {
        var queue = [name]
        var seen: Set<String> = [name]
        var equations: [ModelVariable] = []
        var leaves: [ModelVariable] = []
        var truncated = false
        while !queue.isEmpty {
            let next = queue.removeFirst()
            guard let variable = model.variable(next) else { continue }
            if variable.kind == .param || variable.kind == .input {
                leaves.append(variable)
                continue
            }
            if equations.count >= limit {
                truncated = true
                continue
            }
            equations.append(variable)
            let references = (variable.writtenEquation?.references.map(\.text) ?? []) + variable.inflows + variable.outflows
            for reference in references where !seen.contains(reference) {
                seen.insert(reference)
                queue.append(reference)
            }
        }
        return (equations, leaves.sorted { $0.name < $1.name }, truncated)
    }

    /// A value in a few significant digits, for equation listings.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude >= 1000 { return Format.grouped(value) }
        if magnitude >= 1 { return NumberText.plain((value * 1000).rounded() / 1000) }
        return NumberText.plain((value * 100_000).rounded() / 100_000)
    }

    /// Long source texts cut to fit a table row.
    static func clip(_ text: String, to length: Int = 70) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func trimmingTrailingNewline() -> String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
