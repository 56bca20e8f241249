import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `calibrate` and `calibrate hindcast`: how well the model reproduces the history it was fitted to.
package struct CalibrateCommand: ShellCommand {
    /// `calibrate hindcast`: fits at several origins, each predicting what came after.
    package let hindcast: Bool

    package static let word = "calibrate"
    package static let synonyms = ["hiệu-chỉnh"]

    package static let help = HelpTopic(
        name: "calibrate", usage: "calibrate",
        summary: "fit the model's fitted parameters to its histories and compare with what was observed",
        vietnamese: "hiệu chỉnh các tham số cần khớp của mô hình theo chuỗi số liệu và so với số quan sát",
        details: """
            Runs the whole model once from the start of its backcast (mid-2020 for the bundled model,
            policies at their dates and spending in the base year's pattern: the run every scenario
            starts with) and fits the parameters marked 'fitted' (within their ranges) to the
            observations of its histories. Prints the fitted values beside the model file's, and every
            observation beside the model, with held-out observations (not used by the fit) marked. The
            model file holds the fitted values, so rerunning shows what the file's values reproduce.
            'calibrate hindcast' fits with only what was known at the ends of the last three years of
            history and shows how well each fit predicted what came after, with 90% bands.
            """,
        vietnameseDetails: """
            Chạy toàn bộ mô hình một lần từ đầu giai đoạn tái dựng quá khứ (backcast; giữa năm 2020 với mô hình
            đi kèm, các chính sách theo đúng mốc thời gian và mức chi theo cơ cấu của năm cơ sở: đây là lần chạy
            mà mọi kịch bản đều bắt đầu từ đó) rồi khớp các tham số được đánh dấu 'fitted' (trong khoảng của
            chúng) với số liệu quan sát trong các chuỗi lịch sử. In các giá trị đã khớp bên cạnh giá trị trong
            tệp mô hình, và từng số quan sát bên cạnh giá trị của mô hình, có đánh dấu các số quan sát để dành
            kiểm tra (không dùng khi khớp). Tệp mô hình chứa các giá trị đã khớp, nên chạy lại sẽ cho thấy các
            giá trị trong tệp tái tạo được những gì. 'calibrate hindcast' chỉ khớp với những gì đã biết tại
            cuối mỗi năm trong ba năm lịch sử gần nhất và cho thấy mỗi lần khớp đã dự báo tốt đến đâu những gì
            xảy ra sau đó, kèm dải 90%.
            """,
        example: "calibrate")

    package static func parse(_ parser: inout Parser) throws -> CalibrateCommand {
        guard let word = parser.current.word else { return CalibrateCommand(hindcast: false) }
        guard ["hindcast", "dự-báo-ngược", "du-bao-nguoc"].contains(word) else {
            throw parser.fail("expected nothing or 'hindcast' after 'calibrate'" + Suggestion.didYouMean(word, in: ["hindcast"]))
        }
        _ = parser.advance()
        return CalibrateCommand(hindcast: true)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(["hindcast"]) : []
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        try hindcast ? interpreter.hindcast(source: source) : interpreter.calibrate(source: source)
    }
}

