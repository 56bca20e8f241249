/// The Vietnamese of a model file's texts, looked up by their English: what the `vi "…"` lines of
/// the file give (and a target's document's second text). An English text written several times
/// has one translation, which a `vi` line under any one of its places gives (the parser refuses two
/// different ones). Texts the file does not translate have none: a shell shows their English.
public struct ModelTranslations: Sendable, Hashable {
    private var byEnglish: [String: String]

    /// No translations: a model file without `vi` lines, or an imported model.
    public init() {
        byEnglish = [:]
    }

    /// The translations of a parsed file's texts (the first, where a text has several).
    public init(_ texts: [ModelText]) {
        byEnglish = [:]
        for text in texts {
            guard let vietnamese = text.vietnamese, byEnglish[text.english] == nil else { continue }
            byEnglish[text.english] = vietnamese
        }
    }

    /// The Vietnamese of a text of the model file, written exactly as in the file (a parameter's
    /// doc or the reason of an assumption, not `Provenance.text`, which adds "assumption: "); nil
    /// when the file gives none.
    public func vietnamese(_ english: String) -> String? {
        byEnglish[english]
    }

    /// How many different English texts have a Vietnamese.
    public var count: Int { byEnglish.count }
    public var isEmpty: Bool { byEnglish.isEmpty }
}
