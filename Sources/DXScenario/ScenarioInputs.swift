import DXLanguage
import DXModel
import DXSource

/// What a scenario's input is about: the horizon, the budget, a programme's share, a year's
/// budget or share, a target, an assumption, a policy, … One key per input a scenario can set,
/// so that a child's line replaces its parent's of the same key.
package enum InputKey: Hashable, Sendable, CustomStringConvertible {
    case horizon
    case budget
    /// A programme's share (by its id), from the first year of the horizon.
    case share(programme: String)
    case normalize
    /// A `shift` line that could not be applied (the scenario does not resolve): at its offset in its scenario.
    case shift(offset: Int, scenario: String)
    case delay(programme: String)
    /// `in YEAR budget …` or `from YEAR budget …` (the span as written: "in 2027").
    case yearBudget(span: String)
    /// A programme's share in `in YEAR allocate` or `from YEAR allocate`.
    case yearShare(span: String, programme: String)
    case target(indicator: String, year: Int)
    /// `target official [KEY]`.
    case officialTargets(key: String?)
    case assume(parameter: String)
    case policy(name: String)

    /// The key as `diff` names the input's row ("share fibre", "in 2027: share fibre", "target").
    package var label: String {
        switch self {
        case .target, .officialTargets: "target"
        case .yearShare(let span, let programme): "\(span): share \(programme)"
        default: description
        }
    }

    /// The key in words ("horizon", "share fibre", "in 2027 budget", "assume bass_p").
    package var description: String {
        switch self {
        case .horizon: "horizon"
        case .budget: "budget"
        case .share(let programme): "share " + programme
        case .normalize: "normalize"
        case .shift(let offset, let scenario): "shift \(offset) \(scenario)"
        case .delay(let programme): "delay " + programme
        case .yearBudget(let span): span + " budget"
        case .yearShare(let span, let programme): "\(span) allocate share \(programme)"
        case .target(let indicator, let year): "target \(indicator) \(year)"
        case .officialTargets(let key): "target official" + (key.map { " " + $0 } ?? "")
        case .assume(let parameter): "assume " + parameter
        case .policy(let name): "policy " + name
        }
    }

    /// Whether it belongs to a year-by-year line (`in|from YEAR …`).
    package var isYearly: Bool {
        switch self {
        case .yearBudget, .yearShare: true
        default: false
        }
    }
}

/// One input of a scenario after inheritance: what it is about, its canonical text, its value
/// alone (as `diff` compares them), and the scenario and place that set it.
package struct ResolvedInput: Sendable {
    package let key: InputKey
    /// The line as a scenario would write it ("fibre 40%", "horizon 2026 to 2030").
    package let text: String
    /// The value alone ("40%", "2026 to 2030", "fibre >= 90% by 2030").
    package let value: String
    package let from: ScenarioDefinition
    package let range: SourceRange
}

