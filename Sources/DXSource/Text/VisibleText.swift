/// Text as a terminal or a document may show it: control characters (escape sequences that could
/// move the cursor, clear the screen or retitle the window; the bell; C1 controls) are written as
/// visible escapes (`\u{1B}`), so a colleague's scenario title cannot act on the user's terminal.
public enum VisibleText {
    /// Whether a scalar is a control character other than a tab.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    /// The text with every control character but a tab (and, when `keepingNewlines`, a newline)
    /// written as `\u{XX}`.
    public static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingNewlines && $0 == "\n") }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !(keepingNewlines && scalar == "\n") {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
