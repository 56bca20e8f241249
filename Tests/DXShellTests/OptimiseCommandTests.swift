import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("optimise")
struct OptimiseCommandTests {
    @Test("defines a scenario that inherits everything but the split, and runs like any other")
    func defines() throws {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("optimise baseline for fibre in 2030 as more-fibre") == .completed, "\(output.error)")
        #expect(output.standard.contains("Defined more-fibre: the split of the budget of baseline that does best on fibre in 2030 (97.72% → "))
        let definition = try #require(shell.workspace.definition("more-fibre"))
        #expect(definition.decl.parent?.text == "baseline")
        #expect(shell.run("run more-fibre") == .completed)
        let before = try #require(shell.workspace.result("baseline")?.value(of: "fibre", in: 2030))
        let after = try #require(shell.workspace.result("more-fibre")?.value(of: "fibre", in: 2030))
        #expect(after > before)
        let shares = try #require(shell.workspace.result("more-fibre")).scenario.allocation
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-9)
    }

    @Test("with no indicator, the scenario's targets; the summary says how many are met")
    func targets() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("optimise five-pushes") == .completed, "\(output.error)")
        #expect(
            output.standard.contains(
                "Defined five-pushes-optimised: the split of the budget of five-pushes that does best on its 9 targets (6 met → "))
    }

    @Test(
        "mistakes are errors with a position",
        arguments: [
            (
                "scenario bare\n  horizon 2026 to 2030\n  budget 1000 bn VND per year\n  allocate\n    skills 100%\n  end\nend\noptimise bare",
                "'bare' sets no targets to optimise for; add targets, or name an indicator: optimise bare for fibre in 2030"
            ),
            ("optimise baseline for fibre in 2035", "2035 is outside the horizon of 'baseline' (2026–2030)"),
            ("optimise baseline for fibr in 2030", "unknown indicator 'fibr'; did you mean 'fibre'?"),
            (
                "scenario yearly from baseline\n  from 2027 allocate\n    skills 20%\n    broadband 10%\n  end\nend\noptimise yearly",
                "'yearly' sets its shares year by year"
            ),
            ("optimise baseline for fibre", "expected 'in' and the year"),
            ("optimise five-pushes as baseline", "'baseline' is already defined (scenarios/baseline.plan); name the optimised scenario differently"),
            ("scenario c from baseline\nend\noptimise c for fibre in 2030 as baseline", "'baseline' is 'c' or one it inherits from"),
        ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
