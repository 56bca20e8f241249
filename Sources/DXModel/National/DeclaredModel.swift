import DXSource

/// A planning model declared in a model file: its programmes, indicators and equations.
///
/// The file is compiled once; `simulate` turns a scenario into yearly spending inputs and runs
/// the compiled model from the end of the base year to the end of the scenario's horizon.
public struct DeclaredModel: Sendable {
    public let name: String
    /// Identifies the model file's text: a 64-bit FNV-1a hash of it, in hex ("fnv1a64:…"), so that
    /// an exported result says which model made it (not a cryptographic signature).
    public let fingerprint: String
    public let baseYear: Int
    public let programmes: [Programme]
    public let indicators: [Indicator]
    public let parameters: [Parameter]
    public let compiled: CompiledModel
    /// For each programme: the input that receives its spending, and its spending in the 2024 pattern.
    let spendingInputs: [String]
    public var spendingInputNames: [String] { spendingInputs }
    /// For each of the compiled model's inputs (`CompiledModel.inputNames`), the programme whose
    /// spending it receives: a run's inputs are given in the engine's order.
    let inputProgrammes: [Int]
    /// For each programme: the variable that gives its spending in the reference pattern.
    public let referenceVariables: [String]
    /// The parameters that split the reference budget among the programmes (each programme's
    /// reference uses exactly one fraction): they must add up to 1.
    public var referenceShareParameters: [String] {
        referenceVariables.compactMap { name in
            let fractions = (compiled.variable(name)?.equation?.references.map(\.text) ?? []).filter {
                compiled.variable($0)?.kind == .param && compiled.variable($0)?.validity == .fraction
            }
            return fractions.count == 1 ? fractions[0] : nil
        }
    }
    public let referenceSpending: [Double]
    /// For each indicator: the variable that measures it, and its column in a run's trajectory.
    public let indicatorVariables: [String]
    let indicatorColumns: [Int]
    public var referenceBudget: Double { referenceSpending.reduce(0, +) }

    /// Parameters named `…_from` in years are dated policies (worked out once: scenario checks
    /// look them up for every `assume` and `policy` line).
    public let policies: [PolicySwitch]

    /// The dated policies among `parameters`.
    static func policies(in parameters: [Parameter]) -> [PolicySwitch] {
        parameters.filter { $0.id.hasSuffix("_from") && $0.unit == "year" }.map {
            PolicySwitch(name: String($0.id.dropLast(5)), parameter: $0.id, start: $0.value, description: $0.description)
        }
    }
    /// The official targets of the model's catalogue, in the order of the file.
    public let officialTargets: [OfficialTarget]
    /// Uncertain parameters drawn together (`correlation A B = R`), in the order of the file.
    public let correlations: [Correlation]
    /// Observed values over time, for calibration and its tests.
    public let histories: [HistoryDecl]
    /// Where the run that is compared with the histories starts, and its starting values.
    public let backcast: BackcastDecl?
    /// Every name a programme, an indicator or a parameter can be written with, prepared once for
    /// "did you mean" (preparing folds every name, which costs more than the comparisons).
    public let programmeVocabulary: Suggestion.Vocabulary
    public let indicatorVocabulary: Suggestion.Vocabulary
    public let parameterVocabulary: Suggestion.Vocabulary
    /// What an allocation line may name (programmes and pillars), and the policies' names.
    public let allocationVocabulary: Suggestion.Vocabulary
    public let policyVocabulary: Suggestion.Vocabulary
    public var timeStep: Double = 1.0 / 12.0
    public var method: IntegrationMethod = .euler
    /// An imported XMILE model's own clock, and where it lies on dxplan's years; nil for a model file.
    public var importedTime: ImportedTime?
    /// The Vietnamese of the model file's texts (its `vi` lines); empty for a file without them.
    public internal(set) var translations = ModelTranslations()

    /// The Vietnamese of a text of the model file, as a Vietnamese session shows it: a parameter's
    /// `description` (its doc), the text of a `Provenance` (a source, or the reason of an
    /// assumption, without "assumption: "), an indicator's `Statistic` (agency, definition,
    /// reported, published), an official target's `source` and `document`, a correlation's or a
    /// history's provenance, a variable's doc, the model's `name`. Nil when the file gives none
    /// (a model without `vi` lines, a text not translated, an imported model): show the English.
    public func vietnamese(_ english: String) -> String? {
        translations.vietnamese(english)
    }

