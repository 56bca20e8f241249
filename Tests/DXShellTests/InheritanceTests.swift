import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("Inheritance")
struct InheritanceTests {
    @Test("a child inherits everything and overrides shares programme by programme")
    func inheritance() throws {
        let (shell, _) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario child from small
                  allocate
                    services 30%
                    broadband 20%
                  end
                end
                scenario grandchild from child
                  horizon 2026 to 2030
                end
                """)
        let resolved = try ScenarioResolver(model: shell.session.model).resolve("grandchild", in: shell.session.workspace).get()
        #expect(resolved.horizon == 2026...2030)
        #expect(resolved.budget == Budget(amountPerYear: 10_000, growthPerYear: 0.05))
        #expect(resolved.allocation == ["services": 0.3, "broadband": 0.2, "skills": 0.5])
        #expect(resolved.targets.count == 1)
        #expect(resolved.title == nil, "titles name one scenario and are not inherited")
    }

    @Test("unknown parents, loops and missing settings are explained")
    func resolutionErrors() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario a from smal\nend\nrun a") == .failed(.semantic))
        #expect(output.error.contains("scenario 'a' inherits from 'smal', which is not defined; did you mean 'small'?"))
        #expect(shell.run("scenario x from y\nend\nscenario y from x\nend\nrun x") == .failed(.semantic))
        #expect(output.error.contains("inherit from each other in a loop: x → y → x"))
        #expect(shell.run("scenario bare\nend\nrun bare") == .failed(.semantic))
        #expect(output.error.contains("scenario 'bare' has no horizon"))
    }

    @Test("typed at the prompt, a parent that is not defined is a warning at once; a file may define the parent after the child")
    func parentNotYetDefined() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario a from smal\nend") == .completed)
        #expect(
            output.error.contains("warning: 'a' inherits from 'smal', which is not defined yet; it cannot run until it is; did you mean 'small'?"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-parent-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("later.plan")
        try "scenario child from parent\nend\nscenario parent from small\nend\n".write(to: file, atomically: true, encoding: .utf8)
        let before = output.error
        #expect(shell.run("load \"\(file.path)\"") == .completed)
        #expect(shell.run("include \"\(file.path)\"") == .completed, "\(output.error)")
        #expect(output.error == before, "no warning for a file that defines the parent after the child")
    }
}
