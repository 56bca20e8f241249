/// A rendering in the session's language: `t` looks its fixed words up in the phrasebook
/// (`PhrasebookTests` checks that every one has a Vietnamese entry).
protocol Phrased {
    var language: OutputLanguage { get }
}

extension Phrased {
    func t(_ english: String) -> String { language.phrase(english) }
    func t(_ template: String, _ values: KeyValuePairs<String, String>) -> String { language.phrase(template, values) }
}
