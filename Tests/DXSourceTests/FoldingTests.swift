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
