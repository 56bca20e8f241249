import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("run")
struct RunCommandTests {
    @Test("define, run and show a scenario")
    func defineRunShow() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nrun small\nshow digital-skills fibre") == .completed)
        #expect(output.error.isEmpty)
        #expect(output.standard.contains("Ran small — Nhỏ (2026–2028): 36 monthly steps."))
        #expect(output.standard.contains("Targets: 1 of 1 met."))
        #expect(output.standard.contains("Budget: 10,000 bn VND in 2026, growing 5% a year to 11,025 bn VND in 2028"))
        #expect(output.standard.contains("digital-skills"))
        #expect(!output.standard.contains("online-dossiers  %"))
    }

    @Test("a huge budget shows without a crash, and run warns that it is far from the base year")
    func hugeBudget() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(
            """
            scenario huge
              horizon 2026 to 2045
              budget 25000 bn VND per year growing 1000% per year
              allocate
                skills 100%
              end
            end
            run huge
            show
            """)
        #expect(outcome == .completed)
        #expect(output.error.contains("warning: the budget of 'huge' reaches"))
        #expect(output.standard.contains("Budget: 25,000 bn VND in 2026"))
    }

    @Test("inherited targets outside a later horizon are kept but not judged")
    func laterHorizon() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario later from small\n  horizon 2027 to 2030\nend\nrun later") == .completed, "\(output.error)")
        #expect(output.standard.contains("Not judged, outside 2027–2030: digital-skills by 2026."))
    }
}
