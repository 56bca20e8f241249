import DXModel
import DXScenario
import Foundation

/// A small line chart of yearly values as SVG: one line per series with a dot per year, targets
/// as diamonds, a value axis with round steps (the same steps as the terminal chart).
struct SVGChart: Phrased {
    let title: String
    let years: [Int]
    let series: [TextChart.Series]
    let targets: [TextChart.Target]
    let unit: IndicatorUnit
    /// The language of the targets' tooltips.
    var language = OutputLanguage.en
    var width = 340.0, height = 200.0

    /// Colours that stay apart for readers with colour-blindness (Okabe & Ito), and a dash pattern
    /// each, so that lines that coincide or print in grey can still be told apart.
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
    static let dashes = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 2", "3 1"]

    func render() -> String {
        let left = 54.0, right = 20.0, top = 36.0, bottom = 30.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let values = (series.flatMap { $0.values.values } + targets.map(\.value)).filter(\.isFinite)
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high - low < 1e-9 {
            low -= 0.5
            high += 0.5
        }
        let step = TextChart.niceStep((high - low) / 4)
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        func x(_ year: Int) -> Double {
            guard let first = years.first, let last = years.last, last > first else { return left + plotWidth / 2 }
            return left + plotWidth * Double(year - first) / Double(last - first)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (value - low) / (high - low)) }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\">"
        ]
        svg.append("<title>\(Self.escape(title))</title>")
        svg.append("<text x=\"\(number(left))\" y=\"16\" font-size=\"14\" font-weight=\"bold\">\(Self.escape(title))</text>")
        // Grid and value axis.
        let decimals = TextChart.decimals(for: step)
        var tick = low
        while tick <= high + step / 2 {
            svg.append(
                "<line x1=\"\(number(left))\" y1=\"\(number(y(tick)))\" x2=\"\(number(width - right))\" y2=\"\(number(y(tick)))\" stroke=\"#ddd\" stroke-width=\"1\"/>"
            )
            svg.append(
                "<text x=\"\(number(left - 4))\" y=\"\(number(y(tick) + 4))\" font-size=\"12\" text-anchor=\"end\">"
                    + Format.fixed(tick, max(decimals, unit == .index ? 2 : 0)) + "</text>")
            tick += step
        }
        // Year axis: every year when there is room, else every other.
        let every = years.count > 8 ? 2 : 1
        for (i, year) in years.enumerated() where i % every == 0 || year == years.last {
            svg.append("<text x=\"\(number(x(year)))\" y=\"\(number(height - 10))\" font-size=\"12\" text-anchor=\"middle\">\(year)</text>")
        }
        // Targets, then the series on top.
        for target in targets where target.value.isFinite && years.contains(target.year) {
            let cx = x(target.year), cy = y(target.value)
            svg.append(
                "<path d=\"M \(number(cx)) \(number(cy - 6)) L \(number(cx + 6)) \(number(cy)) L \(number(cx)) \(number(cy + 6)) L \(number(cx - 6)) \(number(cy)) Z\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.5\"><title>\(Self.escape(t("target {value} by {year}", ["value": Format.quantity(target.value, unit), "year": String(target.year)])))</title></path>"
            )
        }
        for (s, line) in series.enumerated() {
            let colour = Self.colours[s % Self.colours.count]
            let points = years.compactMap { year in line.values[year].flatMap { $0.isFinite ? (year, $0) : nil } }
            let path = points.map { "\(number(x($0.0))),\(number(y($0.1)))" }.joined(separator: " ")
            let dash = Self.dashes[s % Self.dashes.count]
            svg.append(
                "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\""
                    + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
            for (year, value) in points {
                svg.append(
                    "<circle cx=\"\(number(x(year)))\" cy=\"\(number(y(value)))\" r=\"2.5\" fill=\"\(colour)\"><title>\(Self.escape(line.name)) \(year): \(Self.escape(Self.tooltip(value, unit)))</title></circle>"
                )
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n")
    }

    /// A value for a tooltip: two decimals for a percentage, four for an index, so small values show.
    static func tooltip(_ value: Double, _ unit: IndicatorUnit) -> String {
        switch unit {
        case .percent: Format.fixed(value, 2) + "%"
        case .index: Format.fixed(value, 4)
        case .other: Format.quantity(value, unit)
        }
    }

    /// Text for XML: &, <, > and quotes escaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
