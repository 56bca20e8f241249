/// A position in a source text: 1-based line and column (in Unicode scalars), and the scalar offset.
public struct SourceLocation: Sendable, Hashable, Comparable {
    public let line: Int
    public let column: Int
    public let offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}

/// A half-open span of source text, from `start` up to (not including) `end`.
public struct SourceRange: Sendable, Hashable {
    public let start: SourceLocation
    public let end: SourceLocation

    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The span from the start of `self` to the end of `other`.
    public func through(_ other: SourceRange) -> SourceRange {
        SourceRange(start: start, end: other.end)
    }
}

/// A named piece of input: a file, a `-c` argument, standard input or one REPL entry.
public struct SourceFile: Sendable, Hashable {
    /// The name printed in diagnostics; nil for REPL input, which prints no file name.
    public let name: String?
    public let text: String
    /// Where relative paths in this source resolve from (the file's folder), if anywhere.
    public let directory: String?

    public init(name: String?, text: String, directory: String? = nil) {
        self.name = name
        self.text = text
        self.directory = directory
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ number: Int) -> Substring? {
        var current = 1
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if current == number { break }
            if text[index] == "\n" || text[index] == "\r\n" {
                current += 1
                lineStart = text.index(after: index)
            }
            index = text.index(after: index)
        }
        guard current == number else { return nil }
        let end = text[lineStart...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? text.endIndex
        return text[lineStart..<end]
    }
}