    /// A 64-bit FNV-1a hash of a text's UTF-8 bytes, in hex.
    static func fingerprint(of text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Reads a model file, or an XMILE file (its text starts with `<`; see `XMILEReader`), and loads it.
    public static func load(_ source: SourceFile) -> Result<DeclaredModel, CompileErrors> {
        if XMILEReader.isXMILE(source.text) {
            switch XMILEReader.read(source) {
            case .success(let file): return load(file)
            case .failure(let errors): return .failure(errors)
            }
        }
        let (file, problems) = ModelParser.parse(source)
        if !problems.isEmpty { return .failure(CompileErrors(diagnostics: problems)) }
        return load(file)
    }

    /// Compiles a parsed model and checks its programmes and indicators.
    public static func load(_ file: ModelFile) -> Result<DeclaredModel, CompileErrors> {
        let source = file.source
        let compiled: CompiledModel
        switch ModelCompiler.compile(file) {
        case .success(let model): compiled = model
        case .failure(let errors): return .failure(errors)
        }
        var diagnostics: [Diagnostic] = []
        func error(_ message: String, _ range: SourceRange?) {
            diagnostics.append(.error(.semantic, message, in: source, at: range))
        }
        guard let baseYear = file.baseYear else {
            return .failure(
                CompileErrors(diagnostics: [
                    .error(
                        .semantic, "the model needs a base year: add 'base year 2024' under its 'model' line", in: source,
                        at: SourceRange(start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 2, offset: 1)))
                ]))
        }
        func variable(
            _ name: ModelName?, _ what: String, at range: SourceRange, kinds: Set<VariableKind>,
            excluding excluded: String? = nil
        ) -> ModelVariable? {
            guard let name else {
                error("\(what) is missing", range)
                return nil
            }
            guard let found = compiled.variable(name.text), kinds.contains(found.kind) else {
                let candidates = compiled.variables.filter { kinds.contains($0.kind) && !$0.isHidden && $0.name != excluded }.map(\.name)
                let described = kinds.map(\.rawValue).sorted().map {
                    ["aux", "input"].contains($0) ? "an \($0)" : $0 == "param" ? "a parameter" : "a \($0)"
                }
                let list = described.count > 1 ? described.dropLast().joined(separator: ", ") + " or " + described.last! : described[0]
                error("'\(name.text)', \(what), is not \(list) of this model" + Suggestion.didYouMean(name.text, in: candidates), name.range)
                return nil
            }
            return found
        }

        var programmes: [Programme] = []
        var spending: [String] = []
        var references: [String] = []
        for declaration in file.programmes {
            let pillar = declaration.pillar.flatMap { Pillar(rawValue: $0.text) }
            if pillar == nil {
                error(
                    "programme '\(declaration.id.text)' needs a pillar: "
                        + Pillar.allCases.map(\.rawValue).joined(separator: ", ")
                        + (declaration.pillar.map { Suggestion.didYouMean($0.text, in: Pillar.allCases.map(\.rawValue)) } ?? ""),
                    declaration.pillar?.range ?? declaration.id.range)
            }
            let push = declaration.push.flatMap { Push(rawValue: $0.0) }
            if push == nil { error("programme '\(declaration.id.text)' needs a push from 1 to 5", declaration.push?.1 ?? declaration.id.range) }
            let tasks = declaration.tasks.compactMap { number, range in
                KeyTask(rawValue: number)
                    ?? {
                        error("programme '\(declaration.id.text)' names key task \(number); the key tasks are numbered 1 to 5", range)
                        return nil
                    }()
            }
            let input = variable(declaration.spending, "the spending input of '\(declaration.id.text)'", at: declaration.id.range, kinds: [.input])
            let reference = variable(
                declaration.reference, "the reference spending of '\(declaration.id.text)'",
                at: declaration.id.range, kinds: [.aux, .param])
            if let pillar, let push, let input, let reference {
                programmes.append(
                    Programme(
                        id: declaration.id.text, name: declaration.name,
                        vietnameseName: declaration.vietnameseName, pillar: pillar, push: push,
                        keyTasks: tasks, aliases: declaration.aliases))
                spending.append(input.name)
                references.append(reference.name)
            }
        }
        var indicatorVariables: [ModelVariable] = []
        for declaration in file.indicators {
            guard
                let measured = variable(
                    declaration.variable, "the value of indicator '\(declaration.id.text)'",
                    at: declaration.id.range, kinds: [.aux, .stock, .flow])
            else { continue }
            let statisticParts = [declaration.agency, declaration.definition, declaration.reported]
            if statisticParts.contains(where: { $0 != nil }), statisticParts.contains(where: { $0 == nil }) {
                error(
                    "indicator '\(declaration.id.text)' names its statistic in part: give its agency, definition and reported "
                        + "lines together", declaration.id.range)
            }
            if declaration.provenance == nil {
                error("indicator '\(declaration.id.text)' needs a source or an assumption label for its baseline", declaration.id.range)
            }
            indicatorVariables.append(measured)
        }
        var officialTargets: [OfficialTarget] = []
        for declaration in file.targets {
            guard let indicator = file.indicators.first(where: { $0.id.text == declaration.indicator.text }) else {
                error(
                    "'\(declaration.indicator.text)' is not an indicator of this model"
                        + Suggestion.didYouMean(declaration.indicator.text, in: file.indicators.map(\.id.text)), declaration.indicator.range)
                continue
            }
            guard let document = declaration.document, let key = declaration.key else {
                error("target \(declaration.indicator.text) needs a line 'document \"…\" key WORD' naming what sets it", declaration.range)
                continue
            }
            guard case .source(let source)? = declaration.provenance else {
                error("target \(declaration.indicator.text) needs a 'source \"…\"' line where it is published", declaration.range)
                continue
            }
            guard let comparison = Comparison(rawValue: declaration.comparison) else { continue }
            officialTargets.append(
                OfficialTarget(
                    target: Target(indicator: indicator.id.text, comparison: comparison, value: declaration.value, year: declaration.year),
                    document: document, vietnameseDocument: declaration.vietnameseDocument, key: key, source: source))
        }
        var correlations: [Correlation] = []
        for declaration in file.correlations {
            var named: [ModelVariable] = []
            for name in [declaration.first, declaration.second] {
                guard let parameter = variable(name, "a correlated parameter", at: name.range, kinds: [.param]) else { continue }
                if parameter.literalValue == nil || parameter.uncertainty == nil {
                    error("'\(name.text)' has no range to draw from: only uncertain parameters can be correlated", name.range)
                } else if parameter.isFitted {
                    error(
                        "'\(name.text)' is fitted: it is drawn with the other fitted parameters, from the fit's own correlations",
                        name.range)
                } else {
                    named.append(parameter)
                }
            }
            if declaration.first.text == declaration.second.text {
                error("a parameter is not correlated with itself", declaration.second.range)
            }
            if !(declaration.value > -1 && declaration.value < 1) {
                error("a correlation is between -1 and 1 (not included), not \(NumberText.plain(declaration.value))", declaration.range)
            }
            if correlations.contains(where: { Set([$0.first, $0.second]) == Set([declaration.first.text, declaration.second.text]) }) {
                error("'\(declaration.first.text)' and '\(declaration.second.text)' are correlated twice", declaration.range)
            }
            guard let provenance = declaration.provenance else {
                error("a correlation needs a source or an assumption label: source \"…\" or assumption \"…\"", declaration.range)
                continue
            }
            guard named.count == 2 else { continue }
            correlations.append(
                Correlation(first: declaration.first.text, second: declaration.second.text, value: declaration.value, provenance: provenance))
            let names = Array(Set(correlations.flatMap { [$0.first, $0.second] })).sorted()
            if Correlation.cholesky(of: correlations, among: names) == nil {
                error(
                    "with this correlation the correlations of the model cannot hold together (their matrix is not positive definite)",
                    declaration.range)
            }
        }
        for history in file.histories {
            _ = variable(history.variable, "the variable of a history", at: history.variable.range, kinds: [.aux, .stock, .flow])
            if history.observations.isEmpty {
                error("a history needs at least one observation", history.variable.range)
            }
        }
        if let backcast = file.backcast {
            if backcast.start >= Double(baseYear + 1) {
                error("the backcast must start before the end of the base year (\(baseYear + 1).0)", backcast.range)
            }
            var seen = Set<String>()
            for start in backcast.starts {
                if let target = variable(start.parameter, "the starting parameter", at: start.parameter.range, kinds: [.param]),
                    target.literalValue == nil
                {
                    error(
                        "'\(start.parameter.text)' is computed from other parameters; a backcast can only start a parameter with a value",
                        start.parameter.range)
                }
                if !seen.insert(start.parameter.text).inserted {
                    error("'\(start.parameter.text)' is started twice", start.parameter.range)
                }
                if case .parameter(let name) = start.value {
                    _ = variable(
                        name, "the parameter that holds the starting value of '\(start.parameter.text)'",
                        at: name.range, kinds: [.param], excluding: start.parameter.text)
                }
            }
            for history in file.histories {
                for observation in history.observations where observation.time < backcast.start {
                    error(
                        "an observation at \(NumberText.plain(observation.time)) is before the backcast starts (\(NumberText.plain(backcast.start)))",
                        observation.range ?? history.variable.range)
                }
            }
        } else if !file.histories.isEmpty {
            error(
                "histories need a 'backcast from TIME' block that says where the run that meets them starts",
                file.histories[0].variable.range)
        }
        for input in compiled.variables where input.kind == .input && !spending.contains(input.name) {
            error("input '\(input.name)' receives no programme's spending", input.declaration)
        }
        if !diagnostics.isEmpty { return .failure(CompileErrors(diagnostics: diagnostics)) }

        // Reference spending is what the reference auxiliaries give (they depend on parameters
        // only); baselines are the indicators at the end of the base year in a run on the
        // reference pattern from the run's start (the backcast's, when the model has one).
        let runStart = file.backcast?.start ?? Double(baseYear + 1)
        let startingValues = Self.startingParameters(of: file.backcast, in: compiled)
        func values(_ names: [String], inputs: [Double], at end: Double) -> [Double] {
            let settings = RunSettings(
                start: runStart, end: max(end, runStart),
                inputs: RunInputs(names: spending, series: inputs.map { YearlySeries.constant($0) }), parameters: startingValues)
            guard let run = try? compiled.run(settings) else { return names.map { _ in .nan } }
            return names.map { run.value($0, at: end) ?? .nan }
        }
        let referenceSpending = values(references, inputs: spending.map { _ in 0 }, at: runStart)
        let baselines = values(indicatorVariables.map(\.name), inputs: referenceSpending, at: Double(baseYear + 1))
        let indicators = zip(file.indicators, zip(indicatorVariables, baselines)).map { declaration, pair in
            Indicator(
                id: declaration.id.text, name: declaration.name, vietnameseName: declaration.vietnameseName,
                unit: declaration.unit.map { .other($0) }
                    ?? (pair.0.unit == .percent ? .percent : pair.0.unit.isDimensionless ? .index : .other(pair.0.unit.description)),
                baseline: pair.1,
                baselineProvenance: declaration.provenance!, aliases: declaration.aliases,
                lowerIsBetter: declaration.lowerIsBetter, validity: declaration.validity,
                statistic: declaration.agency.map { agency in
                    Statistic(
                        agency: agency, definition: declaration.definition ?? "", reported: declaration.reported ?? "",
                        published: declaration.published ?? "–")
                })
        }
        let parameters = compiled.parameters.compactMap { parameter -> Parameter? in
            guard let value = parameter.literalValue else { return nil }
            return Parameter(
                id: parameter.name, description: parameter.documentation ?? parameter.name, value: value,
                unit: parameter.unit.description, provenance: parameter.provenance!, range: parameter.uncertainty,
                isFitted: parameter.isFitted, validity: parameter.validity)
        }
        let policies = Self.policies(in: parameters)
        var model = DeclaredModel(
            name: file.title ?? source.name ?? "model", fingerprint: Self.fingerprint(of: source.text), baseYear: baseYear,
            programmes: programmes,
            indicators: indicators, parameters: parameters, compiled: compiled, spendingInputs: spending,
            inputProgrammes: compiled.inputNames.map { spending.firstIndex(of: $0)! }, referenceVariables: references,
            referenceSpending: referenceSpending, indicatorVariables: indicatorVariables.map(\.name),
            indicatorColumns: indicatorVariables.map { variable in compiled.recordedNames.firstIndex(of: variable.name)! },
            policies: policies,
            officialTargets: officialTargets, correlations: correlations, histories: file.histories, backcast: file.backcast,
            programmeVocabulary: Suggestion.Vocabulary(programmes.map(\.id) + programmes.flatMap(\.aliases)),
            indicatorVocabulary: Suggestion.Vocabulary(indicators.map(\.id) + indicators.flatMap(\.aliases)),
            parameterVocabulary: Suggestion.Vocabulary(parameters.map(\.id)),
            allocationVocabulary: Suggestion.Vocabulary(programmes.map(\.id) + programmes.flatMap(\.aliases) + Pillar.allCases.map(\.rawValue)),
            policyVocabulary: Suggestion.Vocabulary(policies.map(\.name)))
        if let timeStep = file.timeStep { model.timeStep = timeStep }
        if let method = file.method { model.method = method }
        model.importedTime = file.importedTime
        model.translations = ModelTranslations(file.texts)
        return .success(model)
    }