/// The inputs of a scenario after inheritance, with where each comes from: what `show scenario`
/// and `diff` print.
package enum ScenarioInputs {
    /// The inputs of a scenario after inheritance, in canonical order: horizon, budget, shares,
    /// year-by-year lines, targets, assumptions and policies. Names are the model's own (a
    /// Vietnamese name or a pillar becomes the programmes it stands for), money is in bn VND, and
    /// shares are the values the run uses (after pillars, shifts and normalize).
    package static func of(_ name: String, in workspace: Workspace, model: DeclaredModel) -> [ResolvedInput] {
        var inputs: [InputKey: ResolvedInput] = [:]
        var firstSet: [InputKey: Int] = [:]
        let resolver = ScenarioResolver(model: model)
        func set(_ key: InputKey, _ text: String, value: String, _ definition: ScenarioDefinition, _ range: SourceRange) {
            firstSet[key] = firstSet[key] ?? firstSet.count
            inputs[key] = ResolvedInput(key: key, text: text, value: value, from: definition, range: range)
        }
        /// A line whose value is what follows its first word(s): `words` ("horizon", "in 2027 budget").
        func setLine(_ key: InputKey, _ words: String, _ value: String, _ definition: ScenarioDefinition, _ range: SourceRange) {
            set(key, words + " " + value, value: value, definition, range)
        }
        let resolved = try? resolver.resolve(name, in: workspace).get()
        let envelopes = resolver.envelopes(of: name, in: workspace)
        // Shares written as amounts stay amounts: the money they stand for in the block's first
        // year (the year, and the currency it was written in), by input.
        var amountYears: [InputKey: (year: Int, currency: Currency)] = [:]
        let usdRate = resolver.usdRate(workspace.lineage(of: name))
        func shareValue(_ value: Double, key: InputKey) -> String {
            if let (year, currency) = amountYears[key], let envelope = envelopes?.envelope(in: year) {
                let amount = value * envelope / (currency == .usd ? usdRate : 1)
                // Six decimals: a pillar split into amounts must still add up when the text is read back.
                return "\(ScenarioPrinter.number((amount * 1e6).rounded() / 1e6)) bn \(currency.rawValue)"
            }
            return share(value * 100)
        }
        func shareKey(_ id: String, span: String?) -> InputKey {
            span.map { .yearShare(span: $0, programme: id) } ?? .share(programme: id)
        }
        func shares(_ allocate: AllocateItem, _ definition: ScenarioDefinition, span: String?, year: Int?) {
            let first = year ?? envelopes?.horizon.lowerBound
            let envelope = first.flatMap { envelopes?.envelope(in: $0) }
            guard
                case .success(let split) = resolver.programmeShares(
                    allocate, source: definition.source, envelope: envelope, usdRate: usdRate)
            else {
                // A block that does not resolve (a pillar overdrawn) is shown as written.
                for entry in allocate.entries {
                    let unit = entry.scale.map { " \($0.rawValue) \(entry.currency.rawValue)" } ?? "%"
                    setLine(
                        shareKey(entry.programme.text, span: span), entry.programme.text,
                        ScenarioPrinter.number(entry.share.value) + unit, definition, entry.range)
                }
                return
            }
            for (id, value, entry) in split {
                let key = shareKey(id, span: span)
                amountYears[key] = entry.scale == nil ? nil : first.map { ($0, entry.currency) }
                if envelope == nil, let scale = entry.scale, Pillar.named(entry.programme.text) == nil {
                    // No envelope to measure against (no budget or horizon yet): the amount as written.
                    setLine(
                        key, id, "\(ScenarioPrinter.number(entry.share.value)) \(scale.rawValue) \(entry.currency.rawValue)", definition,
                        entry.range)
                    continue
                }
                setLine(key, id, shareValue(value, key: key), definition, entry.range)
            }
        }
        for definition in workspace.lineage(of: name) {
            for item in definition.decl.items {
                switch item {
                case .horizon(let horizon):
                    setLine(.horizon, "horizon", "\(horizon.from.value) to \(horizon.to.value)", definition, horizon.range)
                case .budget(let budget):
                    setLine(.budget, "budget", budgetValue(budget), definition, budget.range)
                case .allocate(let allocate):
                    shares(allocate, definition, span: nil, year: nil)
                case .target(let target):
                    let id = model.indicator(target.indicator.text)?.id ?? target.indicator.text
                    let value = ScenarioPrinter.number(target.value.value) + (target.value.isPercent ? "%" : "")
                    setLine(
                        .target(indicator: id, year: target.year.value), "target",
                        "\(id) \(target.comparison.rawValue) \(value) by \(target.year.value)", definition, target.range)
                case .officialTargets(let official):
                    let key = InputKey.officialTargets(key: official.key?.text)
                    set(key, key.description, value: String(key.description.dropFirst("target ".count)), definition, official.range)
                case .assume(let assume):
                    let value = ScenarioPrinter.number(assume.value.value) + (assume.value.isPercent ? "%" : "")
                    set(
                        .assume(parameter: assume.parameter.text), "assume \(assume.parameter.text) = \(value)", value: value, definition,
                        assume.range)
                case .shift(let shift):
                    // The shares it moves are shown with their values after it (below); when the
                    // scenario does not resolve there are no such values, so the line itself is shown.
                    guard resolved != nil else {
                        let text = "shift \(ScenarioPrinter.number(shift.amount.value))% from \(shift.from.text) to \(shift.to.text)"
                        set(.shift(offset: shift.range.start.offset, scenario: definition.name), text, value: text, definition, shift.range)
                        continue
                    }
                    for programme in [shift.from.text, shift.to.text] {
                        let id = model.programme(programme)?.id ?? programme
                        setLine(.share(programme: id), id, "?", definition, shift.range)
                        // Year-by-year shares written before it move too.
                        for case .yearShare(let span, id) in inputs.keys {
                            setLine(.yearShare(span: span, programme: id), id, "?", definition, shift.range)
                        }
                    }
                case .delay(let delay):
                    let id = model.programme(delay.programme.text)?.id ?? delay.programme.text
                    let text = ScenarioPrinter.delayText(id, delay.years.value)
                    set(.delay(programme: id), text, value: text.replacingOccurrences(of: "delay \(id) ", with: ""), definition, delay.range)
                case .normalize(let range):
                    set(.normalize, "normalize", value: "normalize", definition, range)
                case .yearBudget(let span, let budget):
                    setLine(.yearBudget(span: span.text), "\(span.text) budget", budgetValue(budget), definition, span.range.through(budget.range))
                case .yearAllocate(let span, let allocate):
                    shares(allocate, definition, span: span.text, year: span.year.value)
                case .policy(let policy):
                    setLine(
                        .policy(name: policy.name.text), "policy \(policy.name.text)", policy.from.map { "on from " + $0.text } ?? "off", definition,
                        policy.range)
                }
            }
        }
        // The shares as the run uses them (pillars, shifts, normalize applied), base and year by year.
        if let scenario = resolved {
            func update(_ key: InputKey, _ id: String, _ value: Double) {
                guard let existing = inputs[key] else { return }
                let shown = shareValue(value, key: key)
                inputs[key] = ResolvedInput(key: key, text: id + " " + shown, value: shown, from: existing.from, range: existing.range)
            }
            for (id, value) in scenario.allocation { update(.share(programme: id), id, value) }
            for change in scenario.allocationChanges {
                let spans = change.years.count == 1 ? ["in", "from"] : ["from"]
                for (id, value) in change.shares {
                    for span in spans { update(.yearShare(span: "\(span) \(change.years.lowerBound)", programme: id), id, value) }
                }
            }
        }
        let programmeOrder = model.programmes.map(\.id)
        func rank(_ key: InputKey) -> (Int, Int, Int, String) {
            switch key {
            case .horizon: (0, 0, 0, key.description)
            case .budget: (1, 0, 0, key.description)
            case .share(let programme): (2, 0, programmeOrder.firstIndex(of: programme) ?? 99, key.description)
            case .normalize: (3, 0, 0, key.description)
            case .shift: (3, firstSet[key] ?? 0, 0, key.description)
            case .delay(let programme): (3, 0, programmeOrder.firstIndex(of: programme) ?? 99, key.description)
            case .yearBudget: (4, firstSet[key] ?? 0, -1, key.description)
            case .yearShare(_, let programme): (4, firstSet[key] ?? 0, programmeOrder.firstIndex(of: programme) ?? -1, key.description)
            case .target, .officialTargets: (5, firstSet[key] ?? 0, 0, key.description)
            case .assume, .policy: (6, 0, 0, key.description)
            }
        }
        return inputs.values.sorted { rank($0.key) < rank($1.key) }
    }

    /// A share for display: at most two decimals.
    private static func share(_ percent: Double) -> String {
        ScenarioPrinter.number((percent * 100).rounded() / 100) + "%"
    }

    private static func budgetValue(_ budget: BudgetItem) -> String {
        var text = "\(ScenarioPrinter.number(budget.billions)) bn \(budget.currency.rawValue) per year"
        if let growth = budget.growth, growth.value != 0 { text += " growing \(ScenarioPrinter.number(growth.value))% per year" }
        return text
    }
}
