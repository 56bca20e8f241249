import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `targets [SCENARIO]`: each target of a scenario, met or missed, with the gap and its reach.
package struct TargetsCommand: ShellCommand {
    package let scenario: Name?

    package static let word = "targets"
    package static let synonyms = ["đánh-giá"]

    package static let help = HelpTopic(
        name: "targets", usage: "targets [SCENARIO]",
        summary: "each target of a scenario: met, missed, or met in a later year, with the gap",
        vietnamese: "từng mục tiêu của một kịch bản: đạt, chưa đạt hay đạt vào năm sau, kèm khoảng cách",
        details: "Runs the scenario if it has not run since it changed. Without a name, uses the current scenario.",
        vietnameseDetails: """
            Chạy kịch bản nếu kịch bản đó chưa được chạy lại kể từ lần thay đổi gần nhất. Không nêu tên thì
            dùng kịch bản hiện tại.
            """,
        example: "targets baseline")

    package static func parse(_ parser: inout Parser) throws -> TargetsCommand {
        TargetsCommand(scenario: parser.current.word != nil ? try parser.expectName("a scenario name") : nil)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(completer.scenarioNames) : []
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        try interpreter.targets(scenario, source: source)
    }
}

extension Interpreter {
    func targets(_ name: Name?, source: SourceFile) throws(Diagnostic) {
        let result = try currentResult(name, for: "judge", source: source)
        let outcomes = result.targetOutcomes
        let heading = RunReport(result: result, style: style, language: language).heading
        guard !outcomes.isEmpty else {
            output.write(heading + ": no targets set.\n")
            return
        }
        let words = language.labels
        let vi = language == .vi
        // For each missed target: can any split of this budget meet it, and if not, what would.
        let reach = reachOfMissedTargets(result, deep: true)
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
                TextTable.Cell(status, styled: paint(outcome.met)), TextTable.Cell(gap),
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
                    t("The bound gives every programme the whole budget at once; no split of it does better ({doc}).", ["doc": documentation("§16")]))
                + "\n"
        }
        output.write(text)
    }
}