    public func simulate(_ scenario: Scenario, cancellation: Cancellation) throws -> RunResult {
        try simulate(scenario, parameters: [:], cancellation: cancellation)
    }

    /// When every run starts: at the backcast's start when the model has one, so the years up to
    /// the base year run on history and a plan starts from the calibrated state of the end of the
    /// base year; otherwise at the end of the base year.
    public var runStart: Double { backcast?.start ?? Double(baseYear + 1) }

    /// The parameters the backcast block starts at other values, with the given values on top of
    /// the model's own (a starting value taken from another parameter takes that parameter's value
    /// in `parameters` when it has one).
    static func startingParameters(
        of backcast: BackcastDecl?, in compiled: CompiledModel,
        _ parameters: [String: Double] = [:]
    ) -> [String: Double] {
        var overrides = parameters
        for start in backcast?.starts ?? [] where parameters[start.parameter.text] == nil {
            switch start.value {
            case .number(let value, _):
                overrides[start.parameter.text] = value
            case .parameter(let name):
                overrides[start.parameter.text] = parameters[name.text] ?? compiled.variable(name.text)?.literalValue ?? .nan
            }
        }
        return overrides
    }

    /// The parameter values of a run: the given ones, then the backcast's starting values for the
    /// parameters they do not set.
    public func startingParameters(_ parameters: [String: Double] = [:]) -> [String: Double] {
        Self.startingParameters(of: backcast, in: compiled, parameters)
    }

