import DXLanguage
import DXModel
import DXSource

/// Checks scenario declarations against the model and resolves inheritance into model inputs.
package struct ScenarioResolver {
    package let model: DeclaredModel

    package init(model: DeclaredModel) {
        self.model = model
    }

    /// Checks what can be checked in a declaration on its own: names, units, ranges, repeats.
    package func check(_ definition: ScenarioDefinition) -> [Diagnostic] {
        let source = definition.source
        var problems: [Diagnostic] = []
        func error(_ message: String, _ range: SourceRange, notes: [Diagnostic] = [], code: ErrorCode? = nil) {
            problems.append(.error(.semantic, message, in: source, at: range, notes: notes, code: code))
        }
        /// A programme a `shift` or `delay` names must be one of the model's.
        func requireProgramme(_ name: Name) {
            guard model.programme(name.text) == nil else { return }
            error(
                "unknown programme '\(name.text)'" + Suggestion.didYouMean(name.text, in: model.programmeVocabulary), name.range,
                code: .unknownProgramme)
        }
        var seenSettings: [String: SourceRange] = [:]
        for item in definition.decl.items {
            let setting: String? =
                switch item {
                case .horizon: "horizon"
                case .budget: "budget"
                case .allocate: "allocate"
                case .target, .officialTargets, .assume, .policy, .shift, .yearBudget, .yearAllocate: nil
                case .delay(let delay): "delay " + (model.programme(delay.programme.text)?.id ?? delay.programme.text)
                case .normalize: "normalize"
                }
            if let setting {
                if let earlier = seenSettings[setting] {
                    error(
                        "'\(setting)' is set twice in scenario '\(definition.name)'", item.range,
                        notes: [.note("first set here", in: source, at: earlier)], code: .settingTwice)
                }
                seenSettings[setting] = item.range
            }
            switch item {
            case .horizon(let horizon):
                if horizon.from.value <= model.baseYear {
                    error(
                        "the horizon must start after \(model.baseYear), the year of the model's baselines",
                        horizon.from.range, code: .outOfRange)
                } else if horizon.to.value < horizon.from.value {
                    error(
                        "the horizon ends (\(horizon.to.value)) before it starts (\(horizon.from.value))",
                        horizon.to.range, code: .outOfRange)
                } else if horizon.to.value > model.baseYear + 76 {
                    error("the model runs to \(model.baseYear + 76) at most", horizon.to.range, code: .outOfRange)
                }
            case .budget(let budget), .yearBudget(_, let budget):
                if budget.currency == .usd, modelUSDRate.isNaN { error(Self.noExchangeRate, budget.range) }
                if !budget.amount.value.isFinite || budget.billions * (budget.currency == .usd ? modelUSDRate : 1) >= Self.largestBudget {
                    error(
                        "a budget must be a number below \(Format.grouped(Self.largestBudget)) bn VND a year "
                            + "(it is \(ScenarioPrinter.number(budget.amount.value)) \(budget.scale.rawValue) \(budget.currency.rawValue))",
                        budget.amount.range, code: .outOfRange)
                } else if budget.amount.value <= 0 {
                    error(
                        "a budget must be more than 0 (it is \(ScenarioPrinter.number(budget.amount.value)) \(budget.scale.rawValue) "
                            + "\(budget.currency.rawValue))", budget.amount.range, code: .notPositive)
                }
                if let growth = budget.growth, growth.value > 1000 {
                    error("a growth of \(ScenarioPrinter.number(growth.value))% per year is not plausible", growth.range, code: .outOfRange)
                }
            case .allocate(let allocate), .yearAllocate(_, let allocate):
                var seen: [String: SourceRange] = [:]
                for entry in allocate.entries {
                    if let pillar = Pillar.named(entry.programme.text) {
                        if let earlier = seen[pillar.rawValue] {
                            error(
                                "pillar '\(pillar.rawValue)' is allocated twice", entry.programme.range,
                                notes: [.note("first allocated here", in: source, at: earlier)], code: .settingTwice)
                        }
                        seen[pillar.rawValue] = entry.programme.range
                        continue
                    }
                    let name = model.programme(entry.programme.text)?.id ?? entry.programme.text
                    if model.programme(name) == nil {
                        let programmeList = model.programmes.map(\.id).joined(separator: ", ")
                        let pillarList = Pillar.allCases.map(\.rawValue).joined(separator: ", ")
                        error(
                            "unknown programme '\(entry.programme.text)'"
                                + Suggestion.didYouMean(entry.programme.text, in: model.allocationVocabulary),
                            entry.programme.range,
                            notes: [
                                model.programmes.isEmpty
                                    ? .note("this model has no programmes: its spending is computed inside it")
                                    : .note("programmes: \(programmeList); pillars: \(pillarList)")
                            ],
                            code: .unknownProgramme)
                    } else if let earlier = seen[name] {
                        error(
                            "programme '\(name)' is allocated twice", entry.programme.range,
                            notes: [.note("first allocated here", in: source, at: earlier)], code: .settingTwice)
                    }
                    seen[name] = entry.programme.range
                    if entry.scale != nil, entry.currency == .usd, modelUSDRate.isNaN { error(Self.noExchangeRate, entry.range) }
                    if !entry.share.value.isFinite {
                        error("\(entry.scale == nil ? "a share" : "an amount") must be a number", entry.share.range, code: .outOfRange)
                    } else if entry.share.value < 0 {
                        error("\(entry.scale == nil ? "a share" : "an amount") cannot be negative", entry.share.range, code: .notPositive)
                    }
                    if entry.scale == nil && entry.share.value > 100 {
                        error("a share cannot exceed 100%", entry.share.range, code: .outOfRange)
                    }
                }
            case .target(let target):
                checkTarget(target, source: source, into: &problems)
            case .officialTargets(let official):
                if let key = official.key, !model.officialTargets.contains(where: { $0.key == key.text }) {
                    let keys = Array(Set(model.officialTargets.map(\.key))).sorted()
                    problems.append(
                        .error(
                            .semantic, "no official target has the key '\(key.text)'" + Suggestion.didYouMean(key.text, in: keys),
                            in: source, at: key.range,
                            notes: [
                                .note(
                                    keys.isEmpty
                                        ? "this model has no catalogue of targets"
                                        : "keys: " + keys.joined(separator: ", ") + " ('list targets' shows them)")
                            ]))
                } else if model.officialTargets.isEmpty {
                    problems.append(.error(.semantic, "this model has no catalogue of official targets", in: source, at: official.range))
                }
            case .assume(let assume):
                checkAssume(assume, source: source, into: &problems)
            case .shift(let shift):
                requireProgramme(shift.from)
                requireProgramme(shift.to)
                if shift.from.text == shift.to.text { error("a shift needs two different programmes", shift.to.range) }
            case .delay(let delay):
                requireProgramme(delay.programme)
                let years = delay.years.value
                if delay.years.isPercent || !years.isFinite || years < 0 || years != years.rounded() || years > Double(Self.longestDelay) {
                    error("a delay is a whole number of years from 0 to \(Self.longestDelay)", delay.years.range, code: .outOfRange)
                }
            case .normalize:
                break
            case .policy(let policy):
                let names = model.policies.map(\.name)
                if !names.contains(policy.name.text) {
                    error(
                        "unknown policy '\(policy.name.text)'" + Suggestion.didYouMean(policy.name.text, in: model.policyVocabulary),
                        policy.name.range,
                        notes: [.note("policies: " + (names.isEmpty ? "none in this model" : names.joined(separator: ", ")))],
                        code: .unknownPolicy)
                } else if let from = policy.from, from.time < Double(model.baseYear + 1) {
                    // The years up to the base year are history: a scenario acts from its end.
                    problems.append(
                        Diagnostic(
                            .warning, .semantic,
                            "a scenario acts from the end of \(model.baseYear): '\(policy.name.text)' is on for the plan's years, "
                                + "and the history keeps the model's own date",
                            source: source, range: from.range))
                }
            }
        }
        return problems
    }

    /// The shares an allocation block gives, by programme id, as fractions of the envelope. An
    /// amount (`skills 5000 bn VND`) is the share it makes of `envelope`, the envelope in the first
    /// year the block applies (unknown envelope: no share). A pillar's share covers its programmes:
    /// those named in the same block take theirs out of it, and the rest is split over the others
    /// in their base-year proportions.
    package func programmeShares(
        _ item: AllocateItem, source: SourceFile, envelope: Double?, usdRate: Double? = nil
    ) -> Result<[(String, Double, AllocationEntry)], Diagnostic> {
        let rate = usdRate ?? modelUSDRate
        func fraction(_ entry: AllocationEntry) -> Double {
            guard let billions = entry.billions else { return entry.share.value / 100 }
            guard let envelope, envelope > 0 else { return 0 }
            return billions * (entry.currency == .usd ? rate : 1) / envelope
        }
        func percent(_ value: Double) -> String { ScenarioPrinter.number((value * 1e6).rounded() / 1e4) + "%" }
        var result: [(String, Double, AllocationEntry)] = []
        let named = Set(item.entries.compactMap { model.programme($0.programme.text)?.id })
        for entry in item.entries {
            guard let pillar = Pillar.named(entry.programme.text) else { continue }
            let members = model.programmes.indices.filter { model.programmes[$0].pillar == pillar }
            let explicit = item.entries.filter { model.programme($0.programme.text)?.pillar == pillar }
                .reduce(0) { $0 + fraction($1) }
            let unnamed = members.filter { !named.contains(model.programmes[$0].id) }
            let remainder = fraction(entry) - explicit
            if remainder < -1e-9 || (unnamed.isEmpty && abs(remainder) > 1e-9) {
                return .failure(
                    .error(
                        .pillarOverdrawn, .semantic,
                        "the programmes of pillar '\(pillar.rawValue)' are given \(percent(explicit)) of the envelope, "
                            + "but the pillar has \(percent(fraction(entry)))",
                        in: source, at: entry.range))
            }
            let total = unnamed.reduce(0) { $0 + model.referenceSpending[$1] }
            for k in unnamed {
                let weight = total > 0 ? model.referenceSpending[k] / total : 1 / Double(unnamed.count)
                result.append((model.programmes[k].id, remainder * weight, entry))
            }
        }
        for entry in item.entries where Pillar.named(entry.programme.text) == nil {
            result.append((model.programme(entry.programme.text)?.id ?? entry.programme.text, fraction(entry), entry))
        }
        return .success(result)
    }

    private func checkAssume(_ assume: AssumeItem, source: SourceFile, into problems: inout [Diagnostic]) {
        let name = assume.parameter.text
        guard let parameter = model.parameters.first(where: { $0.id == name }) else {
            problems.append(
                .error(
                    .unknownParameter, .semantic, "unknown parameter '\(name)'" + Suggestion.didYouMean(name, in: model.parameterVocabulary),
                    in: source, at: assume.parameter.range, notes: [.note("type 'assumptions' for the model's parameters")]))
            return
        }
        if model.policies.contains(where: { $0.parameter == name }) {
            problems.append(
                .error(
                    .semantic, "'\(name)' is the date of a policy: write policy \(name.dropLast(5)) on from YEAR",
                    in: source, at: assume.parameter.range))
            return
        }
        if assume.value.isPercent && parameter.unit != "%" {
            problems.append(
                .error(
                    .wrongUnit, .semantic, "'\(name)' is in \(parameter.unit), not %; write the number alone",
                    in: source, at: assume.value.range))
            return
        }
        guard parameter.validity.contains(assume.value.value) else {
            problems.append(
                .error(
                    .outOfRange, .semantic,
                    "\(name) cannot be \(ScenarioPrinter.number(assume.value.value)): it must be \(parameter.validity.description)"
                        + (parameter.range.map {
                            "; its plausible range is \(ScenarioPrinter.number($0.lowerBound))–\(ScenarioPrinter.number($0.upperBound)) \(parameter.unit)"
                        } ?? ""),
                    in: source, at: assume.value.range))
            return
        }
        if let range = parameter.range, !range.contains(assume.value.value) {
            problems.append(
                Diagnostic(
                    .warning, .semantic,
                    "\(name) = \(ScenarioPrinter.number(assume.value.value)) lies outside its plausible range "
                        + "\(ScenarioPrinter.number(range.lowerBound))–\(ScenarioPrinter.number(range.upperBound)) \(parameter.unit)",
                    source: source, range: assume.value.range))
        }
    }

    private func checkTarget(_ target: TargetItem, source: SourceFile, into problems: inout [Diagnostic]) {
        let name = target.indicator.text
        guard let indicator = model.indicator(name) else {
            problems.append(
                .error(
                    .unknownIndicator, .semantic,
                    "unknown indicator '\(name)'" + Suggestion.didYouMean(name, in: model.indicatorVocabulary),
                    in: source, at: target.indicator.range,
                    notes: [.note("indicators: " + model.indicators.map(\.id).joined(separator: ", "))]))
            return
        }
        switch indicator.unit {
        case .percent:
            if !target.value.isPercent {
                problems.append(
                    .error(
                        .wrongUnit, .semantic,
                        "'\(name)' is measured in %; write \(ScenarioPrinter.number(target.value.value))%",
                        in: source, at: target.value.range))
            } else if target.value.value > 100 {
                problems.append(.error(.outOfRange, .semantic, "'\(name)' cannot exceed 100%", in: source, at: target.value.range))
            }
        case .index:
            if target.value.isPercent {
                problems.append(
                    .error(
                        .wrongUnit, .semantic,
                        "'\(name)' is an index, not a percentage; write the number alone, as in \(Format.$style.withValue(.english) { Format.value(indicator.baseline, .index) })",
                        in: source, at: target.value.range))
            }
        case .other(let unit):
            if target.value.isPercent {
                problems.append(
                    .error(
                        .wrongUnit, .semantic,
                        "'\(name)' is in \(unit), not %; write the number alone, as in \(ScenarioPrinter.number(indicator.baseline.rounded()))",
                        in: source, at: target.value.range))
            }
        }
    }

    package static let noExchangeRate = "this model has no exchange rate (a parameter in [VND/USD]), so amounts in USD cannot be converted"

    /// The largest yearly budget a scenario may set, in bn VND (10^12): far beyond any plan, and
    /// small enough that every amount derived from it prints as a whole number.
    package static let largestBudget = 1e12
    /// The longest delay a scenario may give a programme, in years: longer than any plan.
    package static let longestDelay = 50

    /// VND per USD in the model (its parameter in VND/USD, `DeclaredModel.exchangeRate`).
    package var modelUSDRate: Double { model.exchangeRate?.value ?? .nan }

    /// The exchange rate a lineage (root first) assumes: its last `assume` of the model's exchange
    /// rate (`assume usd_vnd = …` in the bundled model), or the model's.
    package func usdRate(_ lineage: [ScenarioDefinition]) -> Double {
        var rate = modelUSDRate
        guard let parameter = model.exchangeRate?.id else { return rate }
        for definition in lineage {
            for case .assume(let item) in definition.decl.items where item.parameter.text == parameter { rate = item.value.value }
        }
        return rate
    }

    /// A scenario with only its years and envelopes, before its allocation is resolved (or when
    /// it cannot be): what amounts in allocations are measured against.
    package func envelopes(of name: String, in workspace: Workspace) -> Scenario? {
        moneySettings(workspace.lineage(of: name)).scenario(named: name)
    }

    /// What fixes a lineage's money: the last horizon and budget, every year's budget, the exchange rate.
    private struct MoneySettings {
        var horizon: ClosedRange<Int>?
        var budget: (item: BudgetItem, site: ScenarioDefinition)?
        var changes: [(YearSpan, BudgetItem, ScenarioDefinition)] = []
        var usdRate: Double

        /// A scenario with these years and envelopes and no allocation, when there is a horizon and a budget.
        func scenario(named name: String) -> Scenario? {
            guard let horizon, let budget else { return nil }
            var money = Scenario(
                name: name, horizon: horizon, budget: ScenarioResolver.budget(budget.item, usdRate: usdRate),
                allocation: [:])
            money.budgetChanges = ScenarioResolver.budgetChanges(changes, within: horizon, usdRate: usdRate)
            return money
        }
    }

    /// The money settings of a lineage, root first (later settings win).
    private func moneySettings(_ lineage: [ScenarioDefinition]) -> MoneySettings {
        var settings = MoneySettings(usdRate: usdRate(lineage))
        for definition in lineage {
            for item in definition.decl.items {
                switch item {
                case .horizon(let item): settings.horizon = item.from.value...max(item.to.value, item.from.value)
                case .budget(let item): settings.budget = (item, definition)
                case .yearBudget(let span, let item): settings.changes.append((span, item, definition))
                default: break
                }
            }
        }
        return settings
    }

    /// A budget line in bn VND.
    fileprivate static func budget(_ item: BudgetItem, usdRate: Double) -> Budget {
        Budget(amountPerYear: item.billions * (item.currency == .usd ? usdRate : 1), growthPerYear: (item.growth?.value ?? 0) / 100)
    }

    /// The year-by-year budgets whose first year lies in the horizon, in the order they were written.
    fileprivate static func budgetChanges(
        _ changes: [(YearSpan, BudgetItem, ScenarioDefinition)], within range: ClosedRange<Int>, usdRate: Double
    ) -> [BudgetChange] {
        changes.filter { range.contains($0.0.year.value) }.map { span, item, _ in
            BudgetChange(
                years: span.year.value...(span.onlyThatYear ? span.year.value : range.upperBound),
                budget: budget(item, usdRate: usdRate))
        }
    }

    /// "… add up to 90%, 10% short of 100%", or in money when the allocation names amounts.
    private static func totalMessage(
        _ total: Double, of name: String, in year: Int?, amounts: Bool, envelope: Double
    ) -> String {
        let when = year.map { "in \($0) " } ?? ""
        if amounts {
            let allocated = (total / 100 * envelope * 1e3).rounded() / 1e3
            let gap = ScenarioPrinter.number((abs(allocated - envelope) * 1e3).rounded() / 1e3)
            return "\(when)the allocation of scenario '\(name)' comes to \(ScenarioPrinter.number(allocated)) bn VND, "
                + "\(gap) bn VND \(allocated > envelope ? "over" : "short of") the envelope of "
                + "\(ScenarioPrinter.number((envelope * 1e3).rounded() / 1e3)) bn VND"
                + (year == nil ? " in its first year" : "")
        }
        let difference = ScenarioPrinter.number((abs(total - 100) * 1e6).rounded() / 1e6)
        return "\(when)the shares of scenario '\(name)' add up to \(ScenarioPrinter.number((total * 1e6).rounded() / 1e6))%, "
            + "\(difference)% \(total > 100 ? "over" : "short of") 100%"
    }

    /// Resolves a scenario and its ancestors into the model's inputs.
    package func resolve(_ name: String, in workspace: Workspace) -> Result<Scenario, Diagnostic> {
        guard let leaf = workspace.definition(name) else {
            let hint = Suggestion.didYouMean(name, in: workspace.names)
            let known = workspace.names.isEmpty ? "no scenarios are defined yet" : "scenarios: " + workspace.names.joined(separator: ", ")
            return .failure(.error(.unknownScenario, .semantic, "unknown scenario '\(name)'\(hint)", notes: [.note(known)]))
        }
        // Walk up to the root, detecting missing parents and cycles.
        var chain = [leaf]
        var seen: Set<String> = [leaf.name]
        while let parent = chain.last!.decl.parent {
            if seen.contains(parent.text) {
                let loop = chain.map(\.name) + [parent.text]
                return .failure(
                    .error(
                        .inheritanceLoop, .semantic, "scenarios inherit from each other in a loop: " + loop.joined(separator: " → "),
                        in: chain.last!.source, at: parent.range))
            }
            guard let definition = workspace.definition(parent.text) else {
                return .failure(
                    .error(
                        .missingParent, .semantic,
                        "scenario '\(chain.last!.name)' inherits from '\(parent.text)', which is not defined"
                            + Suggestion.didYouMean(parent.text, in: workspace.names.filter { $0 != chain.last!.name }),
                        in: chain.last!.source, at: parent.range))
            }
            seen.insert(parent.text)
            chain.append(definition)
        }
        // Checked again against this model: the session's model may have changed since the
        // scenarios were defined (`model load`), and a programme or parameter it lacks is an error.
        for definition in chain.reversed() {
            if let problem = check(definition).first(where: { $0.severity == .error }) { return .failure(problem) }
        }

        // First the years and the money, so that amounts in allocations can become shares.
        let settings = moneySettings(chain.reversed())
        let rate = settings.usdRate
        let money = settings.scenario(named: name)
        let budgetChanges = settings.changes
        var shares: [String: (Double, ScenarioDefinition, AllocationEntry)] = [:]
        var lastAllocate: (ScenarioDefinition, AllocateItem)?
        var targets: [Target] = []
        var targetSites: [(Target, ScenarioDefinition, TargetItem)] = []
        // Official targets are kept apart: one outside the horizon is not judged, never an error.
        var officialSites: [Target] = []
        var assumptions: [String: Double] = [:]
        var policies: [String: Double] = [:]
        var delays: [String: Int] = [:]
        var normalize = false
        var allocationChanges: [(YearSpan, AllocateItem, ScenarioDefinition, [String: Double])] = []
        for definition in chain.reversed() {
            for item in definition.decl.items {
                switch item {
                case .horizon, .budget, .yearBudget:
                    break
                case .allocate(let item):
                    lastAllocate = (definition, item)
                    let envelope = money.map { $0.envelope(in: $0.horizon.lowerBound) }
                    switch programmeShares(item, source: definition.source, envelope: envelope, usdRate: rate) {
                    case .failure(let problem): return .failure(problem)
                    case .success(let split):
                        for (id, share, entry) in split { shares[id] = (share, definition, entry) }
                    }
                case .yearAllocate(let span, let item):
                    switch programmeShares(item, source: definition.source, envelope: money?.envelope(in: span.year.value), usdRate: rate) {
                    case .failure(let problem): return .failure(problem)
                    case .success(let split):
                        allocationChanges.append((span, item, definition, Dictionary(split.map { ($0.0, $0.1) }) { $1 }))
                    }
                case .target(let item):
                    let comparison = Comparison(rawValue: item.comparison.rawValue)!
                    let target = Target(
                        indicator: model.indicator(item.indicator.text)?.id ?? item.indicator.text, comparison: comparison,
                        value: item.value.value, year: item.year.value)
                    targets.removeAll { $0.indicator == target.indicator && $0.year == target.year }
                    targetSites.removeAll { $0.0.indicator == target.indicator && $0.0.year == target.year }
                    targets.append(target)
                    targetSites.append((target, definition, item))
                    officialSites.removeAll { $0.indicator == target.indicator && $0.year == target.year }
                case .officialTargets(let item):
                    for official in model.officialTargets where item.key == nil || official.key == item.key!.text {
                        let target = official.target
                        targets.removeAll { $0.indicator == target.indicator && $0.year == target.year }
                        targetSites.removeAll { $0.0.indicator == target.indicator && $0.0.year == target.year }
                        officialSites.removeAll { $0.indicator == target.indicator && $0.year == target.year }
                        targets.append(target)
                        officialSites.append(target)
                    }
                case .assume(let item):
                    assumptions[item.parameter.text] = item.value.value
                case .policy(let item):
                    policies[item.name.text] = item.from?.time ?? PolicySwitch.never
                case .delay(let item):
                    delays[model.programme(item.programme.text)?.id ?? item.programme.text] = Int(item.years.value)
                case .shift(let item):
                    let amount = item.amount.value / 100
                    let fromID = model.programme(item.from.text)?.id ?? item.from.text
                    let toID = model.programme(item.to.text)?.id ?? item.to.text
                    let available = shares[fromID]?.0 ?? 0
                    if amount > available + 1e-12 {
                        return .failure(
                            .error(
                                .shiftTooLarge, .semantic,
                                "cannot shift \(ScenarioPrinter.number(item.amount.value))% from \(item.from.text): it has "
                                    + "\(ScenarioPrinter.number((available * 1e8).rounded() / 1e6))%",
                                in: definition.source, at: item.amount.range))
                    }
                    let entry = AllocationEntry(programme: item.from, share: item.amount)
                    shares[fromID] = (available - amount, definition, entry)
                    shares[toID] = (
                        (shares[toID]?.0 ?? 0) + amount, definition,
                        AllocationEntry(programme: item.to, share: item.amount)
                    )
                    // Year-by-year allocations written before the shift move too: each names some
                    // programmes for its years, and the base shares stand for the others, so the
                    // points move in every year.
                    for index in allocationChanges.indices {
                        var changed = allocationChanges[index].3
                        if let yearShare = changed[fromID] {
                            guard amount <= yearShare + 1e-12 else {
                                return .failure(
                                    .error(
                                        .shiftTooLarge, .semantic,
                                        "cannot shift \(ScenarioPrinter.number(item.amount.value))% from \(item.from.text) "
                                            + "\(allocationChanges[index].0.onlyThatYear ? "in" : "from") \(allocationChanges[index].0.year.value): "
                                            + "it has \(ScenarioPrinter.number((yearShare * 1e8).rounded() / 1e6))% there",
                                        in: definition.source, at: item.amount.range,
                                        notes: [
                                            .note(
                                                "that year's shares are set here", in: allocationChanges[index].2.source,
                                                at: allocationChanges[index].1.range)
                                        ]))
                            }
                            changed[fromID] = yearShare - amount
                        }
                        if let yearShare = changed[toID] { changed[toID] = yearShare + amount }
                        allocationChanges[index].3 = changed
                    }
                case .normalize:
                    normalize = true
                }
            }
        }
        let inherited = chain.count > 1 ? " (or any scenario it inherits from)" : ""
        guard let range = settings.horizon else {
            return .failure(
                .error(
                    .missingSetting, .semantic, "scenario '\(name)' has no horizon\(inherited); add a line such as 'horizon 2025 to 2030'",
                    in: leaf.source, at: leaf.decl.name.range))
        }
        /// The targets judged in the horizon: a scenario's own target must lie in it; inherited
        /// ones outside it are kept but not judged.
        func judged() -> Result<(kept: [Target], unjudged: [Target]), Diagnostic> {
            var unjudged: [Target] = officialSites.filter { !range.contains($0.year) }
            for (target, definition, item) in targetSites where !range.contains(target.year) {
                if definition.name != leaf.name {
                    unjudged.append(target)
                    continue
                }
                return .failure(
                    .error(
                        .outOfRange, .semantic,
                        "target year \(target.year) is outside the horizon of scenario '\(name)' (\(range.lowerBound)–\(range.upperBound))",
                        in: definition.source, at: item.year.range))
            }
            return .success((targets.filter { !unjudged.contains($0) }, unjudged))
        }
        let judgedTargets: (kept: [Target], unjudged: [Target])
        switch judged() {
        case .success(let split): judgedTargets = split
        case .failure(let problem): return .failure(problem)
        }
        // A model without programmes computes its spending inside: its scenarios set a horizon,
        // assumptions, policies and targets, and no budget or split.
        if model.programmes.isEmpty {
            if let (budget, site) = settings.budget {
                return .failure(
                    .error(
                        .semantic, "this model has no programmes to spend a budget on (it computes its spending inside); leave out 'budget'",
                        in: site.source, at: budget.range))
            }
            if let (definition, item) = lastAllocate {
                return .failure(
                    .error(
                        .semantic, "this model has no programmes to split a budget among; leave out 'allocate'", in: definition.source,
                        at: item.range))
            }
            var scenario = Scenario(
                name: name, title: leaf.decl.title.map { VisibleText.escaped($0.value) }, horizon: range,
                budget: Budget(amountPerYear: 0), allocation: [:], targets: judgedTargets.kept)
            scenario.unjudgedTargets = judgedTargets.unjudged
            scenario.assumptions = assumptions
            scenario.policies = policies
            return .success(scenario)
        }
        guard let (budget, budgetSite) = settings.budget else {
            return .failure(
                .error(
                    .missingSetting, .semantic, "scenario '\(name)' has no budget\(inherited); add a line such as 'budget 25000 bn VND per year'",
                    in: leaf.source, at: leaf.decl.name.range))
        }
        guard let (allocateDefinition, allocateItem) = lastAllocate else {
            return .failure(
                .error(
                    .missingSetting, .semantic, "scenario '\(name)' has no allocation\(inherited); add an 'allocate … end' block",
                    in: leaf.source, at: leaf.decl.name.range))
        }
        if normalize {
            let sum = shares.values.reduce(0) { $0 + $1.0 }
            if sum > 0 { shares = shares.mapValues { ($0.0 / sum, $0.1, $0.2) } }
        }
        let total = shares.values.reduce(0) { $0 + $1.0 } * 100
        if abs(total - 100) > 1e-6 {
            var notes: [Diagnostic] = []
            // Point at the nearest ancestor whose allocation still contributes shares.
            let contributing = Set(shares.values.map(\.1.name))
            if let ancestor = chain.dropFirst().first(where: { contributing.contains($0.name) }),
                let block = ancestor.decl.items.lazy.compactMap({ item -> AllocateItem? in
                    if case .allocate(let allocate) = item { return allocate }
                    return nil
                }).first
            {
                notes.append(.note("other shares are inherited from '\(ancestor.name)'", in: ancestor.source, at: block.range))
            }
            notes.append(.note("add a line 'normalize' to the scenario to scale the shares to 100%, or 'shift' points between programmes"))
            notes.append(
                .note(
                    "shares: "
                        + model.programmes.compactMap { p in
                            shares[p.id].map { "\(p.id) \(ScenarioPrinter.number(($0.0 * 1e4).rounded() / 1e2))%" }
                        }.joined(separator: ", ")))
            let amounts = shares.values.contains { $0.2.scale != nil }
            let envelope = money.map { $0.envelope(in: range.lowerBound) } ?? 0
            if amounts {
                notes.insert(.note("amounts are measured against the envelope set here", in: budgetSite.source, at: budget.range), at: 0)
            }
            return .failure(
                .error(
                    .semantic, Self.totalMessage(total, of: name, in: nil, amounts: amounts, envelope: envelope),
                    in: allocateDefinition.source, at: allocateItem.range, notes: notes,
                    code: amounts ? .allocationDoesNotFit : .sharesDoNotAddUp))
        }
        var scenario = Scenario(
            name: name, title: leaf.decl.title.map { VisibleText.escaped($0.value) }, horizon: range,
            budget: Self.budget(budget, usdRate: rate), allocation: shares.mapValues(\.0), targets: judgedTargets.kept)
        // Budgets and shares for some years only: inside the horizon, and every year's shares add up.
        for (span, _, definition) in budgetChanges where !range.contains(span.year.value) {
            return .failure(
                .error(
                    .outOfRange, .semantic,
                    "\(span.year.value) is outside the horizon of scenario '\(name)' "
                        + "(\(range.lowerBound)–\(range.upperBound))", in: definition.source, at: span.year.range))
        }
        scenario.budgetChanges = Self.budgetChanges(budgetChanges, within: range, usdRate: rate)
        for (span, _, definition, changed) in allocationChanges {
            guard range.contains(span.year.value) else {
                return .failure(
                    .error(
                        .outOfRange, .semantic,
                        "\(span.year.value) is outside the horizon of scenario '\(name)' "
                            + "(\(range.lowerBound)–\(range.upperBound))", in: definition.source, at: span.year.range))
            }
            let years = span.year.value...(span.onlyThatYear ? span.year.value : range.upperBound)
            scenario.allocationChanges.append(AllocationChange(years: years, shares: changed))
        }
        for (span, item, definition, _) in allocationChanges where !normalize {
            for year in range where span.year.value <= year && (!span.onlyThatYear || year == span.year.value) {
                let total = scenario.shares(in: year).values.reduce(0, +) * 100
                if abs(total - 100) > 1e-6 {
                    let amounts = item.entries.contains { $0.scale != nil }
                    return .failure(
                        .error(
                            .semantic,
                            Self.totalMessage(total, of: name, in: year, amounts: amounts, envelope: scenario.envelope(in: year)),
                            in: definition.source, at: item.range,
                            notes: [.note("shares in a year's allocation replace the base shares programme by programme")],
                            code: amounts ? .allocationDoesNotFit : .sharesDoNotAddUp))
                }
            }
        }
        scenario.unjudgedTargets = judgedTargets.unjudged
        scenario.assumptions = assumptions
        scenario.policies = policies
        scenario.delays = delays.filter { $0.value > 0 }
        scenario.normalizesShares = normalize
        return .success(scenario)
    }
}
