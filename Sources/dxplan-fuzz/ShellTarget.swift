import DXModel
import DXShell
import DXSource

/// The whole shell: every input is lexed, parsed and run by the interpreter on the bundled model.
/// Files are never read or written (`load`, `save` and `export` only report errors here, because
/// the interpreter is given no working folder it can reach).
enum ShellTarget {
    static func run(_ text: String, on model: DeclaredModel) {
        let output = CapturedOutput()
        // Long commands (calibrate, uncertainty runs 100000) stop after two seconds, as Ctrl-C
        // would stop them, so the fuzzer spends its time on inputs rather than on one long run.
        let deadline = ContinuousClock.now + .seconds(2)
        let interpreter = Interpreter(model: model, output: output, cancellation: Cancellation { ContinuousClock.now > deadline })
        interpreter.session.files.workingDirectory = "/nonexistent-dxplan-fuzz"
        interpreter.session.files.sandboxed = true
        _ = interpreter.execute(SourceFile(name: "fuzz", text: text), keepGoing: true)
    }
}