    /// The saved step of a run nearest to a time.
    func stepIndex(at time: Double) -> Int { Int(((time - runStart) / timeStep).rounded()) }

    /// What a run of the scenario gives the engine: the time window (from `runStart`), and each
    /// programme's yearly spending (the reference pattern in the years before the horizon). Also
    /// what `export xmile` writes. `overrides` set some parameters to other values for this run only.
    public func runSettings(for scenario: Scenario, parameters overrides: [String: Double] = [:]) throws -> RunSettings {
        try runSettingsAndSpending(for: scenario, parameters: overrides).settings
    }

    /// `runSettings(for:parameters:)`, and each programme's yearly spending in those settings (from
    /// the first year of the run to the end of the horizon).
    func runSettingsAndSpending(
        for scenario: Scenario, parameters overrides: [String: Double]
    ) throws -> (settings: RunSettings, firstYear: Int, spending: [[Double]]) {
        guard scenario.horizon.lowerBound > baseYear else {
            throw SimulationError.invalidScenario(
                "the horizon must start after \(baseYear), the year of the model's baselines")
        }
        let firstYear = Int((runStart + 1e-9).rounded(.down))
        // Each year's envelope and each programme's share (as `Scenario.spending(on:in:)` computes
        // them), the shares looked up once for all the years the same allocation changes cover.
        let years = firstYear...scenario.horizon.upperBound
        // Per year: the envelope and the shares (the years before the horizon: the reference
        // spending, as an envelope of 1 and the reference amounts as shares). Consecutive years
        // covered by the same allocation changes share one array of shares.
        var envelopes: [Double] = []
        var yearShares: [[Double]] = []
        envelopes.reserveCapacity(years.count)
        yearShares.reserveCapacity(years.count)
        var shares: (changes: [Int], values: [Double])?
        var changes: [Int] = []
        for year in years {
            guard year >= scenario.horizon.lowerBound else {
                envelopes.append(1)
                yearShares.append(referenceSpending)
                continue
            }
            changes.removeAll(keepingCapacity: true)
            for (index, change) in scenario.allocationChanges.enumerated() where change.years.contains(year) { changes.append(index) }
            if shares?.changes != changes {
                let byProgramme = scenario.shares(in: year)
                shares = (changes, programmes.indices.map { byProgramme[programmes[$0].id] ?? 0 })
            }
            envelopes.append(scenario.envelope(in: year))
            yearShares.append(shares!.values)
        }
        // Each programme's series, written once (a year before the horizon: its reference amount,
        // not multiplied by anything, so exactly as before).
        let beforeHorizon = max(0, min(years.count, scenario.horizon.lowerBound - firstYear))
        var seriesValues: [[Double]] = programmes.indices.map { k in
            [Double](unsafeUninitializedCapacity: years.count) { values, count in
                for y in 0..<years.count { values[y] = y < beforeHorizon ? referenceSpending[k] : envelopes[y] * yearShares[y][k] }
                count = years.count
            }
        }
        for k in programmes.indices {
            // A late programme (`delay`) spends what is planned for an earlier year (`Scenario.plannedYear`).
            if !scenario.delays.isEmpty, scenario.delays[programmes[k].id] != nil {
                let planned = seriesValues[k]
                for year in scenario.horizon {
                    seriesValues[k][year - firstYear] =
                        scenario.plannedYear(spentIn: year, by: programmes[k].id).map { planned[$0 - firstYear] } ?? 0
                }
            }
        }
        let inputs = RunInputs(
            distinctNames: compiled.inputNames, series: inputProgrammes.map { YearlySeries(firstYear: firstYear, values: seriesValues[$0]) })
        // The scenario's assumptions and policies act from the end of the base year: the years
        // before are history and keep the calibrated values. The caller's overrides (drawn or
        // fitted parameters) act on the whole run, history included.
        var plan = scenario.assumptions
        for (name, start) in scenario.policies { plan[name + "_from"] = start }
        var settings = RunSettings(
            start: runStart, end: Double(scenario.horizon.upperBound + 1),
            timeStep: timeStep, method: method, inputs: inputs, parameters: startingParameters(overrides))
        settings.planParameters = overrides.isEmpty ? plan : plan.filter { overrides[$0.key] == nil }
        settings.planStart = Double(baseYear + 1)
        return (settings, firstYear, seriesValues)
    }

