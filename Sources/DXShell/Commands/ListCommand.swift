import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `list [scenarios|programmes|indicators|targets]`.
package struct ListCommand: ShellCommand {
    package let topic: Name?

    package static let word = "list"
    package static let synonyms = ["danh-sách"]
    package static let group = CommandGroup.files

    package static let help = HelpTopic(
        name: "list", usage: "list [scenarios|programmes|indicators]",
        summary: "list scenarios and their status, or the model's programmes or indicators",
        vietnamese: "liệt kê các kịch bản và tình trạng, hoặc các chương trình hay chỉ tiêu của mô hình",
        details: "Without an argument, lists the scenarios of this session with their parent, horizon and status.",
        vietnameseDetails: """
            Không có đối số thì liệt kê các kịch bản của phiên này cùng kịch bản cha, giai đoạn và tình trạng.
            """,
        example: "list programmes")

    package static func parse(_ parser: inout Parser) throws -> ListCommand {
        ListCommand(topic: parser.current.word != nil ? try parser.expectName("what to list") : nil)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(Grammar.listTopics) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.list(topic, source: source)
    }
}

extension Session {
    fileprivate func list(_ topic: Name?, source: SourceFile) throws(Diagnostic) {
        let report = ListReport(model: model, workspace: workspace, presentation: presentation, documentation: documentation)
        let vietnameseTopics = ["kich-ban": "scenarios", "chuong-trinh": "programmes", "chi-tieu": "indicators", "muc-tieu": "targets"]
        switch topic.map({ vietnameseTopics[Folding.fold($0.text)] ?? $0.text }) {
        case nil, "scenarios", "scenario": output.write(report.scenarios())
        case "programmes", "programs": output.write(report.programmes())
        case "indicators": output.write(report.indicators())
        case "targets": output.write(report.officialTargets())
        case let other?:
            let hint = Suggestion.didYouMean(other, in: Grammar.listTopics)
            throw .error(
                .semantic, "cannot list '\(other)'" + (hint.isEmpty ? "; try " + Grammar.listTopics.joined(separator: ", ") : hint),
                in: source, at: topic!.range)
        }
    }
}
