import DXAnalysis
import DXLanguage
import DXModel
import DXSource
import Foundation

/// `export csv|json|html|xlsx [SCENARIO…] "FILE" [force]` (results) and `export xmile [SCENARIO] "FILE" [force]` (the model with a scenario's inputs, for other SD tools).
package struct ExportCommand: ShellCommand {
    /// What it writes: results as CSV, JSON, an HTML report or an Excel workbook, or the model
    /// with a scenario's inputs as XMILE.
    package enum Format: String, Sendable, Hashable, CaseIterable {
        case csv, json, html, xlsx, xmile
    }

    package let format: Format
    package let scenarios: [Name]
    package let path: StringLiteral
    /// Replaces a file dxplan did not write, or a read-only one.
    package let force: Bool
    /// A CSV that starts with a byte-order mark, for old versions of Excel.
    package var byteOrderMark = false

    package static let word = "export"
    package static let synonyms = ["xuất"]
    package static let group = CommandGroup.files
    package static let takesFile = true

    package static let help = HelpTopic(
        name: "export", usage: "export csv|json|html|xlsx [SCENARIO…] \"FILE\" [force]  or  export xmile [SCENARIO] \"FILE\" [force]",
        summary: "write results as CSV, JSON, an HTML page with charts or an Excel workbook, or the model as XMILE",
        vietnamese: "ghi kết quả ra CSV, JSON, trang HTML có biểu đồ hay sổ tính Excel, hoặc ghi mô hình ra XMILE",
        details: """
            csv: one row per scenario, indicator and year (scenario,indicator,unit,year,value), for spreadsheets.
            json: everything a run reports: budget and spending by year, assumptions, indicators, targets.
            html: one page to share: budgets and spending, targets met or missed, a chart of every indicator.
            xlsx: an Excel workbook: a sheet per scenario (indicators and spending by year, a chart), the
            targets, the assumptions with sources, and what made it; values, not formulas.
            xmile: the model with one scenario's yearly spending as inputs, for other system-dynamics tools
            (PySD, Stella); the tests check such a file against PySD to a relative 1e-6.
            Without a scenario name, the current scenario; each one runs first if it has not run since it
            changed. The file is written whole or not at all. An existing file is replaced only if dxplan
            wrote it; 'force' replaces any file, a read-only one too. A script writes only in its own folder.
            """,
        vietnameseDetails: """
            csv: mỗi dòng ứng với một kịch bản, chỉ tiêu và năm (scenario,indicator,unit,year,value), để mở
            bằng bảng tính.
            json: mọi thứ một lần chạy báo cáo: ngân sách và mức chi theo năm, giả định, chỉ tiêu, mục tiêu.
            html: một trang để chia sẻ: ngân sách và mức chi, mục tiêu đạt hay chưa đạt, biểu đồ mọi chỉ tiêu.
            xlsx: một sổ tính Excel: mỗi kịch bản một trang (chỉ tiêu và mức chi theo năm, một biểu đồ), các
            mục tiêu, các giả định kèm nguồn, và thông tin tạo ra sổ; là giá trị, không phải công thức.
            xmile: mô hình với mức chi hằng năm của một kịch bản làm đầu vào, cho các công cụ động lực học hệ
            thống khác (PySD, Stella); bộ kiểm thử đối chiếu tệp như vậy với PySD tới sai số tương đối 1e-6.
            Không nêu tên kịch bản thì dùng kịch bản hiện tại; mỗi kịch bản được chạy trước nếu chưa chạy lại
            kể từ lần thay đổi gần nhất. Tệp được ghi trọn vẹn hoặc không ghi gì. Tệp đã có chỉ bị thay thế nếu
            do dxplan ghi ra; 'force' thay thế mọi tệp, kể cả tệp chỉ đọc. Script chỉ được ghi trong thư mục
            của chính nó.
            """,
        example: "export csv baseline five-pushes \"/tmp/dxplan-results.csv\"")

    package static func parse(_ parser: inout Parser) throws -> ExportCommand {
        let formats = Format.allCases.map(\.rawValue)
        guard let word = parser.current.word, let format = Format(rawValue: word.lowercased()) else {
            let usage = "export csv|json|html|xlsx|xmile [SCENARIO…] \"FILE\""
            if let other = parser.current.word {
                throw parser.fail(
                    "dxplan exports \(formats.joined(separator: ", ")), not '\(other)': \(usage)" + Suggestion.didYouMean(other, in: formats))
            }
            throw parser.fail("expected the format after 'export': \(usage)")
        }
        _ = parser.advance()
        var names: [Name] = []
        while parser.current.word != nil { names.append(try parser.expectName("a scenario name")) }
        if format == .xmile, names.count > 1 {
            throw parser.fail("an XMILE file holds one scenario's inputs; name one", at: names[1].range)
        }
        let path = try parser.expectString("the file name")
        // `force` and, for CSV, `bom`, in either order.
        var force = false, bom = false
        while let word = parser.current.word {
            if !force, parser.accept(word: "force") != nil {
                force = true
            } else if !bom, format == .csv, Folding.fold(word) == "bom" {
                _ = parser.advance()
                bom = true
            } else {
                throw parser.fail(
                    "unexpected '\(word)' after the file name; it may be followed by force" + (format == .csv ? " and bom" : "")
                        + Suggestion.didYouMean(word, in: format == .csv ? ["force", "bom"] : ["force"]))
            }
        }
        return ExportCommand(format: format, scenarios: names, path: path, force: force, byteOrderMark: bom)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if Completer.fileIsClosed(in: words) {
            return completer.candidates((words[1] == "csv" ? ["force", "bom"] : ["force"]).filter { !words.contains($0) })
        }
        if words.count == 1 { return completer.candidates(Format.allCases.map(\.rawValue)) }
        return completer.candidates(completer.scenarioNames.filter { !words.contains($0) }) + [Completer.fileCandidate]
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        if format == .xmile {
            try session.exportXMILE(scenarios.first, to: path, force: force, source: source)
        } else {
            try session.exportResults(format, scenarios, to: path, force: force, byteOrderMark: byteOrderMark, source: source)
        }
    }
}

