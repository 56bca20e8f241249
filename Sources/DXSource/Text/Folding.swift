import Foundation

/// Compares Vietnamese words the way people type them: with or without diacritics, in any case.
public enum Folding {
    /// "Kỹ-năng-số" → "ky-nang-so"; "đồng" → "dong".
    public static func fold(_ text: String) -> String {
        text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }
}
