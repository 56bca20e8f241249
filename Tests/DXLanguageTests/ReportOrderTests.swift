import DXAnalysis
import DXSource
import Testing

@testable import DXLanguage

/// The parser orders its diagnostics by sorting places and indices, with one look-up per lexer
/// error for a parser error before it on its line; this checks it against the plain definition
/// (every lexer error compared with every parser error, the diagnostics themselves sorted) on
/// seeded random diagnostics.
@Suite("The order diagnostics are reported in")
struct ReportOrderTests {
    /// The plain definition: lexer errors first found, dropped when a parser error comes before
    /// them on their line; then everything sorted by place, ties in the order found.
    static func reference(_ diagnostics: [Diagnostic], lexed: Int) -> [Diagnostic] {
        let parserErrors = diagnostics.dropFirst(lexed).compactMap(\.range?.start)
        let kept = diagnostics.enumerated().filter { index, diagnostic in
            guard index < lexed, let at = diagnostic.range?.start else { return true }
            return !parserErrors.contains { $0.line == at.line && $0 < at }
        }
        return kept.sorted { a, b in
            switch (a.element.range?.start, b.element.range?.start) {
            case (let x?, let y?) where x != y: x < y
            default: a.offset < b.offset
            }
        }.map(\.element)
    }

    @Test("the order is the plain definition's (seeded random places, many on one line, some without a place)")
    func matchesPlainDefinition() {
        var generator = SeededGenerator(seed: 20_261_130)
        let source = SourceFile(name: "t", text: "")
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &generator)
            let lexed = Int.random(in: 0...count, using: &generator)
            var diagnostics: [Diagnostic] = []
            for index in 0..<count {
                guard Int.random(in: 0..<8, using: &generator) != 0 else {
                    diagnostics.append(.error(.syntax, "\(index)"))
                    continue
                }
                let line = Int.random(in: 1...4, using: &generator), column = Int.random(in: 1...6, using: &generator)
                let start = SourceLocation(line: line, column: column, offset: line * 10 + column)
                diagnostics.append(.error(.syntax, "\(index)", in: source, at: SourceRange(start: start, end: start)))
            }
            // A quarter in reading order already (the parser's usual order, which is kept as it is).
            if Int.random(in: 0..<4, using: &generator) == 0 {
                diagnostics.sort { ($0.range?.start.offset ?? 0) < ($1.range?.start.offset ?? 0) }
            }
            #expect(
                Parser.reportOrder(diagnostics, lexed: lexed).map(\.message) == Self.reference(diagnostics, lexed: lexed).map(\.message),
                "\(diagnostics.map { ($0.message, $0.range?.start.offset) }) lexed \(lexed)")
        }
    }
}
