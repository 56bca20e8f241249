import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `why INDICATOR A B [in YEAR]`: how much of the difference each input accounts for.
package struct WhyCommand: ShellCommand {
    package let indicator: Name
    package let first: Name
    package let second: Name
    package let year: YearLiteral?

    package static let word = "why"
    package static let synonyms = ["vì-sao"]
    package static let group = CommandGroup.analysis

    package static let help = HelpTopic(
        name: "why", usage: "why INDICATOR A B [in YEAR]",
        summary: "why an indicator differs between two scenarios: each differing input's part",
        vietnamese: "vì sao một chỉ tiêu khác nhau giữa hai kịch bản: phần của từng đầu vào khác nhau",
        details: """
            The inputs are each programme's spending and each assumption or policy a scenario sets. An
            input's part is the mean of its effect when changed alone, from A to B and back; what the
            parts leave of the difference is the interaction of inputs changing together. YEAR is the
            last year both scenarios run unless 'in YEAR' says which.
            """,
        vietnameseDetails: """
            Các đầu vào là mức chi của từng chương trình và từng giả định hay chính sách mà kịch bản đặt ra.
            Phần của một đầu vào là trung bình tác động của nó khi chỉ riêng nó thay đổi, từ A sang B và ngược
            lại; phần chênh lệch còn lại sau khi trừ các phần đó là tương tác của các đầu vào cùng thay đổi.
            YEAR là năm cuối cùng mà cả hai kịch bản đều chạy tới, trừ khi 'in YEAR' chỉ định năm khác.
            """,
        example: "why e-signatures baseline five-pushes")

    package static func parse(_ parser: inout Parser) throws -> WhyCommand {
        let indicator = try parser.expectName("an indicator after 'why', as in why fibre baseline five-pushes")
        let first = try parser.expectName("two scenarios after the indicator, as in why \(indicator.text) baseline five-pushes")
        let second = try parser.expectName("the second scenario, as in why \(indicator.text) \(first.text) five-pushes")
        var year: YearLiteral?
        if parser.accept(word: "in") != nil || parser.accept(word: "by") != nil { year = try parser.expectYear("the year to explain") }
        return WhyCommand(indicator: indicator, first: first, second: second, year: year)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(completer.indicatorNames) }
        if words.count <= 3 { return completer.candidates(completer.scenarioNames.filter { !words.contains($0) }) }
        return words.count == 4 ? completer.candidates(["in"]) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.why(indicator, first, second, in: year, source: source)
    }
}

/// `why INDICATOR A B [in YEAR]`: why an indicator differs between two scenarios, input by input.
extension Session {
    fileprivate static let whyFactorsShown = 10

    func why(_ name: Name, _ first: Name, _ second: Name, in yearLiteral: YearLiteral?, source: SourceFile) throws(Diagnostic) {
        let indicator = try knownIndicator(name, source: source)
        guard first.text != second.text else {
            throw .error(.semantic, "name two different scenarios", in: source, at: second.range)
        }
        let a = try resolvedScenario(try scenarioName(first, for: "explain", source: source), at: first.range, source: source)
        let b = try resolvedScenario(try scenarioName(second, for: "explain", source: source), at: second.range, source: source)
        let year = yearLiteral?.value ?? min(a.horizon.upperBound, b.horizon.upperBound)
        for (scenario, scenarioName) in [(a, first), (b, second)] where !(model.baseYear...scenario.horizon.upperBound).contains(year) {
            throw .error(
                .outOfRange, .semantic,
                "'\(scenario.name)' runs to \(scenario.horizon.upperBound), not \(year); name a year both scenarios run",
                in: source, at: yearLiteral?.range ?? scenarioName.range)
        }
        let result: ChangeAttribution.Result
        do {
            result = try ChangeAttribution(model: model).attribute(indicator.id, in: year, from: a, to: b, cancellation: cancellation)
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; 'why' was cancelled")
        } catch {
            throw .error(.semantic, "cannot compare the runs: \(error)", in: source, at: name.range)
        }
        output.write(
            WhyReport(
                result: result, indicator: indicator, a: a.name, b: b.name, model: model, presentation: presentation,
                shown: Self.whyFactorsShown
            )
            .render())
    }
}
