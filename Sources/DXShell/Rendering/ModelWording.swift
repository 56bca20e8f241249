import DXModel

/// The texts a model file writes (its title, parameters' docs, sources and assumptions, the
/// statistics' definitions) in the reader's language: the Vietnamese its `vi "…"` lines give, in a
/// Vietnamese session; the English where the file gives none (another model, an imported one).
struct ModelWording: Phrased {
    let language: OutputLanguage
    let translations: ModelTranslations

    init(_ model: DeclaredModel, in language: OutputLanguage) {
        self.language = language
        translations = model.translations
    }

    /// No translations: the file's texts as written.
    init(language: OutputLanguage) {
        self.language = language
        translations = ModelTranslations()
    }

    /// A text of the model file, as the file writes it, in the reader's language.
    func callAsFunction(_ english: String) -> String {
        language == .vi ? translations.vietnamese(english) ?? english : english
    }

    /// A unit as the model file writes it (`bn VND/year`, `person`, `dimensionless`), in the
    /// reader's words: `tỷ đồng/năm`, `người`, `không thứ nguyên`. A word the table does not know
    /// (another model's `widgets`) stays as written.
    func unit(_ text: String) -> String {
        guard language == .vi else { return text }
        if text == "dimensionless" || text == "1" { return "không thứ nguyên" }
        var result = ""
        var rest = text[...]
        while let word = rest.firstMatch(of: /bn VND|[A-Za-z]+/) {
            result += rest[..<word.range.lowerBound] + (Self.unitWords[String(word.output)] ?? String(word.output))
            rest = rest[word.range.upperBound...]
        }
        return result + rest
    }

    /// The words of the bundled model's units in Vietnamese.
    static let unitWords = [
        "bn VND": "tỷ đồng", "VND": "đồng", "database": "cơ sở dữ liệu", "enterprise": "doanh nghiệp", "household": "hộ",
        "service": "dịch vụ", "person": "người", "system": "hệ thống", "month": "tháng", "year": "năm", "unit": "đơn vị", "site": "trạm",
    ]

    /// Where a number comes from: the citation, or "assumption:" and what it rests on, each cut to
    /// `length` characters when given (a table's column).
    func provenance(_ provenance: Provenance, clippedTo length: Int? = nil) -> String {
        let clip = { (text: String) in length.map { TextLayout.clip(text, to: $0) } ?? text }
        return switch provenance {
        case .source(let citation): clip(self(citation))
        case .assumption(let reason): t("assumption: ") + clip(self(reason))
        }
    }
}
