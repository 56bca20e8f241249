import DXLanguage
import DXModel
import DXSource
import Foundation

/// `show scenario NAME` and `diff A B`: a scenario's inputs after inheritance, and where each comes from.
extension Interpreter {
    /// One resolved input: its canonical text and the scenario (and place) that set it.
    struct InputOrigin {
        let key: String
        let text: String
        let from: ScenarioDefinition
        let range: SourceRange
    }

    /// The inputs of a scenario after inheritance, in canonical order: horizon, budget, shares, targets.
    func resolvedInputs(of name: String) -> [InputOrigin] {
        var inputs: [String: InputOrigin] = [:]
        var firstSet: [String: Int] = [:]
        var shareValues: [String: Double] = [:]
        for definition in workspace.lineage(of: name) {
            for item in definition.decl.items {
                switch item {
                case .horizon(let horizon):
                    inputs["horizon"] = InputOrigin(key: "horizon", text: "horizon \(horizon.from.value) to \(horizon.to.value)",
                                                    from: definition, range: horizon.range)
                case .budget(let budget):
                    var text = "budget \(ScenarioPrinter.number(budget.amount.value)) \(budget.scale.rawValue) VND per year"
                    if let growth = budget.growth { text += " growing \(ScenarioPrinter.number(growth.value))% per year" }
                    inputs["budget"] = InputOrigin(key: "budget", text: text, from: definition, range: budget.range)
                case .allocate(let allocate):
                    for entry in allocate.entries {
                        shareValues[entry.programme.text] = entry.share.value
                        let key = "share " + entry.programme.text
                        inputs[key] = InputOrigin(key: key, text: "\(entry.programme.text) \(ScenarioPrinter.number(entry.share.value))%",
                                                  from: definition, range: entry.range)
                    }
                case .target(let target):
                    let key = "target \(target.indicator.text) \(target.year.value)"
                    let value = ScenarioPrinter.number(target.value.value) + (target.value.isPercent ? "%" : "")
                    firstSet[key] = firstSet[key] ?? firstSet.count
                    inputs[key] = InputOrigin(
                        key: key, text: "target \(target.indicator.text) \(target.comparison.rawValue) \(value) by \(target.year.value)",
                        from: definition, range: target.range)
                case .assume(let assume):
                    let key = "assume " + assume.parameter.text
                    let value = ScenarioPrinter.number(assume.value.value) + (assume.value.isPercent ? "%" : "")
                    inputs[key] = InputOrigin(key: key, text: "assume \(assume.parameter.text) = \(value)",
                                              from: definition, range: assume.range)
                case .shift(let shift):
                    let key = "shift \(shift.from.text) \(shift.to.text) \(shift.range.start.offset) \(definition.name)"
                    inputs[key] = InputOrigin(key: key, text: "shift \(ScenarioPrinter.number(shift.amount.value))% from \(shift.from.text) to \(shift.to.text)",
                                              from: definition, range: shift.range)
                    // The shares after the shift, as 'show scenario' and 'diff' should see them.
                    for (programme, change) in [(shift.from.text, -shift.amount.value), (shift.to.text, shift.amount.value)] {
                        let value = (shareValues[programme] ?? 0) + change
                        shareValues[programme] = value
                        inputs["share " + programme] = InputOrigin(
                            key: "share " + programme, text: "\(programme) \(ScenarioPrinter.number((value * 1e6).rounded() / 1e6))%",
                            from: definition, range: shift.range)
                    }
                case .normalize(let range):
                    inputs["normalize"] = InputOrigin(key: "normalize", text: "normalize", from: definition, range: range)
                case .yearBudget(let span, let budget):
                    let key = "\(span.text) budget"
                    var text = "\(span.text) budget \(ScenarioPrinter.number(budget.amount.value)) \(budget.scale.rawValue) VND per year"
                    if let growth = budget.growth { text += " growing \(ScenarioPrinter.number(growth.value))% per year" }
                    firstSet[key] = firstSet[key] ?? firstSet.count
                    inputs[key] = InputOrigin(key: key, text: text, from: definition, range: span.range.through(budget.range))
                case .yearAllocate(let span, let allocate):
                    for entry in allocate.entries {
                        let key = "\(span.text) share \(entry.programme.text)"
                        firstSet[key] = firstSet[key] ?? firstSet.count
                        inputs[key] = InputOrigin(key: key, text: "\(span.text): \(entry.programme.text) \(ScenarioPrinter.number(entry.share.value))%",
                                                  from: definition, range: entry.range)
                    }
                case .policy(let policy):
                    let key = "policy " + policy.name.text
                    inputs[key] = InputOrigin(key: key, text: "policy \(policy.name.text) " + (policy.from.map { "on from " + $0.text } ?? "off"),
                                              from: definition, range: policy.range)
                }
            }
        }
        let programmeOrder = model.programmes.map { "share " + $0.id }
        func rank(_ key: String) -> (Int, Int, String) {
            if key == "horizon" { return (0, 0, key) }
            if key == "budget" { return (1, 0, key) }
            if let index = programmeOrder.firstIndex(of: key) { return (2, index, key) }
            if key.hasPrefix("share ") { return (2, programmeOrder.count, key) }
            if key.hasPrefix("in ") || key.hasPrefix("from ") { return (3, firstSet[key] ?? 0, key) }
            if key.hasPrefix("target ") { return (4, firstSet[key] ?? 0, key) }
            return (5, 0, key)
        }
        // Shifts are already in the shares they moved.
        return inputs.values.filter { !$0.key.hasPrefix("shift ") }.sorted { rank($0.key) < rank($1.key) }
    }

