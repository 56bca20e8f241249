// libFuzzer targets for dxplan (see REPL.md, "Fuzzing"). Three targets share this binary; the
// environment variable DXPLAN_FUZZ_TARGET picks one:
// - `parser`: lexer, parser, the first diagnostic rendered, scenario checks and resolution;
//   nothing else, for speed (ParserTarget);
// - `language`: the same with every diagnostic rendered, then the printer and formatter promises,
//   no simulation (LanguageTarget);
// - `shell` (the default): the whole interpreter on the bundled model (ShellTarget).
//
// `make fuzz` builds it with -sanitize=fuzzer,address into .build-fuzz (language, shell) and with
// -sanitize=fuzzer alone into .build-fuzz-coverage (parser), and runs the three.
// A normal build compiles it too (so it cannot rot) as a program that replays the files named on
// its command line through the target (`dxplan-fuzz Tests/Fuzz/crashes/*`), or prints the
// fuzzing dictionary (`dxplan-fuzz --dictionary`).
import DXModel
import DXScenario
import Foundation

private let model: DeclaredModel? = try? BundledModel.load()
/// Made once: a resolver holds the model, and copying one for each input cost more than using it.
private let resolver = model.map { ScenarioResolver(model: $0) }
private let target = ProcessInfo.processInfo.environment["DXPLAN_FUZZ_TARGET"] ?? "shell"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let model, let resolver else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    switch target {
    case "parser": ParserTarget.run(text, resolver: resolver)
    case "language": LanguageTarget.run(text, resolver: resolver)
    default: ShellTarget.run(text, on: model)
    }
    return 0
}

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
typealias RunDriver =
    @convention(c) (
        UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, FuzzCallback
    ) -> CInt

// Built with -sanitize=fuzzer, libFuzzer's driver is linked in: hand it the command line.
if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") {
    let driver = unsafeBitCast(symbol, to: RunDriver.self)
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(driver(&argc, &argv, { data, count in fuzz(data, count) }))
}

if CommandLine.arguments.dropFirst().first == "--dictionary" {
    guard let model else { exit(70) }
    print(FuzzDictionary.text(for: model), terminator: "")
    exit(0)
}

for path in CommandLine.arguments.dropFirst() where !path.hasPrefix("-") {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    _ = data.withUnsafeBytes { bytes in
        bytes.withMemoryRebound(to: UInt8.self) { fuzz($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
    }
}
