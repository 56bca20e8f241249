import DXLanguage
import DXSource

/// `load "FILE"`: defines the scenarios of a file (its commands are not run).
package struct LoadCommand: ShellCommand {
    package let path: StringLiteral

    package static let word = "load"
    package static let synonyms = ["nạp"]
    package static let takesFile = true

    package static let help = HelpTopic(
        name: "load", usage: "load \"FILE\"",
        summary: "define the scenarios a file contains",
        vietnamese: "định nghĩa các kịch bản trong một tệp",
        details:
            "Reads a scenario file and defines every scenario in it. Commands in the file (run, show…) are not\nexecuted: run the file as a script (dxplan FILE) for that.",
        example: "load \"scenarios/five-pushes.plan\"")

    package static func parse(_ parser: inout Parser) throws -> LoadCommand {
        LoadCommand(path: try parser.expectString("the file name"))
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? [Completer.fileCandidate] : []
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        let before = Set(interpreter.workspace.names)
        let names = try interpreter.load(path: path.value, relativeTo: path.range, source: source)
        let shown =
            names.isEmpty
            ? interpreter.t("no scenarios")
            : names.count > 8
                ? names.prefix(8).joined(separator: ", ") + interpreter.t(" and {count} more", ["count": String(names.count - 8)])
                : names.joined(separator: ", ")
        let replaced = names.filter(before.contains)
        let template =
            replaced.isEmpty
            ? "Loaded {names} from {file}."
            : replaced.count == names.count
                ? "Loaded {names} from {file} (replacing them)." : "Loaded {names} from {file} (replacing {replaced})."
        let values: KeyValuePairs<String, String> = [
            "names": shown, "file": path.value, "replaced": replaced.prefix(8).joined(separator: ", ") + (replaced.count > 8 ? "…" : ""),
        ]
        interpreter.output.write(interpreter.t(template, values) + "\n")
    }
}
