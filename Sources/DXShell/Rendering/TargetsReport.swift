import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Renders `targets`: each target of a run with its value, whether and when it is met, the gap,
/// and for a missed one what would meet it (another split, more money, or more than money).
struct TargetsReport: Report {
    let result: RunResult
    /// For each missed target, whether some split of the budget reaches it (`Reachability`).
    let reach: [Target: Reachability.Verdict]
    let model: DeclaredModel
    let presentation: Presentation
    /// Where the bound is explained.
    let documentation: String

    func render() -> String {
        let style = style
        let outcomes = result.targetOutcomes
        let heading = RunReport(result: result, presentation: presentation).heading
        let words = language.labels
        let vi = language == .vi
        let anyMissed = outcomes.contains { !$0.met }
        var columns: [TextTable.Column] = [.init(words.target), .init(words.value, .right), .init(words.status), .init(words.gap, .right)]
        if anyMissed { columns.append(.init(vi ? "cần gì để đạt" : "what it would take")) }
        var table = TextTable(columns)
        for outcome in outcomes {
            let target = outcome.target
            let unit = model.indicator(target.indicator)?.unit ?? .percent
            let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
            let status: String
            if outcome.met {
                let from = language == .vi ? "từ" : "from"
                status = outcome.firstYearMet.map { $0 < target.year ? "\(words.met) (\(from) \($0))" : words.met } ?? words.met
            } else if let later = outcome.firstYearMet {
                status = "\(words.metLate) (\(later))"
            } else {
                status = words.missed
            }
            let points = language == .vi ? " " + words.points : " pp"
            let gap = outcome.met ? "–" : Format.value(outcome.gap, unit) + (unit == .percent ? points : "")
            let name = language.label(ofIndicator: target.indicator, in: model.indicators)
            var row = [
                TextTable.Cell("\(name) \(target.comparison.rawValue) \(threshold) \(words.by) \(target.year)"),
                TextTable.Cell(Format.quantity(outcome.actual, unit)),
                TextTable.Cell(status, styled: outcome.met ? { style.good($0) } : { style.bad($0) }), TextTable.Cell(gap),
            ]
            if anyMissed {
                let most = { (value: Double) in Format.quantity(value, unit) }
                let need: String
                switch reach[target] {
                case .reachable?:
                    need = vi ? "chia lại ngân sách ('optimise')" : "another split ('optimise')"
                case .outOfReach(let bound, .budget(let multiple))?:
                    need =
                        vi
                        ? "\(Format.fixed(multiple, 0))× ngân sách (nay tối đa \(most(bound)))"
                        : "\(Format.fixed(multiple, 0))× the budget (now at most \(most(bound)))"
                case .outOfReach(_, .beyondMoney(let atMost))?:
                    need = vi ? "hơn cả tiền (10×: tối đa \(most(atMost)))" : "more than money (10×: at most \(most(atMost)))"
                default:
                    need = ""
                }
                row.append(TextTable.Cell(need))
            }
            table.add(row)
        }
        let met = outcomes.filter(\.met).count
        let summary = language == .vi ? "\(met)/\(outcomes.count) \(words.targetsMet)" : "\(met) of \(outcomes.count) \(words.targetsMet)"
        var text = heading + ": \(summary).\n\n" + table.render(style: style)
        if anyMissed {
            text +=
                style.dim(
                    t("The bound gives every programme the whole budget at once; no split of it does better ({doc}).", ["doc": documentation]))
                + "\n"
        }
        return text
    }
}
