import DXModel
import Foundation
import Testing

@testable import DXShell

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("export html")
struct HTMLReportTests {
    @Test("one page: budgets, targets and a chart per indicator, as well-formed XML with text escaped")
    func report() throws {
        let (shell, output) = makeInterpreter()
        shell.workingDirectory = repositoryRoot.path
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-report-\(UUID().uuidString).html").path
        let odd = "scenario odd from baseline \"R&D <first> \\\"now\\\"\"\n  assume bass_q = 0.4\nend\n"
        #expect(
            shell.run(
                "load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"\n" + odd
                    + "export html odd five-pushes \"\(path)\"") == .completed, "\(output.error)")
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.components(separatedBy: "<svg ").count - 1 == testModel.indicators.count)
        #expect(text.contains("odd — R&amp;D &lt;first&gt; &quot;now&quot;"))
        #expect(text.contains("assume bass_q = 0.4"))
        #expect(text.contains("<td class=\"met\">✓ 97.9%</td>"), "odd meets fibre >= 90% by 2030")
        #expect(text.contains("Targets met: odd "))
        #expect(text.contains("<tr class=\"total\"><td>budget</td><td class=\"n\">50,000</td>"))
    }
}
