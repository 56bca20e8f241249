import DXLanguage
import DXSource

/// `width [N]`: the columns reports keep to.
package struct WidthCommand: ShellCommand {
    package let columns: NumberLiteral?

    package static let word = "width"
    package static let synonyms = ["độ-rộng"]
    package static let group = CommandGroup.session

    package static let help = HelpTopic(
        name: "width", usage: "width [N]",
        summary: "the columns reports keep to: 80 unless set, or the terminal's width",
        vietnamese: "số cột mà báo cáo giữ trong đó: 80 nếu không đặt, hoặc độ rộng của cửa sổ dòng lệnh",
        details: """
            Notes and headings wrap at this width, and reports that can be laid out several ways (the
            uncertainty table's years side by side or one below the other) choose the one that fits. 60 to
            200; dxplan starts with the terminal's width when it runs in one, and with 80 otherwise (a
            projector reads 80 well). Without N, says the width in use.
            """,
        vietnameseDetails: """
            Ghi chú và tiêu đề xuống dòng ở độ rộng này, và các báo cáo có nhiều cách trình bày (bảng bất định
            với các năm cạnh nhau hay năm này dưới năm kia) chọn cách vừa với nó. Từ 60 đến 200; dxplan bắt đầu
            với độ rộng của cửa sổ dòng lệnh khi chạy trong đó, và 80 nếu không (máy chiếu đọc tốt 80 cột).
            Không có N thì cho biết độ rộng đang dùng.
            """,
        example: "width 100")

    package static func parse(_ parser: inout Parser) throws -> WidthCommand {
        guard case .number = parser.current.kind else { return WidthCommand(columns: nil) }
        return WidthCommand(columns: try parser.expectWholeNumber("the number of columns, as in width 100"))
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] { [] }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        if let columns {
            let wanted = Int(columns.value)
            guard Presentation.widths.contains(wanted) else {
                throw .error(
                    .outOfRange, .semantic,
                    "\(wanted) columns: use from \(Presentation.widths.lowerBound) to \(Presentation.widths.upperBound)", in: source,
                    at: columns.range)
            }
            session.pageWidth = wanted
        }
        session.output.write(session.t("Reports keep to {columns} columns.", ["columns": String(session.pageWidth)]) + "\n")
    }
}
