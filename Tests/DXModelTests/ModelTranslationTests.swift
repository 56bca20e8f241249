import DXSource
import Foundation
import Testing

@testable import DXModel

/// `vi "…"` lines in a model file: the Vietnamese of the text on the line above, looked up by
/// its English (`DeclaredModel.vietnamese`).
@Suite("Vietnamese texts of a model file")
struct ModelTranslationTests {
    /// The backcast tests' tiny model, with Vietnamese under some of its texts, and `extra` appended.
    static func model(_ extra: String = "") -> String {
        """
        model "tiny"
          vi "nhỏ"
          base year 2024
        programme roads "Roads" "Đường"
          pillar digital-society
          push 3
          spending spending_roads
          reference reference_roads
        indicator level "Level" "Mức"
          value level_percent
          agency "GSO"
          vi "Tổng cục Thống kê"
          definition "roads built over all roads"
          vi "số đường đã làm trên tổng số đường"
          reported "yearly"
          vi "hằng năm"
          published "–"
          source "a test"
          vi "một phép thử"
        param level_2024 [%] = 50
          doc "Level at the end of 2024"
          vi "Mức cuối năm 2024"
          source "a test"
          range 40 to 60 uniform
        param level_2020 [%] = 30
          fitted
          assumption "no published count"
          vi "không có số liệu công bố"
          range 10 to 50 uniform
        param growth [1/year] = 0.1
          source "a test"
          range 0 to 0.2 uniform
        input spending_roads [bn VND/year]
        aux reference_roads [bn VND/year] = 100
          source "a test"
        stock level_share [1] = level_2024 / 100 [%]
          inflow rising
        flow rising [1/year] = growth * level_share * (1 - level_share)
        aux level_percent [%] = level_share * 100 [%]
        correlation level_2024 growth = 0.5
          assumption "they move together"
          vi "chúng cùng biến động"
        target level >= 90 by 2030
          document "Decision 1" key 1
          vi "Quyết định 1"
          source "the decision"
          vi "quyết định đó"
        backcast from 2020.5
          start level_2024 = level_2020
          start growth = 0.2 assumption "faster before 2024"
          vi "nhanh hơn trước năm 2024"
        history level_percent
          at 2021.5 = 33 source "a count"
          vi "một lần đếm"
          at 2023.5 = 40 held out source "a count"

        """ + extra
    }

    static func parse(_ text: String) -> (file: ModelFile, diagnostics: [Diagnostic]) {
        ModelParser.parse(SourceFile(name: "tiny.dxm", text: text))
    }

