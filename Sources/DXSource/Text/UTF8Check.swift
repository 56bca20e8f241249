/// Where a sequence of bytes stops being UTF-8 text, as a line and column people can find.
public enum UTF8Check {
    /// The line and column (counting characters, from 1) of the first byte that is not UTF-8, or nil.
    public static func firstInvalid<Bytes: Sequence>(in bytes: Bytes) -> (line: Int, column: Int)? where Bytes.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return (line, column)
            }
        }
    }

    /// The text of UTF-8 bytes, or the position of the first invalid byte.
    public static func text(_ bytes: [UInt8]) -> Result<String, InvalidPosition> {
        guard let (line, column) = firstInvalid(in: bytes) else { return .success(String(decoding: bytes, as: UTF8.self)) }
        // The line it is on, invalid bytes shown as U+FFFD, for the diagnostic's excerpt.
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let lineText = line <= lines.count ? String(decoding: lines[line - 1], as: UTF8.self) : ""
        return .failure(InvalidPosition(line: line, column: column, lineText: lineText))
    }

    public struct InvalidPosition: Error, Equatable, Sendable {
        public let line: Int
        public let column: Int
        /// The line's text, with U+FFFD for the bytes that are not UTF-8.
        public let lineText: String

        public init(line: Int, column: Int, lineText: String = "") {
            self.line = line
            self.column = column
            self.lineText = lineText
        }

        /// A diagnostic at the position, in a source whose text is everything before it.
        public func diagnostic(in name: String) -> Diagnostic {
            let location = SourceLocation(line: line, column: column, offset: 0)
            let source = SourceFile(name: name, text: String(repeating: "\n", count: line - 1) + lineText)
            return .error(
                .syntax,
                "the text is not UTF-8: an invalid byte at line \(line), column \(column) "
                    + "(dxplan reads UTF-8 text)", in: source, at: SourceRange(start: location, end: location))
        }
    }
}