    /// Runs the compiled model, with the engine's errors as simulation errors.
    private func run(_ settings: RunSettings, cancellation: Cancellation) throws(SimulationError) -> Trajectory {
        do {
            return try compiled.run(settings, cancellation: cancellation)
        } catch .cancelled {
            throw .cancelled
        } catch {
            throw .invalidScenario(error.description)
        }
    }

    /// An indicator at the end of a year in a run with these settings (the settings of a scenario,
    /// perhaps with some inputs or parameters taken from another one).
    public func indicatorValue(
        _ indicator: String, in year: Int, settings: RunSettings,
        cancellation: Cancellation = .never
    ) throws -> Double {
        guard let index = indicators.firstIndex(where: { $0.id == indicator }) else {
            throw SimulationError.invalidScenario("the model has no indicator '\(indicator)'")
        }
        let trajectory = try run(settings, cancellation: cancellation)
        guard year >= baseYear, let row = trajectory.row(at: Double(year + 1)) else {
            throw SimulationError.invalidScenario("\(year) is outside the run (\(baseYear)–\(Int(settings.end) - 1))")
        }
        return trajectory.value(column: indicatorColumns[index], row: row)
    }

    /// The first step at which a recorded variable is not a finite number, and of the variables
    /// that are not, one whose own inputs still are: where the problem arises, not where it spreads.
    func firstNonFinite(in trajectory: Trajectory) -> (variable: String, time: Double)? {
        let columns = trajectory.names.count
        for row in trajectory.times.indices {
            let bad = (0..<columns).filter { !trajectory.value(column: $0, row: row).isFinite }
            guard !bad.isEmpty else { continue }
            let badNames = Set(bad.map { trajectory.names[$0] })
            let origin =
                bad.map { trajectory.names[$0] }.first { name in
                    let references = compiled.variable(name)?.equation?.references.map(\.text) ?? []
                    return !references.contains { badNames.contains($0) }
                } ?? trajectory.names[bad[0]]
            return (origin, trajectory.times[row])
        }
        return nil
    }

