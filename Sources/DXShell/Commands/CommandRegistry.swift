import DXLanguage
import DXSource

/// Every command of the shell: the `ShellCommand` types declared in `Commands/` (the
/// RegisterCommands plugin lists them at build time, `declared`), by `help`'s heading, then by word.
/// Adding a command is adding its file there, and its tests.
package enum CommandRegistry {
    package static let commands: [any ShellCommand.Type] = declared.sorted { ($0.group, $0.word) < ($1.group, $1.word) }

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
