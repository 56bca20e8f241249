import Testing

@testable import DXSource

@Suite("Number text")
struct NumberTextTests {
    @Test(
        "numbers are written out in full, never with an exponent",
        arguments: [
            (25000.0, "25000"), (12.5, "12.5"), (0.1, "0.1"), (1e-05, "0.00001"), (-0.00025, "-0.00025"),
            (1.5e16, "15000000000000000"), (1e20, "100000000000000000000"), (123456.789, "123456.789"), (0, "0"),
        ])
    func plain(value: Double, text: String) {
        #expect(NumberText.plain(value) == text)
        #expect(Double(NumberText.plain(value)) == value, "reads back to the same number")
    }
}

@Suite("Suggestions by part of a name")
struct ComponentSuggestionTests {
    @Test("a word that is one part of exactly one hyphenated name suggests that name")
    func components() {
        let indicators = ["online-services", "online-dossiers", "digital-economy", "fibre", "digital-skills", "egdi"]
        #expect(Suggestion.closest(to: "skills", in: indicators) == "digital-skills")
        #expect(Suggestion.closest(to: "economy", in: indicators) == "digital-economy")
        #expect(Suggestion.closest(to: "online", in: indicators) == nil, "two names fit: no guess")
    }
}
