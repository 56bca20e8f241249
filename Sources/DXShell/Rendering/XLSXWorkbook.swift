import CXLSXWriter
import DXLanguage
import DXModel
import DXScenario
import Foundation

/// `export xlsx`: an Excel workbook a planner can hand on, written with libxlsxwriter.
///
/// - one sheet per scenario: its indicators by year with their units, its spending by programme
///   and year with the total, header rows and the first column frozen, and a native line chart of
///   the indicators it sets targets for;
/// - **Targets**: every target of every scenario, its value, met, missed or met late, the gap;
/// - **Assumptions**: every parameter with its value, unit, range and source, and what each
///   scenario assumes instead;
/// - **About**: what made the workbook (dxplan, the model and its fingerprint, the date) and each
///   scenario's text.
///
/// Every cell holds a number or a text, never a formula, so any reader sees the values. Texts
/// follow the session's language. The archive's comment carries `OwnFile.xlsxMark`, so a later
/// export may replace the file without `force`.
struct XLSXWorkbook: Phrased {
    let results: [RunResult]
    let model: DeclaredModel
    let language: OutputLanguage
    /// What made it: dxplan's version, the model, its file and fingerprint, the date.
    let provenance: String
    /// Each scenario's text (its lineage, printed), by name.
    let scenarioTexts: [String: String]

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The workbook's bytes.
    func bytes() throws(Failure) -> [UInt8] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-xlsx-\(UUID().uuidString).xlsx").path
        defer { unlink(scratch) }
        guard let workbook = workbook_new(scratch) else { throw Failure(description: "the workbook could not be started") }
        let formats = Formats(workbook)
        var properties = lxw_doc_properties()
        let title = strdup("dxplan: " + results.map(\.scenario.name).joined(separator: ", "))
        let author = strdup("dxplan")
        let comments = strdup(provenance)
        defer {
            free(title)
            free(author)
            free(comments)
        }
        properties.title = title
        properties.author = author
        properties.comments = comments
        workbook_set_properties(workbook, &properties)

