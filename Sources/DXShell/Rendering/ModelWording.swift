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
