import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Renders a scenario's inputs after inheritance (`ScenarioInputs`): `show scenario NAME` writes
/// them as a scenario file would, each inherited line marked with where it comes from; `diff A B`
/// lists the inputs that differ between two scenarios.
struct ScenarioInputsReport: Report {
    let model: DeclaredModel
    let workspace: Workspace
    let presentation: Presentation

    /// `show scenario NAME`.
    func show(_ scenario: String) -> String {
        guard let definition = workspace.definition(scenario) else { return "" }
        var header = "scenario \(scenario)"
        if let parent = definition.decl.parent { header += " from \(parent.text)" }
        if let title = definition.decl.title { header += " " + VisibleText.escaped(ScenarioPrinter.quote(title.value)) }
        var lines: [(String, String)] = [(header, "")]
        let inputs = ScenarioInputs.of(scenario, in: workspace, model: model)
        for input in inputs where input.key == .horizon || input.key == .budget {
            lines.append(("  " + input.text, origin(input, leaf: scenario)))
        }
        let shares = inputs.filter { if case .share = $0.key { true } else { false } }
        if !shares.isEmpty {
            lines.append(("  allocate", ""))
            for share in shares { lines.append(("    " + share.text, origin(share, leaf: scenario))) }
            lines.append(("  end", ""))
        }
        var openBlock: String?
        for input in inputs where input.key.isYearly {
            if case .yearShare(let span, _) = input.key {
                if openBlock != span {
                    if openBlock != nil { lines.append(("  end", "")) }
                    lines.append(("  \(span) allocate", ""))
                    openBlock = span
                }
                lines.append(("    " + input.text, origin(input, leaf: scenario)))
            } else {
                if openBlock != nil {
                    lines.append(("  end", ""))
                    openBlock = nil
                }
                lines.append(("  " + input.text, origin(input, leaf: scenario)))
            }
        }
        if openBlock != nil { lines.append(("  end", "")) }
        for other in inputs {
            switch other.key {
            case .shift, .delay, .target, .officialTargets, .assume, .policy, .normalize:
                lines.append(("  " + other.text, origin(other, leaf: scenario)))
            case .horizon, .budget, .share, .yearBudget, .yearShare: continue
            }
        }
        lines.append(("end", ""))
        let width = lines.map(\.0.count).max() ?? 0
        var text =
            lines.map { line, note in
                note.isEmpty ? line : line + String(repeating: " ", count: width - line.count + 2) + style.dim("# " + note)
            }.joined(separator: "\n") + "\n"
        if case .failure(let problem) = ScenarioResolver(model: model).resolve(scenario, in: workspace) {
            let message = (language == .vi ? ErrorPhrasebook.translation.translate(problem.message) : nil) ?? problem.message
            text += style.bad(t("This scenario cannot run yet: ") + message) + "\n"
        }
        return text
    }

    /// `diff A B`: the inputs that differ, each with where it comes from.
    func diff(_ a: String, _ b: String) -> String {
        let leftInputs = ScenarioInputs.of(a, in: workspace, model: model), rightInputs = ScenarioInputs.of(b, in: workspace, model: model)
        let left = Dictionary(uniqueKeysWithValues: leftInputs.map { ($0.key, $0) })
        let right = Dictionary(uniqueKeysWithValues: rightInputs.map { ($0.key, $0) })
        var seen: Set<InputKey> = []
        var table = TextTable([.init(t("input")), .init(a), .init(b)])
        var differences = 0
        for key in (leftInputs + rightInputs).map(\.key) where seen.insert(key).inserted {
            let x = left[key], y = right[key]
            /// The value an input has in a scenario, as `diff` prints it; the model's own when the scenario sets none.
            func shown(_ input: ResolvedInput?) -> String { input?.value ?? modelDefault(for: key) ?? "–" }
            // Inputs that come to the same value (an assumption equal to the model's own) do not differ.
            guard shown(x) != shown(y) else { continue }
            differences += 1
            func cell(_ input: ResolvedInput?, _ leaf: String) -> TextTable.Cell {
                guard let input else { return TextTable.Cell(modelDefault(for: key).map { $0 + "  " + t("(the model's)") } ?? "–") }
                let note = origin(input, leaf: leaf)
                return TextTable.Cell(shown(input) + (note.isEmpty ? "" : "  (\(note))"))
            }
            table.add([TextTable.Cell(key.label), cell(x, a), cell(y, b)])
        }
        guard differences > 0 else { return t("'{a}' and '{b}' have the same inputs.", ["a": a, "b": b]) + "\n" }
        let summary =
            differences == 1
            ? t("1 input differs; a share not listed is 0%.") : t("{count} inputs differ; a share not listed is 0%.", ["count": String(differences)])
        return table.render(style: style) + style.dim(summary) + "\n"
    }

    /// What an input is when no scenario sets it: the model's own value for assumptions and
    /// policies (nil for other inputs, which have none).
    private func modelDefault(for key: InputKey) -> String? {
        if case .assume(let id) = key, let parameter = model.parameters.first(where: { $0.id == id }) {
            return NumberText.plain(parameter.value)
        }
        if case .policy(let name) = key, let policy = model.policies.first(where: { $0.name == name }) {
            return "on from " + ModelTime.date(policy.start)
        }
        return nil
    }

    /// Where an inherited input comes from ("from baseline (baseline.plan:3)"); empty for the scenario's own.
    private func origin(_ input: ResolvedInput, leaf: String) -> String {
        guard input.from.name != leaf else { return "" }
        let place = input.from.source.name.map { " (\($0):\(input.range.start.line))" } ?? ""
        return t("from {scenario}", ["scenario": input.from.name]) + place
    }
}
