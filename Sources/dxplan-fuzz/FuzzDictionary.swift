import DXLanguage
import DXModel
import DXShell

/// libFuzzer's dictionary: the words of the language in both languages and the model's names,
/// so that mutations produce statements rather than noise. Printed by `dxplan-fuzz --dictionary`
/// (a normal build); `make fuzz` writes it before each run, so it never falls behind the grammar.
enum FuzzDictionary {
    static func entries(for model: DeclaredModel) -> [String] {
        var words = CommandRegistry.table.statementWords + Grammar.scenarioSettings + Grammar.listTopics + Grammar.reserved.sorted()
        words += Grammar.vietnameseKeywords.keys.sorted() + Grammar.currencies.sorted()
        words += model.programmes.map(\.id)
        words += model.indicators.map(\.id) + model.parameters.map(\.id) + model.policies.map(\.name)
        words += [
            "bn", "tr", "trillion", "million", "USD", "%", "official", "seed", "runs", "as", "for", "step", "force", "years",
            "hindcast", "bundled", "đội-1", "+", "-", "*", "/",
            "(", ")", "{", "}", "\"", "\n", "#", "=", "==", "<", ">=", "2030", "2025-07", "1e308", "99999999999999999999",
        ]
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// One line per entry in libFuzzer's format: a quoted string with escapes.
    static func text(for model: DeclaredModel) -> String {
        entries(for: model).map { word in
            var escaped = ""
            for byte in word.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): escaped += "\\" + String(UnicodeScalar(byte))
                case 0x20..<0x7f: escaped += String(UnicodeScalar(byte))
                default: escaped += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            }
            return "\"\(escaped)\""
        }.joined(separator: "\n") + "\n"
    }
}
