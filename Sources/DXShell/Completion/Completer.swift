import DXLanguage
import DXSource
import Foundation

/// Suggests completions for the word under the cursor, from the language's grammar,
/// the session's scenarios, the model's names, and the file system after `load`/`save`.
package struct Completer {
    /// A completion: the text that replaces the partial word, including what follows it
    /// (a space after a word, `/` after a folder, `"` after a file).
    package struct Candidate: Sendable, Hashable {
        package let replacement: String
        /// What to show in a list of candidates.
        package let display: String
        /// Another form of a word (a Vietnamese keyword, an alias): offered only once something is
        /// typed, so that Tab on an empty word lists each thing once.
        package var isAlternative = false
    }

    package struct Completions: Sendable {
        /// The partial word being completed (the text that candidates replace).
        package let partial: String
        package let candidates: [Candidate]

        /// Whether the candidates' common prefix goes further than what is typed, matched with or
        /// without diacritics: then the partial word is replaced by it ("chay" → "chạy ").
        package var extendsPartial: Bool {
            let prefix = commonPrefix
            return Folding.fold(prefix).count > Folding.fold(partial).count && Folding.fold(prefix).hasPrefix(Folding.fold(partial))
        }

        /// The longest text every candidate starts with.
        package var commonPrefix: String {
            guard var prefix = candidates.first?.replacement else { return partial }
            for candidate in candidates.dropFirst() {
                prefix = String(prefix.commonPrefix(with: candidate.replacement))
            }
            return prefix
        }
    }

    package let scenarioNames: [String]
    package let programmeNames: [String]
    package let indicatorNames: [String]
    package let parameterNames: [String]
    package let policyNames: [String]
    /// Other names of programmes and indicators (Vietnamese ones), by id.
    package let aliases: [String: [String]]
    package let currentDirectory: String

    package init(
        scenarioNames: [String], programmeNames: [String], indicatorNames: [String],
        parameterNames: [String] = [], policyNames: [String] = [], aliases: [String: [String]] = [:],
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.aliases = aliases
        self.scenarioNames = scenarioNames
        self.programmeNames = programmeNames
        self.indicatorNames = indicatorNames
        self.parameterNames = parameterNames
        self.policyNames = policyNames
        self.currentDirectory = currentDirectory
    }

    /// Completes the end of `line` (the text before the cursor), given earlier lines of the same entry.
    package func complete(line: String, pendingLines: String = "") -> Completions {
        let blocks = openBlocks(in: pendingLines)
        // Inside a string: complete a path.
        if line.filter({ $0 == "\"" }).count % 2 == 1, let quote = line.lastIndex(of: "\"") {
            let partial = String(line[line.index(after: quote)...])
            let before = line[..<quote].split(separator: " ").map { Self.keywords.canonicalKeyword(String($0)) }
            if blocks.isEmpty, let first = before.first, first == "include" || CommandRegistry.command(first)?.takesFile == true {
                return Completions(partial: partial, candidates: paths(matching: partial))
            }
            return Completions(partial: partial, candidates: [])
        }
        let endsWithSpace = line.last.map { $0 == " " || $0 == "\t" } ?? true
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let partial = endsWithSpace ? "" : (words.popLast() ?? "")
        // Vietnamese keywords (with or without diacritics) lead to the same completions as English ones.
        let options = wordOptions(before: words.map(Self.keywords.canonicalKeyword), blocks: blocks)
        // A word matches as typed. A Vietnamese one (with diacritics) also matches what is typed with
        // or without them; its other forms are offered once the word has two letters, or a diacritic
        // shows that it is Vietnamese, so that "s" lists the commands and not "so-sánh" too.
        let folded = Folding.fold(partial)
        let typedVietnamese = partial.unicodeScalars.count >= 2 || !partial.utf8.allSatisfy { $0 < 0x80 }
        let matching = options.filter { candidate in
            if candidate.isAlternative && !typedVietnamese { return false }
            if candidate.replacement.hasPrefix(partial) { return true }
            return !candidate.display.utf8.allSatisfy { $0 < 0x80 } && Folding.fold(candidate.display).hasPrefix(folded)
        }
        return Completions(partial: partial, candidates: matching)
    }

    /// Each name, then its other forms: the Vietnamese keywords that stand for it and its aliases.
    func candidates(_ names: [String], suffix: String = " ") -> [Candidate] {
        names.map { Candidate(replacement: $0 + suffix, display: $0) }
            + names.flatMap { name in
                ((Self.vietnameseForms[name] ?? []) + (aliases[name] ?? [])).map {
                    Candidate(replacement: $0 + suffix, display: $0, isAlternative: true)
                }
            }
    }

    /// The language's keywords and the shell's commands.
    private static let keywords = CommandRegistry.table
    /// The Vietnamese keywords (with diacritics) that stand for each English one.
    private static let vietnameseForms = keywords.synonymsByWord

    /// What Tab offers for a file name: an opening quote.
    static let fileCandidate = Candidate(replacement: "\"", display: "\"FILE\"")

    /// Whether the words typed so far end with a closed string (a file name), after which
    /// `force` may follow.
    static func fileIsClosed(in words: [String]) -> Bool {
        words.last?.hasSuffix("\"") == true && words.joined().count(where: { $0 == "\"" }) >= 2
    }

    private func wordOptions(before words: [String], blocks: [String]) -> [Candidate] {
        let position = words.count
        switch blocks.last {
        case "allocate":
            return position == 0 ? candidates(programmeNames + ["end"]) : []
        case "scenario":
            guard let first = words.first else { return candidates(Grammar.scenarioSettings) }
            switch first {
            case "target":
                if position == 1 { return candidates(indicatorNames) }
                if position == 2 { return candidates(ComparisonOperator.allCases.map(\.rawValue)) }
                if position == 4 { return candidates(["by"]) }
            case "shift":
                if position == 2 { return candidates(["from"]) }
                if position == 3 { return candidates(programmeNames) }
                if position == 4 { return candidates(["to"]) }
                if position == 5 { return candidates(programmeNames) }
            case "delay":
                if position == 1 { return candidates(programmeNames) }
                if position == 3 { return candidates(["year", "years"]) }
            case "assume":
                if position == 1 { return candidates(parameterNames) }
                if position == 2 { return candidates(["="]) }
            case "policy":
                if position == 1 { return candidates(policyNames) }
                if position == 2 { return candidates(["on", "off"]) }
                if position == 3 && words[2] == "on" { return candidates(["from"]) }
            case "horizon":
                if position == 2 { return candidates(["to"]) }
            case "budget":
                let sequence: [Int: [String]] = [
                    2: ["bn", "trillion", "million"], 3: ["VND", "USD"], 4: ["per"], 5: ["year"],
                    6: ["growing"], 8: ["per"], 9: ["year"],
                ]
                return candidates(sequence[position] ?? [])
            default: break
            }
            return []
        default:
            break
        }
        guard let first = words.first else { return candidates(["scenario"] + Self.keywords.words + Grammar.scriptStatements) }
        switch first {
        case "scenario":
            if position == 2 { return candidates(["from"]) }
            if position == 3 && words[2] == "from" { return candidates(scenarioNames) }
            return []
        default:
            return CommandRegistry.command(first)?.completions(after: words, from: self) ?? []
        }
    }

    /// The blocks left open by earlier lines of an entry, innermost last.
    func openBlocks(in text: String) -> [String] {
        var stack: [String] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { Self.keywords.canonicalKeyword(String($0)) }
            if let opened = Grammar.blockOpened(byLine: words, inside: stack.last) {
                stack.append(opened)
            } else if words.first == "end" {
                _ = stack.popLast()
            }
        }
        return stack
    }

    private func paths(matching partial: String) -> [Candidate] {
        let expanded = partial.hasPrefix("~/") ? NSHomeDirectory() + partial.dropFirst(1) : partial
        let slash = expanded.lastIndex(of: "/")
        let directoryPart = slash.map { String(expanded[...$0]) } ?? ""
        let namePart = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let typedDirectory = partial.lastIndex(of: "/").map { String(partial[...$0]) } ?? ""
        let searchDirectory =
            directoryPart.isEmpty
            ? currentDirectory
            : directoryPart.hasPrefix("/") ? directoryPart : currentDirectory + "/" + directoryPart
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: searchDirectory) else { return [] }
        return entries.sorted()
            .filter { $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { entry in
                var isDirectory: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: searchDirectory + "/" + entry, isDirectory: &isDirectory)
                let suffix = isDirectory.boolValue ? "/" : "\" "
                return Candidate(replacement: typedDirectory + entry + suffix, display: entry + (isDirectory.boolValue ? "/" : ""))
            }
    }
}
