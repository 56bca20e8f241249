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
                "  0.0 ┤   ●○·",
                "      └───┬─────┬─────┬──",
                "        2024  2025  2026",
                "● a   ○ b   ◇ target",
            ], "where two series meet, their markers sit side by side: \(lines.joined(separator: "\n"))")
    }

    @Test("four teams on one line: every marker shows; only more than fit in a year's column share ◉")
    func coinciding() {
        func chart(_ count: Int) -> [String] {
            TextChart(
                years: [2025, 2026],
                series: (0..<count).map { .init(name: "team-\($0 + 1)", values: [2025: 50, 2026: 60]) }, targets: [], unit: .percent, rows: 3,
                columnWidth: 6
            ).render(legend: (marker: "several at once", target: "target"))
        }
        let four = chart(4)
        for marker in TextChart.markers.prefix(4) { #expect(four.dropLast(3).joined().contains(marker), "\(four.joined(separator: "\n"))") }
        #expect(!four.joined().contains(TextChart.shared))
        let six = chart(6)
        #expect(six.dropLast(3).joined().contains(TextChart.shared))
        #expect(six.last?.hasSuffix("◉ several at once") == true)
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
