import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `run [SCENARIO]`: simulates a scenario and reports its targets.
package struct RunCommand: ShellCommand {
    package let scenario: Name?

    package static let word = "run"
    package static let synonyms = ["chạy"]
    package static let group = CommandGroup.scenarios

    package static let help = HelpTopic(
        name: "run", usage: "run [SCENARIO]",
        summary: "simulate a scenario and report its targets",
        vietnamese: "mô phỏng một kịch bản và báo cáo các mục tiêu của nó",
        details:
            "Runs the model from its history (mid-2020 to the end of the base year) to the end of the scenario's\nhorizon, then lists each target as met or missed, and for a missed one whether another split may meet it or\nit is out of reach with the budget. Without a name, runs the current scenario (the last one defined or run).",
        vietnameseDetails: """
            Chạy mô hình từ phần lịch sử (giữa năm 2020 đến hết năm cơ sở) đến hết giai đoạn của kịch bản,
            rồi liệt kê từng mục tiêu là đạt hay chưa đạt; với mục tiêu chưa đạt, cho biết một cách chia khác
            có thể đạt được hay mục tiêu nằm ngoài tầm với của mức ngân sách này. Không nêu tên thì chạy
            kịch bản hiện tại (kịch bản được định nghĩa hoặc được chạy gần nhất).
            """,
        example: "run baseline")

    package static func parse(_ parser: inout Parser) throws -> RunCommand {
        RunCommand(scenario: parser.current.word != nil ? try parser.expectName("a scenario name") : nil)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(completer.scenarioNames) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.run(scenario, source: source)
    }
}

extension Session {
    fileprivate func run(_ name: Name?, source: SourceFile) throws(Diagnostic) {
        let scenario = try scenarioName(name, for: "run", source: source)
        let result = try simulate(scenario, at: name?.range, source: source)
        warnIfFarFromReference(result.scenario)
        output.write(RunReport(result: result, presentation: presentation, reach: reachOfMissedTargets(result)).summary())
    }

    /// Budgets far beyond the reference leave the range the model was built for.
    private func warnIfFarFromReference(_ scenario: Scenario) {
        let reference = model.referenceBudget
        guard reference > 0 else { return }
        let peak = scenario.horizon.map { ($0, scenario.envelope(in: $0)) }
            .max { $0.1 < $1.1 }!
        let ratio = peak.1 / reference
        guard ratio > Self.farFromReference else { return }
        report(
            Diagnostic(
                .warning, .semantic,
                "the budget of '\(scenario.name)' reaches \(Format.fixed(ratio, 0))× the \(model.baseYear) reference (\(Format.money(reference)) a year) "
                    + "in \(peak.0); that far from \(model.baseYear) the results rest on the model's absorption curve ('explain' shows it)"))
    }
}
