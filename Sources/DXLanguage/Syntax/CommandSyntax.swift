import DXSource

/// A shell command's syntax: the word that starts it, its Vietnamese forms, and how its
/// arguments are read. The shell's commands conform to it; the parser knows them only
/// through a `CommandTable`, so a command is declared in one place.
package protocol CommandSyntax: Sendable, Hashable {
    /// The English word that starts the command.
    static var word: String { get }
    /// Other words that start it: Vietnamese forms (with diacritics; they are also accepted
    /// without) and English synonyms such as `exit` for `quit`.
    static var synonyms: [String] { get }
    /// Reads the arguments after the command word, up to the end of the statement.
    static func parse(_ parser: inout Parser) throws -> Self
}

extension CommandSyntax {
    package static var synonyms: [String] { [] }
}

/// The commands a parser knows, looked up by their words in either language.
package struct CommandTable: Sendable {
    package let commands: [any CommandSyntax.Type]
    private let byWord: [String: any CommandSyntax.Type]
    /// A keyword (folded: without diacritics) and the English word it stands for: the commands'
    /// words, then the language's Vietnamese keywords (`Grammar.foldedKeywords`), in one table so
    /// that a word is looked up once.
    private let canonical: [String: String]

    package init(_ commands: [any CommandSyntax.Type]) {
        self.commands = commands
        var byWord: [String: any CommandSyntax.Type] = [:]
        var canonical: [String: String] = [:]
        for command in commands {
            byWord[command.word] = command
            for synonym in command.synonyms {
                canonical[Folding.fold(synonym)] = command.word
            }
        }
        self.byWord = byWord
        self.canonical = canonical.merging(Grammar.foldedKeywords) { command, _ in command }
        shapes = KeywordShapes(self.canonical.keys)
        statementVocabulary = Suggestion.Vocabulary(
            ["scenario"] + commands.map { $0.word } + Grammar.scriptStatements
                + Grammar.statementWords.filter { !Grammar.statementStarters.contains($0) } + commands.flatMap { $0.synonyms })
    }

    /// No commands: for reading scenario files alone.
    package static let none = CommandTable([])

    /// The English words that start a command.
    package var words: [String] { commands.map { $0.word } }

    /// Every word that can start a statement, in both languages, for "did you mean": the English
    /// ones first (`scenario`, the commands, the script statements), so that a tie goes to them.
    package var statementWords: [String] { statementVocabulary.names }

    /// `statementWords`, prepared once for "did you mean".
    package let statementVocabulary: Suggestion.Vocabulary

    /// The command a word (already an English keyword) starts.
    package func command(_ word: String) -> (any CommandSyntax.Type)? { byWord[word] }

    /// The English keyword a word stands for: a command's word for its synonyms, otherwise as
    /// `Grammar.canonicalKeyword` says.
    package func canonicalKeyword(_ word: String) -> String {
        // Most words are English (and the table holds only Vietnamese keywords and synonyms): an
        // ASCII word whose length and first letter no keyword has is not one, without folding
        // or hashing it.
        if !shapes.mayContain(word) { return word }
        return canonical[Folding.fold(word)] ?? word
    }

    /// The lengths and first letters of `canonical`'s ASCII keys.
    private let shapes: KeywordShapes

    /// Whether a word is a keyword of the language or a command (such words cannot name a scenario).
    package func isReserved(_ word: String) -> Bool {
        Grammar.isReserved(word) || byWord[canonicalKeyword(word)] != nil
    }

    /// The synonyms (Vietnamese forms) of each English word, commands and keywords alike.
    package var synonymsByWord: [String: [String]] {
        var forms = Dictionary(grouping: Grammar.vietnameseKeywords.keys.sorted(), by: { Grammar.vietnameseKeywords[$0]! })
        for command in commands { forms[command.word, default: []] += command.synonyms }
        return forms
    }
}

/// Which pairs of length and first letter the ASCII words of a set of folded words have, as bits:
/// an ASCII word folds to itself in lower case, so one whose pair is missing folds to none of them.
struct KeywordShapes: Sendable {
    /// Bit `first` of word `length` (lengths below 64, first letters as ASCII lower case).
    private var bits = [UInt64](repeating: 0, count: 2 * 64)
    /// Lengths from this up are not told apart (every such word is looked up).
    private static let longest = 64

    init(_ folded: some Sequence<String>) {
        for word in folded {
            let bytes = Array(word.utf8)
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }), bytes.count < Self.longest else { continue }
            bits[2 * bytes.count + Int(first >> 6)] |= 1 << (first & 63)
        }
    }

    /// False only when `word` is ASCII and no folded word has its length and first letter.
    func mayContain(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { mayContain($0) } ?? true
    }

    private func mayContain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count < Self.longest else { return true }
        // Whether every byte is ASCII, eight at a time (a word is a few words of memory).
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0, high: UInt64 = 0
        while offset + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < raw.count {
            high |= UInt64(raw[offset])
            offset += 1
        }
        if high & 0x8080_8080_8080_8080 != 0 { return true }
        let lower = first >= 0x41 && first <= 0x5A ? first + 32 : first
        return bits[2 * bytes.count + Int(lower >> 6)] & (1 << (lower & 63)) != 0
    }
}
