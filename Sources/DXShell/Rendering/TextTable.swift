/// A plain-text table with aligned columns. Widths count characters as a terminal shows them,
/// so Vietnamese text lines up; styling is applied after padding.
public struct TextTable {
    public enum Alignment { case left, right }

    public struct Column {
        public let title: String
        public let alignment: Alignment

        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// A cell: its text, and how to style it once padded.
    public struct Cell: ExpressibleByStringLiteral {
        public let text: String
        public let styled: (String) -> String

        public init(_ text: String, styled: @escaping (String) -> String = { $0 }) {
            self.text = text
            self.styled = styled
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    public let columns: [Column]
    public private(set) var rows: [[Cell]] = []

    public init(_ columns: [Column]) {
        self.columns = columns
    }

    public mutating func add(_ row: [Cell]) { rows.append(row) }

    public func render(style: Style) -> String {
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
