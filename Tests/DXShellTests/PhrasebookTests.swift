import Foundation
import Testing

@testable import DXShell

/// Every phrase the shell looks up in Vietnamese has a translation: a missing one fails here
/// rather than showing English in a Vietnamese session.
@Suite("Vietnamese phrasebook")
struct PhrasebookTests {
    /// The string literals passed to `t(…)` or `phrase(…)` in the shell's and the executable's sources.
    static func phrasesLookedUp() throws -> [(file: String, phrase: String)] {
        let folders = ["Sources/DXShell", "Sources/dxplan"].map { repositoryRoot.appendingPathComponent($0) }
        let pattern = try NSRegularExpression(pattern: #"(?<![A-Za-z0-9_.])(?:t|phrase)\("((?:[^"\\]|\\.)*)""#)
        var found: [(String, String)] = []
        for folder in folders {
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    let literal = String(text[range])
                    if literal.contains("\\(") { continue }  // built at run time: not a key
                    found.append(
                        (
                            file,
                            literal.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\n", with: "\n")
                                .replacingOccurrences(of: "\\\\", with: "\\")
                        ))
                }
            }
        }
        return found
    }

    @Test("every phrase looked up has a Vietnamese translation, with the same {placeholders}")
    func everyPhraseTranslated() throws {
        let phrases = try Self.phrasesLookedUp()
        #expect(phrases.count > 50, "the scan finds the phrases")
        for (file, phrase) in phrases {
            guard let vietnamese = Phrasebook.vietnamese[phrase] else {
                Issue.record("\(file): no Vietnamese for \"\(phrase)\"")
                continue
            }
            let placeholders = { (text: String) in Set(text.matches(of: /\{[a-z]+\}/).map { String($0.output) }) }
            #expect(placeholders(vietnamese) == placeholders(phrase), "\(file): \"\(phrase)\"")
        }
    }

    @Test("templates fill their placeholders; the locale chooses Vietnamese when it starts with vi")
    func templatesAndLocale() {
        #expect(OutputLanguage.vi.phrase("Saved {names} to {file}.", ["names": "a, b", "file": "x.plan"]) == "Đã lưu a, b vào x.plan.")
        #expect(OutputLanguage.en.phrase("Saved {names} to {file}.", ["names": "a", "file": "x.plan"]) == "Saved a to x.plan.")
        #expect(OutputLanguage.fromLocale(["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(OutputLanguage.fromLocale(["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"]) == .en, "LC_ALL wins")
        #expect(OutputLanguage.fromLocale(["LC_ALL": "", "LANG": "vi"]) == .vi, "an empty LC_ALL is not set")
        #expect(OutputLanguage.fromLocale([:]) == .en)
    }
}
