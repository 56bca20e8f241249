import DXLanguage
import DXSource

/// Every command of the shell, in the order `help` lists them. Adding a command is a new
/// `ShellCommand` type and a line here.
package enum CommandRegistry {
    package static let commands: [any ShellCommand.Type] = [
        RunCommand.self, ShowCommand.self, DiffCommand.self, ChartCommand.self, WhyCommand.self, OptimiseCommand.self, SeekCommand.self,
        CompareCommand.self, TargetsCommand.self, ExplainCommand.self, AssumptionsCommand.self, CalibrateCommand.self,
        UncertaintyCommand.self, SensitivityCommand.self, ModelCommand.self, ExportCommand.self, ListCommand.self, SaveCommand.self, LoadCommand.self,
        RecordCommand.self, WorkshopCommand.self, LeaderboardCommand.self, LessonCommand.self, NextCommand.self, BackCommand.self, HintCommand.self,
        LangCommand.self, WidthCommand.self, HelpCommand.self,
        QuitCommand.self,
    ]

    /// The parser's table of the commands.
    package static let table = CommandTable(commands)

    /// The command a word starts (an English or Vietnamese word, with or without diacritics).
    package static func command(_ word: String) -> (any ShellCommand.Type)? {
        table.command(table.canonicalKeyword(word)) as? any ShellCommand.Type
    }
}

extension Parser {
    /// Parses a script or scenario file with the shell's commands.
    package static func parse(_ source: SourceFile) -> ParseResult {
        parse(source, commands: CommandRegistry.table)
    }
}

extension SourceFormatter {
    /// Formats a script or scenario file that may hold the shell's commands.
    package static func format(_ source: SourceFile) -> String? {
        format(source, commands: CommandRegistry.table)
    }
}
