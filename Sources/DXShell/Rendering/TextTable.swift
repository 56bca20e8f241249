/// A plain-text table with aligned columns. Widths count characters as a terminal shows them,
/// so Vietnamese text lines up; styling is applied after padding.
package struct TextTable {
    package enum Alignment { case left, right }

    package struct Column {
        package let title: String
        package let alignment: Alignment

        package init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// A cell: its text, and how to style it once padded.
    package struct Cell: ExpressibleByStringLiteral {
        package let text: String
        package let styled: (String) -> String

        package init(_ text: String, styled: @escaping (String) -> String = { $0 }) {
            self.text = text
            self.styled = styled
        }

        package init(stringLiteral value: String) { self.init(value) }
    }

    package let columns: [Column]
    package private(set) var rows: [[Cell]] = []

    package init(_ columns: [Column]) {
        self.columns = columns
    }

    package mutating func add(_ row: [Cell]) { rows.append(row) }

    package func render(style: Style) -> String {
        var widths = columns.map(\.title.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], cell.text.count)
            }
        }
        func pad(_ text: String, _ i: Int) -> String {
            let fill = String(repeating: " ", count: max(0, widths[i] - text.count))
            return columns[i].alignment == .left ? text + fill : fill + text
        }
        func line(_ cells: [String], styles: [(String) -> String]) -> String {
            var parts: [String] = []
            for i in cells.indices {
                let padded =
                    i == cells.count - 1 && columns[i].alignment == .left
                    ? cells[i] : pad(cells[i], i)
                parts.append(styles[i](padded))
            }
            return parts.joined(separator: "  ")
        }
        var lines = [style.bold(line(columns.map(\.title), styles: columns.map { _ in { $0 } }))]
        for row in rows {
            lines.append(line(row.map(\.text), styles: row.map(\.styled)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