    /// Runs a scenario, with some parameters set to other values for this run only. `detail` says
    /// whether the result keeps every variable at every step (for `explain`), or only at the ends
    /// of years (enough for the indicators; what the analysis commands ask for, and cheaper).
    public func simulate(
        _ scenario: Scenario, parameters overrides: [String: Double], detail: RunDetail = .everyStep,
        cancellation: Cancellation = .never
    ) throws -> RunResult {
        try simulate(scenario, parameters: overrides, values: nil, detail: detail, cancellation: cancellation)
    }

    /// Whether parameters can be given by slot (`simulate(_:values:detail:cancellation:)`): no
    /// starting value of the backcast is taken from another parameter (which would have to follow it).
    public var takesParameterValues: Bool {
        backcast?.starts.allSatisfy { if case .number = $0.value { true } else { false } } ?? true
    }

    /// Runs a scenario with some parameters given by slot, resolved once for many runs (a Monte
    /// Carlo). Only when `takesParameterValues`.
    public func simulate(
        _ scenario: Scenario, values: (slots: ParameterSlots, values: [Double]), detail: RunDetail = .everyStep,
        cancellation: Cancellation = .never
    ) throws -> RunResult {
        try simulate(scenario, parameters: [:], values: values, detail: detail, cancellation: cancellation)
    }

