import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// Budgets and allocations for some years of a scenario.
@Suite("in YEAR and from YEAR")
struct YearByYearTests {
    @Test("in YEAR and from YEAR change the budget and the shares for those years, and save and load back")
    func yearly() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario ramp from small
                  from 2027 budget 20 trillion VND per year growing 10% per year
                  in 2028 budget 5 trillion VND per year
                  from 2028 allocate
                    services 20%
                    skills 80%
                  end
                end
                """)
        #expect(output.error.isEmpty, "\(output.error)")
        let ramp = try ScenarioResolver(model: shell.session.model).resolve("ramp", in: shell.session.workspace).get()
        #expect(ramp.envelope(in: 2026) == 10_000)
        #expect(ramp.envelope(in: 2027) == 20_000)
        #expect(ramp.envelope(in: 2028) == 5_000, "the later, one-year budget wins")
        #expect(ramp.spending(on: "skills", in: 2027) == 10_000)
        #expect(ramp.spending(on: "skills", in: 2028) == 4_000)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-ramp-\(UUID()).plan").path
        shell.run("save ramp to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(
            text.contains(
                "  from 2027 budget 20 trillion VND per year growing 10% per year\n  in 2028 budget 5 trillion VND per year\n  from 2028 allocate\n"))
        let (fresh, _) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(try ScenarioResolver(model: fresh.session.model).resolve("ramp", in: fresh.session.workspace).get() == ramp)
    }

    @Test("a year outside the horizon, or a year whose shares do not add up, is an error")
    func errors() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario a from small\n  from 2031 budget 1 bn VND per year\nend\nrun a") == .failed(.semantic))
        #expect(output.error.contains("2031 is outside the horizon of scenario 'a' (2026–2028)"))
        #expect(shell.run("scenario b from small\n  in 2027 allocate\n    skills 70%\n  end\nend\nrun b") == .failed(.semantic))
        #expect(output.error.contains("in 2027 the shares of scenario 'b' add up to 120%, 20% over 100%"))
    }
}
