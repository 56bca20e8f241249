import DXAnalysis
import Testing

@testable import DXSource

@Suite("Lexer")
struct LexerTests {
    func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(name: "t", text: text)).tokens.map(\.kind)
    }

    @Test("words keep inner hyphens; a hyphen before a number is a symbol, before digits and a letter part of the word")
    func words() {
        #expect(kinds("five-pushes x-1") == [.word("five-pushes"), .word("x"), .symbol("-"), .number(1), .endOfInput])
        #expect(
            kinds("phủ-sóng-5g x-12 4g") == [
                .word("phủ-sóng-5g"), .word("x"), .symbol("-"), .number(12), .number(4), .word("g"),
                .endOfInput,
            ])
    }

    @Test("numbers take _ separators and decimals; % is its own token")
    func numbers() {
        #expect(kinds("25_000 12.5%") == [.number(25000), .number(12.5), .percent, .endOfInput])
    }

    @Test("strings keep Vietnamese text and decode escapes")
    func strings() {
        #expect(kinds(#""Chuyển đổi số \"2030\"""#) == [.string("Chuyển đổi số \"2030\""), .endOfInput])
    }

    @Test("comments are skipped; line breaks and ; end statements")
    func commentsAndNewlines() {
        #expect(
            kinds("run # the baseline\nlist; quit") == [
                .word("run"), .newline, .word("list"), .newline, .word("quit"), .endOfInput,
            ])
    }

    @Test("comparisons, including the Unicode signs")
    func comparisons() {
        #expect(kinds(">= <= > < ≥") == [.symbol(">="), .symbol("<="), .symbol(">"), .symbol("<"), .symbol(">="), .endOfInput])
    }

    @Test("a token's text is the source between its places, which count the scalars before them (seeded random text)")
    func placesMatchTheText() {
        // The lexer reads ASCII without decoding and everything else by scalars: pieces of both,
        // glued at random, must give the same places either way.
        var generator = SeededGenerator(seed: 20_261_130)
        let pieces = [
            "a", "Z", "_x", "x-1", "-", "5", "25_000", "1_", "1.5", ".5", "1..2", "%", ">=", "<", "=", "==", "!", "!=", ",", "(", ")",
            "#c ờ\n", "# x", "\n", "\r\n", "\r", ";", " ", "\t", "\u{00A0}", "\"s\\\"t\"", "\"open", "“q”", "ờ", "phủ-sóng-5g", "≥",
            "≤", "$", "\u{1B}", "\u{0301}", "😀", "{", "}", "[", "]", "^", "*", "/", "+", ":",
        ]
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            func expected(_ offset: Int) -> (line: Int, column: Int) {
                let before = scalars[..<offset]
                return (before.filter { $0 == "\n" }.count + 1, offset - (before.lastIndex(of: "\n").map { $0 + 1 } ?? 0) + 1)
            }
            for token in Lexer.tokenize(SourceFile(name: "t", text: text)).tokens {
                let start = token.range.start, end = token.range.end
                #expect(String(String.UnicodeScalarView(scalars[start.offset..<end.offset])) == token.text, "\(scalars)")
                #expect(expected(start.offset) == (start.line, start.column), "\(scalars)")
                #expect(expected(end.offset) == (end.line, end.column), "\(scalars)")
                if case .number(let value) = token.kind { #expect(value == Double(token.text.filter { $0 != "_" }) ?? 0) }
            }
        }
    }

    @Test("the characters that start a token or a space are the punctuation set's, by bits as by a set")
    func punctuationMatchesTheSet() {
        let set = Set(" \t\r\n;#\"“”%<>≥≤=!,()-+*/^:[]{}.\u{00A0}".unicodeScalars)
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Lexer.isPunctuation(scalar) == set.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test("letters, combining marks and control characters are Unicode's, by bits and ranges as by the property look-ups")
    func commonScalarsMatchUnicode() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Lexer.isControlCharacter(scalar) == (scalar.properties.generalCategory == .control), "U+\(String(value, radix: 16))")
            guard value >= 0x80 else { continue }
            #expect(Lexer.isWordStart(scalar) == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(Lexer.isCombiningMark(scalar) == Lexer.isCombiningMarkByCategory(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(!Lexer.isWordStart("\u{FFFD}") && !Lexer.isCombiningMark("\u{FFFD}"))
        #expect(Lexer.isWordStart("가") && Lexer.isCombiningMark("\u{20D0}") && !Lexer.isWordStart("😀"))
    }

    @Test("positions are 1-based lines and columns")
    func positions() {
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "list\n  run  baseline")).tokens
        let baseline = tokens.first { $0.word == "baseline" }!
        #expect(baseline.range.start.line == 2)
        #expect(baseline.range.start.column == 8)
        #expect(baseline.range.end.column == 16)
    }

    @Test("an unterminated string and a stray character are errors, and lexing goes on")
    func errors() {
        let result = Lexer.tokenize(SourceFile(name: "t", text: "load \"x.plan\nrun $ baseline"))
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics[0].message.contains("unterminated string"))
        #expect(result.diagnostics[1].message == "unexpected character '$'")
        #expect(result.tokens.contains { $0.word == "baseline" })
    }
}

@Suite("Lexer robustness")
struct LexerRobustnessTests {
    @Test("a long run of characters that start no token is one diagnostic, not a deep recursion")
    func longRun() {
        let text = "run " + String(repeating: "\u{0}", count: 200_000) + " baseline"
        let result = Lexer.tokenize(SourceFile(name: "t", text: text))
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics[0].message == "unexpected character 'U+0000' (and 199999 more)")
        #expect(result.tokens.contains { $0.word == "baseline" })
    }
}

@Suite("Diagnostics of huge input")
struct HugeInputDiagnosticTests {
    @Test("a huge word is no typo; a long line shows a window around the place, the caret on it; a long message is cut")
    func window() {
        #expect(Suggestion.closest(to: String(repeating: "a", count: 10_000), in: ["baseline"]) == nil)
        let line = "let x = " + String(repeating: "1+", count: 300) + " oops"
        let source = SourceFile(name: "long.plan", text: line)
        let column = line.count - 3
        let start = SourceLocation(line: 1, column: column, offset: 0), end = SourceLocation(line: 1, column: column + 4, offset: 0)
        let text = DiagnosticRenderer(colored: false).render(
            .error(.semantic, "unknown variable '" + String(repeating: "z", count: 1000) + "'", in: source, at: SourceRange(start: start, end: end)))
        let lines = text.split(separator: "\n")
        #expect(lines[0].count < 500 && lines[0].hasSuffix("…"))
        #expect(lines[1].count < 200 && lines[1].contains("… ") == false && lines[1].contains("…+1+1"))
        // The caret sits under 'oops'.
        let excerpt = String(lines[1]), caret = String(lines[2])
        let oops = excerpt.range(of: "oops")!
        #expect(
            caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) }
                == excerpt.distance(from: excerpt.startIndex, to: oops.lowerBound))
    }
}
