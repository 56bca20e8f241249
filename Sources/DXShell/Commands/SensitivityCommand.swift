import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `sensitivity INDICATOR [in YEAR] [SCENARIO] [sobol|morris [samples N] [seed N]]`: which inputs
/// move an indicator most: a tornado, Sobol indices or Morris screening.
package struct SensitivityCommand: ShellCommand {
    package let indicator: Name
    package let year: YearLiteral?
    package let scenario: Name?
    /// The tornado, Sobol indices or Morris screening.
    package let method: Method
    package let samples: NumberLiteral?
    package let seed: NumberLiteral?

    package enum Method: String, Sendable, Hashable {
        case tornado, sobol, morris
    }

    package static let word = "sensitivity"
    package static let synonyms = ["độ-nhạy", "tornado"]
    package static let group = CommandGroup.analysis

    package static let help = HelpTopic(
        name: "sensitivity", usage: "sensitivity INDICATOR [in YEAR] [SCENARIO] [sobol|morris [samples N] [seed N]]",
        summary: "which inputs move an indicator most across their ranges: a tornado of assumptions and levers",
        vietnamese: "đầu vào nào tác động mạnh nhất tới một chỉ tiêu trên cả khoảng của nó: biểu đồ lốc xoáy",
        details: """
            Sets each uncertain input to the low and then the high end of its range, one at a time with
            everything else at its value, and shows how far the indicator moves in YEAR (the horizon's last
            year by default) in SCENARIO (the current one by default), largest swing first: a tornado
            chart. Inputs are assumptions (parameters with a range in the model file, at its ends), fitted
            parameters (at the ends of the 90% interval the fit leaves them) and levers (each programme's
            money at half and one and a half times the scenario's). Parameters the scenario sets with
            'assume' are left out. One input at a time shows no interactions; 'uncertainty' draws all of
            them together. Also 'tornado'.

            With 'sobol': Sobol indices instead, from Saltelli's design with N samples (256 unless
            'samples' says otherwise, 16 to 4,096; N × (inputs + 2) runs): the share of the indicator's
            variance each assumption explains alone (first order) and with its interactions (total order),
            with 95% intervals; the fitted parameters count as one input, drawn together. The same seed
            (1 unless 'seed' says otherwise) gives the same indices. Ctrl-C stops it.

            With 'morris': Morris screening, cheaper for many inputs: N trajectories (20 unless 'samples'
            says otherwise, 4 to 1,000; N × (inputs + 1) runs) move one assumption at a time across two
            thirds of its range; μ* is the mean size of the indicator's change per whole range, μ its mean
            (the direction) and σ its spread (interactions and curvature).
            """,
        vietnameseDetails: """
            Đặt từng đầu vào bất định ở đầu thấp rồi đầu cao của khoảng của nó, lần lượt từng đầu vào, mọi
            thứ khác giữ giá trị, và cho thấy chỉ tiêu dịch chuyển bao nhiêu trong năm YEAR (mặc định là năm
            cuối của giai đoạn) trong kịch bản SCENARIO (mặc định là kịch bản hiện tại), dao động lớn nhất
            trước: biểu đồ lốc xoáy. Đầu vào gồm giả định (tham số có khoảng trong tệp mô hình, ở hai đầu
            khoảng), tham số đã khớp (ở hai đầu khoảng 90% mà phép khớp để lại) và đòn bẩy (tiền của từng
            chương trình ở mức một nửa và gấp rưỡi của kịch bản). Bỏ qua các tham số mà kịch bản đặt bằng
            'assume'. Mỗi lần một đầu vào không cho thấy tương tác; 'uncertainty' rút mẫu tất cả cùng lúc.
            Cũng gõ được 'tornado'.

            Với 'sobol': thay vào đó là các chỉ số Sobol, theo thiết kế Saltelli với N mẫu (256, trừ khi
            'samples' (số-mẫu) chỉ định khác, từ 16 đến 4.096; N × (số đầu vào + 2) lần chạy): phần phương
            sai của chỉ tiêu mà từng giả định giải thích riêng (bậc một) và cùng các tương tác của nó (toàn
            phần), kèm khoảng 95%; các tham số đã khớp được tính là một đầu vào, rút mẫu cùng nhau. Cùng một
            seed (1, trừ khi 'seed' chỉ định khác) cho cùng các chỉ số. Nhấn Ctrl-C để dừng.

            Với 'morris': sàng lọc Morris, rẻ hơn khi có nhiều đầu vào: N quỹ đạo (20, trừ khi 'samples'
            chỉ định khác, từ 4 đến 1.000; N × (số đầu vào + 1) lần chạy) dịch từng giả định một qua hai phần
            ba khoảng của nó; μ* là độ lớn trung bình của thay đổi của chỉ tiêu trên cả khoảng, μ là trung
            bình có dấu (chiều tác động) và σ là độ phân tán (tương tác và độ cong).
            """,
        example: "sensitivity fibre in 2030")

    package static func parse(_ parser: inout Parser) throws -> SensitivityCommand {
        let indicator = try parser.expectName("an indicator name after 'sensitivity', as in sensitivity fibre in 2030")
        var year: YearLiteral?
        if parser.accept(word: "in") != nil || parser.accept(word: "by") != nil { year = try parser.expectYear("the year to look at") }
        let options = ["sobol", "morris", "samples", "seed"]
        var scenario: Name?
        if let word = parser.current.word, !options.contains(where: { parser.check(word: $0) }) {
            _ = word
            scenario = try parser.expectName("a scenario name")
        }
        var method = Method.tornado
        var samples: NumberLiteral?, seed: NumberLiteral?
        while parser.current.word != nil {
            if parser.check(word: "sobol") || parser.check(word: "morris") {
                let word = parser.check(word: "sobol") ? Method.sobol : .morris
                if method != .tornado { throw parser.fail("one method at a time: '\(method.rawValue)' is given already") }
                _ = parser.advance()
                method = word
            } else if parser.check(word: "samples") || parser.check(word: "seed") {
                let isSamples = parser.check(word: "samples")
                guard method != .tornado else {
                    throw parser.fail("'\(isSamples ? "samples" : "seed")' goes with 'sobol' or 'morris': sensitivity fibre sobol samples 256")
                }
                if (isSamples ? samples : seed) != nil { throw parser.fail("'\(isSamples ? "samples" : "seed")' is given twice") }
                _ = parser.advance()
                let number = try parser.expectWholeNumber(isSamples ? "the number of samples, as in sobol samples 256" : "the seed, a whole number")
                if isSamples { samples = number } else { seed = number }
            } else {
                throw parser.fail(
                    "expected 'sobol', 'morris', 'samples N' or 'seed N'" + Suggestion.didYouMean(parser.current.word ?? "", in: options))
            }
        }
        return SensitivityCommand(indicator: indicator, year: year, scenario: scenario, method: method, samples: samples, seed: seed)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.indicatorNames) }
        if words.last == "in" || words.last == "samples" || words.last == "seed" { return [] }
        if words.contains("sobol") || words.contains("morris") { return completer.candidates(["samples", "seed"].filter { !words.contains($0) }) }
        let named = words.count > (words.contains("in") ? 4 : 2)
        return completer.candidates((words.contains("in") ? [] : ["in"]) + (named ? [] : completer.scenarioNames) + ["sobol", "morris"])
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.sensitivity(self, source: source)
    }
}

