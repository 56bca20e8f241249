/// Passes everything on to the real output and, while a capture is on, keeps a copy of it in
/// plain text (without colours), in the order it was written: what `record` writes after each
/// statement, and what a replay compares with the recording.
package final class CapturingOutput: TextOutput {
    private let base: TextOutput
    private var captured: String?

    package init(_ base: TextOutput) {
        self.base = base
    }

    package func write(_ text: String) {
        base.write(text)
        captured?.append(Self.plain(text))
    }

    package func writeError(_ text: String) {
        base.writeError(text)
        captured?.append(Self.plain(text))
    }

    /// Starts keeping a copy (again from nothing).
    package func startCapture() { captured = "" }

    /// Stops keeping a copy and returns what was written since `startCapture`.
    package func stopCapture() -> String {
        defer { captured = nil }
        return captured ?? ""
    }

    /// Text without the terminal's colour and style sequences (ESC [ … m).
    static func plain(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                out.unicodeScalars.append(scalar)
                continue
            }
            // Skip "[", the parameters, and the final letter.
            while let next = scalars.next(), !(next.properties.isAlphabetic && next != "[") {}
        }
        return out
    }
}
