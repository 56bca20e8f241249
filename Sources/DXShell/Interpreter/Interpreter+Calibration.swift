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
        guard !declared.histories.isEmpty, !calibration.fittedParameters.isEmpty else {
            output.write("The model declares no histories or no fitted parameters: nothing to calibrate.\n")
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
        lines.append(style.bold("Backcast with the model file's values") + " (spending in the 2024 pattern)")
        var points = TextTable([.init("  variable"), .init("time", .right), .init("observed", .right), .init("model", .right),
                                .init("miss", .right), .init("tolerance", .right), .init("role")])
        for point in calibration.backcast() {
            let role = point.isStart ? "start" : point.observation.heldOut ? "held out" : "fitted"
            let verdict = point.isStart ? "" : point.withinTolerance ? " ✓" : " ✗"
            points.add([
                TextTable.Cell("  " + point.variable), TextTable.Cell(NumberText.plain(point.observation.time)),
                TextTable.Cell(NumberText.plain(point.observation.value)), TextTable.Cell(Format.fixed(point.simulated, 2)),
                TextTable.Cell(point.isStart ? "–" : Format.fixed(point.miss, 2)),
                TextTable.Cell("±" + NumberText.plain(point.tolerance)),
                TextTable.Cell(role + verdict, styled: point.isStart ? { $0 } : paint(point.withinTolerance)),
            ])
        }
        lines.append(points.render(style: style).trimmingTrailingNewline())
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
