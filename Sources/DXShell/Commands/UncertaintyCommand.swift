import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `uncertainty [SCENARIO] [runs N] [seed N] [latin] | [SCENARIO] from "FILE"`: bands from the
/// model's uncertain parameters, or from a sample made elsewhere.
package struct UncertaintyCommand: ShellCommand {
    package let scenario: Name?
    package let runs: NumberLiteral?
    package let seed: NumberLiteral?
    /// `latin`: a Latin hypercube sample instead of independent draws.
    package let latin: Bool
    /// `from "FILE"`: the runs' parameter values, one row a run.
    package let sampleFile: StringLiteral?

    package static let word = "uncertainty"
    package static let synonyms = ["bất-định"]
    package static let group = CommandGroup.analysis

    package static let help = HelpTopic(
        name: "uncertainty", usage: "uncertainty [SCENARIO] [runs N] [seed N] [latin]  or  uncertainty [SCENARIO] from \"FILE\"",
        summary: "how far results can move with the model's uncertain parameters: bands and each target's chance",
        vietnamese: "kết quả có thể dao động bao nhiêu theo các tham số bất định: khoảng và khả năng đạt từng mục tiêu",
        details: """
            Runs the scenario many times (500 unless 'runs' says otherwise, 10 to 100,000), each time with
            every uncertain parameter drawn from its range and distribution ('assumptions' lists them),
            and prints each indicator's median and the range 90% of the runs fall in, for the first and
            last year of the horizon, then the share of runs that meet each target. Fitted parameters and
            those the scenario sets with 'assume' are not drawn. The same seed (1 unless 'seed' says
            otherwise) gives the same result. With 'latin', a Latin hypercube sample: each parameter's
            range is cut into as many strata of equal chance as there are runs and each is drawn once, so
            the bands settle with fewer runs. With 'from "FILE"', the runs take their values from a
            sample made elsewhere (SALib, a spreadsheet): comma-separated, a first line of parameter names,
            then a line of values per run; the parameters it does not name keep their values. Ctrl-C
            stops it.
            """,
        vietnameseDetails: """
            Chạy kịch bản nhiều lần (500 lần, trừ khi 'runs' chỉ định khác, từ 10 đến 100,000), mỗi lần lấy
            mẫu mọi tham số bất định theo khoảng và phân phối của nó ('assumptions' liệt kê các tham số này),
            rồi in trung vị của từng chỉ tiêu và khoảng chứa 90% số lần chạy, cho năm đầu và năm cuối của giai
            đoạn, sau đó là tỷ lệ số lần chạy đạt từng mục tiêu. Không lấy mẫu các tham số đã khớp và các tham
            số mà kịch bản đặt bằng 'assume'. Cùng một seed (1, trừ khi 'seed' chỉ định khác) cho cùng một kết
            quả. Với 'latin': mẫu siêu khối Latin, khoảng của mỗi tham số được chia thành số tầng xác suất
            bằng nhau bằng số lần chạy và mỗi tầng được lấy đúng một lần, nên các khoảng ổn định với ít lần
            chạy hơn. Với 'from "FILE"' (từ): các lần chạy lấy giá trị từ một mẫu làm ở nơi khác (SALib,
            bảng tính), phân tách bằng dấu phẩy: dòng đầu là tên các tham số, sau đó mỗi lần chạy một dòng
            giá trị; các tham số không có trong tệp giữ giá trị của chúng. Nhấn Ctrl-C để dừng.
            """,
        example: "uncertainty runs 100")

    package static func parse(_ parser: inout Parser) throws -> UncertaintyCommand {
        var name: Name?
        if parser.current.word != nil, !parser.check(word: "runs"), !parser.check(word: "seed"), !parser.check(word: "latin"),
            !parser.check(word: "from")
        {
            name = try parser.expectName("a scenario name")
        }
        if parser.accept(word: "from") != nil {
            let file = try parser.expectString("the sample file, as in uncertainty from \"samples.csv\"")
            return UncertaintyCommand(scenario: name, runs: nil, seed: nil, latin: false, sampleFile: file)
        }
        var runs: NumberLiteral?, seed: NumberLiteral?, latin = false
        while parser.current.word != nil {
            if let word = parser.accept(word: "latin") {
                if latin { throw parser.fail("'latin' is given twice", at: word.range) }
                latin = true
            } else if parser.check(word: "runs") {
                if runs != nil { throw parser.fail("'runs' is given twice") }
                _ = parser.advance()
                runs = try parser.expectWholeNumber("the number of runs, as in uncertainty runs 1000")
            } else if parser.check(word: "seed") {
                if seed != nil { throw parser.fail("'seed' is given twice") }
                _ = parser.advance()
                seed = try parser.expectWholeNumber("the seed, a whole number, as in uncertainty seed 7")
            } else {
                throw parser.fail(
                    "expected 'runs N', 'seed N' or 'latin'" + (name == nil ? "" : " after the scenario")
                        + Suggestion.didYouMean(parser.current.word ?? "", in: ["runs", "seed", "latin"]))
            }
        }
        return UncertaintyCommand(scenario: name, runs: runs, seed: seed, latin: latin, sampleFile: nil)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.scenarioNames + ["runs", "seed", "latin", "from"]) }
        if words.last == "from" || words.contains("from") { return [] }
        if words.count == 2, !["runs", "seed", "latin"].contains(words[1]) {
            return completer.candidates(["runs", "seed", "latin", "from"])
        }
        return ["runs", "seed"].contains(words.last ?? "")
            ? [] : completer.candidates(["runs", "seed", "latin"].filter { !words.contains($0) })
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        if let sampleFile {
            try session.uncertainty(scenario, from: sampleFile, source: source)
        } else {
            try session.uncertainty(scenario, runs: runs, seed: seed, sampling: latin ? .latinHypercube : .random, source: source)
        }
    }
}

