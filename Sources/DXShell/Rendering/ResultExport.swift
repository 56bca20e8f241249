import DXModel
import DXSource
import Foundation

/// Run results as files other programs read: CSV (one row per scenario, indicator and year, for
/// spreadsheets) and JSON (everything a run reports: inputs by year, indicators, targets).
/// Numbers are rounded to six decimals, which is far below what the model can tell apart; a value
/// that is not a number (a run outside the model's range) is an empty CSV field or a JSON null.
/// The CSV is UTF-8 with a byte-order mark and CRLF line ends (RFC 4180), so spreadsheets read
/// Vietnamese names right.
enum ResultExport {
    static func csv(_ results: [RunResult]) -> String {
        var lines = ["\u{FEFF}scenario,indicator,unit,year,value"]
        for result in results {
            for (i, indicator) in result.indicators.enumerated() {
                for (y, year) in result.years.enumerated() {
                    lines.append(
                        [
                            field(result.scenario.name), field(indicator.id), field(indicator.unit.rawValue), String(year),
                            number(result.indicatorValues[i][y]),
                        ].joined(separator: ","))
                }
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

    struct Document: Encodable {
        /// Marks the file as dxplan's (`OwnFile.jsonMark`), so a later export may replace it.
        var generator = "dxplan"
        let model: String
        let scenarios: [ScenarioResults]
    }

    struct ScenarioResults: Encodable {
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

    struct IndicatorResults: Encodable {
        let name: String
        let unit: String
        /// End-of-year values, the first one the base year's baseline.
        let values: [String: Double?]
    }

    struct TargetResult: Encodable {
        let indicator: String
        let comparison: String
        let value: Double
        let year: Int
        let actual: Double?
        let met: Bool
        let firstYearMet: Int?
    }

    static func json(_ results: [RunResult], model: String) -> String {
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
                policies: scenario.policies.mapValues { $0.isFinite ? Interpreter.date($0) : "off" }, indicators: indicators,
                targets: result.targetOutcomes.map {
                    TargetResult(
                        indicator: $0.target.indicator, comparison: $0.target.comparison.rawValue, value: $0.target.value,
                        year: $0.target.year, actual: optional($0.actual), met: $0.met, firstYearMet: $0.firstYearMet)
                })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(Document(model: model, scenarios: scenarios)) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
