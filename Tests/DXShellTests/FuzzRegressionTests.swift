import DXSource
import Foundation
import Testing

@testable import DXShell

/// Every input the fuzzer found interesting enough to keep runs through the interpreter to the end.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test("the fuzz corpus and every kept crash run without trapping or hanging")
    func corpus() throws {
        let folders = ["Tests/Fuzz/corpus", "Tests/Fuzz/crashes"].map { repositoryRoot.appendingPathComponent($0) }
        var count = 0
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != "README.md" {
                let data = try Data(contentsOf: folder.appendingPathComponent(name))
                let (shell, _) = makeInterpreter()
                shell.session.files.workingDirectory = "/nonexistent-dxplan-fuzz"
                shell.session.files.sandboxed = true
                _ = shell.execute(SourceFile(name: name, text: String(decoding: data, as: UTF8.self)), keepGoing: true)
                count += 1
            }
        }
        #expect(count >= 4)
    }
}
