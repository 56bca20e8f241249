import DXLanguage
import DXModel
import DXSource

/// `chart INDICATOR [SCENARIO…]`: an indicator over the years of one or more scenarios, drawn with
/// characters, with the targets they set for it.
extension Interpreter {
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
