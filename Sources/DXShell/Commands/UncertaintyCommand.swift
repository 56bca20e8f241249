import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `uncertainty [SCENARIO] [runs N] [seed N] [latin]`: bands from the model's uncertain parameters.
package struct UncertaintyCommand: ShellCommand {
    package let scenario: Name?
    package let runs: NumberLiteral?
    package let seed: NumberLiteral?
    /// `latin`: a Latin hypercube sample instead of independent draws.
    package let latin: Bool

    package static let word = "uncertainty"
    package static let synonyms = ["bất-định"]

    package static let help = HelpTopic(
        name: "uncertainty", usage: "uncertainty [SCENARIO] [runs N] [seed N] [latin]",
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
            the bands settle with fewer runs. Ctrl-C stops it.
            """,
        vietnameseDetails: """
            Chạy kịch bản nhiều lần (500 lần, trừ khi 'runs' chỉ định khác, từ 10 đến 100,000), mỗi lần lấy
            mẫu mọi tham số bất định theo khoảng và phân phối của nó ('assumptions' liệt kê các tham số này),
            rồi in trung vị của từng chỉ tiêu và khoảng chứa 90% số lần chạy, cho năm đầu và năm cuối của giai
            đoạn, sau đó là tỷ lệ số lần chạy đạt từng mục tiêu. Không lấy mẫu các tham số đã khớp và các tham
            số mà kịch bản đặt bằng 'assume'. Cùng một seed (1, trừ khi 'seed' chỉ định khác) cho cùng một kết
            quả. Với 'latin': mẫu siêu khối Latin, khoảng của mỗi tham số được chia thành số tầng xác suất
            bằng nhau bằng số lần chạy và mỗi tầng được lấy đúng một lần, nên các khoảng ổn định với ít lần
            chạy hơn. Nhấn Ctrl-C để dừng.
            """,
        example: "uncertainty runs 100")

    package static func parse(_ parser: inout Parser) throws -> UncertaintyCommand {
        var name: Name?
        if parser.current.word != nil, !parser.check(word: "runs"), !parser.check(word: "seed"), !parser.check(word: "latin") {
            name = try parser.expectName("a scenario name")
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
        return UncertaintyCommand(scenario: name, runs: runs, seed: seed, latin: latin)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.scenarioNames + ["runs", "seed", "latin"]) }
        return ["runs", "seed"].contains(words.last ?? "")
            ? [] : completer.candidates(["runs", "seed", "latin"].filter { !words.contains($0) })
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        try interpreter.uncertainty(scenario, runs: runs, seed: seed, sampling: latin ? .latinHypercube : .random, source: source)
    }
}

/// `uncertainty [SCENARIO] [runs N] [seed N]`: how far a scenario's results can move when the
/// model's uncertain parameters take other values within their ranges.
extension Interpreter {
    static let defaultUncertaintyRuns = 500
    static let maximumUncertaintyRuns = 100_000

    func uncertainty(
        _ name: Name?, runs: NumberLiteral?, seed: NumberLiteral?, sampling: UncertaintyAnalysis.Sampling = .random, source: SourceFile
    ) throws(Diagnostic) {
        let count = Int(runs?.value ?? Double(Self.defaultUncertaintyRuns))
        guard count >= 10, count <= Self.maximumUncertaintyRuns else {
            throw .error(
                .outOfRange, .semantic, "\(count) runs: use from 10 to \(Format.grouped(Int64(Self.maximumUncertaintyRuns)))",
                in: source, at: runs?.range)
        }
        let seedValue = UInt64(seed?.value ?? 1)
        let scenarioName = try scenarioName(name, for: "analyse", source: source)
        let scenario = try resolvedScenario(scenarioName, at: name?.range, source: source)
        let analysis = UncertaintyAnalysis(model: model)
        cancellation.runs?.expect(count)  // for the progress line
        let result: UncertaintyAnalysis.Result
        do {
            result = try analysis.run(scenario, samples: count, seed: seedValue, sampling: sampling, cancellation: cancellation)
        } catch .cancelled {
            throw .error(.interrupted, "interrupted; the uncertainty runs of '\(scenarioName)' were cancelled")
        } catch {
            throw .error(.semantic, "cannot run '\(scenarioName)': \(error)", in: source, at: name?.range)
        }
        // The scenario's own run, every parameter at its value, beside the spread.
        let own = try currentResult(name, for: "analyse", source: source, makeCurrent: false)
        output.write(render(result, own: own))
    }

    private func render(_ result: UncertaintyAnalysis.Result, own: RunResult) -> String {
        let scenario = result.scenario
        let first = scenario.horizon.lowerBound, last = scenario.horizon.upperBound
        let years = first == last ? [first] : [first, last]
        let runs = Format.grouped(Int64(result.samples))
        let title = language == .vi ? "Độ bất định của \(scenario.name)" : "Uncertainty of \(scenario.name)"
        let latin = result.sampling == .latinHypercube
        let what =
            language == .vi
            ? "\(runs) lần chạy, rút ngẫu nhiên \(result.parameters.count) tham số (hạt giống \(result.seed)\(latin ? ", siêu khối Latin" : ""))"
            : "\(runs) runs, \(result.parameters.count) uncertain parameters drawn (seed \(result.seed)\(latin ? ", Latin hypercube" : ""))"
        // One line when it fits 80 columns, else the title on its own.
        var lines = [
            title.count + 2 + what.count <= pageWidth ? style.bold(title) + ": " + what : style.bold(title) + "\n" + what
        ]
        lines.append("")
        /// The bands of some years side by side (each year's three columns titled with the year when
        /// there are several).
        func table(_ shown: [Int]) -> String {
            var columns: [TextTable.Column] = [.init(t("indicator")), .init(t("unit"))]
            for year in shown {
                let prefix = shown.count > 1 ? "\(year) " : ""
                columns += [.init(prefix + t("run"), .right), .init(t("median"), .right), .init(t("90% of runs"), .right)]
            }
            var table = TextTable(columns)
            for indicator in result.indicators {
                var row = [TextTable.Cell(language.label(of: indicator)), TextTable.Cell(language.label(of: indicator.unit))]
                for year in shown {
                    let low = result.quantile(0.05, of: indicator.id, in: year) ?? .nan
                    let median = result.quantile(0.5, of: indicator.id, in: year) ?? .nan
                    let high = result.quantile(0.95, of: indicator.id, in: year) ?? .nan
                    row += [
                        TextTable.Cell(own.value(of: indicator.id, in: year).map { Format.value($0, indicator.unit) } ?? "–"),
                        TextTable.Cell(Format.value(median, indicator.unit)),
                        TextTable.Cell(Format.value(low, indicator.unit) + "–" + Format.value(high, indicator.unit)),
                    ]
                }
                table.add(row)
            }
            return table.render(style: style).trimmingTrailingNewline()
        }
        // Both years side by side when that fits a projector's 80 columns; otherwise one below the other.
        let sideBySide = table(years)
        if Self.widestLine(sideBySide) <= pageWidth || years.count == 1 {
            lines.append(sideBySide)
        } else {
            for (index, year) in years.enumerated() {
                if index > 0 { lines.append("") }
                lines.append(style.bold(String(year)))
                lines.append(table([year]))
            }
        }
        if !result.targets.isEmpty {
            lines.append("")
            lines.append(style.bold(t("Chance of meeting each target")) + " " + t("(share of the runs in which it holds)"))
            var targets = TextTable([.init("  " + t("target")), .init(t("chance"), .right)])
            for (target, chance) in result.targets {
                let unit = model.indicator(target.indicator)?.unit ?? .percent
                let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
                let percent = Format.fixed(chance * 100, 0) + "%"
                targets.add([
                    TextTable.Cell(
                        "  \(language.label(ofIndicator: target.indicator, in: model.indicators)) "
                            + "\(target.comparison.rawValue) \(threshold) \(language.labels.by) \(target.year)"),
                    TextTable.Cell(percent, styled: chance >= 0.9 ? { self.style.good($0) } : chance <= 0.1 ? { self.style.bad($0) } : { $0 }),
                ])
            }
            lines.append(targets.render(style: style).trimmingTrailingNewline())
        }
        let notes = [
            t("'run' is the scenario's own run, every parameter at its value; the median of the draws can differ from it."),
            t("90% of runs fall in the range shown (5th to 95th percentile). Drawn: the fitted parameters together,"),
            t("as the observations leave them open, and every other with a range, except those the scenario assumes;"),
            t("the budget's shares still add up to 100%. 'assumptions' lists them; {doc} says how.", ["doc": documentation("§13")]),
        ]
        lines += Self.wrap(notes.joined(separator: " "), width: pageWidth).map { style.dim($0) }
        return lines.joined(separator: "\n") + "\n"
    }
}
