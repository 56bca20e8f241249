import DXAnalysis
import DXModel
import DXScenario
import DXSource

/// Renders Sobol indices (`sensitivity … sobol`): each input's first- and total-order index with
/// its 95% interval, largest total order first, and a bar of the total order.
struct SobolReport: Report {
    let result: SobolIndices
    /// How many inputs are shown; the rest are counted.
    let rows: Int
    let presentation: Presentation
    /// The bar's width for an index of 1.
    static let barWidth = 12

    func render() -> String {
        let indicator = language.label(of: result.indicator)
        var lines = [
            style.bold(
                t(
                    "Sobol indices of {indicator} in {year} ({scenario})",
                    ["indicator": indicator, "year": String(result.year), "scenario": result.scenario.name]))
        ]
        lines += TextLayout.wrap(
            t(
                "{samples} samples, {runs} runs (seed {seed}): the share of the variance each input explains alone (first order) and with its interactions (total order), ± a 95% interval.",
                [
                    "samples": Format.grouped(Int64(result.samples)), "runs": Format.grouped(Int64(result.runs)),
                    "seed": String(result.seed),
                ]), width: width)
        lines.append("")
        let shown = result.factors.prefix(rows)
        var table = TextTable([.init(t("input")), .init(t("kind")), .init(t("first order"), .right), .init(t("total order"), .right), .init("")])
        for factor in shown {
            table.add([
                TextTable.Cell(factor.name == SobolIndices.fittedGroup ? t(SobolIndices.fittedGroup) : factor.name),
                TextTable.Cell(t(TornadoReport.kindWord(factor.kind))),
                TextTable.Cell(Self.index(factor.firstOrder, factor.firstOrderConfidence)),
                TextTable.Cell(Self.index(factor.totalOrder, factor.totalOrderConfidence)),
                TextTable.Cell(String(repeating: "█", count: Self.cells(factor.totalOrder))),
            ])
        }
        lines.append(table.render(style: style))
        if result.factors.count > shown.count {
            lines.append(style.dim(t("… and {count} more inputs", ["count": String(result.factors.count - shown.count)])))
        }
        let sum = result.factors.reduce(0) { $0 + $1.firstOrder }
        // Indices are shares of the variance: estimates above 1 mean the samples are too few.
        let tooFew = sum > 1.05 || result.factors.contains { $0.totalOrder > 1.05 }
        let note =
            tooFew
            ? t(
                "The first-order indices add up to {sum}, and shares cannot pass 1: {samples} samples are too few for precise indices; more samples narrow the intervals.",
                ["sum": Format.fixed(sum, 2), "samples": Format.grouped(Int64(result.samples))])
            : t("The first-order indices add up to {sum}: the rest of the variance comes from inputs acting together.", ["sum": Format.fixed(sum, 2)])
        lines += TextLayout.wrap(note, width: width).map(style.dim)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "0.42 ± 0.05"; "–" when not a number.
    static func index(_ value: Double, _ interval: Double) -> String {
        value.isFinite ? Format.fixed(value, 2) + " ± " + Format.fixed(interval, 2) : "–"
    }

    static func cells(_ index: Double) -> Int {
        guard index.isFinite else { return 0 }
        return Int((min(max(index, 0), 1) * Double(barWidth)).rounded())
    }
}
