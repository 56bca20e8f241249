import DXLanguage
import DXModel
import DXScenario
import DXShell
import DXSource

/// The fast target: lexing, parsing, rendering the diagnostics the shell would show (source
/// line, caret, did you mean), and checking and resolving every scenario against the model, with no simulation and
/// no second parse. `make fuzz` builds it with coverage only (no AddressSanitizer: this code is
/// Swift's checked code, and the language target runs the same code under ASan), so it runs
/// tens of thousands of inputs a second.
enum ParserTarget {
    /// Returns the source and its parse, for targets that go on to check more.
    @discardableResult
    static func run(_ text: String, on model: DeclaredModel) -> (SourceFile, ParseResult) {
        let source = SourceFile(name: "fuzz", text: text)
        let parsed = Parser.parse(source)
        let renderer = DiagnosticRenderer(colored: false)
        // As the shell shows them: the first ones (a file of noise has hundreds, all alike).
        for diagnostic in parsed.diagnostics.prefix(Interpreter.maximumReportedErrors) { _ = renderer.render(diagnostic) }
        let resolver = ScenarioResolver(model: model)
        var workspace = Workspace()
        for case .scenario(let decl) in parsed.statements {
            let definition = ScenarioDefinition(decl: decl, source: source)
            for diagnostic in resolver.check(definition) { _ = renderer.render(diagnostic) }
            if workspace.define(definition) { _ = resolver.resolve(definition.name, in: workspace) }
        }
        return (source, parsed)
    }
}
