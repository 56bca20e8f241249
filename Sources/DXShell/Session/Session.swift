import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// What a user builds up in a session of dxplan, and what every command works on: the model and
/// the scenarios, how reports are presented, the files statements read and write, the script's
/// variables, and a recording, workshop or lesson under way. Its operations are the ones commands
/// share (naming, resolving and running scenarios, loading files, reporting problems); each
/// command's own work is in its file (`Commands/`), and `Interpreter` executes statements in it.
package final class Session {
    /// The model scenarios run on; `model load` replaces it for the rest of the session.
    package internal(set) var model: DeclaredModel
    /// The file the model came from; nil for the bundled model.
    package var modelOrigin: String?

    /// Where a section of the model's documentation is: MODEL.md's section for the bundled model
    /// (MODEL.md comes with dxplan), the model file for any other model.
    func documentation(_ section: String) -> String {
        modelOrigin == nil ? "MODEL.md" + (section.isEmpty ? "" : " " + section) : t("the model file")
    }
    package internal(set) var workspace = Workspace()
    package var style: Style
    /// How reports are presented: the language, the styles and the width.
    /// The model file's own texts in the session's language.
    var wording: ModelWording { ModelWording(model, in: language) }
    var presentation: Presentation { Presentation(style: style, language: language, width: pageWidth) }
    /// The columns reports keep to (`width`; the terminal's width when dxplan starts on one).
    package var pageWidth = Presentation.defaultWidth

    /// The language of reports and errors (`lang en|vi`).
    package var language: OutputLanguage = .en {
        // In Vietnamese, errors are translated (`ErrorPhrasebook`).
        didSet { diagnosticRenderer.vietnamese = language == .vi ? ErrorPhrasebook.translation : nil }
    }
    package var diagnosticRenderer: DiagnosticRenderer
    /// Where everything is written; it keeps a copy of each statement's output for `record` and replay.
    let output: CapturingOutput
    /// The recording `record "FILE"` started, until `record stop`.
    var recording: Recording?
    /// The workshop open (`workshop "FILE"`).
    var workshop: WorkshopSession?
    /// The lesson under way (`lesson N`), until it ends or `quit lesson`.
    var lesson: LessonSession?
    /// Where lesson progress is kept between sessions; nil keeps it for this session only.
    package var lessonProgressPath: String?
    lazy var lessonProgress = LessonProgress(path: lessonProgressPath)
    /// Whether defining a scenario says so, as at the prompt, in a file too (a replay shows what
    /// the prompt showed).
    package var echoesDefinitions = false
    let cancellation: Cancellation
    var resolver: ScenarioResolver { ScenarioResolver(model: model) }

    package init(model: DeclaredModel, output: TextOutput, style: Style, errorStyle: Style, cancellation: Cancellation) {
        self.model = model
        self.output = CapturingOutput(output)
        self.style = style
        self.diagnosticRenderer = DiagnosticRenderer(colored: errorStyle.colored)
        self.cancellation = cancellation
    }

    package func report(_ diagnostic: Diagnostic) {
        output.writeError(diagnosticRenderer.render(diagnostic) + "\n")
    }

    /// Checks and defines a scenario; one that comes from no file (the prompt, `-c`, `optimise`)
    /// counts as unsaved until `save` writes it.
    @discardableResult
    func define(_ definition: ScenarioDefinition, inFile: Bool) throws(Diagnostic) -> Bool {
        let problems = resolver.check(definition)
        try throwAllButLast(problems.filter { $0.severity == .error })
        problems.filter { $0.severity != .error }.forEach(report)
        // A file may define a scenario before its parent; typed at the prompt, a parent that does
        // not exist is most likely a slip, said now rather than at the first run.
        if !inFile, let parent = definition.decl.parent, parent.text != definition.name, workspace.definition(parent.text) == nil {
            report(
                Diagnostic(
                    .warning, .semantic,
                    "'\(definition.name)' inherits from '\(parent.text)', which is not defined yet; it cannot run until it is"
                        + Suggestion.didYouMean(parent.text, in: workspace.names), source: definition.source, range: parent.range))
        }
        return workspace.define(definition, inFile: inFile)
    }

    func scenarioName(_ name: Name?, for command: String, source: SourceFile) throws(Diagnostic) -> String {
        if let name {
            guard workspace.definition(name.text) != nil else {
                let known =
                    workspace.names.isEmpty
                    ? "no scenarios are defined yet; define one with 'scenario … end' or 'load' a file"
                    : "scenarios: " + workspace.names.joined(separator: ", ")
                throw .error(
                    .unknownScenario, .semantic, "unknown scenario '\(name.text)'" + Suggestion.didYouMean(name.text, in: workspace.names),
                    in: source, at: name.range, notes: [.note(known)])
            }
            return name.text
        }
        guard let current = workspace.current else {
            throw .error(.semantic, "no scenario to \(command): define one with 'scenario … end' or 'load' a file")
        }
        return current
    }

    /// A scenario the session has, named by the user.
    func knownScenario(_ name: Name, source: SourceFile) throws(Diagnostic) -> String {
        try scenarioName(name, for: "show", source: source)
    }

    /// The indicator a name stands for (its id or a Vietnamese name), or an error with a suggestion.
    func knownIndicator(_ name: Name, source: SourceFile) throws(Diagnostic) -> Indicator {
        guard let indicator = model.indicator(name.text) else {
            throw .error(
                .unknownIndicator, .semantic, "unknown indicator '\(name.text)'" + Suggestion.didYouMean(name.text, in: model.indicatorVocabulary),
                in: source, at: name.range, notes: [.note("indicators: " + model.indicators.map(\.id).joined(separator: ", "))])
        }
        return indicator
    }

    /// A scenario with its inheritance, shifts and amounts worked out against the session's model.
    func resolvedScenario(_ name: String, at range: SourceRange?, source: SourceFile) throws(Diagnostic) -> Scenario {
        switch resolver.resolve(name, in: workspace) {
        case .success(let resolved): return resolved
        case .failure(var diagnostic):
            if diagnostic.source == nil {
                diagnostic.source = source
                diagnostic.range = range
            }
            throw diagnostic
        }
    }

    func simulate(_ name: String, at range: SourceRange?, source: SourceFile, makeCurrent: Bool = true) throws(Diagnostic) -> RunResult {
        let scenario = try resolvedScenario(name, at: range, source: source)
        do {
            let result = try model.simulate(scenario, cancellation: cancellation)
            workspace.store(result, makeCurrent: makeCurrent)
            warnIfOutOfRange(result)
            return result
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; the run of '\(name)' was cancelled")
        } catch {
            throw .error(.semantic, "cannot run '\(name)': \(error)", in: source, at: range)
        }
    }

    /// The results of a scenario (the current one when nil), running it if it has not run since it changed.
    func currentResult(_ name: Name?, for command: String, source: SourceFile, makeCurrent: Bool = true) throws(Diagnostic) -> RunResult {
        let scenario = try scenarioName(name, for: command, source: source)
        if let cached = workspace.result(scenario) {
            if makeCurrent { workspace.select(scenario) }
            return cached
        }
        return try simulate(scenario, at: name?.range, source: source, makeCurrent: makeCurrent)
    }

    /// The results of the named scenarios (each once, run if needed), or of the current one when
    /// none is named. Running several leaves the current scenario as it was.
    func results(of names: [Name], for command: String, source: SourceFile) throws(Diagnostic) -> [RunResult] {
        guard !names.isEmpty else { return [try currentResult(nil, for: command, source: source)] }
        var seen = Set<String>()
        var results: [RunResult] = []
        for name in names where seen.insert(name.text).inserted {
            results.append(try currentResult(name, for: command, source: source, makeCurrent: false))
        }
        return results
    }

    /// Whether the missed targets of a run can be met by any split of its budget (one more run,
    /// only when a target is missed; `targets` looks further). Empty for another kind of model.
    func reachOfMissedTargets(_ result: RunResult, deep: Bool = false) -> [Target: Reachability.Verdict] {
        guard let assessments = try? Reachability(model: model).assess(result, deep: deep, cancellation: cancellation) else { return [:] }
        return Dictionary(assessments.map { ($0.outcome.target, $0.verdict) }) { first, _ in first }
    }

    /// A run whose indicators leave their possible range (shares outside 0–100%, indices outside
    /// 0–1, values that are not numbers) has left the conditions the model holds for: list every
    /// indicator that does, from the year it does, with where a value that is not a number arose.
    private func warnIfOutOfRange(_ result: RunResult) {
        var violations: [String] = []
        for (i, indicator) in result.indicators.enumerated() {
            // A little slack: rounding in the integration is not a violation.
            let slack = indicator.unit == .percent ? 0.5 : 0.0005
            let validity = indicator.validity
            guard
                let y = result.indicatorValues[i].firstIndex(where: { value in
                    !value.isFinite || !(validity.contains(value) || validity.contains(value - slack) || validity.contains(value + slack))
                })
            else { continue }
            let value = result.indicatorValues[i][y]
            let limit = validity == .fraction ? 1.0 : 100.0
            let shown =
                !value.isFinite
                ? "not a number"
                : abs(value) >= 1e6
                    ? (value > 0 ? "far above " + Format.quantity(limit, indicator.unit) : "far below 0")
                    : Format.quantity(value, indicator.unit)
            violations.append("\(indicator.id) is \(shown) in \(result.years[y])")
        }
        guard !violations.isEmpty else { return }
        var causes: [String] = []
        if let origin = result.firstNonFinite {
            causes.append("the first value that is not a number is \(origin.variable) at \(ModelTime.label(origin.time))")
        }
        let assumed = result.scenario.assumptions.keys.sorted()
        if !assumed.isEmpty { causes.append("the scenario assumes " + assumed.joined(separator: ", ")) }
        if result.scenario.horizon.upperBound > model.baseYear + 20 { causes.append("the horizon runs far beyond \(model.baseYear)") }
        // Each likely cause a note of its own, so that every line reads whole (and translates whole).
        report(
            Diagnostic(
                .warning, .semantic,
                "the run of '\(result.scenario.name)' left the range the model is valid for: " + violations.joined(separator: "; ")
                    + "; read its results with care", notes: causes.map { Diagnostic(.note, .semantic, $0) }))
    }

    /// How many times the reference budget a scenario may reach before `run` warns.
    /// A guard on the shell's advice, not a model parameter.
    static let farFromReference = 10.0

    /// A fixed phrase in the language of reports.
    func t(_ english: String) -> String { language.phrase(english) }
    func t(_ template: String, _ values: KeyValuePairs<String, String>) -> String { language.phrase(template, values) }

    func paint(_ good: Bool) -> (String) -> String {
        let style = style
        return good ? { style.good($0) } : { style.bad($0) }
    }

    // MARK: - Files

    /// Where the files statements read and write are, and which a script may write.
    package var files = FileAccess()
    /// The script's variables, and its expressions evaluated over them.
    var script = ScriptEvaluator()

    /// A file name with the script's values put in: `"out/sweep-{share}.csv"` in a loop names one
    /// file per value (as `print` puts values in its text).
    func fileName(_ path: StringLiteral, source: SourceFile) throws(Diagnostic) -> StringLiteral {
        guard path.value.contains("{") else { return path }
        return StringLiteral(try interpolate(path, in: source), path.range)
    }

    /// Defines every scenario in a file and returns their names. Commands in the file are not run.
    /// `prefix` renames what the file defines (`team1-plan`); a name another file or the prompt
    /// already gave a scenario is an error unless `force`.
    func load(
        path: String, relativeTo range: SourceRange?, source: SourceFile? = nil, prefix: Name? = nil, force: Bool = false
    ) throws(Diagnostic) -> [String] {
        let resolved = files.readable(path, from: source)
        let text = try files.readText(resolved, shown: path, verb: "load", source: source, at: range)
        let file = SourceFile(name: path, text: text, directory: URL(fileURLWithPath: resolved).deletingLastPathComponent().path)
        let parsed = Parser.parse(file)
        if parsed.hasErrors {
            let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
            if path.hasSuffix(".dxm") || firstLine?.hasPrefix("model \"") == true || XMILEReader.isXMILE(text) {
                throw .error(
                    .semantic,
                    "'\(path)' is a model file, not a scenario file; to run scenarios on it, write model load "
                        + ScenarioPrinter.quote(path), in: source, at: range)
            }
            try throwAllButLast(parsed.diagnostics)
        }
        // Check everything before defining anything, so a bad file changes nothing.
        var definitions = parsed.statements.compactMap { statement -> ScenarioDefinition? in
            if case .scenario(let decl) = statement { return ScenarioDefinition(decl: decl, source: file) }
            return nil
        }
        if let prefix { definitions = Self.prefixed(definitions, with: prefix.text) }
        if !force { try checkNoClash(definitions, loading: path, resolved: resolved, at: range, source: source, prefix: prefix) }
        let problems = definitions.flatMap(resolver.check)
        try throwAllButLast(problems.filter { $0.severity == .error })
        problems.filter { $0.severity != .error }.forEach(report)
        for definition in definitions {
            if cancellation.isCancelled { throw .error(.interrupted, "interrupted; '\(path)' was only partly loaded") }
            workspace.define(definition)
        }
        return definitions.map(\.name)
    }

    /// The definitions of a file with a prefix before each name, and before each parent that the
    /// same file defines (a parent from elsewhere keeps its name).
    static func prefixed(_ definitions: [ScenarioDefinition], with prefix: String) -> [ScenarioDefinition] {
        let own = Set(definitions.map(\.name))
        return definitions.map { definition in
            var decl = definition.decl
            decl.name = Name(prefix + "-" + decl.name.text, decl.name.range)
            if let parent = decl.parent, own.contains(parent.text) { decl.parent = Name(prefix + "-" + parent.text, parent.range) }
            return ScenarioDefinition(decl: decl, source: definition.source)
        }
    }

    /// A file may replace what it defined before (loaded again after an edit), scenarios saved
    /// from the prompt, and any scenario with the same text, but not a different scenario another
    /// file defined, nor one typed at the prompt and not saved: those would be lost without a word.
    func checkNoClash(
        _ definitions: [ScenarioDefinition], loading path: String, resolved: String, at range: SourceRange?, source: SourceFile?, prefix: Name?
    ) throws(Diagnostic) {
        let loaded = URL(fileURLWithPath: resolved).standardizedFileURL.path
        let unsaved = Set(workspace.unsavedNames)
        var clashes: [(name: String, from: String)] = []
        for definition in definitions {
            // The same scenario written again (saved from this session, say) loses nothing.
            guard let existing = workspace.definition(definition.name),
                ScenarioPrinter.print(existing.decl) != ScenarioPrinter.print(definition.decl)
            else { continue }
            if let file = existing.source.name {
                if files.path(of: existing.source) == loaded { continue }
                clashes.append((definition.name, file == Self.optimiseSource ? "by optimise" : "in '\(file)'"))
            } else if unsaved.contains(definition.name) {
                clashes.append((definition.name, "at the prompt, and not saved"))
            }
        }
        guard let first = clashes.first else { return }
        var others = ""
        if clashes.count > 1 {
            let names: [String] = clashes.dropFirst().prefix(5).map { $0.name }
            others = " (and \(clashes.count - 1) more: " + names.joined(separator: ", ") + ")"
        }
        let advice: String
        if let prefix {
            advice = "choose another prefix than '\(prefix.text)', or add 'force' to replace"
        } else {
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let usable = !stem.isEmpty && !Grammar.isReserved(stem) && stem.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
            let suggested = usable ? stem : "PREFIX"
            advice =
                "to keep both, load it with a prefix: load \(ScenarioPrinter.quote(path)) as \(suggested) "
                + "(its scenarios become \(suggested)-\(first.name)…); to replace, add 'force'"
        }
        let message = "'\(path)' defines '\(first.name)', already defined \(first.from)\(others); loading it would replace it"
        throw .error(.nameClash, .semantic, message, in: source, at: range, notes: [.note(advice)])
    }

    /// Reports all but the last problem and throws the last, so they print in source order.
    func throwAllButLast(_ problems: [Diagnostic]) throws(Diagnostic) {
        guard let last = problems.last else { return }
        problems.dropLast().forEach(report)
        throw last
    }

    /// Writes a file `save` or `export` makes (`FileAccess.write`).
    func write(_ text: String, to path: StringLiteral, force: Bool, verb: String, source: SourceFile) throws(Diagnostic) {
        try files.write(bytes: Array(text.utf8), to: path, force: force, verb: verb, source: source)
    }
}
