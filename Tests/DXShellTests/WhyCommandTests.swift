import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("why")
struct WhyCommandTests {
    @Test(
        "each differing input's part, and the interaction, for two scenarios",
        arguments: [
            ("why e-signatures baseline five-pushes", "Why e-signatures differs in 2030: baseline 98.28% → five-pushes 98.78% (+0.50 pp)"),
            ("why e-signatures baseline five-pushes", "  spending on security             +0.53 pp"),
            ("why fibre baseline five-pushes in 2027", "  spending on broadband            −0.02 pp\n  7 other inputs                    0.00 pp"),
            ("lang vi\nvì-sao chữ-ký-số baseline five-pushes", "Vì sao chữ-ký-số khác nhau năm 2030"),
        ])
    func output(input: String, expected: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(input) == .completed, "\(output.error)")
        #expect(output.standard.contains(expected), "\(output.standard)")
    }

    @Test(
        "mistakes are errors with a position",
        arguments: [
            ("why fibre baseline baseline", "test.plan:1:20: error[E200]: name two different scenarios"),
            ("why fibre baseline five-pushes in 2031", "'baseline' runs to 2030, not 2031; name a year both scenarios run"),
            ("why fibr baseline five-pushes", "unknown indicator 'fibr'; did you mean 'fibre'?"),
            ("why fibre baseline", "expected the second scenario"),
        ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
