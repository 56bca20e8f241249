import DXLanguage
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// Teams hand in files that use the same names; a teacher saves and loads several at once.
@Suite("several scenarios per file")
struct SeveralScenariosPerFileTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-several-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    let teamPlan =
        "scenario plan from baseline\n  budget 40 trillion VND per year\nend\nscenario plan-late from plan\n  delay broadband 1 year\nend\n"

    @Test("save A B to FILE writes both with their parents, each once; save all writes every scenario")
    func saveSeveral() throws {
        let folder = try folder()
        let (shell, output) = makeInterpreterWithExamples()
        shell.run(smallScenario + "\nscenario child from small\nend\nscenario other from baseline\n  budget 30 trillion VND per year\nend")
        let both = folder.appendingPathComponent("both.plan").path
        #expect(shell.run("save child other small to \"\(both)\"") == .completed, "\(output.error)")
        let text = try String(contentsOfFile: both, encoding: .utf8)
        let names = Parser.parse(SourceFile(name: "both", text: text)).statements.compactMap { statement -> String? in
            if case .scenario(let decl) = statement { return decl.name.text }
            return nil
        }
        #expect(names == ["small", "child", "baseline", "other"], "each parent once, before its children")
        #expect(text.hasPrefix("# Saved by dxplan. Scenarios 'child', 'other', 'small' with the scenarios they inherit from.\n"))

        let all = folder.appendingPathComponent("all.plan").path
        #expect(shell.run("lưu tất-cả vào \"\(all)\"") == .completed, "\(output.error)")
        let (fresh, _) = makeInterpreter()
        #expect(fresh.run("load \"\(all)\"") == .completed)
        #expect(fresh.session.workspace.names == shell.session.workspace.names)
        let resolver = ScenarioResolver(model: shell.session.model)
        for name in shell.session.workspace.names {
            #expect(try resolver.resolve(name, in: fresh.session.workspace).get() == resolver.resolve(name, in: shell.session.workspace).get())
        }
        #expect(shell.session.workspace.unsavedNames.isEmpty, "saving all leaves nothing unsaved")
    }

    @Test("'all' with other names, and an unknown name, are errors that say what to write")
    func saveMistakes() throws {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("save all baseline to \"x.plan\"") == .failed(.syntax))
        #expect(output.error.contains("'all' saves every scenario; write save all to \"FILE\" without names"))
        #expect(shell.run("save baseline fiv-pushes to \"x.plan\"") == .failed(.semantic))
        #expect(output.error.contains("unknown scenario 'fiv-pushes'; did you mean 'five-pushes'?"))
    }

    @Test("two teams' files that define the same names: the second is refused with E405, then loads with a prefix")
    func nameClash() throws {
        let folder = try folder()
        let first = folder.appendingPathComponent("team1.plan").path
        let second = folder.appendingPathComponent("team2.plan").path
        try teamPlan.write(toFile: first, atomically: true, encoding: .utf8)
        try teamPlan.replacingOccurrences(of: "40 trillion", with: "20 trillion").write(toFile: second, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("load \"\(first)\"") == .completed)
        let before = try ScenarioResolver(model: shell.session.model).resolve("plan", in: shell.session.workspace).get()
        #expect(shell.run("load \"\(second)\"") == .failed(.semantic))
        #expect(output.error.contains("error[E405]: '\(second)' defines 'plan', already defined in '\(first)'; loading it would replace it"))
        #expect(output.error.contains("load it with a prefix: load \"\(second)\" as team2 (its scenarios become team2-plan…)"))
        #expect(try ScenarioResolver(model: shell.session.model).resolve("plan", in: shell.session.workspace).get() == before, "nothing replaced")

        #expect(shell.run("nạp \"\(second)\" thành team2") == .completed, "\(output.error)")
        #expect(output.standard.contains("Loaded team2-plan, team2-plan-late from"))
        let resolver = ScenarioResolver(model: shell.session.model)
        let late = try resolver.resolve("team2-plan-late", in: shell.session.workspace).get()
        #expect(shell.session.workspace.definition("team2-plan-late")?.decl.parent?.text == "team2-plan", "a parent in the same file follows")
        #expect(shell.session.workspace.definition("team2-plan")?.decl.parent?.text == "baseline", "a parent from elsewhere keeps its name")
        #expect(late.envelope(in: 2027) == 20_000)
        #expect(try resolver.resolve("plan", in: shell.session.workspace).get().envelope(in: 2027) == 40_000)

        // The same prefix again clashes with what it loaded; 'force' replaces.
        #expect(shell.run("load \"\(first)\" as team2") == .failed(.semantic))
        #expect(output.error.contains("choose another prefix than 'team2', or add 'force' to replace"))
        #expect(shell.run("load \"\(first)\" as team2 force") == .completed)
        #expect(try resolver.resolve("team2-plan", in: shell.session.workspace).get().envelope(in: 2027) == 40_000)
    }

    @Test("loading a file again after editing it replaces what it defined, without an error")
    func reload() throws {
        let folder = try folder()
        let file = folder.appendingPathComponent("team.plan").path
        try teamPlan.write(toFile: file, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("load \"\(file)\"") == .completed)
        try teamPlan.replacingOccurrences(of: "40 trillion", with: "35 trillion").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(shell.run("load \"\(file)\"") == .completed, "\(output.error)")
        #expect(output.standard.contains("(replacing them)"))
        #expect(try ScenarioResolver(model: shell.session.model).resolve("plan", in: shell.session.workspace).get().envelope(in: 2027) == 35_000)
    }

    @Test("a scenario typed at the prompt and not saved is not replaced by a file; once saved, it may be")
    func unsavedIsKept() throws {
        let folder = try folder()
        let file = folder.appendingPathComponent("team.plan").path
        try teamPlan.write(toFile: file, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()
        shell.run("scenario plan from baseline\nend", name: nil)
        #expect(shell.run("load \"\(file)\"") == .failed(.semantic))
        #expect(output.error.contains("already defined at the prompt, and not saved"))
        #expect(shell.run("save plan to \"\(folder.appendingPathComponent("mine.plan").path)\"") == .completed)
        #expect(shell.run("load \"\(file)\"") == .completed, "\(output.error)")
    }
}
