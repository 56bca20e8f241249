import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `explain INDICATOR [in YEAR]`: what an indicator is made of and what moves it.
package struct ExplainCommand: ShellCommand {
    package let indicator: Name
    package let year: YearLiteral?

    package static let word = "explain"
    package static let synonyms = ["giải-thích"]
    package static let group = CommandGroup.analysis

    package static let help = HelpTopic(
        name: "explain", usage: "explain INDICATOR [in YEAR]",
        summary: "how the model computes an indicator, from what, and what moves it most",
        vietnamese: "mô hình tính một chỉ tiêu thế nào, từ những gì, và yếu tố nào tác động mạnh nhất",
        details: """
            Prints the indicator's equations in symbols and words, the parameters and inputs they use with
            units, values and sources, and a sensitivity ranking: how much the indicator changes in YEAR
            (the horizon's last year by default) when each input is raised by 10%, in the current scenario.
            """,
        vietnameseDetails: """
            In các phương trình của chỉ tiêu bằng ký hiệu và bằng lời, các tham số và đầu vào mà chúng dùng
            kèm đơn vị, giá trị và nguồn, và bảng xếp hạng độ nhạy: chỉ tiêu thay đổi bao nhiêu trong năm YEAR
            (mặc định là năm cuối của giai đoạn) khi từng đầu vào tăng 10%, trong kịch bản hiện tại.
            """,
        example: "explain fibre in 2030")

    package static func parse(_ parser: inout Parser) throws -> ExplainCommand {
        let indicator = try parser.expectName("an indicator name after 'explain', as in explain fibre")
        var year: YearLiteral?
        if parser.accept(word: "in") != nil || parser.accept(word: "by") != nil { year = try parser.expectYear("the year to explain") }
        return ExplainCommand(indicator: indicator, year: year)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.indicatorNames) }
        return words.count == 2 ? completer.candidates(["in"]) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.explain(indicator, in: year, source: source)
    }
}

extension Session {
    fileprivate func explain(_ name: Name, in yearLiteral: YearLiteral?, source: SourceFile) throws(Diagnostic) {
        let indicator = try knownIndicator(name, source: source)
        guard let index = model.indicators.firstIndex(where: { $0.id == indicator.id }) else {
            throw .error(.semantic, "this model does not describe its equations", in: source, at: name.range)
        }
        let result = try currentResult(nil, for: "explain", source: source)
        let horizon = result.scenario.horizon
        let year = yearLiteral?.value ?? horizon.upperBound
        guard result.years.contains(year) else {
            throw .error(
                .outOfRange, .semantic, "\(year) is outside the run of '\(result.scenario.name)' (\(model.baseYear)–\(horizon.upperBound))",
                in: source, at: yearLiteral?.range ?? name.range)
        }
        // What it rests on, and what moves it most (each input raised by 10%), computed here; worded by the report.
        let trace = model.compiled.dependencies(of: model.indicatorVariables[index], limit: 14)
        let value = result.value(of: indicator.id, in: year) ?? .nan
        let effects = NudgeEffects.run(
            result.scenario, indicator: indicator.id, in: year, parameters: trace.leaves.map(\.name), base: value, model: model)
        output.write(
            ExplainReport(
                indicator: indicator, year: year, result: result, trace: trace, effects: effects, bundled: modelOrigin == nil, model: model,
                presentation: presentation
            ).render())
    }
}
