// A libFuzzer target for the scenario language: every input is lexed, parsed and run by the
// interpreter on the bundled model. Files are never read or written (`load`, `save` and `export`
// only report errors here, because the interpreter is given no working folder it can reach).
//
// Build and run (see REPL.md, "Fuzzing"):
//   swift build -c debug --product dxplan-fuzz --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   .build-fuzz/debug/dxplan-fuzz -max_total_time=600 Tests/Fuzz/corpus
// A normal build compiles this file too (as an executable that does nothing), so it cannot rot.
import DXModel
import DXShell
import DXSource

private let model: DeclaredModel? = try? BundledModel.load()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let model else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let output = CapturedOutput()
    // Long commands (calibrate, uncertainty runs 100000) stop after two seconds, as Ctrl-C
    // would stop them, so the fuzzer spends its time on inputs rather than on one long run.
    let deadline = ContinuousClock.now + .seconds(2)
    let interpreter = Interpreter(model: model, output: output, cancellation: Cancellation { ContinuousClock.now > deadline })
    interpreter.workingDirectory = "/nonexistent-dxplan-fuzz"
    interpreter.sandboxed = true
    _ = interpreter.execute(SourceFile(name: "fuzz", text: text), keepGoing: true)
    return 0
}

// Built with -sanitize=fuzzer, libFuzzer's driver is linked in: hand it the command line.
// A normal build has no driver, and replays the files named on the command line through the
// target instead: `dxplan-fuzz Tests/Fuzz/crashes/*` checks that no kept crash comes back.
import Foundation

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
typealias RunDriver = @convention(c) (
    UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, FuzzCallback
) -> CInt

if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") {
    let driver = unsafeBitCast(symbol, to: RunDriver.self)
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(driver(&argc, &argv, { data, count in fuzz(data, count) }))
}

for path in CommandLine.arguments.dropFirst() where !path.hasPrefix("-") {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    _ = data.withUnsafeBytes { bytes in
        bytes.withMemoryRebound(to: UInt8.self) { fuzz($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }
}
