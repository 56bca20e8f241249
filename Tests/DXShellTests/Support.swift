import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled model, compiled once for the tests.
let testModel: DeclaredModel = {
    do { return try BundledModel.load() } catch { fatalError("the bundled model does not load: \(error)") }
}()

/// An interpreter on the national model whose output is kept for inspection.
func makeInterpreter(cancellation: Cancellation = .never) -> (Interpreter, CapturedOutput) {
    let output = CapturedOutput()
    return (Interpreter(model: testModel, output: output, cancellation: cancellation), output)
}

/// An interpreter in the repository's folder with the example scenarios loaded (and, when asked,
/// more statements run after them).
func makeInterpreterWithExamples(then statements: String? = nil) -> (Interpreter, CapturedOutput) {
    let (shell, output) = makeInterpreter()
    shell.session.files.workingDirectory = repositoryRoot.path
    shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"" + (statements.map { "\n" + $0 } ?? ""))
    return (shell, output)
}

extension Interpreter {
    @discardableResult
    func run(_ text: String, name: String? = "test.plan") -> ExecutionOutcome {
        execute(SourceFile(name: name, text: text))
    }
}

/// A LineReader that replays scripted input and records history.
final class ScriptedReader: LineReader {
    var inputs: [LineReadResult]
    var prompts: [String] = []
    var history: [String] = []

    init(_ inputs: [LineReadResult]) {
        self.inputs = inputs
    }

    func readLine(prompt: String) -> LineReadResult {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func addHistory(_ entry: String) { history.append(entry) }
}

let smallScenario = """
    scenario small "Nhỏ"
      horizon 2026 to 2028
      budget 10 trillion VND per year growing 5% per year
      allocate
        services 50%
        skills 50%
      end
      target digital-skills >= 50% by 2026
    end
    """

/// The bundled model's text with one edit, written to a temporary file.
func modelFile(replacing old: String, with new: String) throws -> String {
    try modelFile(replacing: [old: new])
}

/// The bundled model file with several texts replaced, in a temporary file.
func modelFile(replacing changes: [String: String]) throws -> String {
    var text = try String(contentsOf: repositoryRoot.appendingPathComponent("Sources/DXModel/Resources/vietnam.dxm"), encoding: .utf8)
    for (old, new) in changes {
        #expect(text.contains(old))
        text = text.replacingOccurrences(of: old, with: new)
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-model-\(UUID().uuidString).dxm").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}
