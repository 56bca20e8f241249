import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `show [INDICATOR…]` and `show scenario NAME`: results by year, or a scenario's inputs.
package struct ShowCommand: ShellCommand {
    /// What it shows.
    package enum Form: Sendable, Hashable {
        /// `show [INDICATOR…]`: indicators by year for the current scenario.
        case indicators([Name])
        /// `show scenario NAME`: the fully resolved inputs, marking inherited values.
        case scenario(Name)
    }

    package let form: Form

    package static let word = "show"
    package static let synonyms = ["xem"]
    package static let group = CommandGroup.scenarios

    package static let help = HelpTopic(
        name: "show", usage: "show [INDICATOR…] | show scenario NAME",
        summary: "print indicators by year for the current scenario, or a scenario's inputs",
        vietnamese: "in các chỉ tiêu theo năm của kịch bản hiện tại, hoặc các đầu vào của một kịch bản",
        details:
            "Prints a table of indicators by year for the scenario last run (running it first if needed).\nTarget cells are marked ✓ (met) or ✗ (missed). Name indicators to print only those.\n'show scenario NAME' prints a scenario's inputs after inheritance, marking where each comes from.",
        vietnameseDetails: """
            In bảng các chỉ tiêu theo năm của kịch bản chạy gần nhất (chạy kịch bản đó trước nếu cần).
            Ô có mục tiêu được đánh dấu ✓ (đạt) hoặc ✗ (chưa đạt). Nêu tên chỉ tiêu để chỉ in các chỉ tiêu đó.
            'show scenario NAME' (xem kịch-bản NAME) in các đầu vào của một kịch bản sau khi áp dụng kế thừa,
            ghi rõ mỗi giá trị lấy từ đâu.
            """,
        example: "show fibre online-services")

    package static func parse(_ parser: inout Parser) throws -> ShowCommand {
        if parser.check(word: "scenario") {
            _ = parser.advance()
            return ShowCommand(form: .scenario(try parser.expectName("a scenario name after 'show scenario'")))
        }
        var names: [Name] = []
        while parser.current.word != nil { names.append(try parser.expectName("an indicator name")) }
        return ShowCommand(form: .indicators(names))
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.indicatorNames + ["scenario"]) }
        if words.count == 2 && words[1] == "scenario" { return completer.candidates(completer.scenarioNames) }
        return completer.candidates(completer.indicatorNames)
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        switch form {
        case .indicators(let names): try session.show(names, source: source)
        case .scenario(let name): try session.showScenario(name, source: source)
        }
    }
}

extension Session {
    fileprivate func show(_ names: [Name], source: SourceFile) throws(Diagnostic) {
        for name in names { _ = try knownIndicator(name, source: source) }
        let result = try currentResult(nil, for: "show", source: source)
        output.write(RunReport(result: result, presentation: presentation).table(indicators: names.compactMap { model.indicator($0.text)?.id }))
    }
}

extension Session {
    fileprivate func showScenario(_ name: Name, source: SourceFile) throws(Diagnostic) {
        let scenario = try knownScenario(name, source: source)
        output.write(ScenarioInputsReport(model: model, workspace: workspace, presentation: presentation).show(scenario))
    }
}
