import DXLanguage
import DXModel
import DXScenario
import DXShell
import DXSource

/// The fast target: lexing, parsing, the first diagnostic rendered as the shell shows it (source
/// line, caret, did you mean), and checking and resolving every scenario against the model, with
/// no simulation and no second parse. `make fuzz` builds it with coverage only (no AddressSanitizer:
/// this code is Swift's checked code, and the language target runs the same code under ASan), so
/// it runs thousands of inputs a second.
///
/// It renders the parse's first diagnostic, not all of them (the shell shows up to 50): rendering
/// is one function of a diagnostic and its source line, and the fuzzer puts any line first by
/// cutting the input, while rendering every one took a fifth of this target's time
/// (BENCHMARKS.md, "Fuzzing"). The language target renders them all.
enum ParserTarget {
    /// Returns the source and its parse, for targets that go on to check more.
    @discardableResult
    static func run(_ text: String, resolver: ScenarioResolver, renderingAll: Bool = false) -> (SourceFile, ParseResult) {
        let source = SourceFile(name: "fuzz", text: text)
        let parsed = Parser.parse(source)
        let renderer = DiagnosticRenderer(colored: false)
        let shown = renderingAll ? Interpreter.maximumReportedErrors : 1
        for diagnostic in parsed.diagnostics.prefix(shown) { _ = renderer.render(diagnostic) }
        var workspace = Workspace()
        for case .scenario(let decl) in parsed.statements {
            let definition = ScenarioDefinition(decl: decl, source: source)
            for diagnostic in resolver.check(definition) { _ = renderer.render(diagnostic) }
            if workspace.define(definition) { _ = resolver.resolve(definition.name, in: workspace) }
        }
        return (source, parsed)
    }
}
