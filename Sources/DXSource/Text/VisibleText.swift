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
        guard hasControl(text, keepingNewlines: keepingNewlines) else { return text }
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

    /// Whether `escaped` has anything to escape, read from the UTF-8 bytes without decoding (most
    /// text has nothing): a C0 control or DEL is one byte below 0x80, and a C1 control
    /// (U+0080…U+009F) is 0xC2 and then 0x80…0x9F (0xC2 is never a continuation byte).
    private static func hasControl(_ text: String, keepingNewlines: Bool) -> Bool {
        var afterC2 = false
        for byte in text.utf8 {
            if byte < 0x20 {
                if byte != 0x09, !(keepingNewlines && byte == 0x0A) { return true }
            } else if byte == 0x7F || (afterC2 && byte <= 0x9F && byte >= 0x80) {
                return true
            }
            afterC2 = byte == 0xC2
        }
        return false
    }
}
