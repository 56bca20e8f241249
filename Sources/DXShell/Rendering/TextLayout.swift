import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// How report text is laid out: paragraphs wrapped to a width, long texts clipped, values in a
/// few digits.
enum TextLayout {
    /// A value in a few significant digits, for equation listings.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude >= 1000 { return Format.grouped(value) }
        if magnitude >= 1 { return Format.plain((value * 1000).rounded() / 1000) }
        return Format.plain((value * 100_000).rounded() / 100_000)
    }

    /// The longest line of a text, in characters, colour codes left out.
    static func widestLine(_ text: String) -> Int {
        text.split(separator: "\n").map { CapturingOutput.plain(String($0)).count }.max() ?? 0
    }

    /// A paragraph broken into lines of at most `width` characters, at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Long source texts cut to fit a table row.
    static func clip(_ text: String, to length: Int = 70) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func trimmingTrailingNewline() -> String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
