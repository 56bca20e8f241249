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
        // Written byte by byte: a control character is one byte (C0, DEL) or two (C1: 0xC2 and
        // then 0x80…0x9F), and becomes at most six.
        let bytes = Array(text.utf8)
        return String(unsafeUninitializedCapacity: 6 * bytes.count) { out in
            var count = 0
            func write(_ byte: UInt8) {
                out[count] = byte
                count += 1
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var control: UInt8?
                if byte < 0x20 {
                    if byte != 0x09, !(keepingNewlines && byte == 0x0A) { control = byte }
                } else if byte == 0x7F {
                    control = byte
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                    index += 1
                    control = bytes[index]
                }
                index += 1
                guard let control else {
                    write(byte)
                    continue
                }
                // `\u{1B}`: the code point in uppercase hexadecimal, without leading zeros.
                for byte in "\\u{".utf8 { write(byte) }
                if control >= 0x10 { write(hexDigits[Int(control >> 4)]) }
                write(hexDigits[Int(control & 0x0F)])
                write(UInt8(ascii: "}"))
            }
            return count
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Whether `escaped` has anything to escape, read from the UTF-8 bytes without decoding (most
    /// text has nothing): a C0 control or DEL is one byte below 0x80, and a C1 control
    /// (U+0080…U+009F) is 0xC2 and then 0x80…0x9F (0xC2 is never a continuation byte).
    private static func hasControl(_ text: String, keepingNewlines: Bool) -> Bool {
        // A native string's bytes are read in place (a bridged one a byte at a time).
        text.utf8.withContiguousStorageIfAvailable { hasControl($0, keepingNewlines: keepingNewlines) }
            ?? hasControl(text.utf8, keepingNewlines: keepingNewlines)
    }

    static func hasControl(_ bytes: some Sequence<UInt8>, keepingNewlines: Bool) -> Bool {
        var afterC2 = false
        for byte in bytes {
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
