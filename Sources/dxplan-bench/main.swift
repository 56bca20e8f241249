import DXAnalysis
import DXModel
import DXScenario
import DXShell
// Times the model core in-process: one run of a scenario, repeated.
// Usage: dxplan-bench [FILE.plan...] [SCENARIO] [--operations] [--program] [--dump] [--runs N [--engine|--settings]] [--values] [--c] [--monte-carlo N]
//        dxplan-bench --model FILE.dxm [--values] [--operations] [--program]
//   defaults: scenarios/five-pushes.plan scripts/peers/five-pushes-2035.plan five-pushes-long,
//   the benchmark's run (five-pushes over 2026–2035 after the backcast from 2020.5: 186 monthly
//   Euler steps, the window the C peer scripts/peers/national_model.c runs);
//   --operations prints the step program's instruction mix, --program the step program,
//   --dump every recorded value at every step as bits (to compare two versions of the engine);
//   --monte-carlo N times `uncertainty` of N runs in-process, the native code loaded first (as in
//   a session after its first analysis);
//   --c prints the C the model's native code is compiled from;
//   --values prints only the indicators at the end of one run, as the C peer's --values does;
//   --runs N makes N runs untimed and prints nothing else (for an instruction count: valgrind
//   --tool=callgrind, where the time-calibrated batches would take minutes); with --engine, runs of
//   the compiled model alone, its settings made once; with --settings, the settings alone.
//   Runs use the model's native code (compiled before timing) unless DXPLAN_NATIVE=0, which
//   times the interpreter; the first line says which.
//   --model times another model file, not the bundled model: the run and inputs its `# bench:`
//   lines give (ModelFileBench; scripts/synthetic_models.py writes such files, with C twins).
import DXSource
import Foundation

if let index = CommandLine.arguments.firstIndex(of: "--model") {
    guard index + 1 < CommandLine.arguments.count else {
        FileHandle.standardError.write(Data("dxplan-bench: --model needs a model file\n".utf8))
        exit(64)
    }
    do {
        try ModelFileBench.load(CommandLine.arguments[index + 1]).get().report(arguments: CommandLine.arguments)
    } catch {
        FileHandle.standardError.write(Data("dxplan-bench: \(error)\n".utf8))
        exit(65)
    }
    exit(0)
}

let runsIndex = CommandLine.arguments.firstIndex(of: "--runs")
let runs = runsIndex.flatMap { $0 + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[$0 + 1]) : nil }
if runsIndex != nil, (runs ?? 0) <= 0 {
    FileHandle.standardError.write(Data("dxplan-bench: --runs needs a positive number\n".utf8))
    exit(64)
}
/// The words that are a count, not a file or a scenario: the ones after --runs and --monte-carlo.
let counts = Set(["--runs", "--monte-carlo"].compactMap { CommandLine.arguments.firstIndex(of: $0) }.map { $0 + 1 })
let arguments = CommandLine.arguments.indices.dropFirst()
    .filter { !CommandLine.arguments[$0].hasPrefix("--") && !counts.contains($0) }.map { CommandLine.arguments[$0] }
let givenFiles = arguments.filter { $0.hasSuffix(".plan") }
let files = givenFiles.isEmpty ? ["scenarios/five-pushes.plan", "scripts/peers/five-pushes-2035.plan"] : givenFiles
let name = arguments.first { !$0.hasSuffix(".plan") } ?? (givenFiles.isEmpty ? "five-pushes-long" : "five-pushes")

let model: DeclaredModel
do {
    model = try BundledModel.load()
} catch {
    FileHandle.standardError.write(Data("dxplan-bench: \(error)\n".utf8))
    exit(70)
}
let output = CapturedOutput()
let interpreter = Interpreter(model: model, output: output)
for file in files where interpreter.preload(file) != .completed {
    FileHandle.standardError.write(Data(output.error.utf8))
    exit(66)
}
let scenario: Scenario
switch ScenarioResolver(model: model).resolve(name, in: interpreter.session.workspace) {
case .success(let resolved): scenario = resolved
case .failure(let diagnostic):
    FileHandle.standardError.write(Data((DiagnosticRenderer(colored: false).render(diagnostic) + "\n").utf8))
    exit(65)
}

