import DXLanguage
import DXSource

/// `lang en|vi`: the language of reports.
package struct LangCommand: ShellCommand {
    package let language: Name

    package static let word = "lang"
    package static let synonyms = ["ngôn-ngữ"]
    package static let group = CommandGroup.session

    package static let help = HelpTopic(
        name: "lang", usage: "lang en|vi",
        summary: "write reports in English or Vietnamese",
        vietnamese: "viết báo cáo bằng tiếng Anh hay tiếng Việt",
        details:
            "Input is always accepted in both: keywords and commands have Vietnamese forms (kịch-bản, ngân-sách,\nphân-bổ, mục-tiêu, chạy, xem…) and programmes and indicators Vietnamese names (kỹ-năng-số, cáp-quang…),\nwith or without diacritics.",
        vietnameseDetails: """
            Đầu vào luôn được chấp nhận ở cả hai ngôn ngữ: từ khóa và lệnh đều có dạng tiếng Việt (kịch-bản,
            ngân-sách, phân-bổ, mục-tiêu, chạy, xem…), chương trình và chỉ tiêu đều có tên tiếng Việt
            (kỹ-năng-số, cáp-quang…), viết có dấu hay không dấu đều được.
            """,
        example: "lang vi")

    package static func parse(_ parser: inout Parser) throws -> LangCommand {
        LangCommand(language: try parser.expectName("a language after 'lang': en or vi"))
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(["en", "vi"]) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        let folded = Folding.fold(language.text)
        guard let chosen = OutputLanguage(rawValue: folded) ?? (folded == "tieng-viet" ? .vi : nil) else {
            throw .error(.semantic, "unknown language '\(language.text)'; use en or vi", in: source, at: language.range)
        }
        session.language = chosen
        session.output.write(chosen == .vi ? "Báo cáo bằng tiếng Việt.\n" : "Reports in English.\n")
    }
}
