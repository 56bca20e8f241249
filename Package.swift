// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// `make fuzz` builds with DXPLAN_FUZZ=1 (into .build-fuzz): the libraries and dxplan-fuzz are
/// compiled with libFuzzer's coverage and AddressSanitizer, and dxplan-fuzz links libFuzzer. Flags
/// given per target rather than with -Xswiftc keep build tools such as embed-text plain programs
/// (libFuzzer linked into a tool would take over its main).
/// DXPLAN_FUZZ=coverage (into .build-fuzz-coverage) leaves AddressSanitizer out, for the fast parser
/// target, and traces edges but neither comparisons nor indirect calls: `-sanitize=fuzzer` alone calls
/// libFuzzer at every comparison of integers (the lexer's characters, the edit distances of "did you
/// mean", every `String ==`), which took two fifths of that target's time. The comparisons mostly
/// teach libFuzzer the language's words, and its dictionary holds them all; the language and shell
/// targets (DXPLAN_FUZZ=1) keep comparison tracing. libFuzzer keeps indirect calls only as value
/// profile, which is off: each traced call was a call for nothing. And it instruments only the
/// modules the parser target runs (`parserTargetModules`; DXShell for the commands' argument
/// parsing): DXAnalysis never runs there and DXModel only answers the resolver's look-ups (a few
/// dozen branches, which the language target still covers), and their 24,000 of 61,000 counters
/// cost time after every input. Generic code of the standard library that several modules
/// specialise alike may then be linked from an uninstrumented copy. DXPLAN_FUZZ=1 instruments
/// every library, as before (BENCHMARKS.md, fuzzing).
let fuzzing = ProcessInfo.processInfo.environment["DXPLAN_FUZZ"]
let sanitizers = fuzzing == "1" ? "fuzzer,address" : fuzzing == "coverage" ? "fuzzer" : nil
let coverage = fuzzing == "coverage" ? ["-sanitize-coverage=edge,inline-8bit-counters,pc-table"] : []
let parserTargetModules: Set<String> = ["DXSource", "DXLanguage", "DXScenario", "DXShell", "dxplan-fuzz"]
func instrumented(_ module: String) -> [SwiftSetting] {
    guard let sanitizers, fuzzing != "coverage" || parserTargetModules.contains(module) else { return [] }
    return [.unsafeFlags(["-sanitize=\(sanitizers)"] + coverage)]
}
let fuzzerLinked: [LinkerSetting] = sanitizers.map { [.unsafeFlags(["-sanitize=\($0)", "-Xlinker", "--export-dynamic"])] } ?? []

let package = Package(
    name: "dxplan",
    products: [
        .executable(name: "dxplan", targets: ["dxplan"]),
        .library(name: "DXModel", targets: ["DXModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // Source text shared by the scenario and model languages: positions, diagnostics, tokens.
        .target(name: "DXSource", swiftSettings: instrumented("DXSource")),

        // The model core: programmes, indicators, the national model and its simulator.
        // Pure Swift, no I/O, no terminal, no knowledge of the scenario language.
        // Its model file is compiled into it (`EmbedModelFile`), so dxplan needs no resource at run time.
        .target(name: "DXModel", dependencies: ["DXSource"], swiftSettings: instrumented("DXModel"), plugins: ["EmbedModelFile"]),
        .executableTarget(name: "embed-text"),
        .plugin(name: "EmbedModelFile", capability: .buildTool(), dependencies: ["embed-text"]),

        // Analysis on top of the model: calibration against history (later: uncertainty, sensitivity, optimisation).
        .target(name: "DXAnalysis", dependencies: ["DXModel"], swiftSettings: instrumented("DXAnalysis")),

        // The scenario language: parser, AST, printer.
        .target(name: "DXLanguage", dependencies: ["DXSource"], swiftSettings: instrumented("DXLanguage")),

        // The interpreter and session: workspace, commands, rendering, completion.
        // Where the scenario language meets the model: a session's scenarios, checked and resolved.
        .target(name: "DXScenario", dependencies: ["DXLanguage", "DXModel", "DXSource"], swiftSettings: instrumented("DXScenario")),
        // Its lessons (`Lessons/Shipped/*.lesson`) are compiled into it (`EmbedLessons`).
        .target(
            name: "DXShell", dependencies: ["DXModel", "DXAnalysis", "DXLanguage", "DXScenario", "DXSource", "CXLSXWriter"],
            swiftSettings: instrumented("DXShell"),
            plugins: ["EmbedLessons", "RegisterCommands"]),
        .plugin(name: "EmbedLessons", capability: .buildTool(), dependencies: ["embed-text"]),
        // Its commands are the `ShellCommand` types of `Commands/`, listed at build time: adding a command is adding its file.
        .executableTarget(name: "register-commands"),
        .plugin(name: "RegisterCommands", capability: .buildTool(), dependencies: ["register-commands"]),

        // libedit as the system provides it.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),

        // libxlsxwriter as the system provides it, for `export xlsx`.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),

        // One-line C wrappers for libedit's variadic calls, and the SIGINT flag.
        .target(name: "EditLineShim", dependencies: ["CEditLine"]),

        // The thin executable: arguments, terminal detection, signals, libedit adapter, exit codes.
        .executableTarget(
            name: "dxplan",
            dependencies: [
                "DXShell",
                "DXModel",
                "DXLanguage",
                "DXSource",
                "CEditLine",
                "EditLineShim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // libFuzzer targets: the language without simulation, and the whole shell (REPL.md, "Fuzzing").
        .executableTarget(
            name: "dxplan-fuzz", dependencies: ["DXLanguage", "DXModel", "DXScenario", "DXShell", "DXSource"],
            swiftSettings: instrumented("dxplan-fuzz"), linkerSettings: fuzzerLinked
        ),

        // Times the model core in-process (see BENCHMARKS.md).
        .executableTarget(name: "dxplan-bench", dependencies: ["DXAnalysis", "DXModel", "DXScenario", "DXShell", "DXSource"]),

        // DXAnalysis for its seeded random number generator, in the tests that draw random input.
        .testTarget(name: "DXModelTests", dependencies: ["DXModel", "DXSource", "DXAnalysis"]),
        .testTarget(name: "DXSourceTests", dependencies: ["DXSource", "DXAnalysis"]),
        // The Python environment the cross-checks with independent programs use (PySD, SALib, openpyxl, pypdf).
        .target(name: "PythonEnvironment", path: "Tests/PythonEnvironment"),
        .testTarget(name: "DXAnalysisTests", dependencies: ["DXAnalysis", "DXModel", "PythonEnvironment"]),
        .testTarget(name: "DXLanguageTests", dependencies: ["DXLanguage", "DXSource", "DXShell", "DXAnalysis"]),
        .testTarget(
            name: "DXShellTests", dependencies: ["DXShell", "DXAnalysis", "DXScenario", "DXModel", "DXLanguage", "DXSource", "PythonEnvironment"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CPseudoTerminal"], exclude: ["Golden", "Fixtures"]),
        // Test support: starts the binary on a pseudo-terminal.
        .target(name: "CPseudoTerminal", path: "Tests/CPseudoTerminal"),
    ],
    swiftLanguageModes: [.v6]
)
