import DXLanguage
import DXModel
import DXSource

/// `export csv|json|xmile [SCENARIO…] "FILE"`: results for spreadsheets and other programs, or the
/// model with a scenario's inputs for other system-dynamics tools. Files are written whole or not
/// at all.
extension Interpreter {
    func exportResults(_ format: ExportFormat, _ names: [Name], to path: StringLiteral, force: Bool, source: SourceFile) throws(Diagnostic) {
        let results = try results(of: names, for: "export", source: source)
        let text: String
        switch format {
        case .csv: text = ResultExport.csv(results)
        case .json: text = ResultExport.json(results, model: model.name)
        case .html: text = HTMLReport(results: results, modelName: model.name, language: language).render()
        case .xmile: return try exportXMILE(names.first, to: path, force: force, source: source)
        }
        try write(text, to: path, force: force, verb: "export", source: source)
        let shown = results.map { "'\($0.scenario.name)'" }.joined(separator: ", ")
        output.write(
            language == .vi
                ? "Đã xuất kết quả của \(shown) ra \(path.value) (\(format.rawValue.uppercased())).\n"
                : "Exported the results of \(shown) to \(path.value) (\(format.rawValue.uppercased())).\n")
    }

    func exportXMILE(_ name: Name?, to path: StringLiteral, force: Bool, source: SourceFile) throws(Diagnostic) {
        let scenario = try scenarioName(name, for: "export", source: source)
        let resolved = try resolvedScenario(scenario, at: name?.range, source: source)
        let text: String
        do {
            text = try XMILEWriter.document(for: model.compiled, settings: model.runSettings(for: resolved))
        } catch {
            throw .error(.semantic, "cannot export '\(scenario)' as XMILE: \(error)", in: source, at: path.range)
        }
        try write(text, to: path, force: force, verb: "export", source: source)
        output.write(
            language == .vi
                ? "Đã xuất mô hình với chi tiêu của '\(scenario)' ra \(path.value) (XMILE 1.0).\n"
                : "Exported the model with the spending of '\(scenario)' to \(path.value) (XMILE 1.0).\n")
    }
}
