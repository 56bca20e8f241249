import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("export csv and json")
struct ExportCommandTests {
    func temporary(_ ext: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-export-\(UUID().uuidString).\(ext)").path
    }

    @Test("CSV: a header, then one row per scenario, indicator and year, with the run's values")
    func csv() throws {
        let (shell, output) = makeInterpreterWithExamples(then: "run baseline")
        let path = temporary("csv")
        #expect(shell.run("export csv baseline five-pushes \"\(path)\"") == .completed, "\(output.error)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark for spreadsheets")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("scenario,indicator,unit,year,value\r\n"), "CRLF line ends")
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "scenario,indicator,unit,year,value")
        #expect(lines.count == 1 + 2 * testModel.indicators.count * 6, "2025 to 2030")
        let fibre = try #require(shell.workspace.result("five-pushes")?.value(of: "fibre", in: 2030))
        let row = try #require(lines.first { $0.hasPrefix("five-pushes,fibre,%,2030,") })
        #expect(abs(try #require(Double(String(row.split(separator: ",").last!))) - fibre) < 1e-6)
        #expect(shell.workspace.current == "baseline", "export leaves the current scenario as it was")
    }

    @Test("CSV fields with commas or quotes are quoted")
    func quoting() {
        #expect(ResultExport.field("plain") == "plain")
        #expect(ResultExport.field("a,b") == "\"a,b\"")
        #expect(ResultExport.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    }

    @Test("JSON: budget, spending, indicators and targets of each scenario, readable by other programs")
    func json() throws {
        let (shell, output) = makeInterpreterWithExamples(then: "run baseline")
        let path = temporary("json")
        #expect(shell.run("export json five-pushes \"\(path)\"") == .completed, "\(output.error)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let scenario = try #require((document["scenarios"] as? [[String: Any]])?.first)
        #expect(scenario["name"] as? String == "five-pushes")
        #expect((scenario["budget"] as? [String: Double])?["2026"] == 50000)
        let skills = try #require((scenario["spending"] as? [String: [String: Double]])?["skills"]?["2026"])
        #expect(abs(skills - 10000) < 1e-6)
        let fibre = try #require((scenario["indicators"] as? [String: [String: Any]])?["fibre"]?["values"] as? [String: Double])
        #expect(fibre.keys.sorted() == ["2025", "2026", "2027", "2028", "2029", "2030"], "from the base year")
        let run = try #require(shell.workspace.result("five-pushes"))
        for (year, value) in fibre { #expect(abs(value - run.value(of: "fibre", in: Int(year)!)!) < 1e-4, "\(year)") }
        let targets = try #require(scenario["targets"] as? [[String: Any]])
        #expect(targets.count == 9 && targets.filter { $0["met"] as? Bool == true }.count == 6)
    }

    @Test(
        "mistakes are errors with a position",
        arguments: [
            ("export pdf \"x.pdf\"", "dxplan exports csv, json, html, xmile, not 'pdf'"),
            ("export xmile baseline five-pushes \"x.xmile\"", "an XMILE file holds one scenario's inputs; name one"),
            ("export csv nothing \"x.csv\"", "unknown scenario 'nothing'"),
            ("export csv \"/nonexistent-dir/x.csv\"", "cannot export to '/nonexistent-dir/x.csv'"),
        ])
    func mistakes(input: String, message: String) {
        let (shell, output) = makeInterpreterWithExamples(then: "run baseline")
        #expect(shell.run(input) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
