import DXAnalysis
import Testing

@testable import DXSource

/// The renderer places the caret under a short line in one or two passes over its bytes when every
/// scalar of the line is a character of its own (`simplePlacement`), and in one pass over its scalars
/// otherwise (`shortPlacement`); this checks both against the plain definition (`placement`: the
/// escaped text before the place and under it, counted in characters) on seeded random lines.
@Suite("Where the caret goes under an excerpt")
struct ExcerptPlacementTests {
    @Test("every scalar `isSimple` calls simple is a character of its own beside another simple one")
    func simpleScalarsAreCharacters() {
        // It joins neither the one before (as an accent or a joiner would) nor the one after (as a
        // prefix would), and is no half of a pair (CR LF): a line of them has a character a scalar.
        let neighbours = ["a", " ", "ế", "Đ", "\u{00AD}", "©", "ǅ", "\u{02C6}", "\u{FFFD}"]
        for value in UInt32(0)...0x1FFFF where DiagnosticRenderer.isSimple(value) {
            guard let scalar = Unicode.Scalar(value), !VisibleText.isControl(scalar) else { continue }
            let text = String(scalar)
            #expect(text.count == 1 && (text + text).count == 2, "U+\(String(value, radix: 16))")
            for neighbour in neighbours {
                #expect((neighbour + text).count == 2 && (text + neighbour).count == 2, "U+\(String(value, radix: 16)) beside \(neighbour)")
            }
        }
    }

    @Test("the fast placements give the plain definition's (seeded random lines and places)")
    func fastPlacementsMatchThePlainDefinition() {
        var generator = SeededGenerator(seed: 20_261_130)
        let pieces = [
            "a", "Z", " ", "\t", "x", "10%", "\u{1B}", "\u{7}", "\u{7F}", "\u{85}", "\u{9F}", "\r", "ờ", "Đ", "ế", "ß", "\u{00AD}",
            "\u{FFFD}", "ư", "ẫ", "e\u{0301}", "😀", "漢", "\u{200D}", "ǅ", "\u{02C6}",
        ]
        for round in 0..<4000 {
            // Short lines mostly; some past the widest excerpt, which only the plain definition shows.
            let count = round % 10 == 0 ? Int.random(in: 150...200, using: &generator) : Int.random(in: 0...30, using: &generator)
            let line = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalarCount = line.unicodeScalars.count
            let startColumn = Int.random(in: 1...(scalarCount + 3), using: &generator)
            let start = SourceLocation(line: 1, column: startColumn, offset: 0)
            let endLine = Int.random(in: 0..<6, using: &generator) == 0 ? 2 : 1
            let end = SourceLocation(line: endLine, column: Int.random(in: 1...(scalarCount + 3), using: &generator), offset: 0)
            let range = SourceRange(start: start, end: end)
            let plain = DiagnosticRenderer.placement(of: line, range)
            let hasControl = line.unicodeScalars.contains(where: VisibleText.isControl)
            for fast in [DiagnosticRenderer.simplePlacement(of: line[...], range), DiagnosticRenderer.shortPlacement(of: line[...], range)] {
                guard let fast else { continue }
                #expect(fast.before == plain.before && fast.underlined == plain.underlined, "\(line.unicodeScalars.map(\.value)) \(range)")
                #expect(fast.hasControl == hasControl)
            }
            // The simple one answers for every line of simple scalars no wider than an excerpt shows.
            let simple = line.unicodeScalars.allSatisfy { DiagnosticRenderer.isSimple($0.value) }
            #expect((DiagnosticRenderer.simplePlacement(of: line[...], range) != nil) == (simple && scalarCount <= 160))
        }
    }
}
