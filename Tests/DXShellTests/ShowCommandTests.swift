import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("show")
struct ShowCommandTests {
    @Test("show runs the current scenario when it has not run yet")
    func showRunsFirst() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nshow") == .completed)
        #expect(output.standard.contains("small — Nhỏ (2026–2028)"))
    }

    @Test("show gives years in a row with the same budget as one span")
    func budgetSpans() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario flat from small\n  from 2027 budget 20 trillion VND per year\nend\nrun flat\nshow fibre")
        #expect(output.standard.contains("Budget: 10,000 bn VND in 2026, 20,000 bn VND in 2027–2028\n"), "\(output.standard)")
    }
}
