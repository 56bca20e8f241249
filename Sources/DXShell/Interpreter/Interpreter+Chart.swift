import DXLanguage
import DXModel
import DXSource

/// `chart INDICATOR [SCENARIO…]`: an indicator over the years of one or more scenarios, drawn with
/// characters, with the targets they set for it.
extension Interpreter {
    func chart(_ name: Name, _ names: [Name], source: SourceFile) throws(Diagnostic) {
        let indicator = try knownIndicator(name, source: source)
        guard names.count <= TextChart.markers.count else {
            throw .error(.semantic, "a chart shows at most \(TextChart.markers.count) scenarios", in: source, at: names[TextChart.markers.count].range)
        }
        var results: [RunResult] = []
        if names.isEmpty {
            results.append(try currentResult(nil, for: "chart", source: source))
        } else {
            var seen = Set<String>()
            for scenario in names where seen.insert(scenario.text).inserted {
                results.append(try currentResult(scenario, for: "chart", source: source, makeCurrent: names.count == 1))
            }
        }
        let years = Array(Set(results.flatMap(\.years))).sorted()
        let series = results.map { result in
            TextChart.Series(name: result.scenario.name, values: Dictionary(uniqueKeysWithValues: result.years.compactMap { year in
                result.value(of: indicator.id, in: year).map { (year, $0) }
            }))
        }
        var targets: [TextChart.Target] = []
        for result in results {
            for target in result.scenario.targets where target.indicator == indicator.id
                && !targets.contains(where: { $0.year == target.year && $0.value == target.value }) {
                targets.append(TextChart.Target(year: target.year, value: target.value))
            }
        }
        let vi = language == .vi
        let title = vi ? indicator.vietnameseName : indicator.name
        var lines = [style.bold(language.label(of: indicator)) + " — " + title + " (" + language.label(of: indicator.unit) + ")"]
        lines += TextChart(years: years, series: series, targets: targets, unit: indicator.unit)
            .render(legend: (marker: vi ? "trùng nhau" : "several at once", target: vi ? "mục tiêu" : "target"))
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