    private func simulate(
        _ scenario: Scenario, parameters overrides: [String: Double], values: (slots: ParameterSlots, values: [Double])?,
        detail: RunDetail, cancellation: Cancellation
    ) throws -> RunResult {
        let made = try runSettingsAndSpending(for: scenario, parameters: overrides)
        var settings = made.settings
        settings.parameterValues = values
        let recordedYears = Array(baseYear...scenario.horizon.upperBound)
        if detail == .yearEnds { settings.recording = .times(recordedYears.map { Double($0 + 1) }) }
        // Each programme's spending in each year of the result (zero in the base year).
        let spendingByProgramme = made.spending.map { series in
            var values = [0.0]
            values.reserveCapacity(recordedYears.count)
            values.append(contentsOf: series[(baseYear + 1 - made.firstYear)...])
            return values
        }
        let trajectory = try run(settings, cancellation: cancellation)
        let rows = recordedYears.map { trajectory.row(at: Double($0 + 1)) }
        var allFinite = true
        let values = indicatorColumns.map { column in
            rows.map { row in
                let value = row.map { trajectory.value(column: column, row: $0) } ?? .nan
                allFinite = allFinite && value.isFinite
                return value
            }
        }
        var result = RunResult(
            scenario: scenario, years: recordedYears, indicators: indicators, programmes: programmes,
            indicatorValues: values, spending: spendingByProgramme,
            steps: stepIndex(at: Double(recordedYears.last! + 1)) - stepIndex(at: Double(recordedYears[0] + 1)),
            trajectory: trajectory)
        if !allFinite {
            // Where it arose needs every step: a run that kept only the ends of years runs again.
            var everyStep = settings
            everyStep.recording = .everyStep
            result.firstNonFinite = firstNonFinite(in: detail == .everyStep ? trajectory : try run(everyStep, cancellation: cancellation))
        }
        return result
    }
}
