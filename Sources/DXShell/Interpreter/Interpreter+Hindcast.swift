import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

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
                    TextTable.Cell(NumberText.plain(prediction.observation.value)),
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
                vi
                    ? "Mỗi khoảng: các tham số khớp được rút cùng nhau theo độ bất định của phép khớp, cộng sai số quan sát (MODEL.md §12)."
                    : "Each band draws the fitted parameters jointly from the fit's uncertainty and adds the observation's own error (MODEL.md §12).")
        )
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
