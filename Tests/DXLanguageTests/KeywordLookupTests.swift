import DXAnalysis
import DXShell
import DXSource
import Testing

@testable import DXLanguage

/// The command table skips folding and hashing for an ASCII word whose length and first letter no
/// keyword has (`KeywordShapes`); this checks the answers against the plain look-up (fold, then the
/// table of Vietnamese keywords and command synonyms).
@Suite("Keywords in either language")
struct KeywordLookupTests {
    static let table = CommandRegistry.table

    /// The plain definition: the folded word in the commands' synonyms, then in the language's keywords.
    static func reference(_ word: String) -> String {
        var canonical: [String: String] = [:]
        for command in table.commands {
            for synonym in command.synonyms { canonical[Folding.fold(synonym)] = command.word }
        }
        canonical.merge(Grammar.foldedKeywords) { command, _ in command }
        return canonical[Folding.fold(word)] ?? word
    }

    @Test("every Vietnamese keyword and synonym, with and without diacritics and in capitals, is its English word")
    func everyKeyword() {
        var forms = Array(Grammar.vietnameseKeywords.keys)
        for command in Self.table.commands { forms += command.synonyms }
        #expect(forms.count > 50)
        for form in forms {
            let english = Self.reference(form)
            for written in [form, Folding.fold(form), form.uppercased(), Folding.fold(form).uppercased()] {
                #expect(Self.table.canonicalKeyword(written) == english, "\(written)")
            }
        }
    }

    @Test("any word gets the plain look-up's answer (seeded random words near the keywords)")
    func randomWords() {
        var generator = SeededGenerator(seed: 20_261_130)
        var keywords = Array(Grammar.foldedKeywords.keys).sorted()
        for command in Self.table.commands { keywords += command.synonyms }
        let letters = Array("abcdeghiklmnopqrstuvxyABCDĐđ-_0123456789ạếờ".unicodeScalars)
        for _ in 0..<20_000 {
            var word = Array(keywords.randomElement(using: &generator)!.unicodeScalars)
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                let at = Int.random(in: 0...word.count, using: &generator)
                if Bool.random(using: &generator), at < word.count {
                    word[at] = letters.randomElement(using: &generator)!
                } else {
                    word.insert(letters.randomElement(using: &generator)!, at: at)
                }
            }
            let text = String(String.UnicodeScalarView(word))
            #expect(Self.table.canonicalKeyword(text) == Self.reference(text), "\(text)")
        }
    }
}
