import ArgumentParser
import DXLanguage
import DXShell
import DXSource
import Foundation

/// `dxplan fmt FILE…`: rewrite scenario files and scripts in the canonical layout, in place.
struct FormatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxplan fmt",
        abstract: "Format scenario files and scripts in place: indentation, spacing, comments kept.",
        discussion: """
            A file that does not parse is reported and left alone (exit 65). With --check nothing \
            is written: the files that would change are listed and the exit status is 1 (for CI). \
            A script named 'fmt' runs with: dxplan ./fmt
            """)

    @Argument(help: ArgumentHelp("The files to format.", valueName: "file"))
    var files: [String]

    @Flag(help: "Write nothing; list the files that are not formatted and exit 1 if there are any.")
    var check = false

    func run() throws {
        let renderer = DiagnosticRenderer(colored: false)
        var unformatted: [String] = []
        var failed: Int32?
        // Problems are reported like every other dxplan error; the first one sets the exit status.
        func report(_ problems: [Diagnostic]) {
            FileHandle.standardError.write(Data(problems.map { renderer.render($0) + "\n" }.joined().utf8))
            failed = failed ?? problems.first.map { ExitStatus($0.category).rawValue }
        }
        for path in files {
            let text: String
            do {
                text = try AtomicFile.read(path)
            } catch {
                let category = AtomicFile.category(of: error)
                report([.error(category, "dxplan fmt: cannot open '\(path)': \(error.reason)")])
                continue
            }
            let source = SourceFile(name: path, text: text)
            guard let formatted = SourceFormatter.format(source) else {
                let problems = Parser.parse(source).diagnostics
                report(problems.isEmpty ? [.error(.unterminatedBlock, .syntax, "the file ends inside a block", in: source)] : problems)
                continue
            }
            guard formatted != text else { continue }
            unformatted.append(path)
            if !check {
                do {
                    try AtomicFile.write(formatted, to: path)
                } catch {
                    report([.error(.io, "dxplan fmt: cannot write '\(path)': \(error.reason)")])
                }
            }
        }
        for path in unformatted { print(check ? "not formatted: \(path)" : "formatted \(path)") }
        if let failed { throw ExitCode(failed) }
        if check && !unformatted.isEmpty { throw ExitCode(1) }
    }
}
