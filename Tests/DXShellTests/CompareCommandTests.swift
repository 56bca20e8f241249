import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("compare")
struct CompareCommandTests {
    @Test("two scenarios: spending, every indicator with the difference of the printed values, every target in each")
    func two() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("compare baseline five-pushes") == .completed, "\(output.error)")
        let text = output.standard
        #expect(text.contains("baseline — Giữ nguyên cơ cấu chi 2025: 125,000 bn VND over 2026–2030"))
        #expect(text.contains("Results in 2030"))
        #expect(text.contains("digital-economy      %          14.8         15.5                 +0.7 pp"))
        #expect(text.contains("egdi                 index     0.922        0.924                  +0.002"))
        #expect(text.contains("  e-signatures >= 70% by 2030         ✓ 98.3%      ✓ 98.8%"))
        #expect(text.contains("Targets met: baseline 6/9, five-pushes 6/9."))
    }

    @Test("three scenarios have no difference column; a target one of them does not set shows –")
    func three() {
        let (shell, output) = makeInterpreterWithExamples()
        let extra = "scenario lean from baseline\n  budget 20000 bn VND per year\n  target fibre >= 97% by 2030\nend\n"
        #expect(shell.run(extra + "compare baseline five-pushes lean") == .completed, "\(output.error)")
        #expect(!output.standard.contains(" − baseline"))
        // A target only one scenario sets shows – for the others (the header's "2026–2030" has a dash too:
        // the whole row is checked).
        #expect(output.standard.contains("  fibre >= 97% by 2030                      –            –   ✓ 97.7%"), "\(output.standard)")
        #expect(output.standard.contains("Targets met: baseline 6/9, five-pushes 6/9, lean"))
    }

    /// 10^300: a speed of fibre take-up that overflows the run (the model's validity rules refuse zeros and negatives).
    static let huge = "1" + String(repeating: "0", count: 300)

    @Test("an inherited target after a scenario's horizon is 'outside', not 'not set'; values that are not numbers print as –")
    func outsideAndMissing() {
        let (shell, output) = makeInterpreterWithExamples()
        let extra =
            "scenario short from baseline\n  horizon 2026 to 2028\nend\nscenario broken from baseline\n  assume fibre_speed = \(Self.huge)\nend\n"
        #expect(shell.run(extra + "compare baseline short") == .completed, "\(output.error)")
        #expect(output.standard.contains("  fibre >= 90% by 2030                ✓ 97.7%  outside"))
        shell.run("compare baseline broken")
        #expect(!output.standard.contains("−–"))
        #expect(output.standard.contains("fibre                %          97.7       –                  –"), "\(output.standard)")
    }

    @Test("a target whose value is not a number is missed without a gap or a year it was met")
    func notANumber() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("scenario broken from baseline\n  assume fibre_speed = \(Self.huge)\nend\nrun broken") == .completed)
        #expect(output.standard.contains("✗ missed fibre >= 90% by 2030: not a number (the run left the model's range)"))
        #expect(!output.standard.contains("–%"))
    }

    @Test("the year follows 'in' or 'by' (vào in Vietnamese), for compare as for why")
    func yearAfterInOrBy() {
        let (shell, output) = makeInterpreterWithExamples()
        func printed(_ command: String) -> String {
            let before = output.standard.count
            #expect(shell.run(command) == .completed, "\(output.error)")
            return String(output.standard.dropFirst(before))
        }
        let inYear = printed("compare baseline five-pushes in 2028")
        #expect(inYear.contains("Results in 2028"))
        #expect(printed("compare baseline five-pushes by 2028") == inYear)
        shell.session.language = .vi
        #expect(shell.run("đối-chiếu baseline five-pushes vào 2028") == .completed, "\(output.error)")
        #expect(shell.run("why fibre baseline five-pushes by 2028") == .completed, "\(output.error)")
        #expect(shell.run("vì-sao fibre baseline five-pushes vào 2028") == .completed, "\(output.error)")
        // A difference that rounds to nothing has no sign, in Vietnamese too (it read −0,0).
        let vietnamese = printed("đối-chiếu baseline five-pushes vào 2028")
        #expect(vietnamese.contains(" 0,0 điểm") && !vietnamese.contains("−0,0 điểm") && !vietnamese.contains("+0,0 điểm"), "\(vietnamese)")
    }

    @Test(
        "mistakes are errors with a position",
        arguments: [
            ("compare baseline", "compare needs at least two scenarios: compare baseline OTHER"),
            ("compare baseline baseline", "'baseline' is named twice"),
            ("compare baseline five-pushes in 2040", "'baseline' runs 2026–2030, not 2040; compare in a year every scenario runs"),
            ("compare baseline five-push", "unknown scenario 'five-push'; did you mean 'five-pushes'?"),
        ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
