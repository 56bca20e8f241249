/// Terminal styling: ANSI colours when enabled, plain text otherwise.
package struct Style: Sendable {
    package var colored: Bool

    package init(colored: Bool) {
        self.colored = colored
    }

    package static let plain = Style(colored: false)

    package func bold(_ text: String) -> String { paint(text, "1") }
    package func dim(_ text: String) -> String { paint(text, "2") }
    package func good(_ text: String) -> String { paint(text, "32") }
    package func bad(_ text: String) -> String { paint(text, "31") }
    package func accent(_ text: String) -> String { paint(text, "36") }

    private func paint(_ text: String, _ code: String) -> String {
        colored && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