    /// What an input is when no scenario sets it: the model's own value for assumptions and policies.
    private func modelDefault(for key: String) -> String {
        if key.hasPrefix("assume "), let parameter = model.parameters.first(where: { $0.id == key.dropFirst(7) }) {
            return NumberText.plain(parameter.value) + "  (the model's)"
        }
        if key.hasPrefix("policy "), let policy = model.policies.first(where: { $0.name == key.dropFirst(7) }) {
            return "on from " + Self.date(policy.start) + "  (the model's)"
        }
        return "–"
    }

    /// A model time as a date: 2025.75 → 2025-10-01.
    static func date(_ time: Double) -> String {
        let year = Int(time.rounded(.down))
        let month = Int(((time - Double(year)) * 12).rounded(.down)) + 1
        let day = Int(((time - Double(year)) * 12 - Double(month - 1)) * 30.5) + 1
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    private func knownScenario(_ name: Name, source: SourceFile) throws(Diagnostic) -> String {
        try scenarioName(name, for: "show", source: source)
    }

    private func origin(_ input: InputOrigin, leaf: String) -> String {
        guard input.from.name != leaf else { return "" }
        let place = input.from.source.name.map { " (\($0):\(input.range.start.line))" } ?? ""
        return "from \(input.from.name)\(place)"
    }

    func showScenario(_ name: Name, source: SourceFile) throws(Diagnostic) {
        let scenario = try knownScenario(name, source: source)
        let definition = workspace.definition(scenario)!
        var header = "scenario \(scenario)"
        if let parent = definition.decl.parent { header += " from \(parent.text)" }
        if let title = definition.decl.title { header += " " + ScenarioPrinter.quote(title.value) }
        var lines: [(String, String)] = [(header, "")]
        let inputs = resolvedInputs(of: scenario)
        for input in inputs where input.key == "horizon" || input.key == "budget" {
            lines.append(("  " + input.text, origin(input, leaf: scenario)))
        }
        let shares = inputs.filter { $0.key.hasPrefix("share ") }
        if !shares.isEmpty {
            lines.append(("  allocate", ""))
            for share in shares { lines.append(("    " + share.text, origin(share, leaf: scenario))) }
            lines.append(("  end", ""))
        }
        for other in inputs where other.key.hasPrefix("target ") || other.key.hasPrefix("assume ") || other.key.hasPrefix("policy ")
            || other.key == "normalize" || other.key.hasPrefix("in ") || other.key.hasPrefix("from ") {
            lines.append(("  " + other.text, origin(other, leaf: scenario)))
        }
        lines.append(("end", ""))
        let width = lines.map(\.0.count).max() ?? 0
        let text = lines.map { line, note in
            note.isEmpty ? line : line + String(repeating: " ", count: width - line.count + 2) + style.dim("# " + note)
        }
        output.write(text.joined(separator: "\n") + "\n")
        if case .failure(let problem) = ScenarioResolver(model: model).resolve(scenario, in: workspace) {
            output.write(style.bad("This scenario cannot run yet: " + problem.message) + "\n")
        }
    }

    func diff(_ first: Name, _ second: Name, source: SourceFile) throws(Diagnostic) {
        let a = try knownScenario(first, source: source), b = try knownScenario(second, source: source)
        let left = Dictionary(uniqueKeysWithValues: resolvedInputs(of: a).map { ($0.key, $0) })
        let right = Dictionary(uniqueKeysWithValues: resolvedInputs(of: b).map { ($0.key, $0) })
        let order = (resolvedInputs(of: a) + resolvedInputs(of: b)).map(\.key)
        var seen: Set<String> = []
        var table = TextTable([.init("input"), .init(a), .init(b)])
        var differences = 0
        for key in order where seen.insert(key).inserted {
            let x = left[key], y = right[key]
            guard x?.text != y?.text else { continue }
            differences += 1
            func cell(_ input: InputOrigin?, _ leaf: String) -> TextTable.Cell {
                guard let input else { return TextTable.Cell(modelDefault(for: key)) }
                let value = input.key.hasPrefix("share ") ? String(input.text.split(separator: " ").last!)
                    : input.key.hasPrefix("target ") ? input.text.replacingOccurrences(of: "target ", with: "")
                    : input.key.hasPrefix("assume ") ? input.text.replacingOccurrences(of: input.key + " = ", with: "")
                    : input.text.replacingOccurrences(of: input.key + " ", with: "")
                let note = origin(input, leaf: leaf)
                return TextTable.Cell(value + (note.isEmpty ? "" : "  (\(note))"))
            }
            let label = key.hasPrefix("target ") ? "target" : key
            table.add([TextTable.Cell(label), cell(x, a), cell(y, b)])
        }
        if differences == 0 {
            output.write("'\(a)' and '\(b)' have the same inputs.\n")
            return
        }
        output.write(table.render(style: style) + style.dim(differences == 1 ? "1 input differs; a share not listed is 0%." : "\(differences) inputs differ; a share not listed is 0%.") + "\n")
    }
}
