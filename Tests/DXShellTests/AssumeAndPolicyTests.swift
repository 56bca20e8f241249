import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// The assume and policy settings of a scenario (the assumptions command is in AssumptionsCommandTests).
@Suite("assume and policy")
struct AssumeAndPolicyTests {
    @Test("assume and policy change one scenario's run, are inherited, and save and load back")
    func effects() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario no-paper from small
                  policy paper_refusal off
                end
                scenario late from no-paper
                  policy paper_refusal on from 2026-07
                  assume bass_q = 0.45
                end
                run small
                run no-paper
                run late
                """)
        #expect(output.error.isEmpty, "\(output.error)")
        let resolver = ScenarioResolver(model: shell.session.model)
        let late = try resolver.resolve("late", in: shell.session.workspace).get()
        #expect(late.assumptions == ["bass_q": 0.45])
        #expect(late.policies == ["paper_refusal": 2026.5])
        let noPaper = try resolver.resolve("no-paper", in: shell.session.workspace).get()
        #expect(noPaper.policies["paper_refusal"] == PolicySwitch.never)
        let small = shell.session.workspace.result("small")!.value(of: "online-dossiers", in: 2027)!
        let without = shell.session.workspace.result("no-paper")!.value(of: "online-dossiers", in: 2027)!
        #expect(without < small, "without the paper mandate, fewer dossiers go online")

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-policy-\(UUID()).plan").path
        shell.run("save late to \"\(file)\"")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("  policy paper_refusal on from 2026-07\n"))
        #expect(text.contains("  assume bass_q = 0.45\n"))
        #expect(text.contains("  policy paper_refusal off\n"))
        let (fresh, _) = makeInterpreter()
        #expect(fresh.run("load \"\(file)\"") == .completed)
        #expect(try ScenarioResolver(model: fresh.session.model).resolve("late", in: fresh.session.workspace).get() == late)
    }

    @Test(
        "unknown names, policy dates as parameters, wrong units and values out of range are explained",
        arguments: [
            ("assume bass_qq = 0.4", "unknown parameter 'bass_qq'; did you mean 'bass_q'?", true),
            ("policy paper_refusl off", "unknown policy 'paper_refusl'; did you mean 'paper_refusal'?", true),
            ("assume paper_refusal_from = 2027", "'paper_refusal_from' is the date of a policy: write policy paper_refusal on from YEAR", true),
            ("assume bass_q = 40%", "'bass_q' is in 1/year, not %; write the number alone", true),
            ("assume bass_q = 0.9", "bass_q = 0.9 lies outside its plausible range 0.3–0.5 1/year", false),
            ("policy paper_refusal on from 2026-13", "'13' is not a month (1 to 12)", true),
        ])
    func problems(line: String, message: String, isError: Bool) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        let outcome = shell.run("scenario x from small\n  \(line)\nend")
        #expect((outcome != .completed) == isError)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
