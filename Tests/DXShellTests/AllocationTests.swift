import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// Shares, pillars and amounts of money in allocate blocks.
@Suite("allocate")
struct AllocationTests {
    @Test("shares that do not add up say by how much and where inherited shares come from")
    func sharesMustAddUp() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(smallScenario + "\nscenario over from small\n  allocate\n    skills 60%\n  end\nend\nrun over")
        #expect(outcome == .failed(.semantic))
        #expect(output.error.contains("test.plan:11:3: error[E301]: the shares of scenario 'over' add up to 110%, 10% over 100%"))
        #expect(output.error.contains("note: other shares are inherited from 'small'"))
    }

    @Test("a pillar's share is split over its programmes in their 2025 proportions, less those named")
    func pillars() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            """
            scenario p
              horizon 2026 to 2027
              budget 10000 bn VND per year
              allocate
                chính-phủ-số 50%
                digital-economy 20%
                digital-society 30%
                security 20%
              end
            end
            """)
        #expect(output.error.isEmpty, "\(output.error)")
        let shares = try ScenarioResolver(model: shell.session.model).resolve("p", in: shell.session.workspace).get().allocation
        // Government: security 20%; the other 30% over services, data, management in 15:15:10.
        #expect(abs(shares["security"]! - 0.20) < 1e-12)
        #expect(abs(shares["services"]! - 0.1125) < 1e-12 && abs(shares["management"]! - 0.075) < 1e-12)
        // Society: broadband and skills in 20:10.
        #expect(abs(shares["broadband"]! - 0.20) < 1e-12 && abs(shares["skills"]! - 0.10) < 1e-12)
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-12)
    }

    @Test("programmes that take more than their pillar has are an error")
    func overdrawn() {
        let (shell, output) = makeInterpreter()
        shell.run(
            "scenario q\n  horizon 2026 to 2027\n  budget 1 bn VND per year\n  allocate\n    digital-economy 10%\n    business 15%\n    digital-society 90%\n  end\nend\nrun q"
        )
        #expect(output.error.contains("the programmes of pillar 'digital-economy' are given 15% of the envelope, but the pillar has 10%"))
    }

    @Test("an amount is the share it makes of the first year's envelope, mixed with shares and pillars")
    func amounts() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario money from small
                  allocate
                    digital-government 4 nghìn tỷ VND
                    services 1000 bn VND per year
                    skills 3000 tỷ VND
                    broadband 30%
                  end
                end
                """)
        #expect(output.error.isEmpty, "\(output.error)")
        let money = try ScenarioResolver(model: shell.session.model).resolve("money", in: shell.session.workspace).get()
        #expect(abs(money.spending(on: "services", in: 2026) - 1000) < 1e-9)
        #expect(abs(money.spending(on: "skills", in: 2026) - 3000) < 1e-9)
        #expect(abs(money.spending(on: "broadband", in: 2026) - 3000) < 1e-9)
        // The government pillar's other 3000 bn go to data, management and security in 2025 proportions.
        let rest = ["data", "management", "security"].map { money.spending(on: $0, in: 2026) }.reduce(0, +)
        #expect(abs(rest - 3000) < 1e-9)
        // The shares hold as the envelope grows 5% a year.
        #expect(abs(money.spending(on: "skills", in: 2027) - 3150) < 1e-9)

        shell.run("show scenario money")
        #expect(output.standard.contains("    services 1000 bn VND\n"))
        #expect(output.standard.contains("    broadband 30%\n"))

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-money-\(UUID()).plan").path
        shell.run("save money to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("    services           1000 bn VND\n"), "\(text)")
        let (fresh, _) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(try ScenarioResolver(model: fresh.session.model).resolve("money", in: fresh.session.workspace).get() == money)
    }

    @Test("amounts in USD convert at the model's usd_vnd, or at the rate a scenario assumes, and save as written")
    func dollars() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario dollars from small
                  budget 1 bn USD per year
                  allocate
                    skills 0.25 bn USD
                    services 75%
                  end
                end
                scenario dearer from dollars
                  assume usd_vnd = 26000
                end
                """)
        #expect(output.error.isEmpty, "\(output.error)")
        let rate = try #require(shell.session.model.parameters.first { $0.id == "usd_vnd" }).value
        let resolver = ScenarioResolver(model: shell.session.model)
        let dollars = try resolver.resolve("dollars", in: shell.session.workspace).get()
        #expect(abs(dollars.envelope(in: 2026) - rate) < 1e-9)
        #expect(abs(dollars.spending(on: "skills", in: 2026) - rate / 4) < 1e-9)
        let dearer = try resolver.resolve("dearer", in: shell.session.workspace).get()
        #expect(abs(dearer.envelope(in: 2026) - 26_000) < 1e-9)
        #expect(abs(dearer.spending(on: "skills", in: 2026) - 6_500) < 1e-9)

        shell.run("show scenario dearer")
        #expect(output.standard.contains("    skills 0.25 bn USD"), "USD amounts show as written: \(output.standard)")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-usd-\(UUID()).plan").path
        shell.run("save dearer to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("  budget 1 bn USD per year\n") && text.contains("    skills   0.25 bn USD\n"), "\(text)")
    }

    @Test("amounts above or below the envelope are errors in money, with the excess or the gap")
    func envelope() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        // services keeps its inherited 50% (5000 bn): 5000 + 12000.
        #expect(shell.run("scenario over from small\n  allocate\n    skills 12 trillion VND\n  end\nend\nrun over") == .failed(.semantic))
        #expect(
            output.error.contains(
                "the allocation of scenario 'over' comes to 17000 bn VND, 7000 bn VND over the envelope of 10000 bn VND in its first year"))
        #expect(
            shell.run("scenario under from small\n  in 2027 allocate\n    services 5000 bn VND\n    skills 5000 bn VND\n  end\nend\nrun under")
                == .failed(.semantic))
        #expect(
            output.error.contains(
                "in 2027 the allocation of scenario 'under' comes to 10000 bn VND, 500 bn VND short of the envelope of 10500 bn VND"))
        #expect(
            shell.run("scenario fine from small\n  from 2027 allocate\n    services 5250 bn VND\n    skills 5250 bn VND\n  end\nend\nrun fine")
                == .completed, "\(output.error)")
    }
}
