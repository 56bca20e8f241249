import Foundation

/// Compares Vietnamese words the way people type them: with or without diacritics, in any case.
public enum Folding {
    /// "Kỹ-năng-số" → "ky-nang-so"; "đồng" → "dong".
    public static func fold(_ text: String) -> String {
        // Most words are plain ASCII (every English keyword and name): folding is lowercasing.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
