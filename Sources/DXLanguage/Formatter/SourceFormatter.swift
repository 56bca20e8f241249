import DXSource

/// Formats scenario files and scripts line by line, keeping every comment and blank line:
/// two spaces of indentation per open block, one space between words (none before `%`, `,`,
/// `)`, `]`), allocation entries in columns, and the trailing comments of consecutive lines
/// aligned two spaces after the longest code among them.
package enum SourceFormatter {
    /// A formatted line: its code (indentation included) and its trailing comment.
    private struct Row {
        var code: String
        var comment: String?
        /// A line with only a comment keeps it where the code would start.
        var commentOnly: Bool { code.allSatisfy { $0 == " " } }
    }

    /// The formatted text, or nil when the source does not parse (formatting would guess).
    package static func format(_ source: SourceFile, commands: CommandTable) -> String? {
        let parsed = Parser.parse(source, commands: commands)
        guard !parsed.hasErrors, !parsed.isIncomplete else { return nil }
        let tokens = Lexer.tokenize(source).tokens
        // Lines end at each "\n" scalar, as the lexer counts them. (Split by Character, a file
        // with Windows line ends would be one line: "\r\n" is a single Character.)
        let lines = source.text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        var byLine: [Int: [Token]] = [:]
        // A `;` separates statements on one line, so it stays; line ends are the rows themselves.
        for token in tokens where (token.kind != .newline || token.text == ";") && !token.isEnd {
            byLine[token.range.start.line, default: []].append(token)
        }
        var depth = 0
        var stack: [String] = []
        var rows: [Row?] = []  // nil is a blank line
        // An allocation entry: the programme, then its value, whose leading number (if any) is
        // right-aligned with the others so that shares and amounts line up by their digits.
        var entries: [(indent: String, name: String, number: String, rest: String, comment: String?)] = []
        func flushEntries() {
            guard !entries.isEmpty else { return }
            let nameWidth = entries.map(\.name.count).max()!, numberWidth = entries.map(\.number.count).max()!
            for entry in entries {
                // A value that is an expression starts where the numbers start.
                let align = entry.number.isEmpty ? 0 : numberWidth - entry.number.count
                let gap = String(repeating: " ", count: nameWidth - entry.name.count + 1 + align)
                rows.append(Row(code: entry.indent + entry.name + gap + entry.number + entry.rest, comment: entry.comment))
            }
            entries.removeAll()
        }
        var pendingBlank = false
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine
            while line.hasSuffix("\r") { line.removeLast() }
            let code = byLine[index + 1] ?? []
            let comment = commentText(of: line, after: code.last)
            if code.isEmpty && comment == nil {
                pendingBlank = true
                continue
            }
            let first = code.first?.word.map(Grammar.canonicalKeyword)
            let indent = String(repeating: "  ", count: first == "end" || first == "else" ? max(0, depth - 1) : depth)
            if stack.last == "allocate", !pendingBlank, first != "end", code.count >= 2, code[0].word != nil {
                let valueStart = code[1].kind == .symbol(":") && code.count > 2 ? 2 : 1
                let value = Array(code[valueStart...])
                let leadingNumber: Bool = if case .number = value[0].kind { true } else { false }
                let number = leadingNumber ? value[0].text : ""
                let whole = join(value)
                entries.append((indent, join(Array(code[..<valueStart])), number, String(whole.dropFirst(number.count)), comment))
                continue
            }
            flushEntries()
            if pendingBlank, !rows.isEmpty { rows.append(nil) }
            pendingBlank = false
            if first == "end" || first == "else" { depth = max(0, depth - 1) }
            rows.append(Row(code: indent + join(code), comment: comment))
            if first == "end" { _ = stack.popLast() }
            if first == "else" { depth += 1 }
            if let opened = opens(code, inside: stack.last) {
                stack.append(opened)
                depth += 1
            }
        }
        flushEntries()
        while rows.last == nil, !rows.isEmpty { rows.removeLast() }
        return align(rows).joined(separator: "\n") + "\n"
    }

    /// Lines of text, with the trailing comments of each run of consecutive commented lines in one column.
    private static func align(_ rows: [Row?]) -> [String] {
        var out: [String] = []
        var group: [Row] = []
        func flush() {
            let width = group.map(\.code.count).max() ?? 0
            for row in group {
                out.append(row.code + String(repeating: " ", count: width - row.code.count + 2) + row.comment!)
            }
            group.removeAll()
        }
        for row in rows {
            guard let row else {
                flush()
                out.append("")
                continue
            }
            if let comment = row.comment, row.commentOnly {
                flush()
                out.append(row.code + comment)
            } else if row.comment != nil {
                group.append(row)
            } else {
                flush()
                out.append(row.code)
            }
        }
        flush()
        return out
    }

    /// The block a line opens, if any (`Grammar.blockOpened`).
    private static func opens(_ code: [Token], inside block: String?) -> String? {
        Grammar.blockOpened(byLine: code.compactMap { $0.word.map(Grammar.canonicalKeyword) }, inside: block)
    }

    /// The code of a line with canonical spacing.
    private static func join(_ code: [Token]) -> String {
        let dateDashes = dateDashes(in: code)
        var text = ""
        for (index, token) in code.enumerated() {
            if index > 0, needsSpace(between: code[index - 1], and: token),
                !isUnaryMinus(code[index - 1], after: index > 1 ? code[index - 2] : nil),
                !dateDashes.contains(index), !dateDashes.contains(index - 1)
            {
                text += " "
            }
            text += token.text
        }
        return text
    }

    /// The dashes of dates written `2026-07` or `2026-07-01`: a `-` touching a number on both
    /// sides stays tight, as written (`2030 - 1` and `2030 -1` are still spaced as subtraction).
    /// The `-` written tight before a number, after a number or a word (`2026-01-02`, `đội-1`,
    /// `x-1`): a date, a name, or a subtraction written tight, kept as written (spacing it would
    /// turn a date or a name into a subtraction).
    private static func dateDashes(in code: [Token]) -> Set<Int> {
        var dashes = Set<Int>()
        func isNumber(_ token: Token) -> Bool {
            if case .number = token.kind { return true }
            return false
        }
        for index in code.indices.dropFirst().dropLast() where code[index].kind == .symbol("-") {
            let (left, dash, right) = (code[index - 1], code[index], code[index + 1])
            // A date (number-number) or a numbered name (word-number); `3-x` is spaced as a subtraction.
            guard isNumber(right), isNumber(left) || left.word != nil else { continue }
            if left.range.end == dash.range.start, dash.range.end == right.range.start { dashes.insert(index) }
        }
        return dashes
    }

    /// A `-` that starts a value (`-5%`, `= -x`, `(-x`) rather than subtracting: no space after it.
    private static func isUnaryMinus(_ token: Token, after before: Token?) -> Bool {
        guard token.kind == .symbol("-") else { return false }
        guard let before else { return true }
        switch before.kind {
        case .symbol(let symbol): return ![")", "]"].contains(symbol)
        case .word(let word):
            return ["and", "or", "not", "in", "to", "step", "let", "print", "assert", "if"].contains(
                Grammar.canonicalKeyword(word).lowercased())
        default: return false
        }
    }

    private static func needsSpace(between left: Token, and right: Token) -> Bool {
        if right.kind == .percent || right.kind == .newline { return false }
        if case .symbol(let symbol) = right.kind, [",", ")", "]", ":"].contains(symbol) { return false }
        if case .symbol(let symbol) = left.kind, ["(", "["].contains(symbol) { return false }
        return true
    }

    /// The comment of a line (from `#` to its end), if any, after the line's last token.
    private static func commentText(of line: String, after last: Token?) -> String? {
        let scalars = Array(line.unicodeScalars)
        let start = last.map { $0.range.end.column - 1 } ?? 0
        guard start <= scalars.count else { return nil }
        for i in start..<scalars.count where scalars[i] == "#" {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[i...])
            var text = String(view)
            while text.last == " " || text.last == "\t" || text.last == "\r" { text.removeLast() }
            return text
        }
        return nil
    }
}
