import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// The checks on a scenario block, and what defining or redefining one does to the workspace.
@Suite("Defining scenarios")
struct ScenarioDefinitionTests {
    @Test(
        "definition checks: names, units, repeats, target years",
        arguments: [
            ("target fibre >= 80 by 2026", "'fibre' is measured in %; write 80%"),
            ("target egdi >= 85% by 2026", "'egdi' is an index, not a percentage; write the number alone, as in 0.815"),
            ("target fibr >= 80% by 2026", "unknown indicator 'fibr'; did you mean 'fibre'?"),
            ("horizon 2025 to 2030", "the horizon must start after 2025, the year of the model's baselines"),
            ("horizon 2030 to 2026", "the horizon ends (2026) before it starts (2030)"),
            ("horizon 2026 to 2028", "'horizon' is set twice in scenario 'extra'"),
            ("target fibre >= 80% by 2035", "target year 2035 is outside the horizon of scenario 'extra' (2026–2028)"),
            ("budget 0 bn VND per year", "a budget must be more than 0 (it is 0 bn VND)"),
            ("from 2026 budget -5 bn USD per year", "a budget must be more than 0 (it is -5 bn USD)"),
            ("allocate\n    skills -500 bn VND\n    services 100%\n  end", "an amount cannot be negative"),
            ("allocate\n    skills -2%\n    services 102%\n  end", "a share cannot be negative"),
        ])
    func definitionChecks(line: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        let outcome = shell.run("scenario extra from small\n  horizon 2026 to 2028\n  \(line)\nend\nrun extra")
        #expect(outcome == .failed(.semantic))
        #expect(output.error.contains(message), "\(output.error)")
    }

    @Test("an invalid definition leaves the previous one in place")
    func failedDefinitionChangesNothing() throws {
        let (shell, _) = makeInterpreter()
        shell.run(smallScenario)
        shell.run("scenario small\n  allocate\n    skils 100%\n  end\nend")
        let resolved = try ScenarioResolver(model: shell.session.model).resolve("small", in: shell.session.workspace).get()
        #expect(resolved.allocation["services"] == 0.5)
    }

    @Test("defining a scenario keeps the results of scenarios that do not inherit from it")
    func statusSurvives() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nrun small\nscenario other from small\nend\nlist")
        #expect(output.standard.contains("ran: 1/1 targets met"))
        shell.run("scenario small\n  horizon 2026 to 2027\n  budget 1 bn VND per year\n  allocate\n    skills 100%\n  end\nend\nlist")
        // The first listing shows 'other' not run; after redefining small, both small and other are not run.
        #expect(output.standard.components(separatedBy: "not run").count - 1 == 3)
    }

    @Test("impossible results are flagged; impossible dates and unreachable targets are errors")
    func guards() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario wild from small\n  assume bass_q = 40\nend\nrun wild")
        #expect(output.error.contains("left the range the model is valid for"))
        #expect(shell.run("scenario d from small\n  policy paper_refusal on from 2026-02-29\nend") == .failed(.syntax))
        #expect(output.error.contains("'29' is not a day of 2026-02, which has 28 days"))
        #expect(shell.run("scenario early from small\n  target fibre >= 90% by 2025\nend\nrun early") == .failed(.semantic))
        #expect(output.error.contains("target year 2025 is outside the horizon"))
    }
}