/// `calibrate`: fit the model to what was observed, and show how close it comes.
extension Interpreter {
    func calibrate(source: SourceFile) throws(Diagnostic) {
        let calibration = Calibration(model: model)
        guard let backcast = model.backcast, !model.histories.isEmpty else {
            output.write(t("The model declares no backcast and no histories: nothing to calibrate.") + "\n")
            return
        }
        if let unfittable = calibration.unfittableParameters.first {
            throw .error(
                .semantic,
                "parameter '\(unfittable.name)' is marked fitted but has no "
                    + (unfittable.literalValue == nil ? "value of its own" : "range to search") + "; give it 'range LOW to HIGH uniform'")
        }
        guard !calibration.fittedParameters.isEmpty else {
            output.write(t("The model marks no parameter 'fitted': nothing to calibrate.") + "\n")
            return
        }
        let result: Calibration.Result
        do {
            result = try calibration.fit(cancellation: cancellation)
        } catch {
            throw .error(.interrupted, "interrupted; calibrate was cancelled and changed nothing")
        }
        let atBounds = Set(result.atBounds)
        var lines = [style.bold(t("Fitted parameters")) + t(" (Nelder–Mead, {count} backcasts)", ["count": String(result.evaluations)])]
        var parameters = TextTable([.init("  " + t("parameter")), .init(t("model file"), .right), .init(t("fit"), .right), .init(t("range"))])
        for parameter in result.parameters {
            parameters.add([
                TextTable.Cell("  " + parameter.name), TextTable.Cell(Self.short(parameter.modelValue)),
                TextTable.Cell(Self.short(parameter.fitted) + (atBounds.contains(parameter.name) ? " !" : "")),
                TextTable.Cell(Format.plain(parameter.range.lowerBound) + "–" + Format.plain(parameter.range.upperBound)),
            ])
        }
        lines.append(parameters.render(style: style).trimmingTrailingNewline())
        if !atBounds.isEmpty {
            lines.append(
                style.bad(
                    t("! at an end of its range: the observations would push it further. Widen the range, or question the mechanism it stands for.")))
        }
        // The fit column only when the fit moved a parameter (the model file holds the fitted values).
        // Moved: by more than 0.5% of its value, or of a thousandth of its range for a value near zero.
        let moved = result.parameters.contains {
            abs($0.fitted - $0.modelValue) > max(0.005 * abs($0.modelValue), 0.001 * ($0.range.upperBound - $0.range.lowerBound))
        }
        let fitted =
            moved
            ? Dictionary(
                uniqueKeysWithValues: calibration.backcast(parameters: result.fittedValues).map {
                    ("\($0.variable)@\($0.observation.time)", $0)
                }) : [:]
        lines.append("")
        lines.append(
            style.bold(t("Backcast from {start}", ["start": Self.modelTimeLabel(backcast.start)]))
                + t(" (the run every scenario starts with; policies at their dates, spending in the reference pattern)"))
        var columns: [TextTable.Column] = [
            .init("  " + t("indicator")), .init(t("when")), .init(t("observed"), .right),
            .init(t(moved ? "model file" : "model"), .right), .init(t("miss"), .right),
        ]
        if moved { columns += [.init(t("fit"), .right), .init(t("miss"), .right)] }
        columns += [.init(t("tolerance"), .right), .init(t(moved ? "role (fit)" : "role"))]
        var points = TextTable(columns)
        for point in calibration.backcast() {
            let checked = point.role != .start
            let decimals = point.tolerance < 0.1 ? 4 : 2
            func miss(_ point: Calibration.Point) -> TextTable.Cell {
                guard checked else { return TextTable.Cell("–") }
                let digits = Format.fixed(abs(point.miss), decimals)
                let text = (Double(digits) == 0 ? "" : point.miss >= 0 ? "+" : "−") + digits
                return TextTable.Cell(text, styled: paint(point.withinTolerance))
            }
            var row = [
                TextTable.Cell("  " + indicatorName(ofVariable: point.variable)),
                TextTable.Cell(Self.modelTimeLabel(point.observation.time)),
                TextTable.Cell(Format.plain(point.observation.value) + (point.role == .anchor ? "*" : "")),
                TextTable.Cell(Format.fixed(point.simulated, decimals)), miss(point),
            ]
            var judged = point
            if moved, let refit = fitted["\(point.variable)@\(point.observation.time)"] {
                row += [TextTable.Cell(Format.fixed(refit.simulated, decimals)), miss(refit)]
                judged = refit
            }
            let verdict = checked ? (judged.withinTolerance ? " ✓" : " ✗") : ""
            row += [TextTable.Cell("±" + Format.plain(point.tolerance)), TextTable.Cell(point.role.rawValue + verdict)]
            points.add(row)
        }
        lines.append(points.render(style: style).trimmingTrailingNewline())
        lines.append(style.dim(t("Roles: start = where the run starts; fitted = used by the fit; held out = kept out of it, to test it;")))
        lines.append(style.dim(t("anchor = a value the model assumes (marked *, no observation) that the backcast is tied to.")))
        if moved {
            lines.append(style.dim(t("The fit differs from the model file: write the fitted values into the model file to keep them.")))
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }

    /// The indicator a model variable measures, or the variable's own name.
    func indicatorName(ofVariable variable: String) -> String {
        guard let index = model.indicatorVariables.firstIndex(of: variable) else {
            return variable
        }
        return model.indicators[index].id
    }

    /// Model time as a planner reads it: 2024.0 is "end-2023", 2024.5 "mid-2024", 2024.3 "Apr 2024".
    static func modelTimeLabel(_ time: Double) -> String {
        let year = Int(time.rounded(.down))
        let fraction = time - Double(year)
        if fraction < 1e-9 { return "end-\(year - 1)" }
        if abs(fraction - 0.5) < 1e-9 { return "mid-\(year)" }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return months[min(Int((fraction * 12).rounded(.down)), 11)] + " \(year)"
    }
}

/// `calibrate hindcast`: the fit at several origins, each predicting what was observed after it.
extension Interpreter {
    /// The origins of the rolling hindcast: the ends of the last three years of history.
    func hindcastOrigins(_ model: DeclaredModel) -> [Double] {
        (1...3).reversed().map { Double(model.baseYear + 1 - $0) }
    }

