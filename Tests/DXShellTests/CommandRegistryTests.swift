import DXLanguage
import DXSource
import Testing

@testable import DXShell

/// The registry is the one list of commands: the parser, `help` and Tab completion all follow it,
/// so a command declared there works everywhere at once.
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
}