/// `export csv|json|xmile [SCENARIO…] "FILE"`: results for spreadsheets and other programs, or the
/// model with a scenario's inputs for other system-dynamics tools. Files are written whole or not
/// at all.
extension Session {
    fileprivate func exportResults(
        _ format: ExportCommand.Format, _ names: [Name], to written: StringLiteral, force: Bool, byteOrderMark: Bool = false, source: SourceFile
    ) throws(Diagnostic) {
        let path = try fileName(written, source: source)
        let results = try results(of: names, for: "export", source: source)
        let text: String
        switch format {
        case .xlsx:
            let record = runRecord(of: results)
            let workbook = XLSXWorkbook(
                results: results, model: model, language: language, provenance: provenanceLine(), scenarioTexts: record.scenarios)
            let bytes: [UInt8]
            do {
                bytes = try workbook.bytes()
            } catch {
                throw .error(.io, "cannot export to '\(path.value)': \(error.description)", in: source, at: path.range)
            }
            try files.write(bytes: bytes, to: path, force: force, verb: "export", source: source)
            reportExport(results, to: path, format: format)
            return
        case .csv: text = ResultExport.csv(results, byteOrderMark: byteOrderMark)
        case .json: text = ResultExport.json(results, model: model.name, record: runRecord(of: results))
        case .html:
            var report = HTMLReport(results: results, modelName: model.name, language: language, wording: wording)
            report.documentation = documentation("")
            report.parameters = model.parameters
            report.provenance = provenanceLine()
            report.tornadoes = results.compactMap(tornadoChart)
            text = report.render()
        case .xmile: return try exportXMILE(names.first, to: path, force: force, source: source)
        }
        try write(text, to: path, force: force, verb: "export", source: source)
        reportExport(results, to: path, format: format)
    }

    /// A tornado of a result's first missed target (its first target when all are met), as SVG;
    /// nil for a scenario without targets, or when the runs cannot be made.
    private func tornadoChart(_ result: RunResult) -> String? {
        let outcomes = result.targetOutcomes
        guard let outcome = outcomes.first(where: { !$0.met }) ?? outcomes.first,
            let indicator = model.indicator(outcome.target.indicator),
            let tornado = try? Tornado.run(
                result.scenario, indicator: indicator, year: outcome.target.year, model: model, cancellation: cancellation)
        else { return nil }
        return TornadoChart(tornado: tornado, model: model, language: language).render()
    }

    private func reportExport(_ results: [RunResult], to path: StringLiteral, format: ExportCommand.Format) {
        let shown = results.map { "'\($0.scenario.name)'" }.joined(separator: ", ")
        output.write(
            language == .vi
                ? "Đã xuất kết quả của \(shown) ra \(path.value) (\(format.rawValue.uppercased())).\n"
                : "Exported the results of \(shown) to \(path.value) (\(format.rawValue.uppercased())).\n")
    }

    fileprivate func exportXMILE(_ name: Name?, to written: StringLiteral, force: Bool, source: SourceFile) throws(Diagnostic) {
        let path = try fileName(written, source: source)
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

    /// What made a set of results, for an export: version, model, date, scenarios' text.
    fileprivate func runRecord(of results: [RunResult]) -> ResultExport.RunRecord {
        let texts = results.map { result in
            (result.scenario.name, workspace.lineage(of: result.scenario.name).map { ScenarioPrinter.print($0.decl) }.joined(separator: "\n"))
        }
        return ResultExport.RunRecord(
            dxplan: DXPlanVersion.current, model: model.name, modelFile: modelOrigin ?? "bundled", modelFingerprint: model.fingerprint,
            created: ISO8601DateFormatter().string(from: Date()), scenarios: Dictionary(texts) { first, _ in first })
    }

    /// One line saying what made a report: dxplan's version, the model and its fingerprint, when.
    func provenanceLine() -> String {
        t(
            "Made by dxplan {version} with the model '{model}' ({file}, {fingerprint}) on {date}.",
            [
                "version": DXPlanVersion.current, "model": wording(model.name), "file": modelOrigin ?? t("bundled"), "fingerprint": model.fingerprint,
                "date": ISO8601DateFormatter().string(from: Date()),
            ])
    }
}
