import DXSource

/// The words of the language, shared by the parser, the help text and tab completion.
package enum Grammar {
    /// Statements of scripts.
    package static let scriptStatements = ["let", "print", "for", "if", "assert", "include"]
    /// The words that start a statement other than a command (commands come from a `CommandTable`).
    package static let statementStarters = ["scenario"] + scriptStatements
    /// Words that start a line inside `scenario … end`.
    package static let scenarioSettings = [
        "horizon", "budget", "allocate", "shift", "delay", "normalize", "target", "assume", "policy", "end",
    ]
    /// What `list` can list.
    package static let listTopics = ["scenarios", "programmes", "indicators", "targets"]
    /// Words that cannot name a scenario.
    package static let reserved: Set<String> = Set(
        statementStarters + scenarioSettings + [
            "from", "to", "per", "year", "growing", "by", "in", "on", "off", "else", "step",
        ])
    /// Vietnamese keywords (written with or without diacritics) and the English word each stands
    /// for. Scenario files and the REPL accept either. (Commands declare their own Vietnamese words.)
    package static let vietnameseKeywords: [String: String] = [
        "kịch-bản": "scenario", "từ": "from", "giai-đoạn": "horizon", "đến": "to", "ngân-sách": "budget",
        "mỗi": "per", "năm": "year", "tăng": "growing", "phân-bổ": "allocate", "hết": "end", "kết-thúc": "end",
        "mục-tiêu": "target", "vào": "by", "giả-định": "assume", "chính-sách": "policy", "bật": "on", "tắt": "off",
        "chuyển": "shift", "chuẩn-hóa": "normalize", "trong": "in", "sang": "to",
        "thành": "as", "lần-chạy": "runs", "hạt-giống": "seed", "số-mẫu": "samples", "với": "with", "cố-định": "fixed", "cho": "for",
        "trọng-số": "weights", "biên": "frontier",
        "đặt": "let", "in-ra": "print", "với-mỗi": "for", "nếu": "if", "không-thì": "else", "kiểm-tra": "assert",
        "bước": "step", "gộp": "include", "ghi-đè": "force", "hoãn": "delay", "của": "of",
    ]

    /// The words a non-command statement can start with, in both languages, for "did you mean".
    package static let statementWords = statementStarters + vietnameseKeywords.filter { statementStarters.contains($0.value) }.keys.sorted()
    /// The words a line inside `scenario … end` can start with, in both languages.
    package static let settingVocabulary = Suggestion.Vocabulary(
        scenarioSettings + vietnameseKeywords.filter { scenarioSettings.contains($0.value) }.keys.sorted())

    /// `vietnameseKeywords` by their folded forms.
    package static let foldedKeywords: [String: String] = Dictionary(
        vietnameseKeywords.map { (Folding.fold($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })

    /// Whether a word is a keyword in either language (such words cannot name a scenario).
    package static func isReserved(_ word: String) -> Bool {
        reserved.contains(word) || foldedKeywords[Folding.fold(word)] != nil
    }

    /// The English keyword a word stands for (itself when it is not a Vietnamese keyword).
    package static func canonicalKeyword(_ word: String) -> String {
        canonicalKeyword(word, folded: Folding.fold(word))
    }

    /// `canonicalKeyword(word)` when the word is folded already.
    package static func canonicalKeyword(_ word: String, folded: String) -> String {
        foldedKeywords[folded] ?? word
    }

    /// Currency words accepted after a money scale.
    package static let currencies: Set<String> = ["VND", "vnd", "VNĐ", "vnđ", "đồng", "dong", "đ"]

    /// The block a line opens, given its words (keywords in English, `canonicalKeyword`) and the
    /// innermost block it is in: `scenario` (at the top, or in a `for` or `if`), `allocate` (also
    /// `in|from YEAR allocate`, inside a scenario), `for`, `if`. The formatter indents by it and
    /// completion knows where the cursor is by it; a line that opens nothing gives nil.
    package static func blockOpened(byLine words: [String], inside block: String?) -> String? {
        guard let first = words.first else { return nil }
        switch first {
        case "scenario" where block == nil || block == "for" || block == "if": return "scenario"
        case "allocate" where block == "scenario": return "allocate"
        // (A `where` clause binds to the last pattern only, so each pattern gets its own.)
        case "in" where block == "scenario" && words.contains("allocate"),
            "from" where block == "scenario" && words.contains("allocate"):
            return "allocate"
        case "for", "if": return first
        default: return nil
        }
    }
}
