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
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                folded.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 32)) : scalar)
            } else if let letters = latinFolds[scalar] {
                folded.append(contentsOf: letters.unicodeScalars)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue  // A combining accent typed separately (decomposed text) folds away too.
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(folded)
    }

    /// Every accented Latin letter (Latin-1, Latin Extended-A and -B, and Latin Extended
    /// Additional, where Vietnamese's stacked accents live) and what it folds to, worked out once
    /// with Foundation's folding so that folding a word is a table look-up per letter.
    private static let latinFolds: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = ["đ": "d", "Đ": "d"]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), table[scalar] == nil else { continue }
            let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            if folded != String(scalar) { table[scalar] = folded }
        }
        return table
    }()
}