extension Session {
    /// How many inputs the tornado shows; the rest are counted.
    static let tornadoRows = 15

    fileprivate static let defaultSobolSamples = 256
    fileprivate static let sobolSamples = 16...4096
    fileprivate static let defaultMorrisTrajectories = 20
    fileprivate static let morrisTrajectories = 4...1000

    fileprivate func sensitivity(_ command: SensitivityCommand, source: SourceFile) throws(Diagnostic) {
        let name = command.indicator, yearLiteral = command.year, scenarioLiteral = command.scenario
        let indicator = try knownIndicator(name, source: source)
        let scenarioName = try scenarioName(scenarioLiteral, for: "analyse", source: source)
        let scenario = try resolvedScenario(scenarioName, at: scenarioLiteral?.range, source: source)
        let year = yearLiteral?.value ?? scenario.horizon.upperBound
        guard year >= model.baseYear, year <= scenario.horizon.upperBound else {
            throw .error(
                .outOfRange, .semantic, "\(year) is outside the run of '\(scenario.name)' (\(model.baseYear)–\(scenario.horizon.upperBound))",
                in: source, at: yearLiteral?.range ?? name.range)
        }
        let allowed = command.method == .morris ? Self.morrisTrajectories : Self.sobolSamples
        let samples = Int(command.samples?.value ?? Double(command.method == .morris ? Self.defaultMorrisTrajectories : Self.defaultSobolSamples))
        guard allowed.contains(samples) else {
            throw .error(
                .outOfRange, .semantic,
                "\(samples) samples: use from \(allowed.lowerBound) to \(Format.grouped(Int64(allowed.upperBound)))"
                    + (command.method == .morris ? " trajectories" : ""),
                in: source, at: command.samples?.range)
        }
        // Nothing to vary: no assumption with a range, nothing fitted, and no programme's money
        // (a model imported without ranges, say).
        let varied =
            command.method == .morris
            ? MorrisScreening.factorNames(for: scenario, model: model) : SobolIndices.factorNames(for: scenario, model: model)
        if varied.isEmpty, command.method != .tornado || model.programmes.isEmpty {
            throw nothingUncertain(
                in: scenarioName, at: scenarioLiteral?.range ?? name.range, source: source,
                remedy: "give a parameter a range in the model file (range LOW to HIGH uniform)")
        }
        do {
            if command.method == .morris {
                let factors = MorrisScreening.factorNames(for: scenario, model: model).count
                cancellation.runs?.expect(MorrisScreening.runs(factors: factors, trajectories: samples))  // for the progress line
                let result = try MorrisScreening.run(
                    scenario, indicator: indicator, year: year, model: model, trajectories: samples, seed: UInt64(command.seed?.value ?? 1),
                    cancellation: cancellation)
                output.write(MorrisReport(result: result, rows: Self.tornadoRows, presentation: presentation).render())
            } else if command.method == .sobol {
                let factors = SobolIndices.factorNames(for: scenario, model: model).count
                cancellation.runs?.expect(SobolIndices.runs(factors: factors, samples: samples))  // for the progress line
                let result = try SobolIndices.run(
                    scenario, indicator: indicator, year: year, model: model, samples: samples, seed: UInt64(command.seed?.value ?? 1),
                    cancellation: cancellation)
                output.write(SobolReport(result: result, rows: Self.tornadoRows, presentation: presentation).render())
            } else {
                let tornado = try Tornado.run(scenario, indicator: indicator, year: year, model: model, cancellation: cancellation)
                output.write(
                    TornadoReport(tornado: tornado, model: model, rows: Self.tornadoRows, presentation: presentation).render()
                )
            }
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; the sensitivity runs of '\(scenario.name)' were cancelled")
        } catch {
            throw .error(.semantic, "cannot run '\(scenario.name)': \(error)", in: source, at: scenarioLiteral?.range ?? name.range)
        }
    }
}
