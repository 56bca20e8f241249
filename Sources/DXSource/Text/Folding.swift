import Foundation

/// Compares Vietnamese words the way people type them: with or without diacritics, in any case.
public enum Folding {
    /// "Kỹ-năng-số" → "ky-nang-so"; "đồng" → "dong".
    public static func fold(_ text: String) -> String {
        // Most words are plain ASCII (every English keyword and name): folding is lowercasing,
        // and most are lowercase already.
        var isASCII = true, hasUppercase = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false } else if byte >= 0x41, byte <= 0x5A { hasUppercase = true }
        }
        if isASCII { return hasUppercase ? text.lowercased() : text }
        // Written as UTF-8, a letter at a time: most letters are ASCII or accented Latin, whose
        // folds are looked up in a table by code point.
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                folded.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 32 : value))
            } else if let letters = latinFold(value) {
                folded.append(contentsOf: letters)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // A combining accent typed separately (decomposed text) folds away too.
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The accented Latin letters' folds are in two tables: Latin-1, Latin Extended-A and -B
    /// (U+00C0…U+024F), and Latin Extended Additional (U+1E00…U+1EFF), where Vietnamese's stacked
    /// accents live.
    private static let latinRanges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]

    /// What an accented Latin letter folds to, as UTF-8, or nil for a letter that does not fold
    /// (or is not in the tables).
    private static func latinFold(_ value: UInt32) -> [UInt8]? {
        if latinRanges[0].contains(value) { return latinFolds[0][Int(value - latinRanges[0].lowerBound)] }
        if latinRanges[1].contains(value) { return latinFolds[1][Int(value - latinRanges[1].lowerBound)] }
        return nil
    }

    /// Every accented Latin letter of `latinRanges` and what it folds to, worked out once with
    /// Foundation's folding so that folding a word is a table look-up per letter.
    private static let latinFolds: [[[UInt8]?]] = latinRanges.map { range in
        range.map { value -> [UInt8]? in
            if value == 0x110 || value == 0x111 { return Array("d".utf8) }  // Đ, đ
            guard let scalar = Unicode.Scalar(value) else { return nil }
            let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return folded != String(scalar) ? Array(folded.utf8) : nil
        }
    }
}
