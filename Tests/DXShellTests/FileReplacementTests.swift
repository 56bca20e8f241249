import DXLanguage
import DXSource
import Foundation
import Testing

@testable import DXShell

/// `save` and `export` replace a file only if dxplan wrote it; `force` replaces any file.
@Suite("Replacing files")
struct FileReplacementTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-replace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `small` (Support.swift) with twice the money, so that its files differ.
    let bigger = "scenario bigger from small\n  budget 20 trillion VND per year\nend\n"

    /// An interpreter that knows `small`.
    func makeShell() -> (Interpreter, CapturedOutput) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        return (shell, output)
    }

    /// The file's text as written, byte-order mark included.
    func contents(_ path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? "<missing>"
    }

    @Test(
        "every format dxplan writes is recognised as its own, so a second save or export replaces the first",
        arguments: [
            "save small to \"F\"", "export csv small \"F\"", "export json small \"F\"",
            "export html small \"F\"", "export xmile small \"F\"", "export xlsx small \"F\"",
        ])
    func ownOutputIsReplaced(_ command: String) throws {
        let path = try folder().appendingPathComponent("out").path
        let (shell, output) = makeShell()
        let statement = command.replacingOccurrences(of: "\"F\"", with: ScenarioPrinter.quote(path))
        #expect(shell.run(statement) == .completed, "\(output.error)")
        let first = contents(path)
        #expect(
            OwnFile.isOwn(head: String(first.prefix(4096)), tail: String(first.suffix(64))), "the mark of \(command) is missing: \(first.prefix(200))"
        )
        #expect(shell.run(bigger + statement.replacingOccurrences(of: "small", with: "bigger")) == .completed, "\(output.error)")
        #expect(contents(path) != first)
        #expect(output.error.isEmpty, "\(output.error)")
    }

    @Test("a file the user wrote is kept, with a note that says how to replace it; force replaces it")
    func handWrittenFileNeedsForce() throws {
        let path = try folder().appendingPathComponent("notes.plan").path
        try "# my own notes, not dxplan's\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (shell, output) = makeShell()
        #expect(shell.run("save small to \(ScenarioPrinter.quote(path))") != .completed)
        #expect(output.error.contains("cannot save to '\(path)': it exists and was not written by dxplan"), "\(output.error)")
        #expect(output.error.contains("add 'force' at the end of the command"), "\(output.error)")
        #expect(contents(path) == "# my own notes, not dxplan's\n")
        #expect(shell.run("export csv small \(ScenarioPrinter.quote(path))") != .completed)
        #expect(contents(path) == "# my own notes, not dxplan's\n")

        #expect(shell.run("save small to \(ScenarioPrinter.quote(path)) force") == .completed, "\(output.error)")
        #expect(contents(path).hasPrefix(OwnFile.savedScenarioMark))
    }

    @Test("a read-only file is refused without force, and with force replaced and still read-only")
    func readOnlyFileNeedsForce() throws {
        let path = try folder().appendingPathComponent("kept.csv").path
        let (shell, output) = makeShell()
        #expect(shell.run("export csv small \(ScenarioPrinter.quote(path))") == .completed)
        let exported = contents(path)
        chmod(path, 0o444)
        #expect(shell.run(bigger + "export csv bigger \(ScenarioPrinter.quote(path))") != .completed)
        #expect(output.error.contains("it is read-only"), "\(output.error)")
        #expect(contents(path) == exported)
        // Vietnamese: ghi-đè is force.
        #expect(shell.run("xuất csv bigger \(ScenarioPrinter.quote(path)) ghi-đè") == .completed, "\(output.error)")
        #expect(contents(path) != exported)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o444, "the file stays read-only")
    }

    @Test("an empty file (made by touch or mktemp) is replaced without force")
    func emptyFileIsReplaced() throws {
        let path = try folder().appendingPathComponent("empty.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let (shell, output) = makeShell()
        #expect(shell.run("export json small \(ScenarioPrinter.quote(path))") == .completed, "\(output.error)")
        #expect(contents(path).contains(OwnFile.jsonMark))
    }

    @Test("a link to a file the user wrote is no way around the rule")
    func linkToForeignFile() throws {
        let folder = try folder()
        let target = folder.appendingPathComponent("bashrc").path
        try "export PATH=/usr/bin\n".write(toFile: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("looks-like-mine.plan").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let (shell, _) = makeShell()
        #expect(shell.run("save small to \(ScenarioPrinter.quote(link))") != .completed)
        #expect(contents(target) == "export PATH=/usr/bin\n")
    }

    @Test("force is parsed after the file name, in both languages, and only there")
    func parsing() {
        func command(_ text: String) -> (any CommandSyntax)? {
            let parsed = Parser.parse(SourceFile(name: "t", text: text))
            guard !parsed.hasErrors, case .command(let command) = parsed.statements.first else { return nil }
            return command.syntax
        }
        #expect((command("save small to \"a.plan\" force") as? SaveCommand)?.force == true)
        #expect((command("save small to \"a.plan\"") as? SaveCommand)?.force == false)
        let export = command("xuất csv \"a.csv\" ghi-de") as? ExportCommand
        #expect(export?.format == .csv && export?.force == true)
        #expect(command("save small to \"a.plan\" forced") == nil, "another word after the file is an error")
    }

    @Test("Tab offers force after the file name")
    func completion() {
        let completer = Completer(scenarioNames: ["baseline"], programmeNames: [], indicatorNames: [])
        #expect(completer.complete(line: "save small to \"a.plan\" ").candidates.map(\.replacement) == ["force "])
        #expect(completer.complete(line: "export csv \"my results.csv\" ").candidates.map(\.replacement) == ["force ", "bom "])
    }
}
