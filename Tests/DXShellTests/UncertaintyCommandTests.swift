import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("uncertainty")
struct UncertaintyCommandTests {
    @Test("bands and chances for a scenario; the same seed prints the same; other seeds and runs are taken")
    func bands() {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nuncertainty five-pushes runs 50 seed 9") == .completed, "\(output.error)")
        let first = String(output.standard.drop { $0 != "U" })
        #expect(first.contains("Uncertainty of five-pushes: 50 runs, 74 uncertain parameters drawn (seed 9)"))
        #expect(first.contains("\n2030\nindicator "), "each year's bands below the other's, to fit 80 columns")
        #expect(first.contains("run  median  90% of runs"))
        #expect(first.split(separator: "\n").allSatisfy { $0.count <= 80 }, "fits a projector")
        #expect(first.contains("fibre-coverage >= 100% by 2030"))
        #expect(shell.run("uncertainty five-pushes runs 50 seed 9") == .completed)
        #expect(output.standard.hasSuffix(first + first), "the same seed prints the same")
        #expect(shell.run("bất-định five-pushes lần-chạy 20") == .completed, "Vietnamese keywords")
        let (vietnamese, shown) = makeInterpreter()
        vietnamese.workingDirectory = repositoryRoot.path
        vietnamese.language = .vi
        #expect(vietnamese.run("load \"scenarios/five-pushes.plan\"\nbất-định five-pushes lần-chạy 20 hạt-giống 1") == .completed)
        #expect(shown.standard.split(separator: "\n").allSatisfy { $0.count <= 80 }, "the Vietnamese table fits a projector too")
    }

    @Test("latin: a Latin hypercube sample, said in the heading, in both languages; other bands than independent draws")
    func latin() {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nuncertainty five-pushes runs 50 seed 9 latin") == .completed, "\(output.error)")
        let latin = String(output.standard.drop { $0 != "U" })
        #expect(latin.contains("Uncertainty of five-pushes\n50 runs, 74 uncertain parameters drawn (seed 9, Latin hypercube)"))
        #expect(shell.run("uncertainty five-pushes latin seed 9 runs 50") == .completed)
        #expect(output.standard.hasSuffix(latin + latin), "the same seed, the same sample, in any order of the words")
        #expect(shell.run("uncertainty five-pushes runs 50 seed 9") == .completed)
        #expect(!output.standard.hasSuffix(latin), "independent draws give other bands")
        #expect(shell.run("uncertainty five-pushes latin latin") == .failed(.syntax))
        #expect(output.error.contains("'latin' is given twice"))
        shell.language = .vi
        #expect(shell.run("bất-định five-pushes lần-chạy 20 latin") == .completed)
        #expect(output.standard.contains("siêu khối Latin"))
    }

    @Test(
        "runs outside 10 to 100,000 and stray words are errors with a position",
        arguments: [
            ("uncertainty five-pushes runs 5", "test.plan:1:30: error[E306]: 5 runs: use from 10 to 100,000"),
            ("uncertainty five-pushes rns 50", "expected 'runs N', 'seed N' or 'latin' after the scenario; did you mean 'runs'?"),
            ("uncertainty runs 10 runs 20", "'runs' is given twice"),
            ("uncertainty five-pushes seed -1", "expected the seed, a whole number"),
            ("uncertainty five-push", "unknown scenario 'five-push'; did you mean 'five-pushes'?"),
        ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/five-pushes.plan\"")
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
