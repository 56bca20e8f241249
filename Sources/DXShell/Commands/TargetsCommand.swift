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
    package static let group = CommandGroup.scenarios

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

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.targets(scenario, source: source)
    }
}

extension Session {
    fileprivate func targets(_ name: Name?, source: SourceFile) throws(Diagnostic) {
        let result = try currentResult(name, for: "judge", source: source)
        let outcomes = result.targetOutcomes
        let heading = RunReport(result: result, presentation: presentation).heading
        guard !outcomes.isEmpty else {
            output.write(heading + ": no targets set.\n")
            return
        }
        // For each missed target: can any split of this budget meet it, and if not, what would.
        let reach = reachOfMissedTargets(result, deep: true)
        output.write(
            TargetsReport(result: result, reach: reach, model: model, presentation: presentation, documentation: documentation("§16"))
                .render())
    }
}
