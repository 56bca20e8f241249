import DXAnalysis
import DXModel
import DXScenario

/// A tornado (`Tornado`) as an SVG chart: one horizontal bar per input, largest swing on top,
/// from the indicator with the input at its low end to the indicator at its high end, around a
/// vertical line at the base value; the part the low end gives in one colour, the high end's in
/// another, and the value at each end written beside the bar.
struct TornadoChart: Phrased {
    let tornado: Tornado
    let model: DeclaredModel
    let language: OutputLanguage
    /// How many inputs are drawn (the largest swings).
    var rows = 10
    var width = 720.0

    /// The colours of the low and the high end (Okabe & Ito: apart for readers with colour-blindness).
    static let lowColour = "#0072B2", highColour = "#D55E00"

    func render() -> String {
        let bars = Array(tornado.bars.prefix(rows))
        let unit = tornado.indicator.unit
        let rowHeight = 22.0, top = 46.0, bottom = 34.0
        let labelWidth = 230.0, valueWidth = 90.0
        let plotLeft = labelWidth + valueWidth, plotRight = width - valueWidth
        let height = top + rowHeight * Double(max(bars.count, 1)) + bottom
        let ends = (bars.flatMap { [$0.atLow, $0.atHigh] } + [tornado.base]).filter(\.isFinite)
        var low = ends.min() ?? tornado.base, high = ends.max() ?? tornado.base
        if high - low < 1e-12 {
            low -= 1
            high += 1
        }
        func x(_ value: Double) -> Double { plotLeft + (plotRight - plotLeft) * (value - low) / (high - low) }
        func number(_ value: Double) -> String { Format.$style.withValue(.english) { Format.fixed(value, 1) } }
        let title = t(
            "Sensitivity of {indicator} in {year} ({scenario})",
            ["indicator": language.label(of: tornado.indicator), "year": String(tornado.year), "scenario": tornado.scenario.name])
        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tornado\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">",
            "<title>\(SVGChart.escape(title))</title>",
            "<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">\(SVGChart.escape(title))</text>",
            "<text x=\"0\" y=\"34\" font-size=\"12\" fill=\"#555\">"
                + SVGChart.escape(
                    t(
                        "{value} with every input at its value; each input at its low and its high end, one at a time:",
                        ["value": Format.quantity(tornado.base, unit)])) + "</text>",
        ]
        for (index, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let label = TornadoReport.label(bar, model: model, language: language) + " (" + t(TornadoReport.kindWord(bar.kind)) + ")"
            svg.append(
                "<text x=\"\(number(labelWidth - 6))\" y=\"\(number(y + 15))\" font-size=\"12\" text-anchor=\"end\">"
                    + SVGChart.escape(label) + "</text>")
            // Each end's part of the bar, from the base value to the value the end gives.
            for (value, colour, kind) in [(bar.atLow, Self.lowColour, "low"), (bar.atHigh, Self.highColour, "high")] where value.isFinite {
                let from = min(x(value), x(tornado.base)), to = max(x(value), x(tornado.base))
                svg.append(
                    "<rect class=\"\(kind)\" x=\"\(number(from))\" y=\"\(number(y + 4))\" width=\"\(number(max(to - from, 1)))\" height=\"14\" fill=\"\(colour)\">"
                        + "<title>" + SVGChart.escape(Format.quantity(value, unit)) + "</title></rect>")
            }
            // The two values at the bar's ends: the smaller on the left, the larger on the right.
            let values = [bar.atLow, bar.atHigh].filter(\.isFinite)
            if let smallest = values.min(), let largest = values.max() {
                svg.append(
                    "<text x=\"\(number(min(x(smallest), x(tornado.base)) - 4))\" y=\"\(number(y + 15))\" font-size=\"11\" text-anchor=\"end\">"
                        + SVGChart.escape(Format.quantity(smallest, unit)) + "</text>")
                svg.append(
                    "<text x=\"\(number(max(x(largest), x(tornado.base)) + 4))\" y=\"\(number(y + 15))\" font-size=\"11\">"
                        + SVGChart.escape(Format.quantity(largest, unit)) + "</text>")
            }
        }
        let baseX = number(x(tornado.base)), axisBottom = number(top + rowHeight * Double(max(bars.count, 1)))
        svg.append("<line x1=\"\(baseX)\" y1=\"\(number(top))\" x2=\"\(baseX)\" y2=\"\(axisBottom)\" stroke=\"#222\" stroke-width=\"1\"/>")
        let legendY = number(height - 10)
        svg.append("<rect x=\"0\" y=\"\(number(height - 21))\" width=\"12\" height=\"12\" fill=\"\(Self.lowColour)\"/>")
        svg.append("<text x=\"16\" y=\"\(legendY)\" font-size=\"12\">" + SVGChart.escape(t("the input at its low end")) + "</text>")
        svg.append("<rect x=\"200\" y=\"\(number(height - 21))\" width=\"12\" height=\"12\" fill=\"\(Self.highColour)\"/>")
        svg.append("<text x=\"216\" y=\"\(legendY)\" font-size=\"12\">" + SVGChart.escape(t("the input at its high end")) + "</text>")
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }
}
