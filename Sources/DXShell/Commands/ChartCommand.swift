import DXLanguage
import DXModel
import DXSource

/// `chart INDICATOR [SCENARIO…]`: an indicator over the years, drawn in the terminal.
package struct ChartCommand: ShellCommand {
    package let indicator: Name
    package let scenarios: [Name]

    package static let word = "chart"
    package static let synonyms = ["biểu-đồ"]
    package static let group = CommandGroup.scenarios

    package static let help = HelpTopic(
        name: "chart", usage: "chart INDICATOR [SCENARIO…]",
        summary: "draw an indicator over the years, for one or more scenarios, with its targets",
        vietnamese: "vẽ một chỉ tiêu qua các năm, cho một hay nhiều kịch bản, kèm mục tiêu",
        details: """
            One marker per scenario and year, joined by dots; ◇ marks a target one of them sets for the
            indicator. Scenarios that meet show their markers side by side (◉ only when more meet than fit).
            Without a scenario, the current one.
            """,
        vietnameseDetails: """
            Mỗi kịch bản có một ký hiệu riêng, đặt tại từng năm và nối với nhau bằng dấu chấm; ◇ đánh dấu
            mục tiêu mà một trong các kịch bản đặt ra cho chỉ tiêu. Các kịch bản trùng điểm thì ký hiệu đứng
            cạnh nhau (◉ chỉ khi số kịch bản trùng nhiều hơn chỗ trống).
            Không nêu kịch bản thì dùng kịch bản hiện tại.
            """,
        example: "chart e-signatures baseline five-pushes")

    package static func parse(_ parser: inout Parser) throws -> ChartCommand {
        let indicator = try parser.expectName("an indicator after 'chart', as in chart fibre baseline five-pushes")
        var names: [Name] = []
        while parser.current.word != nil { names.append(try parser.expectName("a scenario name")) }
        return ChartCommand(indicator: indicator, scenarios: names)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.indicatorNames) }
        return completer.candidates(completer.scenarioNames.filter { !words.contains($0) })
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.chart(indicator, scenarios, source: source)
    }
}

/// `chart INDICATOR [SCENARIO…]`: an indicator over the years of one or more scenarios, drawn with
/// characters, with the targets they set for it.
extension Session {
    func chart(_ name: Name, _ names: [Name], source: SourceFile) throws(Diagnostic) {
        let indicator = try knownIndicator(name, source: source)
        guard names.count <= TextChart.markers.count else {
            throw .error(
                .semantic, "a chart shows at most \(TextChart.markers.count) scenarios", in: source, at: names[TextChart.markers.count].range)
        }
        let results = try results(of: names, for: "chart", source: source)
        let (years, series, targets) = TextChart.data(for: indicator.id, in: results)
        let vi = language == .vi
        let title = vi ? indicator.vietnameseName : indicator.name
        var lines = [style.bold(language.label(of: indicator)) + " — " + title + " (" + language.label(of: indicator.unit) + ")"]
        lines += TextChart(years: years, series: series, targets: targets, unit: indicator.unit)
            .render(legend: (marker: t("several at once"), target: t("target")))
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
