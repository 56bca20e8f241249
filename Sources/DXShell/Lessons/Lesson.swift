import DXSource

/// A lesson: a sequence of steps, each a short explanation, a command to try, a check the
/// learner's session must meet before `next` goes on, and hints on request. In English and
/// Vietnamese; read from a `.lesson` file (`LessonParser`).
package struct Lesson: Sendable {
    /// Text in both languages.
    package struct Text: Sendable, Equatable {
        package var en: [String] = []
        package var vi: [String] = []

        package func lines(in language: OutputLanguage) -> [String] { language == .vi && !vi.isEmpty ? vi : en }
    }

    /// What the learner's session must show before the step is done.
    package enum Check: Sendable, Equatable {
        /// The command (its English word) was used during the step: `check used compare`.
        case used(String)
        /// The scenario (any, when nil) was run with `run` during the step: `check ran [NAME]`.
        case ran(String?)
        /// At least this many scenarios were defined since the lesson began: `check defined [N]`.
        case defined(Int)
        /// A scenario defined during the lesson gives the programme at least (or at most) this share:
        /// `check share skills >= 20%`.
        case share(programme: String, atLeast: Bool, percent: Double)
        /// A condition of the script language holds for the current run: `check holds "fibre in 2030 >= 95%"`.
        case holds(String)
    }

    package struct Step: Sendable {
        package var text = Text()
        /// The command the learner is asked to type, shown under the text.
        package var command: String?
        package var check: Check?
        /// The check in words, as the author wrote it (shown when it is not met yet).
        package var checkText = Text()
        package var hints: [Text] = []
        /// Where the step starts in the lesson file.
        package var line: Int
    }

    package var title = Text()
    package var steps: [Step] = []
    /// The file it came from (or its name among the shipped lessons).
    package var origin: String
}
