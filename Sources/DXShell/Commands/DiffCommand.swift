import DXLanguage
import DXScenario
import DXSource

/// `diff A B`: the inputs that differ, with where each value comes from.
package struct DiffCommand: ShellCommand {
    package let first: Name
    package let second: Name

    package static let word = "diff"
    package static let synonyms = ["so-sánh"]
    package static let group = CommandGroup.scenarios

    package static let help = HelpTopic(
        name: "diff", usage: "diff SCENARIO SCENARIO",
        summary: "the inputs two scenarios differ in, and where each value comes from",
        vietnamese: "các đầu vào mà hai kịch bản khác nhau, và mỗi giá trị từ đâu ra",
        details:
            "Compares the resolved inputs (horizon, budget, each programme's share, targets) after inheritance.\n'show scenario NAME' prints all of one scenario's inputs, marking the inherited ones.",
        vietnameseDetails: """
            So sánh các đầu vào sau khi áp dụng kế thừa (giai đoạn, ngân sách, tỷ trọng của từng chương trình,
            mục tiêu). 'show scenario NAME' in toàn bộ đầu vào của một kịch bản, đánh dấu các đầu vào được
            kế thừa.
            """,
        example: "diff baseline five-pushes")

    package static func parse(_ parser: inout Parser) throws -> DiffCommand {
        let first = try parser.expectName("two scenario names after 'diff', as in diff baseline five-pushes")
        let second = try parser.expectName("the second scenario to compare")
        // `so-sánh A B vào 2030`: a year asks for results, which 'compare' shows; 'diff' shows inputs.
        if parser.check(word: "in") || parser.check(word: "by") {
            throw parser.fail(
                "'diff' compares what two scenarios set, not their results in a year; for the results: compare \(first.text) \(second.text) in YEAR"
            )
        }
        return DiffCommand(first: first, second: second)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count <= 2 ? completer.candidates(completer.scenarioNames) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.diff(first, second, source: source)
    }
}

extension Session {
    fileprivate func diff(_ first: Name, _ second: Name, source: SourceFile) throws(Diagnostic) {
        let a = try knownScenario(first, source: source), b = try knownScenario(second, source: source)
        output.write(ScenarioInputsReport(model: model, workspace: workspace, presentation: presentation).diff(a, b))
    }
}
