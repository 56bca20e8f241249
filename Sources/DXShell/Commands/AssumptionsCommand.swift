import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `assumptions [WORD]`: the model's parameters with their values, ranges and sources.
package struct AssumptionsCommand: ShellCommand {
    /// A word (or a year) the parameters' names or sources must contain.
    package let filter: Name?

    package static let word = "assumptions"
    package static let synonyms = ["giả-thiết"]
    package static let group = CommandGroup.analysis

    package static let help = HelpTopic(
        name: "assumptions", usage: "assumptions [WORD]",
        summary: "every parameter of the model with value, unit, range and source",
        vietnamese: "mọi tham số của mô hình với giá trị, đơn vị, khoảng và nguồn",
        details:
            "Labelled assumptions have no published value; their range is what the analysis varies.\nWith a WORD, lists only the parameters whose name contains it.",
        vietnameseDetails: """
            Các tham số được gắn nhãn giả định chưa có giá trị công bố; khoảng của chúng là phạm vi mà phân
            tích cho biến thiên. Khi có WORD, chỉ liệt kê các tham số có tên chứa từ đó.
            """,
        example: "assumptions lifetime")

    /// A word of a parameter's name: Tab offers the model's parameters.
    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(completer.parameterNames) : []
    }

    package static func parse(_ parser: inout Parser) throws -> AssumptionsCommand {
        if case .number(let value) = parser.current.kind, value == value.rounded(), abs(value) < 1e9 {
            // `assumptions 2020`: the parameters whose names contain a year.
            return AssumptionsCommand(filter: Name(String(Int(value)), parser.advance().range))
        }
        return AssumptionsCommand(filter: parser.current.word != nil ? try parser.expectName("a word to filter by") : nil)
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        session.assumptions(filter)
    }
}

extension Session {
    fileprivate func assumptions(_ filter: Name?) {
        let word = filter.map { Folding.fold($0.text) }
        let parameters = model.parameters.filter { word == nil || $0.id.lowercased().contains(word!) }
        guard !parameters.isEmpty else {
            // A misspelt name (cost_per_servce) gets the nearest parameter.
            let nearest = Suggestion.closest(to: filter?.text ?? "", in: model.parameters.map(\.id))
            output.write(
                (language == .vi
                    ? "Không có tham số nào có tên chứa '\(filter?.text ?? "")'"
                        + (nearest.map { "; có phải ý bạn là 'assumptions \($0)'?" } ?? ".") + "\n"
                    : "No parameter name contains '\(filter?.text ?? "")'"
                        + (nearest.map { "; did you mean 'assumptions \($0)'?" } ?? ".") + "\n"))
            return
        }
        var lines: [String] = []
        for (heading, group) in [
            (t("Labelled assumptions (no published value)"), parameters.filter { $0.provenance.isAssumption && !$0.isFitted }),
            (t("Fitted to what was observed ('calibrate'; {doc})", ["doc": documentation("§12")]), parameters.filter(\.isFitted)),
            (t("From published sources"), parameters.filter { !$0.provenance.isAssumption && !$0.isFitted }),
        ] where !group.isEmpty {
            lines.append(style.bold(heading))
            for parameter in group {
                // Whole numbers from 10,000 up grouped (52,000,000 people), as a reader counts them.
                func shown(_ value: Double) -> String {
                    abs(value) >= 10_000 && value == value.rounded() ? Format.grouped(value) : Format.plain(value)
                }
                var line = "  " + style.bold(parameter.id) + " = " + shown(parameter.value) + " " + wording.unit(parameter.unit)
                if let range = parameter.range {
                    line += "   \(t("range")) " + shown(range.lowerBound) + "–" + shown(range.upperBound)
                }
                lines.append(line)
                lines.append("      " + wording(parameter.description))
                let provenance = parameter.provenance
                lines.append(style.dim("      " + (provenance.isAssumption ? "" : t("source: ")) + wording.provenance(provenance)))
            }
            lines.append("")
        }
        let assumed = parameters.filter { $0.provenance.isAssumption && !$0.isFitted }.count
        let fitted = parameters.filter(\.isFitted).count
        if language == .vi {
            lines.append("\(parameters.count) tham số: \(assumed) giả định" + (fitted > 0 ? ", \(fitted) hiệu chỉnh." : "."))
        } else {
            lines.append(
                "\(parameters.count) parameter\(parameters.count == 1 ? "" : "s"): \(assumed) "
                    + (assumed == 1 ? "assumption" : "assumptions") + (fitted > 0 ? ", \(fitted) fitted." : "."))
        }
        output.write(lines.joined(separator: "\n") + "\n")
    }
}
