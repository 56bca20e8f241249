import DXModel
import DXSource

/// How numbers are written: the decimal and thousands separators of a language.
package enum NumberStyle: Sendable {
    /// 1,234.5: files, exports and scripts' output always; English reports.
    case english
    /// 1.234,5: Vietnamese reports.
    case vietnamese
}

/// Number formats shared by every report and by the messages about scenarios.
package enum Format {
    /// The style numbers are written in: a Vietnamese session binds `.vietnamese` while it runs
    /// statements (`Interpreter.execute`); what is written to files keeps the English style.
    @TaskLocal package static var style: NumberStyle = .english

    /// A number written with a decimal point (as `NumberText` and the formats below make it) in the style.
    package static func styled(_ text: String) -> String {
        guard style == .vietnamese else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case ".": out.append(",")
            case ",": out.append(".")
            default: out.append(character)
            }
        }
        return out
    }
    /// A number with as many decimals as it has (`NumberText.plain`), in the style.
    package static func plain(_ value: Double) -> String { styled(NumberText.plain(value)) }

    /// A value in an indicator's unit: one decimal for percentages, three for indices, and for
    /// another unit as a value of its size needs (thousands grouped).
    package static func value(_ value: Double, _ unit: IndicatorUnit) -> String {
        let decimals = unit.decimals(for: value)
        if case .other = unit, decimals == 0 { return grouped(value) }
        return fixed(value, decimals)
    }

    /// A value with its unit sign, as in "86.8%", "0.812" or "1,234 bn VND"; "–" when it is not a number.
    package static func quantity(_ value: Double, _ unit: IndicatorUnit) -> String {
        guard value.isFinite else { return "–" }
        switch unit {
        case .percent: return self.value(value, unit) + "%"
        case .index: return self.value(value, unit)
        case .other(let text): return self.value(value, unit) + " " + text
        }
    }

    package static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        guard abs(value) < 1e15 else { return String(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int64(magnitude)
        var fraction = Int64(((magnitude - Double(whole)) * scale).rounded())
        var wholePart = whole
        if Double(fraction) >= scale {
            wholePart += 1
            fraction = 0
        }
        var text = String(wholePart)
        if decimals > 0 {
            let digits = String(fraction)
            text += (style == .vietnamese ? "," : ".") + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (negative && rounded != 0 ? "-" : "") + text
    }

    /// Money in bn VND with thousands separators: "25,000 bn VND"; small amounts keep decimals.
    package static func money(_ billions: Double) -> String {
        guard billions.isFinite, abs(billions) < 1e15 else { return styled(NumberText.plain(billions)) + " bn VND" }
        if abs(billions) < 100, billions != billions.rounded() {
            return styled(NumberText.plain((billions * 1000).rounded() / 1000)) + " bn VND"
        }
        return grouped(Int64(billions.rounded())) + " bn VND"
    }

    /// A whole amount with thousands separators; "–" when it is not a number, and the plain
    /// number when it is too large for whole-number digits (no conversion can trap).
    package static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        guard abs(value) < 1e15 else { return styled(NumberText.plain(value)) }
        return grouped(Int64(value.rounded()))
    }

    package static func grouped(_ number: Int64) -> String {
        let digits = String(number.magnitude)
        let separator: Character = style == .vietnamese ? "." : ","
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(separator) }
            out.append(c)
        }
        return (number < 0 ? "-" : "") + out
    }

    /// "12%", "12.5%" or "0.05%" for a fraction: as many decimals as it has, up to four.
    package static func percent(_ fraction: Double) -> String {
        styled(NumberText.plain((fraction * 100 * 10_000).rounded() / 10_000)) + "%"
    }
}
