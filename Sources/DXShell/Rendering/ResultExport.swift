import DXModel
import DXSource
import Foundation

/// Run results as files other programs read: CSV (tidy, one value per row, for spreadsheets,
/// pandas and R) and JSON (everything a run reports: inputs by year, indicators, targets).
/// Numbers are rounded to six decimals, which is far below what the model can tell apart; a value
/// that is not a number (a run outside the model's range) is an empty CSV field or a JSON null.
/// The CSV is plain UTF-8 with CRLF line ends (RFC 4180); `bom` puts a byte-order mark first, for
/// old versions of Excel that otherwise misread Vietnamese names.
enum ResultExport {
    /// The CSV's header row.
    static let csvHeader = "scenario,measure,name,unit,year,value"

    /// One row per value: each indicator by year (`indicator`), each programme's spending by year
    /// (`spending`, bn VND), the budget by year (`budget`), and each target (`target-at-least` or
    /// `target-at-most` with its threshold in its year, and `target-met`, 1 or 0).
    static func csv(_ results: [RunResult], byteOrderMark: Bool = false) -> String {
        var lines = [(byteOrderMark ? "\u{FEFF}" : "") + csvHeader]
        func row(_ scenario: String, _ measure: String, _ name: String, _ unit: String, _ year: Int, _ value: Double) {
            lines.append([field(scenario), measure, field(name), field(unit), String(year), number(value)].joined(separator: ","))
        }
        for result in results {
            let scenario = result.scenario
            for (i, indicator) in result.indicators.enumerated() {
                for (y, year) in result.years.enumerated() {
                    row(scenario.name, "indicator", indicator.id, indicator.unit.rawValue, year, result.indicatorValues[i][y])
                }
            }
            for (k, programme) in result.programmes.enumerated() {
                for (y, year) in result.years.enumerated() where scenario.horizon.contains(year) {
                    row(scenario.name, "spending", programme.id, "bn VND", year, result.spending[k][y])
                }
            }
            for year in scenario.horizon { row(scenario.name, "budget", "total", "bn VND", year, scenario.envelope(in: year)) }
            for outcome in result.targetOutcomes {
                let target = outcome.target
                let unit = result.indicators.first { $0.id == target.indicator }?.unit.rawValue ?? ""
                let atLeast = [Comparison.atLeast, .greaterThan].contains(target.comparison)
                row(scenario.name, atLeast ? "target-at-least" : "target-at-most", target.indicator, unit, target.year, target.value)
                row(scenario.name, "target-met", target.indicator, "", target.year, outcome.met ? 1 : 0)
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double) -> String {
        value.isFinite ? NumberText.plain((value * 1e6).rounded() / 1e6) : ""
    }

    struct Document: Codable {
        /// Marks the file as dxplan's (`OwnFile.jsonMark`), so a later export may replace it.
        var generator = "dxplan"
        let model: String
        /// What made these numbers, so that someone else can make them again.
        let run: RunRecord?
        let scenarios: [ScenarioResults]
    }

    /// The provenance of exported results: dxplan's version, the model (its file and a hash of
    /// its text), when, and the canonical text of every scenario involved (with the scenarios it
    /// inherits from), which `load` reads back.
    struct RunRecord: Codable {
        let dxplan: String
        let model: String
        /// "bundled", or the model file the session loaded.
        let modelFile: String
        let modelFingerprint: String
        /// When, in UTC (ISO 8601).
        let created: String
        /// Each exported scenario's text, by name.
        let scenarios: [String: String]
    }

    struct ScenarioResults: Codable {
        let name: String
        let title: String?
        let horizon: [Int]
        /// The yearly envelope, in bn VND, by year.
        let budget: [String: Double]
        /// Each programme's spending, in bn VND, by year.
        let spending: [String: [String: Double]]
        let assumptions: [String: Double]
        /// Dated policies the scenario moves: the date they start (YYYY-MM-DD), or "off".
        let policies: [String: String]
        let indicators: [String: IndicatorResults]
        let targets: [TargetResult]
    }

    struct IndicatorResults: Codable {
        let name: String
        let unit: String
        /// End-of-year values, the first one the base year's baseline.
        let values: [String: Double?]
    }

    struct TargetResult: Codable {
        let indicator: String
        let comparison: String
        let value: Double
        let year: Int
        let actual: Double?
        let met: Bool
        let firstYearMet: Int?
    }

    static func json(_ results: [RunResult], model: String, record: RunRecord? = nil) -> String {
        func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
        func optional(_ value: Double) -> Double? { value.isFinite ? rounded(value) : nil }
        let scenarios = results.map { result -> ScenarioResults in
            let scenario = result.scenario
            let horizonYears = Array(scenario.horizon)
            var spending: [String: [String: Double]] = [:]
            for (k, programme) in result.programmes.enumerated() {
                var byYear: [String: Double] = [:]
                for (y, year) in result.years.enumerated() where scenario.horizon.contains(year) {
                    byYear[String(year)] = rounded(result.spending[k][y])
                }
                spending[programme.id] = byYear
            }
            var indicators: [String: IndicatorResults] = [:]
            for (i, indicator) in result.indicators.enumerated() {
                indicators[indicator.id] = IndicatorResults(
                    name: indicator.name, unit: indicator.unit.rawValue,
                    values: Dictionary(uniqueKeysWithValues: result.years.enumerated().map { (String($1), optional(result.indicatorValues[i][$0])) }))
            }
            return ScenarioResults(
                name: scenario.name, title: scenario.title, horizon: [scenario.horizon.lowerBound, scenario.horizon.upperBound],
                budget: Dictionary(uniqueKeysWithValues: horizonYears.map { (String($0), rounded(scenario.envelope(in: $0))) }),
                spending: spending, assumptions: scenario.assumptions,
                policies: scenario.policies.mapValues { PolicySwitch.isOff($0) ? "off" : ModelTime.date($0) }, indicators: indicators,
                targets: result.targetOutcomes.map {
                    TargetResult(
                        indicator: $0.target.indicator, comparison: $0.target.comparison.rawValue, value: $0.target.value,
                        year: $0.target.year, actual: optional($0.actual), met: $0.met, firstYearMet: $0.firstYearMet)
                })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(model: model, run: record, scenarios: scenarios)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
