import DXLanguage
import DXSource

/// `help [TOPIC]`.
package struct HelpCommand: ShellCommand {
    package let topic: Name?

    package static let word = "help"
    package static let synonyms = ["trợ-giúp"]
    package static let group = CommandGroup.session

    package static let help = HelpTopic(
        name: "help", usage: "help [TOPIC]",
        summary: "list commands, or explain one",
        vietnamese: "liệt kê các lệnh, hoặc giải thích một lệnh",
        details: "Topics are the commands and the scenario settings (horizon, budget, allocate, target).",
        vietnameseDetails: """
            Các chủ đề gồm các lệnh và các thiết lập của kịch bản (horizon, budget, allocate, target).
            """,
        example: "help run")

    package static func parse(_ parser: inout Parser) throws -> HelpCommand {
        let topic = parser.current.word != nil ? try parser.expectName("a topic") : nil
        // `help model load`: the topic is the command; the words after it name its forms.
        while parser.current.word != nil { _ = parser.advance() }
        return HelpCommand(topic: topic)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(HelpCatalogue.topics.map(\.name)) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.help(topic, source: source)
    }
}

extension Session {
    fileprivate func help(_ topic: Name?, source: SourceFile) throws(Diagnostic) {
        guard let topic else {
            output.write(HelpCatalogue.overview(style: style, language: language))
            return
        }
        // Vietnamese commands (`help đối-chiếu`) lead to the English topic.
        guard let entry = HelpCatalogue.topic(topic.text) ?? HelpCatalogue.topic(CommandRegistry.table.canonicalKeyword(topic.text)) else {
            let names = HelpCatalogue.topics.map(\.name)
            throw .error(
                .unknownTopic, .semantic, "no help for '\(topic.text)'" + Suggestion.didYouMean(topic.text, in: names),
                in: source, at: topic.range, notes: [.note("topics: " + names.joined(separator: ", "))])
        }
        output.write(HelpCatalogue.details(entry, style: style, language: language))
    }
}
