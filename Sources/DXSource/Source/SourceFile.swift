import Foundation

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
    public var name: String? { storage.name }
    public var text: String { storage.text }
    /// Where relative paths in this source resolve from (the file's folder), if anywhere.
    public var directory: String? { storage.directory }

    /// The fields, shared: every diagnostic and every scenario carries its source, and copying one
    /// reference is cheaper than copying four.
    private let storage: Storage

    private final class Storage: Sendable {
        let name: String?
        let text: String
        let directory: String?
        /// Where each line starts, computed once: looking a line up is then constant time, so
        /// reporting many errors in a long input stays linear.
        let lineStarts: [String.Index]

        init(name: String?, text: String, directory: String?, lineStarts: [String.Index]) {
            self.name = name
            self.text = text
            self.directory = directory
            self.lineStarts = lineStarts
        }
    }

    public init(name: String?, text: String, directory: String? = nil) {
        var starts = [text.startIndex]
        let utf8 = text.utf8
        // A native string's bytes are searched in place with the C library's `memchr` (a bridged
        // string's through its indices).
        let found: Void? = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, Int32(UInt8(ascii: "\n")), bytes.count - offset) {
                offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(utf8.index(utf8.startIndex, offsetBy: offset))
            }
        }
        if found == nil {
            var index = utf8.startIndex
            while index < utf8.endIndex {
                let next = utf8.index(after: index)
                if utf8[index] == UInt8(ascii: "\n") { starts.append(next) }
                index = next
            }
        }
        storage = Storage(name: name, text: text, directory: directory, lineStarts: starts)
    }

    public static func == (a: SourceFile, b: SourceFile) -> Bool {
        a.storage === b.storage || (a.name == b.name && a.text == b.text && a.directory == b.directory)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(text)
        hasher.combine(directory)
    }

    /// The text of a 1-based line, without its line break.
    public func line(_ number: Int) -> Substring? {
        let lineStarts = storage.lineStarts, text = storage.text
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? text.utf8.index(before: lineStarts[number]) : text.endIndex
        // A line break written as CRLF ends the line too.
        if end > start, text.utf8[text.utf8.index(before: end)] == UInt8(ascii: "\r") { end = text.utf8.index(before: end) }
        return text[start..<end]
    }
}
