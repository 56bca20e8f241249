import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `compare A B [C…] [in YEAR]`: the results of several scenarios side by side.
package struct CompareCommand: ShellCommand {
    package let scenarios: [Name]
    package let year: YearLiteral?

    package static let word = "compare"
    package static let synonyms = ["đối-chiếu"]
    package static let group = CommandGroup.scenarios

    package static let help = HelpTopic(
        name: "compare", usage: "compare A B [C…] [in YEAR]",
        summary: "the results of several scenarios side by side: spending, indicators, targets",
        vietnamese: "kết quả của nhiều kịch bản cạnh nhau: chi tiêu, chỉ tiêu, mục tiêu",
        details: """
            Runs each scenario if it has not run since it changed, then prints what each spends over its
            horizon, every indicator in YEAR (the last year all of them run, unless 'in YEAR' says which)
            with the difference when there are two, and every target any of them sets, met (✓) or
            missed (✗) in each. 'diff' compares the inputs of two scenarios instead.
            """,
        vietnameseDetails: """
            Chạy từng kịch bản nếu kịch bản đó chưa được chạy lại kể từ lần thay đổi gần nhất, rồi in mức chi
            của từng kịch bản trong giai đoạn của nó, mọi chỉ tiêu trong năm YEAR (năm cuối cùng mà tất cả đều
            chạy tới, trừ khi 'in YEAR' chỉ định năm khác) kèm chênh lệch khi có hai kịch bản, và mọi mục tiêu
            mà bất kỳ kịch bản nào đặt ra, đạt (✓) hay chưa đạt (✗) ở từng kịch bản. Muốn so sánh đầu vào
            của hai kịch bản thì dùng 'diff'.
            """,
        example: "compare baseline five-pushes in 2027")

    package static func parse(_ parser: inout Parser) throws -> CompareCommand {
        // The year follows `in`, or `by` as for explain (`vào 2030` is how Vietnamese says it).
        func atYear(_ parser: Parser) -> Bool { parser.check(word: "in") || parser.check(word: "by") }
        if atYear(parser) { throw parser.fail("name the scenarios first, then the year: compare A B in 2027") }
        var names = [try parser.expectName("two or more scenario names after 'compare', as in compare baseline five-pushes")]
        while parser.current.word != nil, !atYear(parser) {
            names.append(try parser.expectName("a scenario name"))
        }
        if parser.current.kind == .symbol(",") {
            throw parser.fail("separate the scenarios with spaces, not commas: compare A B")
        }
        guard names.count >= 2 else {
            throw parser.fail("compare needs at least two scenarios: compare \(names[0].text) OTHER [MORE…] [in YEAR]")
        }
        var year: YearLiteral?
        if parser.accept(word: "in") != nil || parser.accept(word: "by") != nil { year = try parser.expectYear("the year to compare") }
        return CompareCommand(scenarios: names, year: year)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.last == "in" { return [] }
        if words.count >= 2 && words[words.count - 2] == "in" { return [] }
        return completer.candidates(completer.scenarioNames.filter { !words.contains($0) } + (words.count >= 3 ? ["in"] : []))
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.compare(scenarios, in: year, source: source)
    }
}

/// `compare A B [C…] [in YEAR]`: the results of several scenarios side by side: what each spends,
/// every indicator in one year, and every target any of them sets. (`diff` compares their inputs.)
extension Session {
    fileprivate func compare(_ names: [Name], in yearLiteral: YearLiteral?, source: SourceFile) throws(Diagnostic) {
        var seen = Set<String>()
        for name in names where !seen.insert(name.text).inserted {
            throw .error(.semantic, "'\(name.text)' is named twice; compare different scenarios", in: source, at: name.range)
        }
        let results = try results(of: names, for: "compare", source: source)
        let year = yearLiteral?.value ?? results.map(\.scenario.horizon.upperBound).min()!
        for (name, result) in zip(names, results) where !result.years.contains(year) {
            let horizon = result.scenario.horizon
            throw .error(
                .outOfRange, .semantic,
                "'\(name.text)' runs \(horizon.lowerBound)–\(horizon.upperBound), not \(year); compare in a year every scenario runs",
                in: source, at: yearLiteral?.range ?? name.range)
        }
        output.write(CompareReport(results: results, year: year, model: model, presentation: presentation).render())
    }
}
