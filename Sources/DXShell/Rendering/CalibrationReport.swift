import DXAnalysis
import DXModel
import DXScenario
import DXSource

/// Renders `calibrate`: the fitted parameters beside the model file's, and the backcast at every
/// observation with the model file's values (and the fit's, when it moved them).
struct CalibrationReport: Report {
    let result: Calibration.Result
    /// The backcast with the model file's values.
    let points: [Calibration.Point]
    /// The backcast with the fitted values (empty when the fit moved nothing).
    let refitted: [Calibration.Point]
    /// When the backcast starts.
    let start: Double
    let model: DeclaredModel
    let presentation: Presentation

    /// Whether the fit moved a parameter: by more than 0.5% of its value, or of a thousandth of
    /// its range for a value near zero (the model file holds the fitted values otherwise).
    static func moved(_ result: Calibration.Result) -> Bool {
        result.parameters.contains {
            abs($0.fitted - $0.modelValue) > max(0.005 * abs($0.modelValue), 0.001 * ($0.range.upperBound - $0.range.lowerBound))
        }
    }

    func render() -> String {
        let style = style
        let atBounds = Set(result.atBounds)
        var lines = [style.bold(t("Fitted parameters")) + t(" (Nelder–Mead, {count} backcasts)", ["count": String(result.evaluations)])]
        var parameters = TextTable([.init("  " + t("parameter")), .init(t("model file"), .right), .init(t("fit"), .right), .init(t("range"))])
        for parameter in result.parameters {
            parameters.add([
                TextTable.Cell("  " + parameter.name), TextTable.Cell(TextLayout.short(parameter.modelValue)),
                TextTable.Cell(TextLayout.short(parameter.fitted) + (atBounds.contains(parameter.name) ? " !" : "")),
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
        let moved = Self.moved(result)
        let fitted = Dictionary(refitted.map { ("\($0.variable)@\($0.observation.time)", $0) }) { first, _ in first }
        lines.append("")
        lines.append(
            style.bold(t("Backcast from {start}", ["start": language.timeLabel(start)]))
                + t(" (the run every scenario starts with; policies at their dates, spending in the reference pattern)"))
        var columns: [TextTable.Column] = [
            .init("  " + t("indicator")), .init(t("when")), .init(t("observed"), .right),
            .init(t(moved ? "model file" : "model"), .right), .init(t("miss"), .right),
        ]
        if moved { columns += [.init(t("fit"), .right), .init(t("miss"), .right)] }
        columns += [.init(t("tolerance"), .right), .init(t(moved ? "role (fit)" : "role"))]
        var table = TextTable(columns)
        for point in points {
            let checked = point.role != .start
            let decimals = point.tolerance < 0.1 ? 4 : 2
            func miss(_ point: Calibration.Point) -> TextTable.Cell {
                guard checked else { return TextTable.Cell("–") }
                let digits = Format.fixed(abs(point.miss), decimals)
                let text = (Double(digits) == 0 ? "" : point.miss >= 0 ? "+" : "−") + digits
                return TextTable.Cell(text, styled: point.withinTolerance ? { style.good($0) } : { style.bad($0) })
            }
            var row = [
                TextTable.Cell("  " + language.label(ofIndicator: model.indicatorName(ofVariable: point.variable), in: model.indicators)),
                TextTable.Cell(language.timeLabel(point.observation.time)),
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
            table.add(row)
        }
        lines.append(table.render(style: style).trimmingTrailingNewline())
        lines.append(style.dim(t("Roles: start = where the run starts; fitted = used by the fit; held out = kept out of it, to test it;")))
        lines.append(style.dim(t("anchor = a value the model assumes (marked *, no observation) that the backcast is tied to.")))
        if moved {
            lines.append(style.dim(t("The fit differs from the model file: write the fitted values into the model file to keep them.")))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Renders `calibrate hindcast`: for each origin, the fit with what was known then and its
/// predictions of what came after, each with its 90% band and whether the band held it.
struct HindcastReport: Report {
    let hindcasts: [Hindcast]
    let model: DeclaredModel
    let presentation: Presentation
    /// Where the bands are explained.
    let documentation: String

    func render() -> String {
        let style = style
        let vi = language == .vi
        var lines: [String] = []
        var covered = 0, total = 0
        for hindcast in hindcasts {
            let origin = hindcast.origin
            let label = language.timeLabel(origin)
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
                    TextTable.Cell("  " + language.label(ofIndicator: model.indicatorName(ofVariable: prediction.variable), in: model.indicators)),
                    TextTable.Cell(language.timeLabel(prediction.observation.time)),
                    TextTable.Cell(Format.plain(prediction.observation.value)),
                    TextTable.Cell(Format.fixed(prediction.predicted, decimals)),
                    TextTable.Cell((miss >= 0 ? "+" : "−") + Format.fixed(abs(miss), decimals)),
                    TextTable.Cell(Format.fixed(prediction.low, decimals) + "–" + Format.fixed(prediction.high, decimals)),
                    TextTable.Cell(prediction.covered ? "✓" : "✗", styled: prediction.covered ? { style.good($0) } : { style.bad($0) }),
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
                    ["doc": documentation]))
        )
        return lines.joined(separator: "\n") + "\n"
    }
}
