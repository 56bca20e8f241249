import ArgumentParser

/// Sends `dxplan fmt …` to the formatter, `dxplan replay …` to the replay of a recording,
/// `dxplan verify …` to the check of an export's numbers, and
/// everything else to the shell, so `dxplan --help` keeps describing the shell.
@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "fmt" {
            FormatCommand.main(Array(arguments.dropFirst()))
        } else if arguments.first == "replay" {
            ReplayCommand.main(Array(arguments.dropFirst()))
        } else if arguments.first == "verify" {
            VerifyCommand.main(Array(arguments.dropFirst()))
        } else {
            DXPlanCommand.main(arguments)
        }
    }
}
