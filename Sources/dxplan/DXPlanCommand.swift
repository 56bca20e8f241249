import ArgumentParser
import CEditLine
import DXLanguage
import DXModel
import DXShell
import DXSource
import EditLineShim
import Foundation

/// When to colour output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

struct DXPlanCommand: ParsableCommand {
    static let version = DXPlanVersion.current

    static let configuration = CommandConfiguration(
        commandName: "dxplan",
        abstract: "Plan Vietnam's digital-transformation budget: a shell for scenarios and a model that runs them.",
        discussion: """
            With no script and a terminal on standard input, dxplan starts an interactive shell.
            Scripts run in order; the first error stops them (see --keep-going).

            Examples:
              dxplan                                    interactive shell
              dxplan scenarios/five-pushes.plan         run a script
              dxplan -c 'load "scenarios/baseline.plan"' -c 'run baseline' -c 'show'
              echo 'help' | dxplan                      read a script from standard input
              dxplan fmt scenarios/*.plan               format scenario files
              dxplan replay session.plan [--step]       replay a recording made with 'record'
              dxplan verify results.json                make an export's numbers again and compare

            Exit status: 0 ok, 64 usage, 65 error in the input, 66 input file missing,
            70 internal error, 74 I/O error, 130 interrupted.
            """,
        version: version)

    @Argument(help: ArgumentHelp("Scripts to run in order; '-' reads standard input.", valueName: "file"))
    var files: [String] = []

    @Option(name: .customShort("c"), help: ArgumentHelp("Run a statement (repeatable; after the files).", valueName: "statement"))
    var commands: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Define the scenarios of a file before anything else runs (repeatable).", valueName: "file"))
    var load: [String] = []

    @Flag(name: .short, help: "Continue into the interactive shell after the scripts.")
    var interactive = false

    @Flag(help: "Run every statement of a script, and every round of a loop, even after an error (the exit status still reports it).")
    var keepGoing = false

    @Option(help: ArgumentHelp("Colour output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.", valueName: "when"))
    var color: ColorChoice = .auto

    @Flag(help: "Neither read nor write the history file (nor the lessons' progress beside it).")
    var noHistory = false

    @Option(help: ArgumentHelp("Use the model in FILE instead of the bundled model of Vietnam.", valueName: "file"))
    var model: String?

    @Option(
        help: ArgumentHelp(
            "Let script files save and export in DIR too (repeatable); by default a script writes only inside its own folder.", valueName: "dir"))
    var allowWrite: [String] = []

    @Option(
        help: ArgumentHelp(
            "The language of reports: en or vi (default: Vietnamese when LC_ALL, LC_MESSAGES or LANG starts with 'vi'; 'lang' changes it in the shell).",
            valueName: "language"))
    var lang: OutputLanguage?

    @Option(
        help: ArgumentHelp(
            "At most N model runs for the scripts of this command, counting every run of every command (run, uncertainty, optimise…); the prompt has no limit.",
            valueName: "n"))
    var maxRuns: Int = 1_000_000

    func validate() throws {
        guard maxRuns > 0 else { throw ValidationError("--max-runs must be at least 1") }
    }

    func run() throws {
        _ = dx_setup_utf8_locale()
        _ = dx_install_sigint_handler()
        let status = runSession()
        if status != .success { throw ExitCode(status.rawValue) }
    }

    private func styles() -> (output: Style, errors: Style) {
        switch color {
        case .always: return (Style(colored: true), Style(colored: true))
        case .never: return (.plain, .plain)
        case .auto:
            let allowed = Terminal.colorAllowedByEnvironment()
            return (Style(colored: allowed && Terminal.stdoutIsTTY), Style(colored: allowed && Terminal.stderrIsTTY))
        }
    }

