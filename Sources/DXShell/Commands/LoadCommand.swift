import DXLanguage
import DXSource

/// `load "FILE" [as PREFIX] [force]`: defines the scenarios of a file (its commands are not run).
package struct LoadCommand: ShellCommand {
    package let path: StringLiteral
    /// Put before each name the file defines (`as team1`: `plan` becomes `team1-plan`), so that two
    /// files that use the same names can both be loaded.
    package let prefix: Name?
    /// Replaces scenarios of the same name that came from another file or the prompt.
    package let force: Bool

    package static let word = "load"
    package static let synonyms = ["nạp"]
    package static let group = CommandGroup.files
    package static let takesFile = true

    package static let help = HelpTopic(
        name: "load", usage: "load \"FILE\" [as PREFIX] [force]",
        summary: "define the scenarios a file contains",
        vietnamese: "định nghĩa các kịch bản trong một tệp",
        details: """
            Reads a scenario file and defines every scenario in it. Commands in the file (run, show…) are not
            executed: run the file as a script (dxplan FILE) for that. Loading a file again replaces what it
            defined before. A name that another file (or the prompt) already gave a scenario is an error
            (E405), so that two teams' files that both define 'plan' cannot silently replace each other:
            'as PREFIX' loads the file's scenarios as PREFIX-NAME (a scenario that inherits from another in
            the same file follows it), and 'force' replaces them instead.
            """,
        vietnameseDetails: """
            Đọc một tệp kịch bản và định nghĩa mọi kịch bản trong tệp. Các lệnh trong tệp (run, show…) không
            được thực thi: muốn thực thi, hãy chạy tệp như một script (dxplan FILE). Nạp lại một tệp sẽ thay
            những gì chính tệp đó đã định nghĩa. Một tên mà tệp khác (hay dấu nhắc) đã đặt cho một kịch bản là
            lỗi (E405), để tệp của hai đội cùng định nghĩa 'plan' không âm thầm thay nhau: 'as PREFIX' (thành)
            nạp các kịch bản của tệp thành PREFIX-TÊN (kịch bản kế thừa từ một kịch bản cùng tệp cũng đổi
            theo), còn 'force' (ghi-đè) thì thay thế chúng.
            """,
        example: "load \"scenarios/five-pushes.plan\" as team1")

    package static func parse(_ parser: inout Parser) throws -> LoadCommand {
        let path = try parser.expectString("the file name")
        var prefix: Name?
        if parser.accept(word: "as") != nil { prefix = try parser.expectName("a prefix for the file's scenarios, as in load \"team.plan\" as team1") }
        return LoadCommand(path: path, prefix: prefix, force: parser.accept(word: "force") != nil)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return [Completer.fileCandidate] }
        if Completer.fileIsClosed(in: words) { return completer.candidates(["as", "force"]) }
        return words.dropLast().last == "as" ? completer.candidates(["force"]) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        let before = Set(session.workspace.names)
        let path = try session.fileName(self.path, source: source)
        let names = try session.load(path: path.value, relativeTo: path.range, source: source, prefix: prefix, force: force)
        let shown =
            names.isEmpty
            ? session.t("no scenarios")
            : names.count > 8
                ? names.prefix(8).joined(separator: ", ") + session.t(" and {count} more", ["count": String(names.count - 8)])
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
        session.output.write(session.t(template, values) + "\n")
    }
}
