import DXAnalysis
import DXSource
import Foundation
import Testing

@testable import DXShell

/// Every error message written in the sources has a Vietnamese translation: a missing one fails
/// here rather than showing English in a Vietnamese session.
@Suite("Vietnamese error messages")
struct ErrorPhrasebookTests {
    /// The folders whose messages a shell user can meet (the model compiler's messages are for
    /// model authors, and stay English).
    static let folders = [
        "Sources/DXSource/Lexer", "Sources/DXSource/Diagnostics", "Sources/DXSource/Text", "Sources/DXLanguage",
        "Sources/DXScenario", "Sources/DXShell", "Sources/dxplan", "Sources/DXModel/Scenario", "Sources/DXModel/National",
        "Sources/DXModel/Catalogue", "Sources/DXModel/Simulation", "Sources/DXModel/Import", "Sources/DXModel/ModelLanguage",
        "Sources/DXModel/Compiler", "Sources/DXModel/Units", "Sources/DXModel/Engine", "Sources/DXModel/Export", "Sources/DXAnalysis",
    ]

    /// The string literals on the lines that make a diagnostic (or a piece of one), with each
    /// interpolation as a numbered hole: the templates the catalogue must hold.
    static func messagesWritten() throws -> [(place: String, templates: [String], continues: Bool)] {
        let call = try NSRegularExpression(
            pattern: #"\b(fail|error|note|warning|Diagnostic|expect\w*|notice|problem|warn|reject|failure|semantic|syntax|invalid\w*)\s*\("#)
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\]|\\\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|\\.)*)""#)
        let interpolation = try NSRegularExpression(pattern: #"\\\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)"#)
        // A message written as literals joined by `+` (over lines) is one literal; a call whose
        // arguments start on the next line is one line.
        let joined = try NSRegularExpression(pattern: #""\s*\+\s*(?://[^\n]*)?\n?\s*""#)
        let opening = try NSRegularExpression(pattern: #"(?<!\\)\(\s*\n\s*"#)
        // A message on the line after the call's first arguments (`.error(\n .semantic,\n "…"`) too.
        let argumentBreak = try NSRegularExpression(pattern: #",[ \t]*\n\s*(?=")"#)
        var found: [(String, [String], Bool)] = []
        for folder in folders {
            let url = repositoryRoot.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(atPath: url.path) else { continue }
            // The catalogues themselves hold the translations, not messages.
            for case let file as String in files where file.hasSuffix(".swift") && !file.hasSuffix("Phrasebook.swift") {
                var text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
                for (pattern, replacement) in [(joined, ""), (opening, "("), (argumentBreak, ", ")] {
                    text = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: replacement)
                }
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for (number, line) in lines.enumerated() {
                    let line = String(line)
                    // The line after, for a literal that a value continues there (`"… has no "` then `+ (…)`).
                    let next = number + 1 < lines.count ? lines[number + 1].trimmingCharacters(in: .whitespaces) : ""
                    let whole = NSRange(line.startIndex..., in: line)
                    guard !line.trimmingCharacters(in: .whitespaces).hasPrefix("//"), call.firstMatch(in: line, range: whole) != nil
                    else { continue }
                    for match in literal.matches(in: line, range: whole) {
                        guard let range = Range(match.range(at: 1), in: line), let quoted = Range(match.range, in: line) else { continue }
                        let written = String(line[range])
                        // A value joined before or after the literal (`"… are " + names`) may be a hole of the
                        // message, or a text translated on its own ("did you mean", a quoted name): either reads.
                        let before = line[..<quoted.lowerBound].contains(/[^"\s]\s*\+\s*$/)
                        let rest = line[quoted.upperBound...]
                        let after =
                            rest.contains(/^\s*\+\s*[^"\s]/)
                            || (rest.allSatisfy(\.isWhitespace) && next.hasPrefix("+")
                                && !next.dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("\""))
                        var variants = [written]
                        if before || after { variants.insert((before ? "\\(_)" : "") + written + (after ? "\\(_)" : ""), at: 0) }
                        let templates = variants.map { variant in
                            // Each interpolation becomes the next numbered hole.
                            var template = variant
                            var hole = 0
                            while let next = interpolation.firstMatch(in: template, range: NSRange(template.startIndex..., in: template)),
                                let place = Range(next.range, in: template)
                            {
                                hole += 1
                                template.replaceSubrange(place, with: "{\(hole)}")
                            }
                            return template.replacingOccurrences(of: "\\\"", with: "\"")
                        }
                        guard templates[0].contains(/[A-Za-z]{2}/) else { continue }
                        // Continued by a value and more text ("… has no " + (…) + "; give it …"): the catalogue holds the whole.
                        let continuedByText = after && (rest.allSatisfy(\.isWhitespace) ? next : String(rest)).dropFirst().contains("\"")
                        found.append(("\(folder)/\(file), near line \(number + 1)", templates, continuedByText))
                    }
                }
            }
        }
        return found
    }

    static func holes(_ text: String) -> [String] { text.matches(of: /\{[0-9]+\}/).map { String($0.output) }.sorted() }

    @Test("every message in the sources has a Vietnamese translation with the same holes")
    func everyMessageTranslated() throws {
        let messages = try Self.messagesWritten()
        #expect(messages.count > 250, "the scan finds the messages")
        for (place, templates, continues) in messages {
            // A literal a value continues ("… has no " + (…) + "; give it …") begins a message of the catalogue.
            let plain = templates.last!
            if continues, ErrorPhrasebook.vietnamese.keys.contains(where: { $0.hasPrefix(plain) }) { continue }
            guard let template = templates.first(where: { ErrorPhrasebook.vietnamese[$0] != nil }),
                let vietnamese = ErrorPhrasebook.vietnamese[template]
            else {
                Issue.record("\(place): no Vietnamese for \"\(templates[0])\"")
                continue
            }
            #expect(Self.holes(vietnamese) == Self.holes(template), "\(place): \"\(template)\"")
        }
        for (english, vietnamese) in ErrorPhrasebook.vietnamese {
            #expect(Self.holes(vietnamese) == Self.holes(english), "\"\(english)\" → \"\(vietnamese)\"")
        }
    }

    /// Mistakes a workshop makes at the prompt, each on its own: every error, warning and note
    /// they cause reads in Vietnamese.
    static let mistakes = [
        "rn",
        "run xyz",
        "phân-bổ",
        "xem kỹ-nang",
        "scenario a from baseline\nbudget abc\nend",
        "scenario a from baseline\nbudget 1/0 bn VND per year\nend",
        "scenario a from baseline\nbudget 0 bn VND per year\nend",
        "scenario a from baseline\nhorizon 2030 to 2026\nend",
        "scenario a from baseline\nallocate\nservices 150%\nend\nend",
        "scenario a from baseline\ntarget fibre >= 120% by 2030\nend",
        "scenario a from baseline\ntarget fibre >= 90% by 1990\nend\nrun a",
        "scenario a from baseline\nassume bass_qq = 1\nend",
        "scenario a from baseline\nassume it_lifetime = -1\nend",
        "scenario a from baseline\npolicy paper_refusl on from 2027\nend",
        "scenario a from baseline\nshift 5% from services to skils\nend",
        "scenario a from baseline\ndelay broadbnd 1 year\nend",
        "scenario a from nowhere\nend\nrun a",
        "scenario a\nend\nrun a",
        "scenario baseline from baseline\nend\nrun baseline",
        "for i in 1 to 1/0\nend",
        "print \"{x}\"",
        "let x = \"a\" * 2",
        "if 1 +\nend",
        "compare baseline baseline",
        "compare baseline",
        "chart",
        "chart fibre nowhere",
        "why fibre baseline",
        "explain fibre in 1990",
        "explain fibe",
        "optimise nowhere",
        "optimise baseline for fibre in 1990",
        "optimise baseline with services >= 200%",
        "seek budget nowhere",
        "seek year baseline for nothing",
        "sensitivity fibe",
        "sensitivity fibre in 1800",
        "uncertainty baseline runs 5",
        "uncertainty baseline runs 99999999",
        "export pdf \"x.pdf\"",
        "export csv baseline \"/nonexistent/dir/x.csv\"",
        "load \"nope.plan\"",
        "save nowhere to \"x.plan\"",
        "lesson 99",
        "next",
        "hint",
        "width 10",
        "lang fr",
        "leaderboard 3",
        "model load \"nope.dxm\"",
        "explain zzzzzz",
        "targets nowhere",
        "list nothing",
        "show scenario nowhere",
        "diff baseline nowhere",
        "calibrate now",
        "record stop",
        "workshop round 1",
        "include \"nope.plan\"",
        "assert 1 > 2 \"too small\"",
        "budget 25000 bn VND per year",
        "end",
        ")",
        "scenario a from baseline\nassume it_lifetime = 0\nend",
        "scenario a from baseline\ntarget egdi >= 80% by 2030\nend",
        "scenario a from baseline\ntarget fibre >= 0.9 by 2030\nend",
        "scenario a from baseline\nshift 50% from services to skills\nend\nrun a",
        "scenario a from baseline\nallocate\ndigital-government 10%\nend\nend\nrun a",
        "sensitivity fibre sobol samples 3",
        "scenario a from baseline\npolicy paper_refusal on from 2020\nend",
    ]

    @Test("the errors a Vietnamese session meets are translated: no line says what a code means, no English label")
    func mistakesInVietnamese() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-vi-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for mistake in Self.mistakes {
            let (shell, output) = makeInterpreterWithExamples()
            shell.session.files.workingDirectory = folder.path
            shell.session.language = .vi
            shell.run(mistake, name: nil)
            #expect(output.error.contains("lỗi[") || output.error.contains("cảnh báo:"), "\(mistake): \(output.error)")
            for english in ["nghĩa:", "error[", "warning:", "note:"] {
                #expect(!output.error.contains(english), "\(mistake): \(output.error)")
            }
        }
        // A note that lists names keeps its Vietnamese labels around them (it said "pillars:").
        let (shell, output) = makeInterpreterWithExamples()
        shell.session.language = .vi
        shell.run("scenario a from baseline\nallocate\nbrodband 10%\nend\nend", name: nil)
        #expect(output.error.contains("ghi chú: các chương trình: services, ") && output.error.contains("; các trụ cột: digital-government"))
        #expect(!output.error.contains("pillars"), "\(output.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no mistake writes a file")
    }

    @Test("every template of the catalogue, its holes filled with names, numbers or other templates, reads back translated")
    func everyTemplateReadsBack() {
        let fillers = ["x", "fibre", "2030", "25,000 bn VND", "end of line", "a scenario name", "'đội-1'", "", "; did you mean 'run'?"]
        var generator = SeededGenerator(seed: 7)
        // (Templates of holes and punctuation alone, such as a quoted word, read only what they translate.)
        for (english, _) in ErrorPhrasebook.vietnamese
        where english.contains("{1}") && english.replacing(/\{[0-9]+\}/, with: "").contains(where: \.isLetter) {
            var message = english
            var hole = 1
            while let range = message.range(of: "{\(hole)}") {
                message.replaceSubrange(range, with: fillers.randomElement(using: &generator)!)
                hole += 1
            }
            // A message made from a template is read by some template (perhaps a more specific one).
            if ErrorPhrasebook.translation.translate(message) == nil {
                Issue.record("not read back: \"\(message)\" (from \"\(english)\")")
            }
        }
    }

    @Test("text that is no message, however odd, is left alone or read without a crash")
    func oddText() {
        let odd = [
            "", "'", "''", "{1}", "expected", "expected , found", "\u{301}expected a number, found end of line", "🇻🇳'x'🇻🇳",
            String(repeating: "expected '", count: 200), "unknown command '\u{1B}[2J'", "a\r\nb", "; (", " (", ";",
        ]
        for text in odd { _ = ErrorPhrasebook.translation.translate(text) }
        var generator = SeededGenerator(seed: 7)
        let pieces = ["expected ", "'", ", found ", "end of line", "; did you mean ", "?", " (", ")", "x", "é", "\u{301}", "{", "}"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            _ = ErrorPhrasebook.translation.translate(text)
        }
    }
}
