import DXAnalysis
import DXModel
import DXScenario
import DXSource

/// Renders a tornado (`sensitivity`): one line per input, largest swing first, with the
/// indicator at the input's low and high end and a bar around the base value on one scale.
struct TornadoReport: Report {
    let tornado: Tornado
    let model: DeclaredModel
    /// How many inputs are shown; the rest are counted.
    let rows: Int
    let presentation: Presentation
    /// The bar's width in characters, the base value at its middle.
    static let barWidth = 11

    func render() -> String {
        let indicator = tornado.indicator, unit = indicator.unit
        var lines = [
            style.bold(
                t(
                    "Sensitivity of {indicator} in {year} ({scenario})",
                    ["indicator": language.label(of: indicator), "year": String(tornado.year), "scenario": tornado.scenario.name]))
        ]
        lines += TextLayout.wrap(
            t(
                "{value} with every input at its value; each input at its low and its high end, one at a time:",
                ["value": Format.quantity(tornado.base, unit)]),
            width: width)
        lines.append("")
        let shown = tornado.bars.prefix(rows)
        // One scale for every bar: the largest distance from the base value.
        let reach = shown.map { max(abs($0.atLow - tornado.base), abs($0.atHigh - tornado.base)) }.filter(\.isFinite).max() ?? 0
        var table = TextTable([
            .init(t("input")), .init(t("kind")), .init(t("low … high"), .right), .init(t("gives"), .right), .init(""),
        ])
        for bar in shown {
            table.add([
                TextTable.Cell(label(bar)), TextTable.Cell(t(Self.kindWord(bar.kind))), TextTable.Cell(ends(bar)),
                TextTable.Cell(Format.quantity(bar.atLow, unit) + " … " + Format.quantity(bar.atHigh, unit)),
                TextTable.Cell(Self.bar(from: bar.atLow - tornado.base, to: bar.atHigh - tornado.base, reach: reach)),
            ])
        }
        lines.append(table.render(style: style))
        let hidden = tornado.bars.count - shown.count
        if hidden > 0 {
            let still = tornado.bars.dropFirst(rows).filter { $0.swing >= Self.visible(unit) }.count
            lines.append(
                style.dim(t("… and {count} more inputs, {moving} of them moving it visibly", ["count": String(hidden), "moving": String(still)])))
        }
        let legend = t("Levers: each programme's money at ×0.5 and ×1.5. Assumed: the ends of their ranges ('assumptions'). Fitted: a 90% interval.")
        lines += TextLayout.wrap(legend, width: width).map(style.dim)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The smallest change the indicator's format shows.
    static func visible(_ unit: IndicatorUnit) -> Double { unit == .percent ? 0.05 : 0.0005 }

    private func label(_ bar: Tornado.Bar) -> String { Self.label(bar, model: model, language: language) }

    /// An input as a reader knows it: a lever by its programme's name in the language, a parameter by its id.
    static func label(_ bar: Tornado.Bar, model: DeclaredModel, language: OutputLanguage) -> String {
        bar.kind == .lever ? language.label(ofProgramme: bar.input, in: model.programmes) : bar.input
    }

    private func ends(_ bar: Tornado.Bar) -> String {
        bar.kind == .lever
            ? "×\(Format.plain(Tornado.leverFactors.low)) … ×\(Format.plain(Tornado.leverFactors.high))"
            : Self.compact(bar.low) + " … " + Self.compact(bar.high)
    }

    /// The word for a kind of input, short enough for the table.
    static func kindWord(_ kind: Tornado.Kind) -> String {
        switch kind {
        case .assumption: "assumed"
        case .fitted: "fitted"
        case .lever: "lever"
        }
    }

    /// A number in three significant digits, with k and M for thousands and millions: "0.807",
    /// "15k", "25M".
    static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude >= 1e6 { return compact(value / 1e6) + "M" }
        if magnitude >= 1e4 { return compact(value / 1e3) + "k" }
        guard magnitude > 0 else { return "0" }
        var scale = 1.0, digits = 3
        var leading = magnitude
        while leading >= 10 {
            leading /= 10
            digits -= 1
        }
        while leading < 1 {
            leading *= 10
            digits += 1
        }
        for _ in 0..<max(digits - 1, 0) { scale *= 10 }
        return Format.plain((value * scale).rounded() / scale)
    }

    /// A bar from `low` to `high` (changes from the base value) on a scale where `reach` fills
    /// half the width: `█` where the indicator falls (left of the middle `│`) or rises (right).
    static func bar(from low: Double, to high: Double, reach: Double) -> String {
        let half = barWidth / 2
        guard low.isFinite, high.isFinite else { return String(repeating: " ", count: half) + "?" }
        guard reach > 0 else { return String(repeating: " ", count: half) + "│" }
        func cells(_ change: Double) -> Int { Int((abs(change) / reach * Double(half)).rounded()) }
        let down = min(low, high, 0), up = max(low, high, 0)
        let left = min(half, cells(down)), right = min(half, cells(up))
        return String(repeating: " ", count: half - left) + String(repeating: "█", count: left) + "│" + String(repeating: "█", count: right)
    }
}
