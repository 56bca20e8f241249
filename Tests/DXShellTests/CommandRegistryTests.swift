import DXLanguage
import DXSource
import Foundation
import Testing

@testable import DXShell

/// The registry is the one list of commands: the parser, `help` and Tab completion all follow it,
/// so a command declared in `Commands/` works everywhere at once.
@Suite("Command registry")
struct CommandRegistryTests {
    @Test("every command's word and synonyms start a statement the parser reads as that command", arguments: CommandRegistry.commands.map { $0.word })
    func parsedByWord(word: String) throws {
        let command = try #require(CommandRegistry.command(word))
        for form in [command.word] + command.synonyms + command.synonyms.map(Folding.fold) {
            // The word alone may lack its arguments; it must still be that command, not an unknown one.
            let parsed = Parser.parse(SourceFile(name: "t", text: form + "\n"))
            if let first = parsed.statements.first {
                guard case .command(let parsedCommand) = first else {
                    Issue.record("'\(form)' is not a command")
                    continue
                }
                #expect(type(of: parsedCommand.syntax) == command, "'\(form)'")
                #expect(parsedCommand.keyword.text == command.word)
            } else {
                #expect(!parsed.diagnostics.contains { $0.code == .unknownCommand }, "'\(form)': \(parsed.diagnostics.map(\.message))")
            }
        }
    }

    @Test("every command has a help topic under its word, a Vietnamese summary, and an example that parses")
    func help() {
        for command in CommandRegistry.commands {
            let topic = HelpCatalogue.topic(command.word)
            #expect(topic?.name == command.word)
            #expect(topic?.vietnameseSummary.isEmpty == false)
            #expect(!Parser.parse(SourceFile(name: "example", text: command.help.example)).hasErrors, "\(command.word)")
        }
    }

    @Test("Tab on an empty line offers every command once; typed Vietnamese offers its forms")
    func completion() {
        let completer = Completer(scenarioNames: [], programmeNames: [], indicatorNames: [])
        let offered = completer.complete(line: "").candidates.map(\.display)
        for command in CommandRegistry.commands {
            #expect(offered.filter { $0 == command.word }.count == 1, "\(command.word)")
            for synonym in command.synonyms where synonym.unicodeScalars.count >= 2 {
                let typed = String(Folding.fold(synonym).prefix(2))
                #expect(
                    completer.complete(line: typed).candidates.contains { $0.display == synonym },
                    "'\(typed)' does not offer '\(synonym)'")
            }
        }
    }

    @Test("a word cannot start two commands")
    func distinctWords() {
        let words = CommandRegistry.commands.flatMap { [$0.word] + $0.synonyms }.map(Folding.fold)
        #expect(Set(words).count == words.count)
        let keywords = Set(Grammar.vietnameseKeywords.keys.map(Folding.fold) + Grammar.statementStarters + Grammar.scenarioSettings)
        #expect(Set(words).isDisjoint(with: keywords))
    }

    @Test("every command file of Commands/ is registered, and nothing else is (the RegisterCommands plugin)")
    func discovered() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "../../Sources/DXShell/Commands").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        // One command per file, named after it: RunCommand.swift declares RunCommand.
        let expected = files.filter { $0.hasSuffix("Command.swift") && $0 != "ShellCommand.swift" }.map { String($0.dropLast(".swift".count)) }
        #expect(expected.count >= 30)
        #expect(Set(CommandRegistry.commands.map { String(describing: $0) }) == Set(expected))
        #expect(CommandRegistry.commands.count == expected.count)
    }

    @Test("help lists every command once, under its group's heading, in both languages")
    func helpGroups() {
        for language in [OutputLanguage.en, .vi] {
            let overview = HelpCatalogue.overview(style: .plain, language: language)
            let lines = overview.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for command in CommandRegistry.commands {
                let usage = lines.firstIndex { $0.hasPrefix("  " + command.help.usage) }
                let heading = lines.firstIndex(of: command.group.heading(in: language))
                #expect(usage != nil && heading != nil && heading! < usage!, "\(command.word) in \(language)")
                // No other heading comes between the command's heading and the command.
                if let usage, let heading {
                    let between = lines[(heading + 1)..<usage]
                    #expect(!CommandGroup.allCases.contains { between.contains($0.heading(in: language)) }, "\(command.word)")
                }
            }
        }
    }
}
