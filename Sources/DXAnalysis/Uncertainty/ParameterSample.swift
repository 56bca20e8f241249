/// Parameter values given from outside, one run a row: a sample made by another tool (SALib, a
/// spreadsheet) that `uncertainty … from "FILE"` runs instead of drawing its own.
///
/// The file is comma-separated text: a first line of parameter names, then one line of numbers per
/// run. Empty lines and lines starting with `#` are skipped; spaces around values are ignored.
package struct ParameterSample: Sendable, Equatable {
    package let names: [String]
    package let rows: [[Double]]
    /// Where each name is in the file (line, column; 1-based), for errors about it.
    package let nameColumns: [(line: Int, column: Int)]

    package static func == (a: ParameterSample, b: ParameterSample) -> Bool { a.names == b.names && a.rows == b.rows }

    /// A problem in the file, where it is.
    package struct Problem: Error, Sendable, Equatable {
        package let message: String
        package let line: Int
        package let column: Int
    }

    /// The most rows a sample may have (as many runs as `uncertainty` makes at most).
    package static let largest = 100_000

    package static func parse(_ text: String) throws(Problem) -> ParameterSample {
        var names: [String] = []
        var columns: [(line: Int, column: Int)] = []
        var rows: [[Double]] = []
        // "\r\n" is one character in Swift: lines end at either.
        for (index, content) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let number = index + 1
            let trimmed = content.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            // Each field with the column it starts at (counted in characters, 1-based).
            var fields: [(text: String, column: Int)] = []
            var column = 1
            for field in content.split(separator: ",", omittingEmptySubsequences: false) {
                let leading = field.prefix { $0 == " " || $0 == "\t" }.count
                fields.append((field.trimmingSpaces, column + leading))
                column += field.count + 1
            }
            if names.isEmpty {
                for field in fields {
                    guard !field.text.isEmpty, field.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                        throw Problem(message: "expected a parameter name, found '\(field.text)'", line: number, column: field.column)
                    }
                    if names.contains(field.text) {
                        throw Problem(message: "'\(field.text)' is named twice", line: number, column: field.column)
                    }
                    names.append(field.text)
                    columns.append((number, field.column))
                }
                continue
            }
            guard fields.count == names.count else {
                throw Problem(
                    message: "this row has \(fields.count) value\(fields.count == 1 ? "" : "s"); the first line names \(names.count)",
                    line: number, column: 1)
            }
            guard rows.count < largest else {
                throw Problem(message: "a sample may have at most \(largest) rows", line: number, column: 1)
            }
            var row: [Double] = []
            row.reserveCapacity(fields.count)
            for field in fields {
                guard let value = Double(field.text), value.isFinite else {
                    throw Problem(message: "'\(field.text)' is not a number", line: number, column: field.column)
                }
                row.append(value)
            }
            rows.append(row)
        }
        guard !names.isEmpty else { throw Problem(message: "the file names no parameters", line: 1, column: 1) }
        guard !rows.isEmpty else { throw Problem(message: "the file has names but no rows of values", line: columns[0].line, column: 1) }
        return ParameterSample(names: names, rows: rows, nameColumns: columns)
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