/// `uncertainty [SCENARIO] [runs N] [seed N]`: how far a scenario's results can move when the
/// model's uncertain parameters take other values within their ranges.
extension Session {
    fileprivate static let defaultUncertaintyRuns = 500
    fileprivate static let maximumUncertaintyRuns = 100_000

    fileprivate func uncertainty(
        _ name: Name?, runs: NumberLiteral?, seed: NumberLiteral?, sampling: UncertaintyAnalysis.Sampling = .random, source: SourceFile
    ) throws(Diagnostic) {
        let count = Int(runs?.value ?? Double(Self.defaultUncertaintyRuns))
        guard count >= 10, count <= Self.maximumUncertaintyRuns else {
            throw .error(
                .outOfRange, .semantic, "\(count) runs: use from 10 to \(Format.grouped(Int64(Self.maximumUncertaintyRuns)))",
                in: source, at: runs?.range)
        }
        try uncertainty(name, samples: count, seed: UInt64(seed?.value ?? 1), sampling: sampling, given: nil, source: source)
    }

    /// `uncertainty [SCENARIO] from "FILE"`: the runs of a sample made elsewhere.
    fileprivate func uncertainty(_ name: Name?, from file: StringLiteral, source: SourceFile) throws(Diagnostic) {
        let path = files.readable(try fileName(file, source: source).value, from: source)
        let text = try files.readText(path, shown: file.value, verb: "read", source: source, at: file.range)
        let sampleSource = SourceFile(name: file.value, text: text)
        func at(_ line: Int, _ column: Int, length: Int = 1) -> SourceRange {
            SourceRange(
                start: SourceLocation(line: line, column: column, offset: 0),
                end: SourceLocation(line: line, column: column + max(length, 1), offset: 0))
        }
        let sample: ParameterSample
        do {
            sample = try ParameterSample.parse(text)
        } catch {
            throw .error(.semantic, error.message, in: sampleSource, at: at(error.line, error.column))
        }
        // Each name a parameter of the model with a value of its own (one computed from others follows them).
        for (index, parameterName) in sample.names.enumerated() {
            let place = at(sample.nameColumns[index].line, sample.nameColumns[index].column, length: parameterName.count)
            guard let parameter = model.compiled.variable(parameterName), parameter.kind == .param else {
                throw .error(
                    .unknownParameter, .semantic,
                    "unknown parameter '\(parameterName)'" + Suggestion.didYouMean(parameterName, in: model.compiled.parameters.map(\.name)),
                    in: sampleSource, at: place)
            }
            guard parameter.literalValue != nil else {
                throw .error(
                    .semantic, "'\(parameterName)' is computed from other parameters; give those instead", in: sampleSource, at: place)
            }
        }
        try uncertainty(name, samples: sample.rows.count, seed: 1, sampling: .given, given: sample, source: source)
    }

    private func uncertainty(
        _ name: Name?, samples count: Int, seed seedValue: UInt64, sampling: UncertaintyAnalysis.Sampling, given: ParameterSample?,
        source: SourceFile
    ) throws(Diagnostic) {
        let scenarioName = try scenarioName(name, for: "analyse", source: source)
        let scenario = try resolvedScenario(scenarioName, at: name?.range, source: source)
        let analysis = UncertaintyAnalysis(model: model)
        // Nothing to draw: every run would be the scenario's own (a model imported without ranges, say).
        if given == nil, analysis.distributions(for: scenario).isEmpty, analysis.fitUncertainty(for: scenario) == nil {
            throw nothingUncertain(
                in: scenarioName, at: name?.range, source: source,
                remedy:
                    "give a parameter a range in the model file (range LOW to HIGH uniform), or runs from elsewhere with uncertainty from \"FILE\"")
        }
        cancellation.runs?.expect(count)  // for the progress line
        let result: UncertaintyAnalysis.Result
        do {
            result = try analysis.run(scenario, samples: count, seed: seedValue, sampling: sampling, given: given, cancellation: cancellation)
        } catch .cancelled {
            throw .error(.interrupted, "interrupted; the uncertainty runs of '\(scenarioName)' were cancelled")
        } catch {
            throw .error(.semantic, "cannot run '\(scenarioName)': \(error)", in: source, at: name?.range)
        }
        // The scenario's own run, every parameter at its value, beside the spread.
        let own = try currentResult(name, for: "analyse", source: source, makeCurrent: false)
        output.write(
            UncertaintyReport(
                result: result, own: own, model: model, presentation: presentation, documentation: documentation("§13")
            ).render())
    }

    /// The refusal of an analysis that would vary nothing: the scenario assumes every parameter
    /// with a range, or the model gives none (`uncertainty`, `sensitivity`).
    func nothingUncertain(in scenarioName: String, at range: SourceRange?, source: SourceFile, remedy: String) -> Diagnostic {
        .error(
            .semantic, "nothing in '\(scenarioName)' is uncertain: no parameter it does not assume has a range in the model", in: source,
            at: range, notes: [.note(remedy)])
    }
}
