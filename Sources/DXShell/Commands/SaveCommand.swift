import DXLanguage
import DXScenario
import DXSource

/// `save [SCENARIO…|all] to "FILE" [force]`: writes scenarios with those they inherit from.
package struct SaveCommand: ShellCommand {
    /// What is saved.
    package enum Selection: Sendable, Hashable {
        /// The current scenario.
        case current
        /// These scenarios (each with its parents).
        case named([Name])
        /// Every scenario of the session.
        case all
    }

    package let selection: Selection
    package let path: StringLiteral
    /// Replaces a file dxplan did not write, or a read-only one.
    package let force: Bool

    package static let word = "save"
    package static let synonyms = ["lưu"]
    package static let group = CommandGroup.files
    package static let takesFile = true
    /// The word that saves every scenario, in both languages.
    static let allWords: Set<String> = ["all", "tat-ca"]

    package static let help = HelpTopic(
        name: "save", usage: "save [SCENARIO…|all] to \"FILE\" [force]",
        summary: "write scenarios (and those they inherit from) to a file",
        vietnamese: "ghi các kịch bản (và các kịch bản chúng kế thừa) ra tệp",
        details: """
            Writes canonical, readable text that 'load' reads back to the same scenarios: the current
            scenario, the ones named, or 'all' of them, each after the scenarios it inherits from. The
            file is written to a temporary file first and renamed into place, so a failed save never
            leaves half a file. An existing file is replaced only if dxplan wrote it (a file you wrote by
            hand is kept); 'force' at the end replaces any file, a read-only one too. A script writes
            only in its own folder (see --allow-write).
            """,
        vietnameseDetails: """
            Ghi các kịch bản ở dạng văn bản chuẩn, dễ đọc mà 'load' (nạp) đọc lại thành đúng các kịch bản đó:
            kịch bản hiện tại, các kịch bản được nêu tên, hoặc 'all' (tất-cả), mỗi kịch bản đứng sau những kịch
            bản nó kế thừa. Nội dung được ghi vào một tệp tạm trước rồi đổi tên vào đúng chỗ, nên lần lưu thất
            bại không bao giờ để lại tệp dở dang. Tệp đã có chỉ bị thay thế nếu do dxplan ghi ra (tệp bạn tự
            viết tay được giữ nguyên); 'force' (ghi-đè) ở cuối lệnh thay thế mọi tệp, kể cả tệp chỉ đọc.
            Script chỉ được ghi trong thư mục của chính nó (xem --allow-write).
            """,
        example: "save baseline five-pushes to \"/tmp/my-plans.plan\"")

    package static func parse(_ parser: inout Parser) throws -> SaveCommand {
        var names: [Name] = []
        while parser.current.word != nil, !parser.check(word: "to"), !parser.check(word: "by") {
            names.append(try parser.expectName("a scenario name"))
        }
        let written = names.isEmpty ? "NAME" : names.map(\.text).joined(separator: " ")
        if case .string(let file) = parser.current.kind {
            throw parser.fail("expected 'to' before the file name, as in save \(written) to \(ScenarioPrinter.quote(file))")
        }
        if parser.accept(word: "by") == nil {  // "lưu … vào" reads naturally in Vietnamese
            _ = try parser.expect(word: "to", "before the file name, as in save \(written) to \"file.plan\"")
        }
        let path = try parser.expectString("the file name")
        let selection: Selection
        if let all = names.first(where: { allWords.contains(Folding.fold($0.text)) }) {
            guard names.count == 1 else {
                throw parser.fail("'\(all.text)' saves every scenario; write save \(all.text) to \"FILE\" without names", at: all.range)
            }
            selection = .all
        } else {
            selection = names.isEmpty ? .current : .named(names)
        }
        return SaveCommand(selection: selection, path: path, force: parser.accept(word: "force") != nil)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if Completer.fileIsClosed(in: words) { return completer.candidates(["force"]) }
        if words.last == "to" { return [Completer.fileCandidate] }
        if words.count == 1 { return completer.candidates(completer.scenarioNames + ["all", "to"]) }
        return completer.candidates(completer.scenarioNames.filter { !words.contains($0) } + ["to"])
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.save(selection, to: path, force: force, source: source)
    }
}

extension Session {
    fileprivate func save(_ selection: SaveCommand.Selection, to written: StringLiteral, force: Bool, source: SourceFile) throws(Diagnostic) {
        let path = try fileName(written, source: source)
        let chosen: [String]
        switch selection {
        case .current: chosen = [try scenarioName(nil, for: "save", source: source)]
        case .all:
            guard !workspace.names.isEmpty else {
                throw .error(.semantic, "no scenarios to save: define one with 'scenario … end' or 'load' a file", in: source, at: path.range)
            }
            chosen = workspace.names
        case .named(let names):
            var known: [String] = []
            for name in names { known.append(try scenarioName(name, for: "save", source: source)) }
            chosen = known
        }
        // Each scenario after those it inherits from, each once, in the order of the session.
        var seen = Set<String>()
        let definitions = chosen.flatMap { workspace.lineage(of: $0) }.filter { seen.insert($0.name).inserted }
        let names = definitions.map(\.name)
        let inherited = Set(names).subtracting(chosen).isEmpty ? "" : " with the scenarios \(chosen.count == 1 ? "it inherits" : "they inherit") from"
        var text =
            "# Saved by dxplan. " + (chosen.count == 1 ? "Scenario '\(chosen[0])'" : "Scenarios " + chosen.map { "'\($0)'" }.joined(separator: ", "))
        text += inherited + ".\n"
        text += "# Load it with: load \"\(path.value)\"\n"
        for definition in definitions {
            text += "\n" + ScenarioPrinter.print(definition.decl)
        }
        try write(text, to: path, force: force, verb: "save", source: source)
        workspace.markSaved(names)
        output.write(t("Saved {names} to {file}.", ["names": names.joined(separator: ", "), "file": path.value]) + "\n")
    }
}
