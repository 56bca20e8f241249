/// Terminal styling: ANSI colours when enabled, plain text otherwise.
public struct Style: Sendable {
    public var colored: Bool

    public init(colored: Bool) {
        self.colored = colored
    }

    public static let plain = Style(colored: false)

    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }
    public func good(_ text: String) -> String { paint(text, "32") }
    public func bad(_ text: String) -> String { paint(text, "31") }
    public func accent(_ text: String) -> String { paint(text, "36") }

    private func paint(_ text: String, _ code: String) -> String {
        colored && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