    func hindcast(source: SourceFile) throws(Diagnostic) {
        guard model.backcast != nil, !model.histories.isEmpty else {
            throw .error(.semantic, "this model has no histories to hindcast against")
        }
        let calibration = Calibration(model: model)
        guard !calibration.fittedParameters.isEmpty, calibration.unfittableParameters.isEmpty else {
            throw .error(.semantic, "the model marks no parameter 'fitted' that can be fitted: nothing to hindcast")
        }
        let vi = language == .vi
        var lines: [String] = []
        var covered = 0, total = 0
        let hindcasts: [Hindcast]
        do {
            hindcasts = try calibration.rollingHindcast(origins: hindcastOrigins(model), cancellation: cancellation)
        } catch {
            throw .error(.interrupted, "interrupted; the hindcast was cancelled")
        }
        for hindcast in hindcasts {
            let origin = hindcast.origin
            let label = Self.modelTimeLabel(origin)
            lines.append(
                style.bold(vi ? "Khớp với dữ liệu đến \(label)" : "Fitted to what was known at \(label)")
                    + (vi
                        ? " (\(hindcast.observationsUsed) quan sát), dự báo \(hindcast.predictions.count) quan sát sau đó"
                        : " (\(hindcast.observationsUsed) observations), predicting the \(hindcast.predictions.count) after it"))
            let kappa = Format.fixed(hindcast.discrepancy.perYear, 2), checks = hindcast.discrepancy.checks
            lines.append(
                style.dim(
                    vi
                        ? "  sai số mô hình học từ các mốc trước: \(kappa) lần dung sai mỗi năm dự báo (từ \(checks) lần kiểm)"
                        : "  model error learnt from the earlier origins: \(kappa) tolerances per year ahead (from \(checks) checks)"))
            var table = TextTable([
                .init(vi ? "  chỉ số" : "  indicator"), .init(vi ? "khi" : "when"), .init(vi ? "quan sát" : "observed", .right),
                .init(vi ? "dự báo" : "predicted", .right), .init(vi ? "sai" : "miss", .right),
                .init(vi ? "khoảng 90%" : "90% band", .right), .init(""),
            ])
            for prediction in hindcast.predictions {
                let decimals = prediction.tolerance < 0.1 ? 4 : prediction.tolerance >= 100 ? 0 : 2
                let miss = prediction.miss
                table.add([
                    TextTable.Cell("  " + indicatorName(ofVariable: prediction.variable)),
                    TextTable.Cell(Self.modelTimeLabel(prediction.observation.time)),
                    TextTable.Cell(Format.plain(prediction.observation.value)),
                    TextTable.Cell(Format.fixed(prediction.predicted, decimals)),
                    TextTable.Cell((miss >= 0 ? "+" : "−") + Format.fixed(abs(miss), decimals)),
                    TextTable.Cell(Format.fixed(prediction.low, decimals) + "–" + Format.fixed(prediction.high, decimals)),
                    TextTable.Cell(prediction.covered ? "✓" : "✗", styled: paint(prediction.covered)),
                ])
            }
            lines.append(table.render(style: style).trimmingTrailingNewline())
            lines.append("")
            covered += hindcast.covered
            total += hindcast.predictions.count
        }
        let share = total == 0 ? 0 : Double(covered) / Double(total)
        lines.append(
            vi
                ? "Trong khoảng 90%: \(covered)/\(total) quan sát sau mốc (\(Format.fixed(100 * share, 0))%; khoảng đúng thì gần 90%)."
                : "Inside their 90% bands: \(covered) of \(total) later observations (\(Format.fixed(100 * share, 0))%; honest bands cover about 90%)."
        )
        lines.append(
            style.dim(
                t(
                    "Each band draws the fitted parameters jointly from the fit's uncertainty and adds the observation's own error ({doc}).",
                    ["doc": documentation("§12")]))
        )
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