let clock = ContinuousClock()
/// Runs the scenario `count` times; the checksum keeps the optimiser from dropping the work.
/// `detail`: what each run keeps (the analysis commands keep the ends of years; `run`, for
/// `explain`, every step).
func runBatch(_ count: Int, detail: RunDetail = .yearEnds) -> (Duration, Double) {
    var checksum = 0.0
    let elapsed = clock.measure {
        for _ in 0..<count {
            let result = try! model.simulate(scenario, parameters: [:], detail: detail)
            checksum += result.indicatorValues[0].last!
        }
    }
    return (elapsed, checksum)
}

/// The settings of the benchmark's run as the engine gets them, keeping the ends of years.
func engineSettings() -> RunSettings {
    var settings = try! model.runSettings(for: scenario)
    settings.recording = .times((model.baseYear...scenario.horizon.upperBound).map { Double($0 + 1) })
    return settings
}

if let runs {
    if CommandLine.arguments.contains("--settings") {
        var checksum = 0.0
        for _ in 0..<runs { checksum += try! model.runSettings(for: scenario).end }
        print("\(runs) settings, checksum \(checksum)")
    } else if CommandLine.arguments.contains("--engine") {
        // The engine alone (as "the engine alone" below), for an instruction count of it.
        let settings = engineSettings()
        var checksum = 0.0
        for _ in 0..<runs { checksum += try! model.compiled.run(settings).times.last! }
        print("\(runs) engine runs, checksum \(checksum)")
    } else {
        let (_, checksum) = runBatch(runs)
        print("\(runs) runs, checksum \(checksum)")
    }
    exit(0)
}

/// The last value of an indicator in a run, to check against the C peer's.
func last(_ id: String, of result: RunResult) -> Double {
    result.indicatorValues[result.indicators.firstIndex { $0.id == id }!].last!
}

/// The line the C peer prints too: the indicators at the end of the run, to ten digits.
func valuesLine(_ result: RunResult) -> String {
    String(
        format: "%d: fibre %.10g, e-signatures %.10g, online service use %.10g, EGDI %.10g, broadband GDP gain %.10g, "
            + "5G %.10g, digital economy %.10g, MoST estimate %.10g",
        scenario.horizon.upperBound, last("fibre", of: result), last("e-signatures", of: result),
        last("online-service-use", of: result), last("egdi", of: result), last("broadband-gdp-gain", of: result),
        last("five-g", of: result), last("digital-economy", of: result), last("digital-economy-mic", of: result))
}

