import ArgumentParser
import DXModel
import DXShell
import DXSource
import EditLineShim
import Foundation

/// `dxplan replay FILE`: runs a recording made with `record` again and says where its output
/// differs from what was recorded.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxplan replay",
        abstract: "Run a recording made with 'record \"FILE\"' again, showing each entry as at the prompt.",
        discussion: """
            Each entry is shown with the prompt, then what it prints now. Where that differs from what \
            the recording kept, a warning says where (the model, a scenario or a file may have changed). \
            Exit status: 0 when everything printed as recorded, 1 when something differs, 65 when the \
            file is not a recording or does not parse, 130 when interrupted. Like any script, a \
            recording writes only inside its own folder unless --allow-write says more.
            """)

    @Argument(help: ArgumentHelp("The recording to replay.", valueName: "file"))
    var file: String

    @Flag(help: "Wait for Enter before each entry (q then Enter stops), for a live demonstration.")
    var step = false

    @Option(help: ArgumentHelp("Let the recording save and export in DIR too (repeatable).", valueName: "dir"))
    var allowWrite: [String] = []

    @Option(help: ArgumentHelp("Colour output: auto, always or never.", valueName: "when"))
    var color: ColorChoice = .auto

    func run() throws {
        _ = dx_setup_utf8_locale()
        _ = dx_install_sigint_handler()
        let output = StandardOutput()
        let colored: Bool =
            switch color {
            case .always: true
            case .never: false
            case .auto: Terminal.colorAllowedByEnvironment() && Terminal.stdoutIsTTY
            }
        let renderer = DiagnosticRenderer(colored: colored && Terminal.stderrIsTTY)
        let text: String
        do {
            text = try FileAccess.read(file)
        } catch {
            output.writeError(
                "dxplan replay: " + renderer.render(.error(.missingInput, "cannot open '\(file)': \(error.reason)")) + "\n")
            throw ExitCode(error == .missing(file) ? ExitStatus.noInput.rawValue : ExitStatus.ioError.rawValue)
        }
        let model: DeclaredModel
        do { model = try BundledModel.load() } catch { throw ExitCode(ExitStatus.software.rawValue) }
        let interpreter = Interpreter(
            model: model, output: output, style: Style(colored: colored), errorStyle: Style(colored: colored && Terminal.stderrIsTTY),
            cancellation: Cancellation { dx_interrupted() != 0 })
        interpreter.session.files.allowedWriteFolders = allowWrite.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let source = SourceFile(name: file, text: text, directory: URL(fileURLWithPath: file).deletingLastPathComponent().path)
        let replay = Replay(source, on: interpreter)
        let outcome = replay.run(
            step: step
                ? { index, count in
                    output.write(Style(colored: colored).dim("[\(index)/\(count)] Enter runs it, q stops: "))
                    guard let answer = readLine() else { return false }
                    return answer.trimmingCharacters(in: .whitespaces).lowercased() != "q"
                } : nil)
        if let failure = outcome.failure { throw ExitCode(ExitStatus(failure).rawValue) }
        if outcome.differences.isEmpty {
            output.writeError(
                Style(colored: colored && Terminal.stderrIsTTY).dim(
                    "Replayed \(outcome.entries) \(outcome.entries == 1 ? "entry" : "entries"): everything printed as recorded.") + "\n")
        } else {
            let lines = outcome.differences.map { "\(file):\($0.line)" }.prefix(10).joined(separator: ", ")
            output.writeError("\(outcome.differences.count) of \(outcome.entries) entries printed something other than was recorded: \(lines)\n")
            throw ExitCode(1)
        }
    }
}
