import DXModel
import DXScenario

/// A chart of yearly values drawn with characters, for a terminal: one marker per series and
/// year joined by dots, targets as diamonds, a value axis with round steps and the years below.
///
///     100.0 ┤                              ◇
///      95.0 ┤                   ●·····●····●
///      90.0 ┤         ●····●····
///      ...
///           └────┬─────┬─────┬─────┬─────┬
///              2024  2025  2026  2027  2028
struct TextChart {
    struct Series {
        let name: String
        let values: [Int: Double]
    }

    struct Target {
        let year: Int
        let value: Double
    }

    let years: [Int]
    let series: [Series]
    let targets: [Target]
    let unit: IndicatorUnit
    var rows = 12
    /// The most rows a chart takes to keep series apart that print differently.
    static let maximumRows = 24
    var columnWidth = 6

    /// What a chart of one indicator shows for some runs: every year any of them covers, a
    /// series per run, and the targets they set for it (each once).
    static func data(for indicator: String, in results: [RunResult]) -> (years: [Int], series: [Series], targets: [Target]) {
        let years = Array(Set(results.flatMap(\.years))).sorted()
        let series = results.map { result in
            Series(
                name: result.scenario.name,
                values: Dictionary(
                    uniqueKeysWithValues: result.years.compactMap { year in
                        result.value(of: indicator, in: year).map { (year, $0) }
                    }))
        }
        var targets: [Target] = []
        for result in results {
            for target in result.scenario.targets
            where target.indicator == indicator
                && !targets.contains(where: { $0.year == target.year && $0.value == target.value })
            {
                targets.append(Target(year: target.year, value: target.value))
            }
        }
        return (years, series, targets)
    }

    static let markers: [Character] = ["●", "○", "■", "□", "▲", "△", "◆", "▼"]
    static let shared: Character = "◉"
    static let target: Character = "◇"

    /// A round step (1, 2, 2.5 or 5 times a power of ten) at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        for factor in [1, 2, 2.5, 5, 10] where factor * power >= raw * (1 - 1e-12) { return factor * power }
        return 10 * power
    }

    /// The fewest decimals (up to 6) that print every multiple of `step` exactly.
    static func decimals(for step: Double) -> Int {
        (0...6).first { abs(step * pow(10, Double($0)) - (step * pow(10, Double($0))).rounded()) < 1e-6 } ?? 6
    }

    func render(legend: (marker: String, target: String)) -> [String] {
        let all = series.flatMap { $0.values.values } + targets.map(\.value)
        let finite = all.filter(\.isFinite)
        guard var low = finite.min(), var high = finite.max(), !years.isEmpty else { return [] }
        if high - low < 1e-9 {
            low -= 0.5
            high += 0.5
        }
        // The step: the default number of rows, or more (up to `maximumRows`) when two series'
        // values in one year that print differently would fall on one row.
        // The smallest difference the unit prints (for another unit, at the size of the values).
        let printed = pow(10, -Double(unit.decimals(for: max(abs(low), abs(high)))))
        func merges(_ step: Double) -> Bool {
            years.contains { year in
                let values = series.compactMap { $0.values[year] }.filter(\.isFinite).sorted()
                return zip(values, values.dropFirst()).contains { a, b in
                    b - a >= printed && ((a - low) / step).rounded() == ((b - low) / step).rounded()
                }
            }
        }
        var step = Self.niceStep((high - low) / Double(rows - 1))
        for candidate in rows...Self.maximumRows where merges(step) {
            step = Self.niceStep((high - low) / Double(candidate - 1))
        }
        // The rows the values round to, and no empty row above or below them.
        low = (low / step).rounded() * step
        let count = Int(((high - low) / step).rounded()) + 1
        func row(_ value: Double) -> Int { min(max(count - 1 - Int(((value - low) / step).rounded()), 0), count - 1) }
        func column(_ year: Int) -> Int? { years.firstIndex(of: year).map { $0 * columnWidth + columnWidth / 2 } }

        let width = years.count * columnWidth
        var grid = Array(repeating: Array(repeating: Character(" "), count: width), count: count)
        // Dots between a series' yearly points, so each reads as a line.
        for line in series {
            for (year, next) in zip(years, years.dropFirst()) {
                guard let a = line.values[year], let b = line.values[next], let x0 = column(year), a.isFinite, b.isFinite else { continue }
                for x in (x0 + 1)..<(x0 + columnWidth) {
                    let y = row(a + (b - a) * Double(x - x0) / Double(columnWidth))
                    if grid[y][x] == " " { grid[y][x] = "·" }
                }
            }
        }
        for target in targets {
            if let x = column(target.year), target.value.isFinite { grid[row(target.value)][x] = Self.target }
        }
        // Each point's marker; points of several series in one place sit side by side (centred on
        // the year) so that every series shows, and only when more meet than fit is it ◉.
        var points: [[Int]: [Int]] = [:]
        for (s, line) in series.enumerated() {
            for (year, value) in line.values where value.isFinite {
                guard let x = column(year) else { continue }
                points[[x, row(value)], default: []].append(s)
            }
        }
        for (place, members) in points {
            let (x, y) = (place[0], place[1])
            guard members.count > 1 else {
                grid[y][x] = Self.markers[members[0] % Self.markers.count]
                continue
            }
            let first = x - (members.count - 1) / 2
            guard members.count < columnWidth, first > x - columnWidth / 2, first + members.count - 1 < x + columnWidth - columnWidth / 2 else {
                grid[y][x] = Self.shared
                continue
            }
            for (offset, s) in members.enumerated() { grid[y][first + offset] = Self.markers[s % Self.markers.count] }
        }
        // As many decimals as the unit prints, or as the step needs to tell rows apart.
        let needed = Self.decimals(for: step)
        let decimals = max(unit.decimals(for: max(abs(low), abs(high))), needed)
        let labels = (0..<count).map { Format.fixed(low + Double(count - 1 - $0) * step, decimals) }
        let labelWidth = labels.map(\.count).max() ?? 0
        var lines = zip(labels, grid).map { label, cells in
            String(repeating: " ", count: labelWidth - label.count) + label + " ┤" + String(cells).trimmingTrailingSpaces()
        }
        var axis = String(repeating: " ", count: labelWidth) + " └"
        var yearLine = String(repeating: " ", count: labelWidth + 2)
        for (i, year) in years.enumerated() {
            let text = String(year)
            axis += String(repeating: "─", count: columnWidth / 2) + "┬" + String(repeating: "─", count: columnWidth - columnWidth / 2 - 1)
            let start = i * columnWidth + columnWidth / 2 - text.count / 2
            yearLine += String(repeating: " ", count: max(0, start - (yearLine.count - labelWidth - 2))) + text
        }
        lines.append(axis)
        lines.append(yearLine)
        let names = series.enumerated().map { "\(Self.markers[$0 % Self.markers.count]) \($1.name)" }
        lines.append(
            names.joined(separator: "   ") + (targets.isEmpty ? "" : "   \(Self.target) \(legend.target)")
                + (lines.contains { $0.contains(Self.shared) } ? "   \(Self.shared) \(legend.marker)" : ""))
        return lines
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