        var used: Set<String> = []
        for result in results { scenarioSheet(result, name: Self.sheetName(result.scenario.name, used: &used), in: workbook, formats) }
        targetsSheet(Self.sheetName(t("Targets"), used: &used), in: workbook, formats)
        assumptionsSheet(Self.sheetName(t("Assumptions"), used: &used), in: workbook, formats)
        aboutSheet(Self.sheetName(t("About"), used: &used), in: workbook, formats)

        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw Failure(description: String(cString: lxw_strerror(status)))
        }
        guard let data = FileManager.default.contents(atPath: scratch) else { throw Failure(description: "the workbook could not be read back") }
        return Self.marked(Array(data))
    }

    /// The cell formats the sheets share.
    private struct Formats {
        let bold: UnsafeMutablePointer<lxw_format>
        let header: UnsafeMutablePointer<lxw_format>
        let percent: UnsafeMutablePointer<lxw_format>
        let index: UnsafeMutablePointer<lxw_format>
        let money: UnsafeMutablePointer<lxw_format>
        let wrapped: UnsafeMutablePointer<lxw_format>

        init(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
            bold = workbook_add_format(workbook)
            format_set_bold(bold)
            header = workbook_add_format(workbook)
            format_set_bold(header)
            format_set_bottom(header, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_bg_color(header, 0xE8EEF4)
            percent = workbook_add_format(workbook)
            format_set_num_format(percent, "0.0")
            index = workbook_add_format(workbook)
            format_set_num_format(index, "0.000")
            money = workbook_add_format(workbook)
            format_set_num_format(money, "#,##0")
            wrapped = workbook_add_format(workbook)
            format_set_text_wrap(wrapped)
            format_set_align(wrapped, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
    }

    private func write(
        _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: Int, _ column: Int, _ text: String, _ format: UnsafeMutablePointer<lxw_format>? = nil
    ) {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, format)
    }

    /// A number, or an empty cell when it is not a finite one.
    private func write(
        _ sheet: UnsafeMutablePointer<lxw_worksheet>, _ row: Int, _ column: Int, _ value: Double, _ format: UnsafeMutablePointer<lxw_format>? = nil
    ) {
        guard value.isFinite else { return }
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, format)
    }

    private func scenarioSheet(_ result: RunResult, name: String, in workbook: UnsafeMutablePointer<lxw_workbook>, _ formats: Formats) {
        guard let sheet = workbook_add_worksheet(workbook, name) else { return }
        let scenario = result.scenario
        var heading = scenario.name
        if let title = scenario.title { heading += " — " + title }
        write(sheet, 0, 0, heading + " (\(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound))", formats.bold)
        write(sheet, 1, 0, t("Values at the end of each year; spending in bn VND."))
        // Indicators, by year.
        let headerRow = 3
        write(sheet, headerRow, 0, t("indicator"), formats.header)
        write(sheet, headerRow, 1, t("unit"), formats.header)
        for (column, year) in result.years.enumerated() { write(sheet, headerRow, column + 2, Double(year), formats.header) }
        for (row, indicator) in result.indicators.enumerated() {
            write(sheet, headerRow + 1 + row, 0, language.label(of: indicator))
            write(sheet, headerRow + 1 + row, 1, indicator.unit == .percent ? "%" : t("index"))
            for (column, value) in result.indicatorValues[row].enumerated() {
                write(sheet, headerRow + 1 + row, column + 2, value, indicator.unit == .percent ? formats.percent : formats.index)
            }
        }
        // Spending, by programme and year (the base year has none).
        let spendingRow = headerRow + result.indicators.count + 2
        write(sheet, spendingRow, 0, t("spending (bn VND)"), formats.header)
        write(sheet, spendingRow, 1, "", formats.header)
        for (column, year) in result.years.enumerated() { write(sheet, spendingRow, column + 2, Double(year), formats.header) }
        for (row, programme) in result.programmes.enumerated() {
            write(sheet, spendingRow + 1 + row, 0, language.label(ofProgramme: programme.id, in: result.programmes))
            write(sheet, spendingRow + 1 + row, 1, "bn VND")
            for (column, amount) in result.spending[row].enumerated() { write(sheet, spendingRow + 1 + row, column + 2, amount, formats.money) }
        }
        let totalRow = spendingRow + 1 + result.programmes.count
        write(sheet, totalRow, 0, t("total"), formats.bold)
        write(sheet, totalRow, 1, "bn VND")
        for column in result.years.indices {
            write(sheet, totalRow, column + 2, result.spending.reduce(0) { $0 + $1[column] }, formats.money)
        }
        worksheet_set_column(sheet, 0, 0, 26, nil)
        worksheet_set_column(sheet, 1, 1, 8, nil)
        worksheet_set_column(sheet, 2, lxw_col_t(1 + result.years.count), 10, nil)
        worksheet_freeze_panes(sheet, lxw_row_t(headerRow + 1), 1)

        // A chart of the indicators the scenario sets targets for (else the first five in %).
        let targeted = Set(scenario.targets.map(\.indicator))
        var charted = result.indicators.indices.filter { targeted.contains(result.indicators[$0].id) && result.indicators[$0].unit == .percent }
        if charted.isEmpty { charted = Array(result.indicators.indices.filter { result.indicators[$0].unit == .percent }.prefix(5)) }
        guard !charted.isEmpty, let chart = workbook_add_chart(workbook, UInt8(LXW_CHART_LINE.rawValue)) else { return }
        let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        let lastColumn = Self.columnName(1 + result.years.count)
        for index in charted {
            let row = headerRow + 2 + index
            let series = chart_add_series(
                chart, "=\(quoted)!$C$\(headerRow + 1):$\(lastColumn)$\(headerRow + 1)", "=\(quoted)!$C$\(row):$\(lastColumn)$\(row)")
            chart_series_set_name(series, "=\(quoted)!$A$\(row)")
        }
        chart_title_set_name(chart, scenario.name + ": " + t("indicators with targets") + " (%)")
        chart_axis_set_name(chart.pointee.y_axis, "%")
        worksheet_insert_chart(sheet, lxw_row_t(headerRow), lxw_col_t(result.years.count + 3), chart)
    }

    private func targetsSheet(_ name: String, in workbook: UnsafeMutablePointer<lxw_workbook>, _ formats: Formats) {
        guard let sheet = workbook_add_worksheet(workbook, name) else { return }
        let columns = ["scenario", "indicator", "target", "by", "value", "unit", "status", "gap"]
        for (column, title) in columns.enumerated() { write(sheet, 0, column, t(title), formats.header) }
        var row = 1
        for result in results {
            for outcome in result.targetOutcomes {
                let target = outcome.target
                let indicator = model.indicator(target.indicator)
                let isPercent = indicator?.unit == .percent
                write(sheet, row, 0, result.scenario.name)
                write(sheet, row, 1, indicator.map { language.label(of: $0) } ?? target.indicator)
                write(sheet, row, 2, target.comparison.rawValue + " " + ScenarioPrinter.number(target.value) + (isPercent ? "%" : ""))
                write(sheet, row, 3, Double(target.year))
                write(sheet, row, 4, outcome.actual, isPercent ? formats.percent : formats.index)
                write(sheet, row, 5, isPercent ? "%" : t("index"))
                let status: String
                if outcome.met {
                    status = t("met")
                } else if let late = outcome.firstYearMet {
                    status = t("met late") + " (\(late))"
                } else {
                    status = t("missed")
                }
                write(sheet, row, 6, status)
                if !outcome.met { write(sheet, row, 7, abs(target.value - outcome.actual), isPercent ? formats.percent : formats.index) }
                row += 1
            }
        }
        worksheet_set_column(sheet, 0, 1, 22, nil)
        worksheet_set_column(sheet, 2, 2, 14, nil)
        worksheet_set_column(sheet, 6, 6, 16, nil)
        worksheet_freeze_panes(sheet, 1, 0)
    }

    private func assumptionsSheet(_ name: String, in workbook: UnsafeMutablePointer<lxw_workbook>, _ formats: Formats) {
        guard let sheet = workbook_add_worksheet(workbook, name) else { return }
        let columns = ["parameter", "value", "unit", "low", "high", "source"] + results.map(\.scenario.name)
        for (column, title) in columns.enumerated() { write(sheet, 0, column, column < 6 ? t(title) : title, formats.header) }
        for (index, parameter) in model.parameters.enumerated() {
            let row = index + 1
            write(sheet, row, 0, parameter.id)
            write(sheet, row, 1, parameter.value)
            write(sheet, row, 2, ModelWording(model, in: language).unit(parameter.unit))
            if let range = parameter.range {
                write(sheet, row, 3, range.lowerBound)
                write(sheet, row, 4, range.upperBound)
            }
            write(sheet, row, 5, ModelWording(model, in: language).provenance(parameter.provenance))
            for (column, result) in results.enumerated() {
                if let assumed = result.scenario.assumptions[parameter.id] { write(sheet, row, 6 + column, assumed) }
            }
        }
        worksheet_set_column(sheet, 0, 0, 28, nil)
        worksheet_set_column(sheet, 5, 5, 60, nil)
        worksheet_freeze_panes(sheet, 1, 1)
    }

    private func aboutSheet(_ name: String, in workbook: UnsafeMutablePointer<lxw_workbook>, _ formats: Formats) {
        guard let sheet = workbook_add_worksheet(workbook, name) else { return }
        write(sheet, 0, 0, provenance, formats.bold)
        write(sheet, 1, 0, t("Each scenario as dxplan reads it (with the scenarios it inherits from):"))
        for (index, result) in results.enumerated() {
            write(sheet, 3 + index, 0, scenarioTexts[result.scenario.name] ?? result.scenario.name, formats.wrapped)
            worksheet_set_row(
                sheet, lxw_row_t(3 + index), 15 * Double(max(1, (scenarioTexts[result.scenario.name] ?? "").split(separator: "\n").count)), nil)
        }
        worksheet_set_column(sheet, 0, 0, 100, nil)
    }

    /// A sheet name Excel accepts (at most 31 characters, none of `[]:*?/\`), unique in the workbook.
    static func sheetName(_ wanted: String, used: inout Set<String>) -> String {
        let cleaned = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
        var name = cleaned.isEmpty ? "sheet" : cleaned
        var number = 2
        while used.contains(name.lowercased()) {
            let suffix = " (\(number))"
            name = String(cleaned.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        used.insert(name.lowercased())
        return name
    }

    /// A column's letters: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    /// The workbook with `OwnFile.xlsxMark` as its zip archive's comment (the end-of-central-
    /// directory record, the last 22 bytes of an archive without a comment, says how long the
    /// comment that follows it is). Unchanged when the record is not where it should be.
    static func marked(_ bytes: [UInt8]) -> [UInt8] {
        let end = bytes.count - 22
        guard end >= 0, bytes[end..<(end + 4)].elementsEqual([0x50, 0x4B, 0x05, 0x06]), bytes[end + 20] == 0, bytes[end + 21] == 0 else {
            return bytes
        }
        let mark = Array(OwnFile.xlsxMark.utf8)
        var marked = bytes
        marked[end + 20] = UInt8(mark.count & 0xFF)
        marked[end + 21] = UInt8(mark.count >> 8)
        return marked + mark
    }
}
