import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("explain")
struct ExplainCommandTests {
    @Test("explain shows the equations, the inputs with sources, and a sensitivity ranking")
    func explain() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nexplain fibre in 2026") == .completed, "\(output.error)")
        #expect(output.standard.contains("fibre_households [household] accumulates + fibre_take_up, from households * fibre_2020 / 100 [%]"))
        #expect(output.standard.contains("fibre_take_up [household/year] = fibre_speed * (bass_p + bass_q * "))
        #expect(output.standard.contains("cost_per_household_passed"))
        #expect(output.standard.contains("USD 100–200 per home passed in emerging markets (Omdia)"))
        #expect(output.standard.contains("What moves it most (change in 2026"))
        #expect(output.standard.contains("bass_q"))
        #expect(shell.run("explain fibr") == .failed(.semantic))
        #expect(output.error.contains("unknown indicator 'fibr'; did you mean 'fibre'?"))
        #expect(shell.run("explain fibre in 2040") == .failed(.semantic))
        #expect(output.error.contains("2040 is outside the run of 'small' (2025–2028)"))
    }

    @Test("a date among the inputs reads as a date (the movement's start), not as a grouped number")
    func dates() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(smallScenario + "\nexplain digital-skills") == .completed, "\(output.error)")
        let row = output.standard.split(separator: "\n").first { $0.hasPrefix("  skills_movement_from ") }
        #expect(row?.contains(" 2025-03-24 ") == true, "\(row ?? "no row")")
        #expect(row?.contains("2,025") == false)
    }

    @Test("an explained flow shows the spending of the year asked for, not the next one")
    func explainYear() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario jump from small\n  in 2028 budget 100 trillion VND per year\nend\nexplain fibre in 2027")
        #expect(output.error.isEmpty, "\(output.error)")
        #expect(
            output.standard.range(of: #"spending_broadband +bn VND/year +0 +the scenario"#, options: .regularExpression) != nil,
            "small gives broadband nothing in 2027")
    }
}
