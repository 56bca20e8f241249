import DXLanguage
import DXModel
import DXScenario
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

    /// A share for display: at most two decimals.
    private static func share(_ percent: Double) -> String {
        ScenarioPrinter.number((percent * 100).rounded() / 100) + "%"
    }

    private static func budgetText(_ budget: BudgetItem) -> String {
        var text = "budget \(ScenarioPrinter.number(budget.billions)) bn \(budget.currency.rawValue) per year"
        if let growth = budget.growth, growth.value != 0 { text += " growing \(ScenarioPrinter.number(growth.value))% per year" }
        return text
    }

    /// The inputs of a scenario after inheritance, in canonical order: horizon, budget, shares,
    /// year-by-year lines, targets, assumptions and policies. Names are the model's own (a
    /// Vietnamese name or a pillar becomes the programmes it stands for), money is in bn VND, and
    /// shares are the values the run uses (after pillars, shifts and normalize).
    func resolvedInputs(of name: String) -> [InputOrigin] {
        var inputs: [String: InputOrigin] = [:]
        var firstSet: [String: Int] = [:]
        let resolver = ScenarioResolver(model: model)
        func set(_ key: String, _ text: String, _ definition: ScenarioDefinition, _ range: SourceRange) {
            firstSet[key] = firstSet[key] ?? firstSet.count
            inputs[key] = InputOrigin(key: key, text: text, from: definition, range: range)
        }
        let resolved = try? resolver.resolve(name, in: workspace).get()
        let envelopes = resolver.envelopes(of: name, in: workspace)
        // Shares written as amounts stay amounts: the money they stand for in the block's first year.
        // (the year, and the currency it was written in), keyed like the inputs.
        var amountYears: [String: (year: Int, currency: Currency)] = [:]
        let usdRate = resolver.usdRate(workspace.lineage(of: name))
        func shareText(_ id: String, _ value: Double, key: String) -> String {
            if let (year, currency) = amountYears[key], let envelope = envelopes?.envelope(in: year) {
                let amount = value * envelope / (currency == .usd ? usdRate : 1)
                // Six decimals: a pillar split into amounts must still add up when the text is read back.
                return "\(id) \(ScenarioPrinter.number((amount * 1e6).rounded() / 1e6)) bn \(currency.rawValue)"
            }
            return "\(id) \(Self.share(value * 100))"
        }
        func shares(_ allocate: AllocateItem, _ definition: ScenarioDefinition, prefix: String, year: Int?) {
            let first = year ?? envelopes?.horizon.lowerBound
            let envelope = first.flatMap { envelopes?.envelope(in: $0) }
            guard
                case .success(let split) = resolver.programmeShares(
                    allocate, source: definition.source, envelope: envelope, usdRate: usdRate)
            else {
                // A block that does not resolve (a pillar overdrawn) is shown as written.
                for entry in allocate.entries {
                    let unit = entry.scale.map { " \($0.rawValue) \(entry.currency.rawValue)" } ?? "%"
                    set(
                        prefix + "share " + entry.programme.text,
                        "\(entry.programme.text) \(ScenarioPrinter.number(entry.share.value))\(unit)", definition, entry.range)
                }
                return
            }
            for (id, value, entry) in split {
                let key = prefix + "share " + id
                amountYears[key] = entry.scale == nil ? nil : first.map { ($0, entry.currency) }
                if envelope == nil, let scale = entry.scale, Pillar.named(entry.programme.text) == nil {
                    // No envelope to measure against (no budget or horizon yet): the amount as written.
                    set(
                        key, "\(id) \(ScenarioPrinter.number(entry.share.value)) \(scale.rawValue) \(entry.currency.rawValue)",
                        definition, entry.range)
                    continue
                }
                set(key, shareText(id, value, key: key), definition, entry.range)
            }
        }
        for definition in workspace.lineage(of: name) {
            for item in definition.decl.items {
                switch item {
                case .horizon(let horizon):
                    set("horizon", "horizon \(horizon.from.value) to \(horizon.to.value)", definition, horizon.range)
                case .budget(let budget):
                    set("budget", Self.budgetText(budget), definition, budget.range)
                case .allocate(let allocate):
                    shares(allocate, definition, prefix: "", year: nil)
                case .target(let target):
                    let id = model.indicator(target.indicator.text)?.id ?? target.indicator.text
                    let value = ScenarioPrinter.number(target.value.value) + (target.value.isPercent ? "%" : "")
                    set(
                        "target \(id) \(target.year.value)", "target \(id) \(target.comparison.rawValue) \(value) by \(target.year.value)",
                        definition, target.range)
                case .officialTargets(let official):
                    let line = "target official" + (official.key.map { " " + $0.text } ?? "")
                    set(line, line, definition, official.range)
                case .assume(let assume):
                    let value = ScenarioPrinter.number(assume.value.value) + (assume.value.isPercent ? "%" : "")
                    set("assume " + assume.parameter.text, "assume \(assume.parameter.text) = \(value)", definition, assume.range)
                case .shift(let shift):
                    // The shares it moves are shown with their values after it (below); when the
                    // scenario does not resolve there are no such values, so the line itself is shown.
                    guard resolved != nil else {
                        let text = "shift \(ScenarioPrinter.number(shift.amount.value))% from \(shift.from.text) to \(shift.to.text)"
                        set("shift \(shift.range.start.offset) \(definition.name)", text, definition, shift.range)
                        continue
                    }
                    for programme in [shift.from.text, shift.to.text] {
                        let id = model.programme(programme)?.id ?? programme
                        set("share " + id, "\(id) ?", definition, shift.range)
                        // Year-by-year shares written before it move too.
                        for key in inputs.keys where key.hasSuffix(" allocate share " + id) {
                            set(key, "\(id) ?", definition, shift.range)
                        }
                    }
                case .delay(let delay):
                    let id = model.programme(delay.programme.text)?.id ?? delay.programme.text
                    set("delay " + id, ScenarioPrinter.delayText(id, delay.years.value), definition, delay.range)
                case .normalize(let range):
                    set("normalize", "normalize", definition, range)
                case .yearBudget(let span, let budget):
                    set("\(span.text) budget", "\(span.text) " + Self.budgetText(budget), definition, span.range.through(budget.range))
                case .yearAllocate(let span, let allocate):
                    shares(allocate, definition, prefix: span.text + " allocate ", year: span.year.value)
                case .policy(let policy):
                    set(
                        "policy " + policy.name.text, "policy \(policy.name.text) " + (policy.from.map { "on from " + $0.text } ?? "off"),
                        definition, policy.range)
                }
            }
        }
        // The shares as the run uses them (pillars, shifts, normalize applied), base and year by year.
        if let scenario = resolved {
            func update(_ key: String, _ id: String, _ value: Double) {
                guard let existing = inputs[key] else { return }
                inputs[key] = InputOrigin(key: existing.key, text: shareText(id, value, key: key), from: existing.from, range: existing.range)
            }
            for (id, value) in scenario.allocation { update("share " + id, id, value) }
            for change in scenario.allocationChanges {
                let spans = change.years.count == 1 ? ["in", "from"] : ["from"]
                for (id, value) in change.shares {
                    for span in spans { update("\(span) \(change.years.lowerBound) allocate share " + id, id, value) }
                }
            }
        }
        let programmeOrder = model.programmes.map(\.id)
        func rank(_ key: String) -> (Int, Int, Int, String) {
            if key == "horizon" { return (0, 0, 0, key) }
            if key == "budget" { return (1, 0, 0, key) }
            if key.hasPrefix("share ") { return (2, 0, programmeOrder.firstIndex(of: String(key.dropFirst(6))) ?? 99, key) }
            if key == "normalize" { return (3, 0, 0, key) }
            if key.hasPrefix("in ") || key.hasPrefix("from ") {
                let programme = key.components(separatedBy: " share ").last.flatMap { programmeOrder.firstIndex(of: $0) } ?? -1
                return (4, firstSet[key.components(separatedBy: " share ").first!] ?? firstSet[key] ?? 0, programme, key)
            }
            if key.hasPrefix("shift ") { return (3, firstSet[key] ?? 0, 0, key) }
            if key.hasPrefix("delay ") { return (3, 0, programmeOrder.firstIndex(of: String(key.dropFirst(6))) ?? 99, key) }
            if key.hasPrefix("target ") { return (5, firstSet[key] ?? 0, 0, key) }
            return (6, 0, 0, key)
        }
        return inputs.values.sorted { rank($0.key) < rank($1.key) }
    }

    /// What an input is when no scenario sets it: the model's own value for assumptions and policies.
    func modelDefault(for key: String) -> String {
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

    func knownScenario(_ name: Name, source: SourceFile) throws(Diagnostic) -> String {
        try scenarioName(name, for: "show", source: source)
    }

    func origin(_ input: InputOrigin, leaf: String) -> String {
        guard input.from.name != leaf else { return "" }
        let place = input.from.source.name.map { " (\($0):\(input.range.start.line))" } ?? ""
        return "from \(input.from.name)\(place)"
    }

}
