import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("chart")
struct ChartCommandTests {
    @Test("a chart puts each year's value on the row of its value, joins the years with dots, and marks targets")
    func drawing() {
        let chart = TextChart(
            years: [2024, 2025, 2026],
            series: [
                .init(name: "a", values: [2024: 0, 2025: 60, 2026: 100]),
                .init(name: "b", values: [2024: 0, 2025: 20, 2026: 40]),
            ], targets: [.init(year: 2026, value: 80)], unit: .percent, rows: 6, columnWidth: 6)
        let lines = chart.render(legend: (marker: "several at once", target: "target"))
        #expect(
            lines == [
                "100.0 ┤              ·●",
                " 80.0 ┤           ··· ◇",
                " 60.0 ┤        ·●·",
                " 40.0 ┤      ··    ···○",
                " 20.0 ┤    ·····○··",
                "  0.0 ┤   ◉··",
                "      └───┬─────┬─────┬──",
                "        2024  2025  2026",
                "● a   ○ b   ◇ target   ◉ several at once",
            ], "\(lines.joined(separator: "\n"))")
    }

    @Test("round steps for the value axis")
    func steps() {
        #expect(TextChart.niceStep(0.7) == 1)
        #expect(TextChart.niceStep(1.3) == 2)
        #expect(TextChart.niceStep(2.2) == 2.5)
        #expect(TextChart.niceStep(0.0031) == 0.005)
        #expect(TextChart.niceStep(40) == 50)
    }

    @Test(
        "chart of several scenarios, and its mistakes",
        arguments: [
            ("chart fibre baseline five-pushes", nil),
            ("chart fibr baseline", "unknown indicator 'fibr'; did you mean 'fibre'?"),
            ("chart fibre basline", "unknown scenario 'basline'; did you mean 'baseline'?"),
        ] as [(String, String?)])
    func command(input: String, message: String?) {
        let (shell, output) = makeInterpreterWithExamples()
        let outcome = shell.run(input)
        if let message {
            #expect(outcome != .completed)
            #expect(output.error.contains(message), "\(output.error)")
        } else {
            #expect(outcome == .completed, "\(output.error)")
            #expect(output.standard.contains("fibre — Households using fibre broadband (%)"))
            #expect(output.standard.contains("● baseline   ○ five-pushes   ◇ target"))
        }
    }
}
