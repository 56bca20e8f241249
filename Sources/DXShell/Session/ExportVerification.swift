import DXLanguage
import DXModel
import DXSource
import Foundation

/// `dxplan verify FILE`: makes the numbers of a JSON export again from its run record (the model's
/// fingerprint and every scenario's text) and says whether each one is the same.
///
/// Every indicator value, every programme's spending and the budget in every year, and whether
/// each target was met, are compared with the export (which rounds numbers to six decimals: a
/// number is the same when it rounds to the same).
package struct ExportVerification: Sendable {
    /// A number (or a target's verdict) that came out otherwise.
    package struct Difference: Sendable, Equatable {
        package let scenario: String
        /// What it is: "fibre in 2030", "spending on skills in 2027", "target fibre >= 90% by 2030".
        package let what: String
        package let exported: String
        package let now: String
    }

    /// How many numbers and verdicts were compared.
    package let checked: Int
    package let scenarios: [String]
    package let differences: [Difference]
    /// Why the record could not be checked, or could be checked only in part (another model).
    package let problems: [String]
    /// Which model made the export, when it is not this one: a note when every number is the same
    /// (its comments or translations changed), and what to do when some differ.
    package var otherModel: String?

    package var isConfirmed: Bool { problems.isEmpty && differences.isEmpty && checked > 0 }

    /// Checks an export's text against `model`.
    package static func verify(_ text: String, model: DeclaredModel) -> ExportVerification {
        guard let document = try? JSONDecoder().decode(ResultExport.Document.self, from: Data(text.utf8)) else {
            return ExportVerification(checked: 0, scenarios: [], differences: [], problems: ["it is not a JSON export of dxplan"])
        }
        guard let record = document.run else {
            return ExportVerification(
                checked: 0, scenarios: [], differences: [],
                problems: ["it has no run record (it was exported before dxplan wrote one): nothing says how to make its numbers again"])
        }
        var problems: [String] = []
        // The scenarios again, from their texts (each with the scenarios it inherits from).
        let interpreter = Interpreter(model: model, output: CapturedOutput())
        var differences: [Difference] = []
        var checked = 0
        for exported in document.scenarios {
            guard let text = record.scenarios[exported.name] else {
                problems.append("the run record has no text for '\(exported.name)'")
                continue
            }
            guard interpreter.execute(SourceFile(name: "the run record of \(exported.name)", text: text)) == .completed,
                let result = try? model.simulate(try resolved(exported.name, in: interpreter))
            else {
                problems.append("'\(exported.name)' does not run again from its text")
                continue
            }
            func compare(_ what: String, _ before: Double?, _ now: Double) {
                checked += 1
                let rounded = now.isFinite ? (now * 1e6).rounded() / 1e6 : nil
                if before != rounded {
                    differences.append(
                        Difference(
                            scenario: exported.name, what: what, exported: before.map { NumberText.plain($0) } ?? "not a number",
                            now: rounded.map { NumberText.plain($0) } ?? "not a number"))
                }
            }
            for (i, indicator) in result.indicators.enumerated() {
                guard let values = exported.indicators[indicator.id]?.values else {
                    problems.append("'\(exported.name)': the export has no \(indicator.id) (another model?)")
                    continue
                }
                for (y, year) in result.years.enumerated() {
                    compare("\(indicator.id) in \(year)", values[String(year)] ?? nil, result.indicatorValues[i][y])
                }
            }
            for (k, programme) in result.programmes.enumerated() {
                for (y, year) in result.years.enumerated() where result.scenario.horizon.contains(year) {
                    compare("spending on \(programme.id) in \(year)", exported.spending[programme.id]?[String(year)], result.spending[k][y])
                }
            }
            for year in result.scenario.horizon {
                compare("budget in \(year)", exported.budget[String(year)], result.scenario.envelope(in: year))
            }
            for outcome in result.targetOutcomes {
                let target = outcome.target
                let what = "target \(target.indicator) \(target.comparison.rawValue) \(NumberText.plain(target.value)) by \(target.year)"
                checked += 1
                let before = exported.targets.first {
                    $0.indicator == target.indicator && $0.year == target.year && $0.comparison == target.comparison.rawValue
                        && $0.value == target.value
                }
                if before?.met != outcome.met {
                    differences.append(
                        Difference(
                            scenario: exported.name, what: what, exported: before.map { $0.met ? "met" : "missed" } ?? "absent",
                            now: outcome.met ? "met" : "missed"))
                }
            }
        }
        // Another model file (another fingerprint) is what made the export only if the numbers
        // differ: a model file whose comments or translations changed makes the same numbers.
        var otherModel: String?
        if record.modelFingerprint != model.fingerprint {
            let made =
                record.modelFile == "bundled"
                ? "the model bundled with dxplan \(record.dxplan) (\(record.modelFingerprint))"
                : "the model \(record.modelFingerprint) ('\(record.model)', \(record.modelFile))"
            let advice =
                problems.isEmpty && differences.isEmpty && checked > 0
                ? ", and makes every number the same"
                : record.modelFile == "bundled"
                    ? ": run it with dxplan \(record.dxplan), or load the model file it was made with using --model"
                    : ": load that model file with --model"
            otherModel = "it was made with \(made); this is \(model.fingerprint)\(advice)"
        }
        return ExportVerification(
            checked: checked, scenarios: document.scenarios.map(\.name), differences: differences, problems: problems, otherModel: otherModel)
    }

    /// A scenario the interpreter defined, resolved.
    private static func resolved(_ name: String, in interpreter: Interpreter) throws -> Scenario {
        try interpreter.session.resolvedScenario(name, at: nil, source: SourceFile(name: "verify", text: ""))
    }
}
