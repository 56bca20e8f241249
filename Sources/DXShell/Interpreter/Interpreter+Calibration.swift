import DXAnalysis
import DXLanguage
import DXModel
import DXSource

/// `calibrate`: fit the model to what was observed, and show how close it comes.
extension Interpreter {
    func calibrate(source: SourceFile) throws(Diagnostic) {
        guard let declared = model as? DeclaredModel else {
            throw .error(.semantic, "this model has no histories to calibrate against")
        }
        let calibration = Calibration(model: declared)
        guard let backcast = declared.backcast, !declared.histories.isEmpty else {
            output.write("The model declares no backcast and no histories: nothing to calibrate.\n")
            return
        }
        if let unfittable = calibration.unfittableParameters.first {
            throw .error(.semantic, "parameter '\(unfittable.name)' is marked fitted but has no "
                         + (unfittable.literalValue == nil ? "value of its own" : "range to search") + "; give it 'range LOW to HIGH uniform'")
        }
        guard !calibration.fittedParameters.isEmpty else {
            output.write("The model marks no parameter 'fitted': nothing to calibrate.\n")
            return
        }
        let result = calibration.fit()
        var lines = [style.bold("Fitted parameters") + " (Nelder–Mead, \(result.evaluations) backcasts)"]
        var parameters = TextTable([.init("  parameter"), .init("model file", .right), .init("fit", .right), .init("range")])
        for parameter in result.parameters {
            parameters.add([
                TextTable.Cell("  " + parameter.name), TextTable.Cell(Self.short(parameter.modelValue)),
                TextTable.Cell(Self.short(parameter.fitted)),
                TextTable.Cell(NumberText.plain(parameter.range.lowerBound) + "–" + NumberText.plain(parameter.range.upperBound)),
            ])
        }
        lines.append(parameters.render(style: style).trimmingTrailingNewline())
        lines.append("")
        lines.append(style.bold("Backcast from \(NumberText.plain(backcast.start)) with the model file's values")
                     + " (policies at their dates, spending in the 2024 pattern)")
        var points = TextTable([.init("  variable"), .init("time", .right), .init("observed", .right), .init("model", .right),
                                .init("miss", .right), .init("tolerance", .right), .init("role")])
        for point in calibration.backcast() {
            let checked = point.role != .start
            let verdict = checked ? point.withinTolerance ? " ✓" : " ✗" : ""
            let decimals = point.tolerance < 0.1 ? 4 : 2
            points.add([
                TextTable.Cell("  " + point.variable), TextTable.Cell(NumberText.plain(point.observation.time)),
                TextTable.Cell(NumberText.plain(point.observation.value)), TextTable.Cell(Format.fixed(point.simulated, decimals)),
                TextTable.Cell(checked ? Format.fixed(point.miss, decimals) : "–"),
                TextTable.Cell("±" + NumberText.plain(point.tolerance)),
                TextTable.Cell(point.role.rawValue + verdict, styled: checked ? paint(point.withinTolerance) : { $0 }),
            ])
        }
        lines.append(points.render(style: style).trimmingTrailingNewline())
        lines.append("Roles: start = set by the backcast block; fitted = used by the fit; held out = kept out of it to test it;")
        lines.append("anchor = a value the model assumes (no observation), which the backcast is tied to.")
        output.write(lines.joined(separator: "\n") + "\n")
    }
}

/// `export xmile "FILE"`.
extension Interpreter {
    func exportXMILE(to path: StringLiteral, source: SourceFile) throws(Diagnostic) {
        guard let declared = model as? DeclaredModel else {
            throw .error(.semantic, "this model cannot be exported", in: source, at: path.range)
        }
        let scenario = try scenarioName(nil, for: "export", source: source)
        let resolved: Scenario
        switch ScenarioResolver(model: model).resolve(scenario, in: workspace) {
        case .success(let value): resolved = value
        case .failure(let diagnostic): throw diagnostic
        }
        let text: String
        do {
            text = try XMILEWriter.document(for: declared.compiled, settings: declared.runSettings(for: resolved))
        } catch {
            throw .error(.semantic, "cannot export '\(scenario)' as XMILE: \(error)", in: source, at: path.range)
        }
        do {
            try AtomicFile.write(text, to: resolvePath(path.value))
        } catch {
            throw .error(.io, "cannot export to '\(path.value)': \(Self.describe(error))", in: source, at: path.range)
        }
        output.write("Exported the model with the spending of '\(scenario)' to \(path.value) (XMILE 1.0).\n")
    }
}
