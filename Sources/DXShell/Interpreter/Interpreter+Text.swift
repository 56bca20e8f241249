import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// Small text helpers the commands share.
extension Interpreter {
    /// A value in a few significant digits, for equation listings.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude >= 1000 { return Format.grouped(value) }
        if magnitude >= 1 { return NumberText.plain((value * 1000).rounded() / 1000) }
        return NumberText.plain((value * 100_000).rounded() / 100_000)
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
