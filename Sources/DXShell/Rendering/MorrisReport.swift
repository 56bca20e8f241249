import DXAnalysis
import DXModel
import DXScenario
import DXSource

/// Renders Morris screening (`sensitivity … morris`): each assumption's μ*, μ and σ, largest μ*
/// first, with a bar of μ*.
struct MorrisReport: Report {
    let result: MorrisScreening
    /// How many inputs are shown; the rest are counted.
    let rows: Int
    let presentation: Presentation
    static let barWidth = 12

    func render() -> String {
        let indicator = result.indicator, unit = indicator.unit
        var lines = [
            style.bold(
                t(
                    "Morris screening of {indicator} in {year} ({scenario})",
                    ["indicator": language.label(of: indicator), "year": String(result.year), "scenario": result.scenario.name]))
        ]
        lines += TextLayout.wrap(
            t(
                "{trajectories} trajectories, {runs} runs (seed {seed}): μ* is how much the indicator moves when an assumption crosses its whole range, μ the same with its sign, σ how much that depends on the other assumptions.",
                [
                    "trajectories": Format.grouped(Int64(result.trajectories)), "runs": Format.grouped(Int64(result.outputs.count)),
                    "seed": String(result.seed),
                ]), width: width)
        lines.append("")
        let shown = result.factors.prefix(rows)
        let largest = shown.map(\.meanAbsolute).filter(\.isFinite).max() ?? 0
        var table = TextTable([.init(t("input")), .init("μ*", .right), .init("μ", .right), .init("σ", .right), .init("")])
        for factor in shown {
            let cells = largest > 0 && factor.meanAbsolute.isFinite ? Int((factor.meanAbsolute / largest * Double(Self.barWidth)).rounded()) : 0
            table.add([
                TextTable.Cell(factor.name), TextTable.Cell(Self.value(factor.meanAbsolute, unit)), TextTable.Cell(Self.value(factor.mean, unit)),
                TextTable.Cell(Self.value(factor.standardDeviation, unit)), TextTable.Cell(String(repeating: "█", count: cells)),
            ])
        }
        lines.append(table.render(style: style))
        if result.factors.count > shown.count {
            lines.append(style.dim(t("… and {count} more inputs", ["count": String(result.factors.count - shown.count)])))
        }
        lines += TextLayout.wrap(
            t(
                "In the indicator's unit ({unit}); the fitted parameters keep their values; a screening, not a share of the variance ('sobol').",
                ["unit": unit == .percent ? t("points") : t("index")]),
            width: width
        ).map(style.dim)
        return lines.joined(separator: "\n") + "\n"
    }

    static func value(_ value: Double, _ unit: IndicatorUnit) -> String {
        unit == .percent ? Format.fixed(value, 2) : Format.fixed(value, 4)
    }
}
