import DXAnalysis
import Testing

@testable import DXSource

/// "Did you mean" and the escaping of shown text skip work (distances bounded by the best so far,
/// a byte scan for control characters); these check them against the plain definitions on seeded
/// random text.
@Suite("Suggestion and VisibleText shortcuts")
struct SuggestionTests {
    static let alphabet = Array("abcdeknost-_ăâđêôơưáàảãạ".unicodeScalars)

    static func word(_ generator: inout SeededGenerator, length: ClosedRange<Int>) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: length, using: &generator) { scalars.append(alphabet.randomElement(using: &generator)!) }
        return String(scalars)
    }

    /// The closest name as `closest` defines it, with every distance computed in full.
    static func reference(_ word: String, _ names: [String]) -> String? {
        guard word.utf8.count <= Suggestion.maximumWordLength else { return nil }
        let lowered = Folding.fold(word)
        let target = Array(lowered.unicodeScalars)
        let letters = names.map { Array(Folding.fold($0).unicodeScalars) }
        var best: (index: Int, distance: Int)?
        for (index, name) in letters.enumerated() {
            let distance = Suggestion.editDistance(target, name)
            if best == nil || distance < best!.distance { best = (index, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, (target.count + 2) / 3))
        let isPrefix = String(String.UnicodeScalarView(letters[best.index])).hasPrefix(lowered) && word.count >= 3
        if best.distance <= allowed || isPrefix { return names[best.index] }
        var containing: Int?
        for (index, name) in letters.enumerated() {
            let parts = String(String.UnicodeScalarView(name)).split(whereSeparator: { $0 == "-" || $0 == "_" })
            guard !target.isEmpty, parts.contains(where: { Array($0.unicodeScalars) == target }) else { continue }
            if containing != nil { return nil }
            containing = index
        }
        return containing.map { names[$0] }
    }

    @Test("the closest name is the one every full distance gives (seeded random words and names)")
    func closestMatchesFullDistances() {
        var generator = SeededGenerator(seed: 20_261_130)
        for _ in 0..<300 {
            let names = (0..<Int.random(in: 1...40, using: &generator)).map { _ in Self.word(&generator, length: 1...14) }
            let vocabulary = Suggestion.Vocabulary(names)
            for _ in 0..<10 {
                // Half the words are a name with a typo or two, half are noise.
                var word = Self.word(&generator, length: 0...16)
                if Bool.random(using: &generator), var letters = names.randomElement(using: &generator).map({ Array($0.unicodeScalars) }) {
                    for _ in 0..<Int.random(in: 0...2, using: &generator) where !letters.isEmpty {
                        letters[Int.random(in: 0..<letters.count, using: &generator)] = Self.alphabet.randomElement(using: &generator)!
                    }
                    word = String(String.UnicodeScalarView(letters))
                }
                #expect(Suggestion.closest(to: word, in: vocabulary) == Self.reference(word, names), "\(word) in \(names)")
            }
        }
    }

    @Test("the closest name is the full distances' one for words that begin names, long noise and other scripts")
    func closestMatchesFullDistancesOnPrefixes() {
        // ASCII names and words take the bounded path (distances worked out only up to what can
        // still be the answer); a vocabulary with a Greek name, or a Greek word, the full one.
        var generator = SeededGenerator(seed: 20_261_201)
        let ascii = Array("abcdeklmnost-_".unicodeScalars), greek = Array("αβγδ".unicodeScalars)
        func word(_ alphabet: [Unicode.Scalar], _ length: ClosedRange<Int>) -> String {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: length, using: &generator) { scalars.append(alphabet.randomElement(using: &generator)!) }
            return String(scalars)
        }
        for round in 0..<400 {
            var names = (0..<Int.random(in: 1...30, using: &generator)).map { _ in word(ascii, 1...20) }
            if round % 5 == 0 { names.insert(word(greek + ascii, 1...8), at: Int.random(in: 0...names.count, using: &generator)) }
            let vocabulary = Suggestion.Vocabulary(names)
            for _ in 0..<10 {
                var probe: String
                switch Int.random(in: 0..<4, using: &generator) {
                case 0:
                    // The beginning of a name, far shorter than it or not.
                    let name = Array(names.randomElement(using: &generator)!.unicodeScalars)
                    probe = String(String.UnicodeScalarView(name.prefix(Int.random(in: 0...name.count, using: &generator))))
                case 1: probe = word(ascii, 0...30)
                case 2: probe = word(greek + ascii, 1...6)
                default: probe = word(ascii, 1...4).uppercased()
                }
                if Int.random(in: 0..<4, using: &generator) == 0 { probe += word(ascii, 1...2) }
                #expect(Suggestion.closest(to: probe, in: vocabulary) == Self.reference(probe, names), "\(probe) in \(names)")
            }
        }
    }

    @Test("escaping finds exactly the control characters the scalar definition names")
    func escapingMatchesDefinition() {
        var generator = SeededGenerator(seed: 42)
        let pieces: [Unicode.Scalar] = [
            "a", "\t", "\n", "\r", "\u{0}", "\u{1B}", "\u{1F}", " ", "\u{7E}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}",
            "\u{C2}", "\u{102}", "\u{202E}", "ạ", "€", "😀",
        ]
        for _ in 0..<5000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...6, using: &generator) { scalars.append(pieces.randomElement(using: &generator)!) }
            let text = String(scalars)
            for keepingNewlines in [false, true] {
                var expected = ""
                for scalar in text.unicodeScalars {
                    if VisibleText.isControl(scalar) && !(keepingNewlines && scalar == "\n") {
                        expected += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                    } else {
                        expected.unicodeScalars.append(scalar)
                    }
                }
                #expect(VisibleText.escaped(text, keepingNewlines: keepingNewlines) == expected, "\(Array(text.unicodeScalars))")
            }
        }
    }
}