if let index = CommandLine.arguments.firstIndex(of: "--monte-carlo") {
    // `uncertainty SCENARIO runs N` in a session where the model's native code is already loaded
    // (as after a first analysis), the bands it prints included: the median of five, on every core
    // (DXPLAN_WORKERS caps them).
    let count = index + 1 < CommandLine.arguments.count ? Int(CommandLine.arguments[index + 1]) ?? 10_000 : 10_000
    print(engineLine(model.compiled))
    let analysis = UncertaintyAnalysis(model: model)
    _ = try! analysis.run(scenario, samples: 1_000, seed: 1)
    var seconds: [Double] = []
    for _ in 0..<5 {
        // The runs, and the bands the command prints (every indicator in the horizon's first and last years).
        var checksum = 0.0
        let elapsed = clock.measure {
            let result = try! analysis.run(scenario, samples: count, seed: 1)
            for indicator in model.indicators {
                for year in [scenario.horizon.lowerBound, scenario.horizon.upperBound] {
                    for p in [0.05, 0.5, 0.95] { checksum += result.quantile(p, of: indicator.id, in: year) ?? 0 }
                }
            }
        }
        precondition(!checksum.isNaN)
        seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    print(
        String(
            format: "monte carlo: %d runs of %@ in %.3f s (median of 5; fastest %.3f s) on %d cores, %.1f µs per run",
            count, name, seconds.sorted()[2], seconds.min()!, ParallelRuns.availableCores, seconds.sorted()[2] / Double(count) * 1e6))
    exit(0)
}

if CommandLine.arguments.contains("--c") {
    print(model.compiled.nativeSource)
    exit(0)
}

if CommandLine.arguments.contains("--values") {
    print(valuesLine(try! model.simulate(scenario)))
    exit(0)
}

/// Nanoseconds per run: a batch of about 50 ms calibrated, then the median (and the fastest) of 21 batches.
func timePerRun(detail: RunDetail) -> (median: Double, fastest: Double, batch: Int) {
    var batch = 1
    while runBatch(batch, detail: detail).0 < .milliseconds(50) { batch *= 2 }
    var perRun: [Double] = []
    for _ in 0..<21 {
        let (elapsed, checksum) = runBatch(batch, detail: detail)
        precondition(checksum.isFinite)
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        perRun.append(nanoseconds / Double(batch))
    }
    perRun.sort()
    return (perRun[perRun.count / 2], perRun[0], batch)
}
print(engineLine(model.compiled))
let (median, fastest, batch) = timePerRun(detail: .yearEnds)
let everyStep = timePerRun(detail: .everyStep)
/// The engine alone: the compiled model run with settings made once (no scenario turned into
/// inputs, no result built), keeping the ends of years.
func engineTimePerRun() -> Double {
    let settings = engineSettings()
    var perRun: [Double] = []
    for _ in 0..<21 {
        var checksum = 0.0
        let elapsed = clock.measure {
            for _ in 0..<batch { checksum += try! model.compiled.run(settings).times.last! }
        }
        precondition(checksum.isFinite)
        perRun.append((Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9) / Double(batch))
    }
    return perRun.sorted()[perRun.count / 2]
}
let engineAlone = engineTimePerRun()
/// Turning the scenario into the engine's settings alone (yearly spending by programme, parameters).
func settingsTimePerRun() -> Double {
    var perRun: [Double] = []
    for _ in 0..<21 {
        var checksum = 0.0
        let elapsed = clock.measure {
            for _ in 0..<batch { checksum += try! model.runSettings(for: scenario).end }
        }
        precondition(checksum.isFinite)
        perRun.append((Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9) / Double(batch))
    }
    return perRun.sorted()[perRun.count / 2]
}
let settingsAlone = settingsTimePerRun()
let result = try! model.simulate(scenario)
// Every step the run integrates: from the backcast's start (history before the plan), not only the plan's years.
let times = result.trajectory!.times
let steps = times.count - 1
print(
    "scenario: \(name) (\(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound)), "
        + String(format: "run from %.1f to %.1f: %d monthly steps", times.first!, times.last!, steps))
print(valuesLine(result))
if CommandLine.arguments.contains("--operations") {
    let mix = model.compiled.stepOperationCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
    print("instruction mix: " + mix.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
}
if CommandLine.arguments.contains("--dump"), let trajectory = try! model.simulate(scenario).trajectory {
    // Every recorded value at every step, exactly, to compare two versions of the engine.
    for step in trajectory.times.indices {
        print(trajectory.names.indices.map { String(trajectory.value(column: $0, row: step).bitPattern, radix: 16) }.joined(separator: " "))
    }
}
if CommandLine.arguments.contains("--program") { print(model.compiled.stepProgramListing.joined(separator: "\n")) }
let equations = model.compiled.equationsPerStep
print(
    String(
        format: "model run: median %.1f µs per run (min %.1f µs), %.1f ns per step, %d runs per batch (keeping the ends of years)",
        median / 1000, fastest / 1000, median / Double(steps), batch))
print(
    String(
        format: "model run keeping every step: median %.1f µs per run (min %.1f µs), %d runs per batch",
        everyStep.median / 1000, everyStep.fastest / 1000, everyStep.batch))
print(String(format: "the engine alone (settings made once, no result built): median %.1f µs per run", engineAlone / 1000))
print(String(format: "the scenario turned into the engine's settings alone: median %.2f µs", settingsAlone / 1000))
print(
    String(
        format: "engine: %d equations and %d instructions per kept step (%d per other step), %.2f ns per equation-step",
        equations, model.compiled.instructionsPerStep, model.compiled.instructionsPerUnkeptStep,
        median / Double(steps) / Double(equations)))

/// Compiles the model's native code before anything is timed, and says which engine the runs use.
func engineLine(_ model: CompiledModel) -> String {
    let start = ContinuousClock.now
    guard model.prepareNativeCode() else { return "engine: the interpreter (DXPLAN_NATIVE=0, or no C compiler)" }
    let elapsed = ContinuousClock.now - start
    return "engine: native code (compiled in \(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000) ms)"
}
