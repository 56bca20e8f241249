import DXModel
import DXSource
import Foundation

/// `dxplan-bench --model FILE.dxm [--values] [--operations] [--program]`: a model file compiled
/// with the model language (not the bundled model: no programmes, indicators or scenario), run
/// over the window its `# bench:` lines give, on the input series they give, keeping the ends of
/// years (as the analysis commands do), timed as "the engine alone" is (the median of 21 batches
/// of about 50 ms each). scripts/synthetic_models.py writes such files with their C twins;
/// scripts/bench_synthetic.sh compares the two.
///
/// The bench lines are comments, so the file is an ordinary model file:
///
///     # bench: start 2024 end 2036 steps-per-year 12
///     # bench: input NAME from FIRST_YEAR = V1 V2 …     (one per input; held flat beyond its years)
///     # bench: values NAME NAME …                        (what --values prints, in this order)
///
/// Without a window line the run is 2024 to 2036; an input without a series line is an error.
struct ModelFileBench {
    let path: String
    let model: CompiledModel
    let settings: RunSettings
    /// The variables `--values` prints (every recorded stock when the file names none).
    let values: [String]

    /// Reads and compiles the file; the error is the message to print.
    static func load(_ path: String) -> Result<ModelFileBench, BenchError> {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return .failure(BenchError("cannot read \(path)"))
        }
        let model: CompiledModel
        switch ModelCompiler.compile(SourceFile(name: path, text: text)) {
        case .success(let compiled): model = compiled
        case .failure(let errors):
            return .failure(BenchError(errors.diagnostics.map { DiagnosticRenderer(colored: false).render($0) }.joined(separator: "\n")))
        }
        var start = 2024.0, end = 2036.0, stepsPerYear = 12.0
        var inputs: [String: YearlySeries] = [:]
        var values: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("# bench:") {
            let words = line.dropFirst("# bench:".count).split(separator: " ").map(String.init)
            switch words.first {
            case "start":
                // start S end E steps-per-year N
                guard words.count == 6, words[2] == "end", words[4] == "steps-per-year", let s = Double(words[1]),
                    let e = Double(words[3]), let n = Double(words[5]), e > s, n >= 1
                else { return .failure(BenchError("\(path): cannot read '\(line)'")) }
                (start, end, stepsPerYear) = (s, e, n)
            case "input":
                // input NAME from YEAR = V1 V2 …
                guard words.count >= 6, words[2] == "from", words[4] == "=", let first = Int(words[3]) else {
                    return .failure(BenchError("\(path): cannot read '\(line)'"))
                }
                let series = words[5...].compactMap(Double.init)
                guard series.count == words.count - 5 else { return .failure(BenchError("\(path): a value in '\(line)' is not a number")) }
                inputs[words[1]] = YearlySeries(firstYear: first, values: series)
            case "values": values = Array(words.dropFirst())
            default: return .failure(BenchError("\(path): unknown bench line '\(line)'"))
            }
        }
        if let missing = model.inputNames.first(where: { inputs[$0] == nil }) {
            return .failure(BenchError("\(path): no '# bench: input \(missing) from YEAR = …' line for input '\(missing)'"))
        }
        if let unknown = values.first(where: { !model.recordedNames.contains($0) }) {
            return .failure(BenchError("\(path): '\(unknown)' in '# bench: values' is not a variable the run records"))
        }
        // The model's inputs in its own order: the run takes them without looking names up.
        let ordered = RunInputs(names: model.inputNames, series: model.inputNames.map { inputs[$0]! })
        var settings = RunSettings(start: start, end: end, timeStep: 1 / stepsPerYear, inputs: ordered)
        settings.recording = .times((Int(start.rounded(.up))...Int(end.rounded(.down))).map(Double.init))
        if values.isEmpty { values = model.variables.filter { $0.kind == .stock && !$0.isHidden }.map(\.name) }
        return .success(ModelFileBench(path: path, model: model, settings: settings, values: values))
    }

    /// The chosen variables at the end of one run, one `name value` line each (ten significant
    /// digits, as the C twin's `--values`).
    func valueLines() throws -> [String] {
        let trajectory = try model.run(settings)
        return values.map { name in "\(name) " + String(format: "%.10g", trajectory.value(name, at: settings.end) ?? .nan) }
    }

    /// Nanoseconds per run: a batch of about 50 ms calibrated, then the median (and the fastest) of 21 batches.
    func timePerRun() throws -> (median: Double, fastest: Double, batch: Int) {
        let clock = ContinuousClock()
        let settings = settings
        func runBatch(_ count: Int) throws -> Duration {
            var checksum = 0.0
            let elapsed = try clock.measure {
                for _ in 0..<count { checksum += try model.run(settings).times.last! }
            }
            precondition(checksum.isFinite)
            return elapsed
        }
        var batch = 1
        while try runBatch(batch) < .milliseconds(50) { batch *= 2 }
        var perRun: [Double] = []
        for _ in 0..<21 {
            let elapsed = try runBatch(batch)
            perRun.append((Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9) / Double(batch))
        }
        perRun.sort()
        return (perRun[perRun.count / 2], perRun[0], batch)
    }

    /// What `--model` prints: the values only with `--values`, else the model's size and its time per run.
    func report(arguments: [String]) throws {
        if arguments.contains("--values") {
            print(try valueLines().joined(separator: "\n"))
            return
        }
        let stocks = model.variables.filter { $0.kind == .stock }.count
        print(engineLine(model))
        let steps = Int(((settings.end - settings.start) / settings.timeStep).rounded())
        let (median, fastest, batch) = try timePerRun()
        print(
            String(
                format: "model \(path): %d equations (%d stocks), %d instructions per kept step (%d per other step), "
                    + "median %.2f µs per run (min %.2f µs), %d steps, %.2f ns per equation-step, %d runs per batch",
                model.equationsPerStep, stocks, model.instructionsPerStep, model.instructionsPerUnkeptStep,
                median / 1000, fastest / 1000, steps, median / Double(steps) / Double(model.equationsPerStep), batch))
        if arguments.contains("--operations") {
            let mix = model.stepOperationCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            print("instruction mix: " + mix.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if arguments.contains("--program") { print(model.stepProgramListing.joined(separator: "\n")) }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
