import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("save and load")
struct SaveLoadCommandTests {
    @Test("save writes canonical text with the ancestors; load reads back the same scenarios")
    func saveAndLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-save-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("child.plan").path
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario child from small \"Con\"\n  budget 12 trillion VND per year\nend\nsave child to \"\(file)\"")
        #expect(output.error.isEmpty, "\(output.error)")
        #expect(output.standard.contains("Saved small, child to \(file)."))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("scenario small \"Nhỏ\"\n  horizon 2026 to 2028\n"))
        #expect(text.contains("scenario child from small \"Con\"\n  budget 12 trillion VND per year\nend\n"))

        let (fresh, freshOutput) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(freshOutput.standard.contains("Loaded small, child from"))
        let resolver = ScenarioResolver(model: shell.session.model)
        for name in ["small", "child"] {
            #expect(try resolver.resolve(name, in: fresh.session.workspace).get() == resolver.resolve(name, in: shell.session.workspace).get())
        }
    }

    @Test("a failed save leaves an existing file as it was")
    func atomicSave() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-atomic-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("keep.plan")
        try "precious\n".write(to: file, atomically: true, encoding: .utf8)
        chmod(folder.path, 0o500)  // the folder refuses new files, so the temporary file cannot be made
        defer { chmod(folder.path, 0o700) }
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(smallScenario + "\nsave small to \"\(file.path)\"")
        if getuid() != 0 {  // root ignores permissions; the message check still runs below
            #expect(outcome == .failed(.io))
            #expect(output.error.contains("cannot save to"))
            #expect(try String(contentsOf: file, encoding: .utf8) == "precious\n")
        }
        let missing = shell.run("save small to \"\(folder.path)/no/such/dir/x.plan\"")
        #expect(missing == .failed(.io))
        #expect(output.error.contains("the folder '\(folder.path)/no/such/dir' does not exist"))
    }

    @Test("load defines scenarios but runs no commands; a bad file defines nothing")
    func loadSemantics() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-load-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("good.plan").path
        try (smallScenario + "\nrun small\n").write(toFile: good, atomically: true, encoding: .utf8)
        let bad = folder.appendingPathComponent("bad.plan").path
        try "scenario first\nend\nscenario second\n  allocate\n    skils 10%\n  end\nend\n".write(toFile: bad, atomically: true, encoding: .utf8)

        let (shell, output) = makeInterpreter()
        #expect(shell.run("load \"\(good)\"") == .completed)
        #expect(!output.standard.contains("Ran small"))
        #expect(shell.run("load \"\(bad)\"") == .failed(.semantic))
        #expect(output.error.contains("bad.plan:5:5: error[E202]: unknown programme 'skils'"))
        #expect(shell.session.workspace.names == ["small"])
        #expect(shell.run("load \"\(folder.path)/none.plan\"") == .failed(.missingInput))
    }

    @Test("tiny and huge numbers survive save and load")
    func numbersRoundTrip() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-numbers-\(UUID()).plan").path
        let (shell, output) = makeInterpreter()
        shell.run(
            """
            scenario odd
              horizon 2026 to 2027
              budget 0.00001 million VND per year growing 0.05% per year
              allocate
                skills 0.00001%
                broadband 99.99999%
              end
              target egdi >= 0.00001 by 2026
            end
            save odd to "\(file)"
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let (fresh, freshOutput) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed, "\(freshOutput.error)")
        let resolver = ScenarioResolver(model: shell.session.model)
        #expect(try resolver.resolve("odd", in: fresh.session.workspace).get() == resolver.resolve("odd", in: shell.session.workspace).get())
    }

    @Test("save keeps an existing file's permissions and writes through a symbolic link")
    func saveKeepsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-link-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let target = folder.appendingPathComponent("real.plan").path
        try "\(OwnFile.savedScenarioMark) An older save.\n".write(toFile: target, atomically: true, encoding: .utf8)
        chmod(target, 0o600)
        let link = folder.appendingPathComponent("link.plan").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.plan")
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nsave small to \"\(link)\"") == .completed, "\(output.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.plan")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("scenario small"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
