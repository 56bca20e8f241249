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
        shell.session.files.workingDirectory = repositoryRoot.path
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
        // A chart per indicator, and a tornado per scenario.
        #expect(text.components(separatedBy: "<svg ").count - 1 == testModel.indicators.count + 2)
        #expect(text.contains("odd — R&amp;D &lt;first&gt; &quot;now&quot;"))
        #expect(text.contains("assume bass_q = 0.4"))
        #expect(text.contains("<td class=\"met\">✓ 97.9%</td>"), "odd meets fibre >= 90% by 2030")
        #expect(text.contains("Targets met: odd "))
        #expect(text.contains("<tr class=\"total\"><td>budget</td><td class=\"n\">50,000</td>"))
    }

    @Test("what moves each scenario's first missed target most: a tornado, largest swing on top, in the reader's language")
    func tornadoes() throws {
        let (shell, output) = makeInterpreterWithExamples()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-tornado-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(shell.run("export html baseline \"\(path)\"") == .completed, "\(output.error)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("<h2>What moves the targets most</h2>"))
        #expect(text.contains("<title>Sensitivity of online-services in 2030 (baseline)</title>"), "the first target baseline misses")
        let start = try #require(text.range(of: "class=\"tornado\""))
        let tornado = String(text[start.lowerBound...])
        // The values at the bars' ends, in drawing order: each bar's swing no smaller than the next one's.
        let ends = tornado.matches(of: /<rect class="(low|high)"[^>]*><title>([0-9.]+)%<\/title>/).map { Double($0.output.2)! }
        #expect(ends.count == 20, "ten bars, two ends each")
        let swings = stride(from: 0, to: ends.count - 1, by: 2).map { abs(ends[$0 + 1] - ends[$0]) }
        #expect(zip(swings, swings.dropFirst()).allSatisfy { $0 >= $1 - 0.051 }, "\(swings)")
        #expect(shell.run("lang vi\nexport html baseline \"\(path)\" force") == .completed, "\(output.error)")
        let vietnamese = try String(contentsOfFile: path, encoding: .utf8)
        #expect(vietnamese.contains("Điều gì tác động mạnh nhất tới các mục tiêu"))
        #expect(vietnamese.contains("đầu vào ở đầu thấp"))
        // The charts' targets say so in Vietnamese too, numbers as Vietnamese write them.
        #expect(vietnamese.contains("<title>mục tiêu 100,0% vào 2030</title>"))
        #expect(!vietnamese.contains("<title>target "))
        #expect(text.contains("<title>target 100.0% by 2030</title>"))
    }
}