    private func runSession() -> ExitStatus {
        let output = StandardOutput()
        let (style, errorStyle) = styles()
        let renderer = DiagnosticRenderer(colored: errorStyle.colored)
        let planningModel: DeclaredModel
        switch loadModel() {
        case .success(let loaded): planningModel = loaded
        case .failure(let errors):
            for diagnostic in errors.diagnostics { output.writeError(renderer.render(diagnostic) + "\n") }
            return ExitStatus(errors.diagnostics.first?.category ?? .internal)
        }
        let runs = RunBudget(limit: maxRuns)
        let interpreter = Interpreter(
            model: planningModel, output: output, style: style, errorStyle: errorStyle,
            cancellation: Cancellation(runs: runs) { dx_interrupted() != 0 })
        interpreter.session.modelOrigin = model
        // Reports keep to the terminal's width when it says (within what `width` accepts).
        if let columns = Terminal.columns {
            interpreter.session.pageWidth = min(max(columns, Presentation.widths.lowerBound), Presentation.widths.upperBound)
        }
        // How a long statement is going, on a terminal only (pipes and files get nothing).
        let progress = ProgressLine(runs: runs, enabled: Terminal.stderrIsTTY)
        output.progress = progress
        interpreter.onStatement = { [unowned interpreter] started in progress.statement(started: started, language: interpreter.session.language) }
        interpreter.session.language = lang ?? OutputLanguage.fromLocale(ProcessInfo.processInfo.environment)
        interpreter.session.files.allowedWriteFolders = allowWrite.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        // Where each lesson was left, beside the history (and, like it, not kept with --no-history).
        interpreter.session.lessonProgressPath =
            noHistory ? nil : URL(fileURLWithPath: HistoryLocation.path()).deletingLastPathComponent().appendingPathComponent("lessons.json").path

        for path in load {
            let outcome = interpreter.preload(path)
            if case .failed(let category) = outcome { return ExitStatus(category) }
        }

        // Arguments reach Swift with invalid UTF-8 silently replaced: look at the raw bytes.
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw)))
            if case .failure(let position) = UTF8Check.text(bytes) {
                output.writeError(renderer.render(position.diagnostic(in: "argument \(index)")) + "\n")
                return .dataError
            }
        }

        var sources: [SourceFile] = []
        for path in files {
            if path == "-" {
                let text: String
                switch readStandardInput(renderer: renderer, output: output) {
                case .success(let read): text = read
                case .failure(let status): return status
                }
                // A script on standard input is confined like a script file, to the folder it runs in:
                // `dxplan < colleague.plan` cannot write outside it either (--allow-write says more).
                sources.append(SourceFile(name: "<stdin>", text: text, directory: FileManager.default.currentDirectoryPath))
                continue
            }
            do {
                let text = try FileAccess.read(path)
                sources.append(
                    SourceFile(
                        name: path, text: text,
                        directory: URL(fileURLWithPath: path).deletingLastPathComponent().path))
            } catch .notText(_, let line, let column, let lineText) {
                let position = UTF8Check.InvalidPosition(line: line, column: column, lineText: lineText)
                output.writeError(renderer.render(position.diagnostic(in: path)) + "\n")
                return .dataError
            } catch {
                let reason = error.reason
                output.writeError("dxplan: " + renderer.render(.error(.missingInput, "cannot open '\(path)': \(reason)")) + "\n")
                return error == .missing(path) ? .noInput : .ioError
            }
        }
        for (i, command) in commands.enumerated() {
            sources.append(SourceFile(name: commands.count > 1 ? "-c#\(i + 1)" : "-c", text: command))
        }
        let scripted = !sources.isEmpty
        if !scripted && !Terminal.stdinIsTTY {
            let text: String
            switch readStandardInput(renderer: renderer, output: output) {
            case .success(let read): text = read
            case .failure(let status): return status
            }
            // Confined to the folder it runs in, as a script file is to its own (see above).
            sources.append(SourceFile(name: "<stdin>", text: text, directory: FileManager.default.currentDirectoryPath))
        }

        var firstFailure: ExitStatus?
        for source in sources {
            switch interpreter.execute(source, keepGoing: keepGoing) {
            case .completed: continue
            case .quit: return firstFailure ?? .success
            case .failed(let category):
                firstFailure = firstFailure ?? ExitStatus(category)
                if category == .interrupted { return .interrupted }
                if !keepGoing { return firstFailure! }
            }
        }
        let wantsShell = scripted ? interactive : Terminal.stdinIsTTY
        guard wantsShell, Terminal.stdinIsTTY else { return firstFailure ?? .success }
        runs.lift()  // At the prompt, Ctrl-C is the limit.
        return runRepl(interpreter: interpreter, output: output, style: style)
    }

    private func runRepl(interpreter: Interpreter, output: StandardOutput, style: Style) -> ExitStatus {
        let historyPath = noHistory ? nil : HistoryLocation.path()
        guard let editor = LineEditor(historyPath: historyPath) else {
            output.writeError("dxplan: error: cannot start the line editor\n")
            return .software
        }
        let session = ReplSession(interpreter: interpreter, reader: editor, output: output)
        editor.makeCompleter = { [unowned interpreter] in
            Completer(
                scenarioNames: interpreter.session.workspace.names,
                programmeNames: interpreter.session.model.programmes.map(\.id),
                indicatorNames: interpreter.session.model.indicators.map(\.id),
                parameterNames: interpreter.session.model.parameters.map(\.id),
                policyNames: interpreter.session.model.policies.map(\.name),
                aliases: Dictionary(
                    interpreter.session.model.programmes.map { ($0.id, $0.aliases) }
                        + interpreter.session.model.indicators.map { ($0.id, $0.aliases) }, uniquingKeysWith: +))
        }
        editor.pendingLines = { [unowned session] in session.pendingLines }
        let language = interpreter.session.language
        var banner = style.bold("dxplan \(Self.version)") + " — " + language.phrase("plan Vietnam's digital-transformation budget.") + "\n"
        let names = interpreter.session.workspace.names
        if !names.isEmpty { banner += language.phrase("Scenarios loaded: {names}. ", ["names": names.joined(separator: ", ")]) }
        banner += language.phrase("Type 'help' for commands, Tab to complete, Ctrl-D to leave.") + "\n"
        output.write(banner)
        return session.run()
    }

    /// The bundled model, or the one given with --model.
    private func loadModel() -> Result<DeclaredModel, CompileErrors> {
        guard let path = model else {
            do {
                return .success(try BundledModel.load())
            } catch let errors as CompileErrors {
                return .failure(errors)
            } catch {
                return .failure(CompileErrors(diagnostics: [Diagnostic.error(.internal, "\(error)")]))
            }
        }
        return Session.loadModel(path: path)
    }

    /// Reads all of standard input; nil when Ctrl-C interrupts the read.
    /// Reads standard input to its end as UTF-8 text; fails with the exit status when interrupted
    /// (Ctrl-C, 130) or when it is not UTF-8 (65, after saying where).
    private func readStandardInput(renderer: DiagnosticRenderer, output: StandardOutput) -> Result<String, ExitStatus> {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n > 0 {
                data.append(contentsOf: buffer[0..<n])
            } else if n == 0 {
                break
            } else if dx_errno() == EINTR {
                if dx_interrupted() != 0 { return .failure(.interrupted) }
            } else {
                break
            }
        }
        switch UTF8Check.text(data) {
        case .success(let text):
            return .success(text)
        case .failure(let position):
            output.writeError(renderer.render(position.diagnostic(in: "<stdin>")) + "\n")
            return .failure(.dataError)
        }
    }
}

/// A failed read of standard input ends the process with its status.
extension ExitStatus: Error {}

extension OutputLanguage: ExpressibleByArgument {}
