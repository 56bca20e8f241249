import DXAnalysis
import DXSource
import Foundation
import Testing

@Suite("Folding Vietnamese words")
struct FoldingTests {
    /// Every letter of the Vietnamese alphabet with every tone, in both cases.
    static let vietnameseLetters = """
        aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ
        """

    @Test("every Vietnamese letter, in both cases, folds as Foundation folds it (with đ as d)")
    func lettersMatchFoundation() {
        for letter in Self.vietnameseLetters + Self.vietnameseLetters.uppercased() {
            let expected = String(letter).replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
                .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            #expect(Folding.fold(String(letter)) == expected, "\(letter)")
        }
    }

    /// Folding as first defined: a dictionary of the accented Latin letters' folds, the text
    /// built scalar by scalar.
    static func reference(_ text: String) -> String {
        var table: [Unicode.Scalar: String] = ["đ": "d", "Đ": "d"]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)), table[scalar] == nil else { continue }
            let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            if folded != String(scalar) { table[scalar] = folded }
        }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                folded.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
            } else if let letters = table[scalar] {
                folded.append(contentsOf: letters.unicodeScalars)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(folded)
    }

    @Test("folding by code-point tables gives the first definition's folds (seeded random words)")
    func tablesMatchTheDefinition() {
        var generator = SeededGenerator(seed: 20_261_130)
        let pieces =
            Array(Self.vietnameseLetters + Self.vietnameseLetters.uppercased()).map(String.init) + [
                "A", "z", "-", "_", "5", "\u{0301}", "\u{0303}", "İ", "ß", "ẞ", "Ǆ", "ǅ", "ȸ", "ɏ", "Ḁ", "ỿ", "Ω", "Ж", "😀", "中", "\u{00A0}", "Ⅻ",
            ]
        for _ in 0..<5000 {
            let word = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Folding.fold(word) == Self.reference(word), "\(Array(word.unicodeScalars))")
        }
        for value in Array(0x80...0x2FF) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(Folding.fold(String(scalar)) == Self.reference(String(scalar)), "U+\(String(value, radix: 16))")
        }
    }

    @Test("words fold with or without diacritics, composed or decomposed, in any case")
    func words() {
        #expect(Folding.fold("Kỹ-năng-số") == "ky-nang-so")
        #expect(Folding.fold("ĐỒNG") == "dong")
        #expect(Folding.fold("kịch-bản") == Folding.fold("KICH-BAN"))
        #expect(Folding.fold("ky\u{303}-na\u{306}ng") == "ky-nang", "decomposed accents fold away")
        #expect(Folding.fold("đội-1") == "doi-1")
        #expect(Folding.fold("Ωmega") == "ωmega", "other scripts are lowercased")
    }
}
