import DXSource
import Foundation
import Testing

@testable import DXModel

/// The synthetic models of the benchmark (scripts/synthetic_models.py, issue 12) are written twice
/// from one description: a model file and a C program. These tests generate a small model of each
/// shape, run its C twin and the engine, and check that they agree, so that
/// scripts/bench_synthetic.sh compares like with like.
@Suite("Synthetic models: the engine and the generated C agree")
struct SyntheticModelTests {
    static let shapes = ["chain", "wide", "lookups", "delays", "mixed", "mixed-large"]
    /// The repository, from this file's place in it.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// An executable on PATH, or nil.
    static func executable(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for directory in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return "\(directory)/\(name)"
            }
        }
        return nil
    }

    static let python = executable("python3")
    static let compiler = executable("cc", "clang")

    /// Runs a program to its end; its standard output, or an error with its standard error.
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CompileFailure(messages: ["\(program) \(arguments.joined(separator: " ")) failed: " + String(decoding: message, as: UTF8.self)])
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `name value` lines (as `--values` prints them).
    static func values(_ text: String) -> [(name: String, value: Double)] {
        text.split(separator: "\n").map { line in
            let words = line.split(separator: " ")
            return (String(words[0]), words.count == 2 ? Double(words[1]) ?? .nan : .nan)
        }
    }

    /// The run the model file's `# bench:` lines describe (as dxplan-bench --model reads them), and the variables to print.
    static func benchRun(_ text: String, of model: CompiledModel) throws -> (RunSettings, [String]) {
        var start = 0.0, end = 0.0, stepsPerYear = 0.0
        var inputs: [String: YearlySeries] = [:]
        var names: [String] = []
        for line in text.split(separator: "\n") where line.hasPrefix("# bench:") {
            let words = line.dropFirst("# bench:".count).split(separator: " ").map(String.init)
            switch words.first {
            case "start": (start, end, stepsPerYear) = (Double(words[1]) ?? 0, Double(words[3]) ?? 0, Double(words[5]) ?? 0)
            case "input": inputs[words[1]] = YearlySeries(firstYear: Int(words[3]) ?? 0, values: words[5...].compactMap(Double.init))
            case "values": names = Array(words.dropFirst())
            default: Issue.record("unknown bench line '\(line)'")
            }
        }
        try #require(end > start && stepsPerYear >= 1, "the model file gives its run's window")
        try #require(Set(inputs.keys) == Set(model.inputNames), "a series for every input")
        var settings = RunSettings(start: start, end: end, timeStep: 1 / stepsPerYear, inputs: RunInputs(inputs))
        settings.recording = .times((Int(start)...Int(end)).map(Double.init))
        return (settings, names)
    }

    @Test(
        "a small model of each shape: every value the C twin prints, the engine gives to 1e-9",
        .enabled(if: python != nil && compiler != nil, "needs python3 and a C compiler (cc or clang) on PATH"),
        arguments: shapes)
    func engineAgreesWithC(shape: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-synthetic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Six units: enough for every shape to have each of its parts (chain's delay on the 5th link,
        // the first-order delays of every 4th unit of delays). The run ends in 2031, past the policy
        // of mid-2030 but while the initial values (of the delays' stages too) still show in the values.
        let counts = try Self.run(
            Self.python!,
            [
                Self.repository.appendingPathComponent("scripts/synthetic_models.py").path, "--out", folder.path, "--shape", shape, "--size", "6",
                "--end", "2031",
            ])
        let program = folder.appendingPathComponent(shape).path
        _ = try Self.run(Self.compiler!, ["-O2", "-o", program, program + ".c", "-lm"])
        let expected = Self.values(try Self.run(program, ["--values"]))

        let text = try String(contentsOfFile: program + ".dxm", encoding: .utf8)
        let model = try compile(text)
        // The generator counts what the compiler makes of the model: its C twin has the same equations.
        let generated = counts.split(separator: " ").dropFirst().compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(generated == [model.equationsPerStep, model.variables.filter { $0.kind == .stock }.count])
        #expect(!model.inputNames.isEmpty, "every shape has a yearly input")

        let (settings, names) = try Self.benchRun(text, of: model)
        #expect(names.count >= 5 && names == expected.map(\.name))
        let trajectory = try model.run(settings)
        for (name, value) in expected {
            let engine = try #require(trajectory.value(name, at: settings.end), "the engine records \(name)")
            #expect(value.isFinite && value != 0, "\(name) is a number worth comparing")
            // The C twin prints ten digits: 1e-9 relative, with room for the tenth digit rounding.
            #expect(abs(engine - value) <= 1e-9 * max(abs(engine), abs(value)) * (1 + 1e-6), "\(shape): \(name)")
        }
    }
}
