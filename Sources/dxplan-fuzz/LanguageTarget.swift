import DXLanguage
import DXModel
import DXScenario
import DXShell
import DXSource

/// The language without simulation: what `ParserTarget` runs (rendering every diagnostic the
/// shell would show), and three promises that a crash
/// would not reveal, checked on every input that parses:
/// - a scenario printed by `save` parses back to a scenario that prints the same;
/// - `format` does not change what a file means (every scenario prints the same before and after);
/// - `format` is idempotent.
/// A broken promise stops the fuzzer with the input, like a crash.
enum LanguageTarget {
    static func run(_ text: String, resolver: ScenarioResolver) {
        let (source, parsed) = ParserTarget.run(text, resolver: resolver, renderingAll: true)
        let renderer = DiagnosticRenderer(colored: false)
        var printed: [String] = []
        for case .scenario(let decl) in parsed.statements {
            let text = ScenarioPrinter.print(decl)
            printed.append(text)
            let again = Parser.parse(SourceFile(name: "printed", text: text))
            guard !again.hasErrors, case .scenario(let reparsed)? = again.statements.first, again.statements.count == 1 else {
                broken("a printed scenario does not parse back", text, again.diagnostics.map(renderer.render))
            }
            let reprinted = ScenarioPrinter.print(reparsed)
            if reprinted != text { broken("a printed scenario prints differently once parsed back", text, [reprinted]) }
        }

        // The formatter refuses a file with errors (after parsing it again): only valid input
        // can break its promises.
        guard !parsed.hasErrors, !parsed.isIncomplete, let formatted = SourceFormatter.format(source) else { return }
        let reformatted = Parser.parse(SourceFile(name: "formatted", text: formatted))
        if reformatted.hasErrors || reformatted.isIncomplete {
            broken("formatting made the file fail to parse", formatted, reformatted.diagnostics.map(renderer.render))
        }
        var printedAfter: [String] = []
        for case .scenario(let decl) in reformatted.statements { printedAfter.append(ScenarioPrinter.print(decl)) }
        if printedAfter != printed { broken("formatting changed a scenario", formatted, printed + ["--- after ---"] + printedAfter) }
        if let twice = SourceFormatter.format(SourceFile(name: "formatted", text: formatted)), twice != formatted {
            broken("formatting twice differs from formatting once", formatted, [twice])
        }
    }

    private static func broken(_ promise: String, _ text: String, _ details: [String]) -> Never {
        fatalError("\(promise):\n\(text)\n\(details.joined(separator: "\n"))")
    }
}
