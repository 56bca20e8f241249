import ArgumentParser
import DXModel
import DXShell
import DXSource
import Foundation

/// `dxplan verify FILE`: makes the numbers of a JSON export again from its run record and says
/// whether each one is the same.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dxplan verify",
        abstract: "Make the numbers of a JSON export ('export json') again from its run record, and say which differ.",
        discussion: """
            The run record of an export names the model (a fingerprint of its file) and holds the text of \
            every scenario. Each scenario is defined and run again, and every indicator value, every \
            programme's spending, the budget in every year and each target's verdict are compared with the \
            export (to its six decimals). A model file that is not the one named (its comments or \
            translations changed, say) is only noted when every number is the same. Exit status: 0 when \
            every number is the same, 1 when some differ, 65 when the file is not an export with a run record, 66 when it \
            cannot be read.
            """)

    @Argument(help: ArgumentHelp("The JSON export to verify.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The model file the export was made with, when it is not the bundled model.", valueName: "file"))
    var model: String?

    func run() throws {
        let output = StandardOutput()
        let renderer = DiagnosticRenderer(colored: false)
        let text: String
        do {
            text = try FileAccess.read(file)
        } catch {
            output.writeError(
                "dxplan verify: " + renderer.render(.error(.missingInput, "cannot open '\(file)': \(error.reason)")) + "\n")
            throw ExitCode(error == .missing(file) ? ExitStatus.noInput.rawValue : ExitStatus.ioError.rawValue)
        }
        let loaded: Result<DeclaredModel, CompileErrors>
        if let model {
            loaded = Session.loadModel(path: model)
        } else {
            loaded = Result { try BundledModel.load() }.mapError {
                ($0 as? CompileErrors) ?? CompileErrors(diagnostics: [.error(.internal, "\($0)")])
            }
        }
        let declared: DeclaredModel
        switch loaded {
        case .success(let value): declared = value
        case .failure(let errors):
            for diagnostic in errors.diagnostics { output.writeError(renderer.render(diagnostic) + "\n") }
            throw ExitCode(ExitStatus(errors.diagnostics.first?.category ?? .internal).rawValue)
        }
        let verification = ExportVerification.verify(text, model: declared)
        for problem in verification.problems { output.writeError("dxplan verify: \(file): \(problem)\n") }
        if let otherModel = verification.otherModel {
            output.writeError("dxplan verify: \(file): " + (verification.isConfirmed ? "note: " : "") + otherModel + "\n")
        }
        if verification.checked == 0 { throw ExitCode(ExitStatus.dataError.rawValue) }
        for difference in verification.differences.prefix(20) {
            output.write("differs: \(difference.scenario): \(difference.what): exported \(difference.exported), now \(difference.now)\n")
        }
        if verification.differences.count > 20 { output.write("… and \(verification.differences.count - 20) more differences\n") }
        let scenarios = verification.scenarios.map { "'\($0)'" }.joined(separator: ", ")
        if verification.isConfirmed {
            output.write("Verified \(file): all \(verification.checked) numbers and verdicts of \(scenarios) are made again the same.\n")
        } else {
            output.write(
                "Not verified: \(verification.differences.count) of \(verification.checked) numbers and verdicts of \(scenarios) differ"
                    + (!verification.problems.isEmpty
                        ? ", and the record could not be checked in full (above).\n"
                        : verification.otherModel != nil ? ", and another model made it (above).\n" : ".\n"))
            throw ExitCode(1)
        }
    }
}
