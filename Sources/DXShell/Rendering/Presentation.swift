/// How a session presents what it prints: the language of its words and numbers, the terminal's
/// styles (bold, dim, colours, or none in a pipe) and the columns text keeps to.
package struct Presentation: Sendable {
    let style: Style
    let language: OutputLanguage
    var width = Presentation.defaultWidth

    /// The width reports keep to, so that they read on a projector and in an 80-column terminal.
    package static let defaultWidth = 80
    /// The widths `width` accepts.
    package static let widths = 60...200
}

/// A report drawn in a session's presentation: its words (`t`), styles and width come from it.
protocol Report: Phrased {
    var presentation: Presentation { get }
}

extension Report {
    var language: OutputLanguage { presentation.language }
    var style: Style { presentation.style }
    /// The columns the text keeps to.
    var width: Int { presentation.width }
}
