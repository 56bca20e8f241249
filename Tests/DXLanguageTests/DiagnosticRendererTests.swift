import DXShell
import DXSource
import Testing

@testable import DXLanguage

@Suite("Diagnostic rendering")
struct DiagnosticRendererTests {
    @Test("a file diagnostic has file:line:col, the line, and a caret under the token")
    func fileDiagnostic() throws {
        let source = SourceFile(name: "plan.txt", text: "scenario x \"Chuyển đổi số\"\n  allocate\n    skils 10%\n  end\nend\n")
        let start = SourceLocation(line: 3, column: 5, offset: 0)
        let end = SourceLocation(line: 3, column: 10, offset: 0)
        let diagnostic = Diagnostic.error(
            .semantic, "unknown programme 'skils'; did you mean 'skills'?",
            in: source, at: SourceRange(start: start, end: end))
        #expect(
            DiagnosticRenderer(colored: false).render(diagnostic) == """
                plan.txt:3:5: error[E200]: unknown programme 'skils'; did you mean 'skills'?
                   3 |     skils 10%
                     |     ^~~~~
                """)
    }

    @Test("REPL input prints no file name; the caret lines up after Vietnamese text")
    func replDiagnostic() throws {
        let source = SourceFile(name: nil, text: "scenario x \"Chuyển đổi\" frm y")
        let result = Parser.parse(source)
        let diagnostic = try #require(result.diagnostics.first)
        let rendered = DiagnosticRenderer(colored: false).render(diagnostic)
        #expect(
            rendered == """
                error[E100]: unexpected 'frm' after the scenario header (settings go on the following lines)
                   1 | scenario x "Chuyển đổi" frm y
                     |                         ^~~
                """)
    }

    @Test("colour wraps the severity only when asked")
    func colour() {
        let diagnostic = Diagnostic.error(.semantic, "boom")
        #expect(!DiagnosticRenderer(colored: false).render(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticRenderer(colored: true).render(diagnostic).contains("\u{1B}[1;31merror[E200]:"))
    }
}

@Suite("Suggestions")
struct SuggestionTests {
    @Test("close misspellings get a suggestion; unrelated words do not")
    func suggestions() {
        let programmes = ["services", "data", "skills", "broadband"]
        #expect(Suggestion.closest(to: "skils", in: programmes) == "skills")
        #expect(Suggestion.closest(to: "brodband", in: programmes) == "broadband")
        #expect(Suggestion.closest(to: "sevrices", in: programmes) == "services")
        #expect(Suggestion.closest(to: "zzz", in: programmes) == nil)
        #expect(Suggestion.closest(to: "anything", in: []) == nil)
    }
}
