import DXLanguage
import DXSource

/// A command of the shell, declared in one file: its syntax (the word, its Vietnamese forms
/// and how its arguments are read), its help in both languages, what Tab offers after it, and
/// what it does. Declaring the type in `Commands/` registers it (`CommandRegistry`); the parser's
/// command table, `help` and Tab completion come from the registry.
package protocol ShellCommand: CommandSyntax {
    /// The heading `help` lists it under.
    static var group: CommandGroup { get }
    /// Its entry in `help`: usage, summary in English and Vietnamese, details and an example.
    static var help: HelpTopic { get }
    /// What Tab offers for the next word, given the words before it (`words[0]` is the command;
    /// keywords in English).
    static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate]
    /// Whether its string argument is a file (Tab completes paths inside the quotes).
    static var takesFile: Bool { get }
    /// Whether it ends the session (`quit`, not `quit lesson`).
    var endsSession: Bool { get }
    /// Whether it moves through a lesson (`lesson`, `next`, `back`, `hint`, `quit lesson`) rather
    /// than doing what a step asks: it does not count towards a step's check.
    var movesThroughLesson: Bool { get }
    /// Does what the command says; `source` is the text it came from, for positioned errors.
    func run(in session: Session, source: SourceFile) throws(Diagnostic)
}

extension ShellCommand {
    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] { [] }
    package static var takesFile: Bool { false }
    package var endsSession: Bool { false }
    package var movesThroughLesson: Bool { false }
}