    /// Each diagnostic as "line:column: message".
    static func errors(_ text: String) -> [String] {
        parse(text).diagnostics.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0): \($0.message)" }
    }

    @Test("a 'vi' line gives the Vietnamese of the text on the line above, whatever declares it")
    func attachesToTheTextAbove() throws {
        let (file, diagnostics) = Self.parse(Self.model())
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let translated = Dictionary(file.texts.compactMap { text in text.vietnamese.map { (text.english, $0) } }) { first, _ in first }
        #expect(translated["tiny"] == "nhỏ")
        #expect(translated["GSO"] == "Tổng cục Thống kê")
        #expect(translated["roads built over all roads"] == "số đường đã làm trên tổng số đường")
        #expect(translated["yearly"] == "hằng năm")
        #expect(translated["Level at the end of 2024"] == "Mức cuối năm 2024")
        #expect(translated["no published count"] == "không có số liệu công bố")
        #expect(translated["they move together"] == "chúng cùng biến động")
        #expect(translated["Decision 1"] == "Quyết định 1")
        #expect(translated["the decision"] == "quyết định đó")
        #expect(translated["faster before 2024"] == "nhanh hơn trước năm 2024")
        #expect(translated["a count"] == "một lần đếm")
        // Texts without a line under them have none; "a test" has one (under the indicator's source).
        #expect(translated["–"] == nil)
        #expect(translated["a test"] == "một phép thử")
        // Where each Vietnamese is written: the line after its English.
        let doc = try #require(file.texts.first { $0.english == "Level at the end of 2024" })
        #expect(doc.vietnameseRange.map(\.start.line) == doc.range.start.line + 1)
        // What the parser reads is unchanged by the Vietnamese.
        #expect(file.title == "tiny")
        #expect(file.declarations.first { $0.name.text == "level_2024" }?.documentation == "Level at the end of 2024")
        #expect(file.targets.first?.vietnameseDocument == "Quyết định 1")
    }

    @Test("the loaded model looks a text up by its English, however often the file writes it")
    func lookup() throws {
        let model = try DeclaredModel.load(SourceFile(name: "tiny.dxm", text: Self.model())).get()
        #expect(model.vietnamese("Level at the end of 2024") == "Mức cuối năm 2024")
        #expect(model.vietnamese(model.name) == "nhỏ")
        let parameter = try #require(model.parameters.first { $0.id == "level_2024" })
        #expect(model.vietnamese(parameter.description) == "Mức cuối năm 2024")
        // "a test" is the source of four declarations and translated under one of them.
        #expect(model.vietnamese("a test") == "một phép thử")
        let statistic = try #require(model.indicator("level")?.statistic)
        #expect(model.vietnamese(statistic.agency) == "Tổng cục Thống kê")
        #expect(model.vietnamese(statistic.published) == nil)
        #expect(model.officialTargets.first.map { model.vietnamese($0.source) } == "quyết định đó")
        #expect(model.officialTargets.first?.vietnameseDocument == "Quyết định 1")
        #expect(model.vietnamese("Level") == nil, "names are not texts: the header gives their Vietnamese")
        #expect(model.vietnamese("a count that is not in the file") == nil)
    }

    @Test(
        "a 'vi' line that follows no text is an error at it",
        arguments: [
            // First line of a declaration's block (a programme's names are in its header).
            ("param p [1] = 1\n  vi \"một\"\n  source \"x\"\n", "2:3"),
            ("programme p \"P\" \"P\"\n  vi \"P\"\n", "2:3"),
            // After a line without a text.
            ("param p [1] = 1\n  source \"x\"\n  range 0 to 2 uniform\n  vi \"một\"\n", "4:3"),
            ("history level_percent\n  tolerance 1\n  vi \"một\"\n", "3:3"),
            ("target level >= 90 by 2030\n  vi \"một\"\n", "2:3"),
        ])
    func followsNoText(extra: String, place: String) {
        let errors = Self.errors(Self.model(extra))
        let line = Self.model().split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let parts = place.split(separator: ":").map { Int($0)! }
        let expected = "\(line + parts[0]):\(parts[1]): a 'vi' line gives the Vietnamese of the text on the line above it"
        #expect(errors.count == 1 && errors[0].hasPrefix(expected), "\(errors)")
    }

    @Test("a second 'vi' line for one text, a 'vi' line outside a block or without text, are errors at it")
    func misplaced() {
        let base = Self.model().split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(
            Self.errors(Self.model("param p [1] = 1\n  doc \"one\"\n  vi \"một\"\n  vi \"một nữa\"\n  source \"x\"\n"))
                == ["\(base + 4):3: 'vi' is given twice"])
        #expect(
            Self.errors(Self.model("vi \"một\"\n")) == ["\(base + 1):1: 'vi' belongs on an indented line under a declaration"])
        #expect(
            Self.errors(Self.model("param p [1] = 1\n  doc \"one\"\n  vi one\n"))
                == ["\(base + 3):6: expected text in double quotes after 'vi'"])
        // A document translated in its line already: the note points at its second text.
        let (_, twice) = Self.parse(Self.model("target level >= 95 by 2030\n  document \"D\" \"Đ\" key 2\n  vi \"Đ\"\n  source \"s\"\n"))
        #expect(twice.map(\.message) == ["'vi' is given twice"])
        #expect(twice.first?.range?.start.line == base + 3)
        #expect(twice.first?.notes.map(\.message) == ["first set here"])
        #expect(twice.first?.notes.first?.range?.start.line == base + 2)
        #expect(twice.first?.notes.first?.range?.start.column == 16, "at the document's second text")
        // A 'vi' line under a line that is an error adds no error of its own.
        #expect(
            Self.errors(Self.model("param p [1] = 1\n  doc one\n  vi \"một\"\n  source \"x\"\n"))
                == ["\(base + 2):7: expected a description in double quotes, found 'one'"])
    }

    @Test("one English text has one Vietnamese: a different one is an error, with a note at the first")
    func twoTranslations() throws {
        let base = Self.model().split(separator: "\n", omittingEmptySubsequences: false).count - 1
        // The same translation again is fine.
        #expect(Self.errors(Self.model("param p [1] = 1\n  source \"a test\"\n  vi \"một phép thử\"\n")).isEmpty)
        let diagnostics = Self.parse(Self.model("param p [1] = 1\n  source \"a test\"\n  vi \"một thử nghiệm\"\n")).diagnostics
        #expect(diagnostics.count == 1)
        let error = try #require(diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.message.hasPrefix("the same English text has another Vietnamese above; give it one translation"))
        #expect(error.range?.start.line == base + 3)
        #expect(error.range?.start.column == 6)
        #expect(error.notes.map(\.message) == ["first set here"])
        #expect(error.notes.first?.range?.start.line == 19, "under the indicator's source")
        // And the model does not load.
        let loaded = DeclaredModel.load(SourceFile(name: "tiny.dxm", text: Self.model("param p [1] = 1\n  doc \"tiny\"\n  vi \"bé\"\n")))
        guard case .failure(let errors) = loaded else {
            Issue.record("a model with two translations of one text loaded")
            return
        }
        #expect(
            errors.diagnostics.map(\.message).contains { $0.hasPrefix("the same English text has another Vietnamese above; give it one translation") }
        )
    }

    @Test("a 'vi' line is not required: a model file without any loads, with no translations")
    func optional() throws {
        let english = Self.withoutVietnamese(Self.model())
        #expect(!english.contains("\n  vi "))
        let model = try DeclaredModel.load(SourceFile(name: "english.dxm", text: english)).get()
        #expect(model.translations.isEmpty)
        #expect(model.vietnamese("Level at the end of 2024") == nil)
        // Another model file, the bundled one without its Vietnamese, loads through the same path
        // as `model load` and gives the same results.
        let bundled = try BundledModel.load()
        let stripped = try DeclaredModel.load(SourceFile(name: "stripped.dxm", text: Self.withoutVietnamese(try BundledModel.text()))).get()
        // (Only the targets' documents, whose Vietnamese is on their own line, are still translated.)
        #expect(stripped.translations.count == Set(bundled.officialTargets.map(\.document)).count)
        #expect(stripped.officialTargets.allSatisfy { stripped.vietnamese($0.document) == $0.vietnameseDocument })
        #expect(stripped.indicators.map(\.baseline) == bundled.indicators.map(\.baseline))
        #expect(stripped.referenceSpending == bundled.referenceSpending)
        #expect(stripped.parameters == bundled.parameters)
    }

    static func withoutVietnamese(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("vi \"") }.joined(separator: "\n")
    }

    // MARK: - The bundled model

    @Test("every text of the bundled model a reader sees has a Vietnamese translation")
    func bundledModelTranslated() throws {
        let (file, diagnostics) = ModelParser.parse(SourceFile(name: BundledModel.fileName, text: try BundledModel.text()))
        #expect(diagnostics.isEmpty)
        let translations = ModelTranslations(file.texts)
        #expect(file.texts.count > 400, "the parser sees the texts")
        for text in file.texts where Self.needsTranslation(text.english) {
            #expect(
                translations.vietnamese(text.english) != nil,
                "\(BundledModel.fileName):\(text.range.start.line): no 'vi' line for \"\(text.english)\"")
        }
        // What the shell shows, taken from the loaded model rather than from the parser.
        let model = try BundledModel.load()
        var shown = [model.name]
        shown += model.parameters.flatMap { [$0.description, Self.reason($0.provenance)] }
        // (Not the hidden stages of delays: the compiler names them, the file does not.)
        shown += model.compiled.variables.filter { !$0.isHidden }.compactMap(\.documentation)
        shown += model.indicators.flatMap { indicator in
            [Self.reason(indicator.baselineProvenance)]
                + (indicator.statistic.map { [$0.agency, $0.definition, $0.reported, $0.published] } ?? [])
        }
        shown += model.officialTargets.flatMap { [$0.source, $0.document] }
        shown += model.correlations.map { Self.reason($0.provenance) }
        shown += model.histories.flatMap { $0.observations.map { Self.reason($0.provenance) } }
        shown += (model.backcast?.starts ?? []).compactMap { start in
            if case .number(_, let provenance) = start.value { Self.reason(provenance) } else { nil }
        }
        #expect(shown.count > 400)
        for text in shown where Self.needsTranslation(text) {
            #expect(model.vietnamese(text) != nil, "no Vietnamese for \"\(text)\"")
        }
        #expect(model.officialTargets.allSatisfy { $0.vietnameseDocument == model.vietnamese($0.document) })
    }

    @Test("the bundled model's Vietnamese keeps each URL, number, section and decree of the English, numbers written as Vietnamese write them")
    func bundledModelKeepsReferences() throws {
        let (file, _) = ModelParser.parse(SourceFile(name: BundledModel.fileName, text: try BundledModel.text()))
        let url = /https?:\/\/[^\s;,)]+[^\s;,).]/
        let reference = /https?:\/\/[^\s;,)]+[^\s;,).]|§\s?[0-9][0-9a-z]*|[0-9]+(?:[.,][0-9]+)*(?:\/[0-9A-Za-zĐ\-]+)*/
        for text in file.texts {
            guard let vietnamese = text.vietnamese else { continue }
            for match in text.english.matches(of: reference) {
                // 25,000 and 0.5 in English are 25.000 and 0,5 in Vietnamese; a URL stays as it is.
                let written = String(match.output)
                let expected =
                    written.hasPrefix("http") ? written : String(written.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
                #expect(
                    vietnamese.contains(expected), "\(BundledModel.fileName):\(text.range.start.line): '\(expected)' is not in \"\(vietnamese)\"")
            }
            // No number left in the English style outside the links: 1,234 or 0.5 would be misread
            // (0,708 is a Vietnamese decimal).
            let prose = vietnamese.replacing(url, with: "")
            #expect(
                !prose.contains(/(?:^|[^\w\/§.,])(?:[1-9][0-9]{0,2},[0-9]{3}(?![0-9])|[0-9]+\.[0-9]{1,2}(?![0-9]))/),
                "\(BundledModel.fileName):\(text.range.start.line): an English-style number in \"\(vietnamese)\"")
        }
    }

    /// A text with letters: "–" alone needs no Vietnamese.
    static func needsTranslation(_ text: String) -> Bool { text.contains { $0.isLetter } }

    /// What a provenance says (the reason of an assumption, without the label the shell adds).
    static func reason(_ provenance: Provenance) -> String {
        switch provenance {
        case .source(let text), .assumption(let text): text
        }
    }
}
