import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

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
                TextTable.Cell(NumberText.plain(parameter.range.lowerBound) + "–" + NumberText.plain(parameter.range.upperBound)),
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
                TextTable.Cell(NumberText.plain(point.observation.value) + (point.role == .anchor ? "*" : "")),
                TextTable.Cell(Format.fixed(point.simulated, decimals)), miss(point),
            ]
            var judged = point
            if moved, let refit = fitted["\(point.variable)@\(point.observation.time)"] {
                row += [TextTable.Cell(Format.fixed(refit.simulated, decimals)), miss(refit)]
                judged = refit
            }
            let verdict = checked ? (judged.withinTolerance ? " ✓" : " ✗") : ""
            row += [TextTable.Cell("±" + NumberText.plain(point.tolerance)), TextTable.Cell(point.role.rawValue + verdict)]
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
