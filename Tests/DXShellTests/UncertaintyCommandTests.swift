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
        shell.session.files.workingDirectory = repositoryRoot.path
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
        vietnamese.session.files.workingDirectory = repositoryRoot.path
        vietnamese.session.language = .vi
        #expect(vietnamese.run("load \"scenarios/five-pushes.plan\"\nbất-định five-pushes lần-chạy 20 hạt-giống 1") == .completed)
        #expect(shown.standard.split(separator: "\n").allSatisfy { $0.count <= 80 }, "the Vietnamese table fits a projector too")
    }

    @Test("from \"FILE\": the runs of a sample made elsewhere, relative to the script; its problems point into the file")
    func fromFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-sample-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "bass_q\n0.3\n0.4\n0.5\n".write(to: folder.appendingPathComponent("q.csv"), atomically: true, encoding: .utf8)
        try "bass_qq\n0.3\n".write(to: folder.appendingPathComponent("typo.csv"), atomically: true, encoding: .utf8)
        try "bass_q\n0.3\nx\n".write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()
        shell.session.files.workingDirectory = folder.path
        #expect(shell.run("uncertainty baseline from \"q.csv\"", name: nil) == .completed, "\(output.error)")
        #expect(output.standard.contains("Uncertainty of baseline: 3 runs, 1 parameters from the sample file"))
        #expect(output.standard.contains("Each run takes one row of the file"))
        #expect(shell.run("uncertainty baseline from \"typo.csv\"", name: nil) == .failed(.semantic))
        #expect(output.error.contains("typo.csv:1:1: error[E204]: unknown parameter 'bass_qq'; did you mean 'bass_q'?"), "\(output.error)")
        #expect(shell.run("uncertainty baseline from \"bad.csv\"", name: nil) == .failed(.semantic))
        #expect(output.error.contains("bad.csv:3:1: error[E200]: 'x' is not a number"))
        #expect(shell.run("uncertainty baseline from \"computed.csv\"", name: nil) == .failed(.missingInput))
        // In a script, the file is found beside the script, as 'include' finds its files.
        try "uncertainty baseline from \"q.csv\"\n".write(to: folder.appendingPathComponent("s.plan"), atomically: true, encoding: .utf8)
        let (script, scriptOutput) = makeInterpreterWithExamples()
        #expect(
            script.execute(SourceFile(name: "s.plan", text: "uncertainty baseline from \"q.csv\"\n", directory: folder.path)) == .completed,
            "\(scriptOutput.error)")
    }

    @Test("latin: a Latin hypercube sample, said in the heading, in both languages; other bands than independent draws")
    func latin() {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nuncertainty five-pushes runs 50 seed 9 latin") == .completed, "\(output.error)")
        let latin = String(output.standard.drop { $0 != "U" })
        #expect(latin.contains("Uncertainty of five-pushes\n50 runs, 74 uncertain parameters drawn (seed 9, Latin hypercube)"))
        #expect(shell.run("uncertainty five-pushes latin seed 9 runs 50") == .completed)
        #expect(output.standard.hasSuffix(latin + latin), "the same seed, the same sample, in any order of the words")
        #expect(shell.run("uncertainty five-pushes runs 50 seed 9") == .completed)
        #expect(!output.standard.hasSuffix(latin), "independent draws give other bands")
        #expect(shell.run("uncertainty five-pushes latin latin") == .failed(.syntax))
        #expect(output.error.contains("'latin' is given twice"))
        shell.session.language = .vi
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
        shell.session.files.workingDirectory = repositoryRoot.path
        shell.run("load \"scenarios/five-pushes.plan\"")
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
