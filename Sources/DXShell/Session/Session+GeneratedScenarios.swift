import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Scenarios that analysis commands define (`optimise`, `seek budget`): the checks on the name
/// they take, and the definition itself: a declaration value, given the canonical text the
/// printer writes for it (what `save` and `export` write), so it can be shown, run and saved.
extension Session {
    /// Whether `optimise` or `seek` may define `target` from `scenarioName`: not the scenario
    /// itself nor one it inherits from (a loop), and not a scenario a planner wrote (only an
    /// earlier result of the same command, from `generator`, is replaced).
    func checkGeneratedName(
        _ target: String, from scenarioName: String, generator: String, what: String, at range: SourceRange?, source: SourceFile
    ) throws(Diagnostic) {
        if workspace.lineage(of: scenarioName).contains(where: { $0.name == target }) {
            throw .error(
                .semantic, "'\(target)' is '\(scenarioName)' or one it inherits from; name the \(what) differently", in: source, at: range)
        }
        if let existing = workspace.definition(target), existing.source.name != generator {
            throw .error(
                .semantic,
                "'\(target)' is already defined (\(existing.source.name ?? "at the prompt")); name the \(what) differently with 'as NAME'",
                in: source, at: range)
        }
    }

    /// Defines the scenario a command made (source named `generator`) and runs it: whether it
    /// replaced an earlier one, its result, and where its name stands in its text. The
    /// declaration's positions are those of its canonical text, so its lines can be pointed to.
    func defineGenerated(_ made: ScenarioDecl, generator: String) throws(Diagnostic) -> (replaced: Bool, result: RunResult, at: SourceRange) {
        let file = SourceFile(name: generator, text: ScenarioPrinter.print(made))
        let parsed = Parser.parse(file)
        guard !parsed.hasErrors, case .scenario(let decl)? = parsed.statements.first, decl.name.text == made.name.text else {
            throw .error(.internal, "the scenario \(generator) defines does not read back: \(parsed.diagnostics.map(\.message))")
        }
        let replaced = try define(ScenarioDefinition(decl: decl, source: file), inFile: false)
        return (replaced, try currentResult(decl.name, for: generator, source: file, makeCurrent: false), decl.name.range)
    }

    /// A declaration that no text holds yet (`defineGenerated` gives it the positions of its text).
    static func generatedDecl(_ name: String, from parent: String, title: String, items: [ScenarioItem]) -> ScenarioDecl {
        ScenarioDecl(name: Name(name, .nowhere), parent: Name(parent, .nowhere), title: StringLiteral(title, .nowhere), items: items, range: .nowhere)
    }

    /// The indicators a `seek` names after `for`, each of which the scenario must set a target for;
    /// the scenario must set some.
    func soughtIndicators(_ names: [Name], in scenario: Scenario, named scenarioName: String, at range: SourceRange?, source: SourceFile)
        throws(Diagnostic) -> [String]
    {
        var indicators: [String] = []
        for indicatorName in names {
            let indicator = try knownIndicator(indicatorName, source: source)
            guard scenario.targets.contains(where: { $0.indicator == indicator.id }) else {
                throw .error(
                    .semantic, "'\(scenarioName)' sets no target for \(indicator.id); add one (target \(indicator.id) >= … by YEAR)",
                    in: source, at: indicatorName.range)
            }
            indicators.append(indicator.id)
        }
        guard !scenario.targets.isEmpty else {
            throw .error(.semantic, "'\(scenarioName)' sets no targets to meet; add targets first", in: source, at: range)
        }
        return indicators
    }
}

extension SourceRange {
    /// The position of a piece of syntax a command made, before it is printed and read back.
    static let nowhere = SourceRange(start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 1, offset: 0))
}
