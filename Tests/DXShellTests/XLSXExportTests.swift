import DXModel
import Foundation
import PythonEnvironment
import Testing

@testable import DXShell

@Suite("export xlsx")
struct XLSXWorkbookTests {
    @Test("sheet names Excel accepts: at most 31 characters, none of []:*?/\\, unique whatever the case")
    func sheetNames() {
        var used: Set<String> = []
        #expect(XLSXWorkbook.sheetName("a/b:c", used: &used) == "a-b-c")
        #expect(XLSXWorkbook.sheetName("A/B:C", used: &used) == "A-B-C (2)")
        let long = String(repeating: "x", count: 40)
        #expect(XLSXWorkbook.sheetName(long, used: &used).count == 31)
        #expect(XLSXWorkbook.sheetName(long, used: &used) == String(repeating: "x", count: 27) + " (2)")
        #expect(XLSXWorkbook.columnName(0) == "A" && XLSXWorkbook.columnName(25) == "Z" && XLSXWorkbook.columnName(26) == "AA")
    }

    @Test("the mark is the archive's comment: the end record says its length, and a file without the record is left alone")
    func mark() {
        let record: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)
        let marked = XLSXWorkbook.marked([1, 2, 3] + record)
        let mark = Array(OwnFile.xlsxMark.utf8)
        #expect(marked.count == 3 + 22 + mark.count)
        #expect(Int(marked[3 + 20]) + Int(marked[3 + 21]) << 8 == mark.count)
        #expect(Array(marked.suffix(mark.count)) == mark)
        #expect(XLSXWorkbook.marked([1, 2, 3]) == [1, 2, 3])
    }

    @Test("a workbook dxplan wrote is replaced by the next export; another zip file needs force")
    func replacing() throws {
        let (shell, output) = makeInterpreterWithExamples()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.xlsx").path
        #expect(shell.run("export xlsx five-pushes \"\(path)\"") == .completed, "\(output.error)")
        #expect(shell.run("export xlsx baseline \"\(path)\"") == .completed, "\(output.error)")
        let foreign = folder.appendingPathComponent("theirs.xlsx").path
        #expect(FileManager.default.createFile(atPath: foreign, contents: Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 100))))
        #expect(shell.run("export xlsx baseline \"\(foreign)\"") != .completed)
        #expect(output.error.contains("it exists and was not written by dxplan"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)).count == 104, "left as it was")
        #expect(shell.run("export xlsx baseline \"\(foreign)\" force") == .completed)
    }
}

@Suite(
    "export xlsx read by openpyxl", .serialized,
    .enabled(
        "openpyxl could not be set up (scripts/pysd_env.sh failed; the reason is printed above): the check is skipped",
        { PythonEnvironment.has("openpyxl", for: "the openpyxl check") })
)
struct XLSXOpenPyXLTests {
    @Test("openpyxl reads the sheets, the values (numbers, no formulas), frozen headers, charts, and Vietnamese names")
    func readBack() throws {
        let python = try PythonEnvironment.python.get()
        let (shell, output) = makeInterpreterWithExamples()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.xlsx").path
        #expect(shell.run("export xlsx baseline five-pushes \"\(path)\"") == .completed, "\(output.error)")
        let script = """
            import json, sys, zipfile, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            out = {"sheets": wb.sheetnames, "formulas": 0, "charts": len([n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith("xl/charts/chart")])}
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    out["formulas"] += sum(1 for c in row if c.data_type == "f")
            ws = wb["five-pushes"]
            out["freeze"] = ws.freeze_panes
            out["header"] = [c.value for c in ws[4]]
            out["first"] = [c.value for c in ws[5]]
            out["formats"] = [ws.cell(row=5, column=3).number_format]
            targets = wb["Targets"]
            out["targets"] = [[c.value for c in row] for row in targets.iter_rows(min_row=2)]
            out["about"] = wb["About"]["A1"].value
            print(json.dumps(out, ensure_ascii=False))
            """
        let printed = try PythonEnvironment.run(python, ["-c", script, path])
        let read = try #require(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
        #expect(read["sheets"] as? [String] == ["baseline", "five-pushes", "Targets", "Assumptions", "About"])
        #expect(read["formulas"] as? Int == 0, "values, not formulas")
        #expect(read["charts"] as? Int == 2, "a native chart per scenario sheet")
        #expect(read["freeze"] as? String == "B5", "the header rows and the first column stay in view")
        let result = try #require(shell.session.workspace.result("five-pushes"))
        let header = try #require(read["header"] as? [Any])
        #expect(header.dropFirst(2).compactMap { ($0 as? NSNumber)?.intValue } == result.years)
        let first = try #require(read["first"] as? [Any])
        #expect(first[0] as? String == result.indicators[0].id)
        let values = first.dropFirst(2).compactMap { ($0 as? NSNumber)?.doubleValue }
        #expect(values.count == result.years.count)
        for (read, own) in zip(values, result.indicatorValues[0]) { #expect(abs(read - own) <= 1e-12 * max(1, abs(own))) }
        #expect((read["formats"] as? [String]) == ["0.0"])
        let targets = try #require(read["targets"] as? [[Any]])
        #expect(targets.count == result.targetOutcomes.count + (shell.session.workspace.result("baseline")?.targetOutcomes.count ?? 0))
        #expect(targets.contains { ($0[0] as? String) == "five-pushes" && ($0[6] as? String) == "met" })
        #expect((read["about"] as? String)?.hasPrefix("Made by dxplan ") == true)

        // In Vietnamese: the sheets and headers are.
        shell.session.language = .vi
        let vietnamese = folder.appendingPathComponent("kế-hoạch.xlsx").path
        #expect(shell.run("xuất xlsx five-pushes \"\(vietnamese)\"") == .completed, "\(output.error)")
        let names = try PythonEnvironment.run(
            python,
            [
                "-c",
                "import json,sys,openpyxl; wb=openpyxl.load_workbook(sys.argv[1]); print(json.dumps([wb.sheetnames, wb['Mục tiêu']['G1'].value], ensure_ascii=False))",
                vietnamese,
            ])
        #expect(
            names.trimmingCharacters(in: .whitespacesAndNewlines) == "[[\"five-pushes\", \"Mục tiêu\", \"Giả định\", \"Thông tin\"], \"tình trạng\"]")
    }
}
