import DXLanguage
import DXScenario
import DXSource

/// `save [SCENARIO] to "FILE" [force]`: writes a scenario with those it inherits from.
package struct SaveCommand: ShellCommand {
    package let scenario: Name?
    package let path: StringLiteral
    /// Replaces a file dxplan did not write, or a read-only one.
    package let force: Bool

    package static let word = "save"
    package static let synonyms = ["lưu"]
    package static let takesFile = true

    package static let help = HelpTopic(
        name: "save", usage: "save [SCENARIO] to \"FILE\" [force]",
        summary: "write a scenario (and those it inherits from) to a file",
        vietnamese: "ghi một kịch bản (và các kịch bản nó kế thừa) ra tệp",
        details:
            "Writes canonical, readable text that 'load' reads back to the same scenario. The file is written\nto a temporary file first and renamed into place, so a failed save never leaves half a file.\nAn existing file is replaced only if dxplan wrote it (a file you wrote by hand is kept); 'force' at\nthe end replaces any file, a read-only one too. A script writes only in its own folder (see --allow-write).",
        example: "save baseline to \"/tmp/my-baseline.plan\"")

    package static func parse(_ parser: inout Parser) throws -> SaveCommand {
        var name: Name?
        if parser.current.word != nil, !parser.check(word: "to"), !parser.check(word: "by") { name = try parser.expectName("a scenario name") }
        if case .string(let file) = parser.current.kind {
            throw parser.fail("expected 'to' before the file name, as in save \(name?.text ?? "NAME") to \(ScenarioPrinter.quote(file))")
        }
        if parser.accept(word: "by") == nil {  // "lưu … vào" reads naturally in Vietnamese
            _ = try parser.expect(word: "to", "before the file name, as in save \(name?.text ?? "NAME") to \"file.plan\"")
        }
        let path = try parser.expectString("the file name")
        return SaveCommand(scenario: name, path: path, force: parser.accept(word: "force") != nil)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if Completer.fileIsClosed(in: words) { return completer.candidates(["force"]) }
        if words.count == 1 { return completer.candidates(completer.scenarioNames + ["to"]) }
        if words.last == "to" { return [Completer.fileCandidate] }
        return words.count == 2 ? completer.candidates(["to"]) : []
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        try interpreter.save(scenario, to: path, force: force, source: source)
    }
}

extension Interpreter {
    func save(_ name: Name?, to path: StringLiteral, force: Bool, source: SourceFile) throws(Diagnostic) {
        let scenario = try scenarioName(name, for: "save", source: source)
        let chain = workspace.lineage(of: scenario)
        var text = "# Saved by dxplan. Scenario '\(scenario)'"
        text += chain.count > 1 ? " with the scenarios it inherits from.\n" : ".\n"
        text += "# Load it with: load \"\(path.value)\"\n"
        for definition in chain {
            text += "\n" + ScenarioPrinter.print(definition.decl)
        }
        try write(text, to: path, force: force, verb: "save", source: source)
        workspace.markSaved(chain.map(\.name))
        output.write(t("Saved {names} to {file}.", ["names": chain.map(\.name).joined(separator: ", "), "file": path.value]) + "\n")
    }
}
