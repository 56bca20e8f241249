import Foundation
import Testing

/// The fuzz targets as a normal build compiles them: a replayer of files and a dictionary writer.
@Suite("Fuzz targets")
struct FuzzTargetTests {
    static let fuzzer = Binary.repositoryRoot.appendingPathComponent(".build/debug/dxplan-fuzz").path

    func run(_ arguments: [String], target: String) throws -> (status: Int32, output: String) {
        let run = try Binary.run(arguments, environment: ["DXPLAN_FUZZ_TARGET": target], executable: Self.fuzzer)
        return (run.status, run.stdout + run.stderr)
    }

    func keptInputs() throws -> [String] {
        try ["Tests/Fuzz/corpus", "Tests/Fuzz/crashes", "scenarios"].flatMap { folder in
            let url = Binary.repositoryRoot.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { $0 != "README.md" }.map { url.appendingPathComponent($0).path }
        }.filter { !$0.hasSuffix("/scenarios/README.md") && FileManager.default.fileExists(atPath: $0) }
    }

    @Test("every kept input keeps the language target's promises: printed scenarios parse back, formatting keeps meaning and is idempotent")
    func languagePromises() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.fuzzer), "build first: swift build")
        let inputs = try keptInputs()
        #expect(inputs.count > 400)
        // Among them, inputs on which formatting once broke its promises (a dropped ';', a date
        // spaced as a subtraction): this test failed on them until the formatter was fixed.
        let (status, output) = try run(inputs, target: "language")
        #expect(status == 0, "\(output.prefix(4000))")
    }

    @Test("the dictionary holds the language's words in both languages and the model's names, in libFuzzer's format")
    func dictionary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.fuzzer), "build first: swift build")
        let (status, output) = try run(["--dictionary"], target: "language")
        #expect(status == 0)
        let lines = output.split(separator: "\n").map(String.init)
        for word in ["\"scenario\"", "\"allocate\"", "\"fibre\"", "\"paper_refusal\"", "\"k\\xE1\\xBB\\x8Bch-b\\xE1\\xBA\\xA3n\""] {
            #expect(lines.contains(word), "\(word) missing")
        }
        #expect(lines.allSatisfy { $0.hasPrefix("\"") && $0.hasSuffix("\"") && $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7f } })
    }
}
