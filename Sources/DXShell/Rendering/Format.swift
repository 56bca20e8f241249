import DXModel

/// Number formats shared by every report.
enum Format {
    /// A value in an indicator's unit: one decimal for percentages, three for indices.
    static func value(_ value: Double, _ unit: IndicatorUnit) -> String {
        switch unit {
        case .percent: fixed(value, 1)
        case .index: fixed(value, 3)
        }
    }

    /// A value with its unit sign, as in "86.8%" or "0.812".
    static func quantity(_ value: Double, _ unit: IndicatorUnit) -> String {
        unit == .percent ? self.value(value, unit) + "%" : self.value(value, unit)
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int64(magnitude)
        var fraction = Int64(((magnitude - Double(whole)) * scale).rounded())
        var wholePart = whole
        if Double(fraction) >= scale { wholePart += 1; fraction = 0 }
        var text = String(wholePart)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (negative && rounded != 0 ? "-" : "") + text
    }

    /// Money in bn VND with thousands separators: "25,000 bn VND".
    static func money(_ billions: Double) -> String {
        grouped(Int64(billions.rounded())) + " bn VND"
    }

    static func grouped(_ number: Int64) -> String {
        let digits = String(abs(number))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (number < 0 ? "-" : "") + out
    }

    /// "12%" or "12.5%" for a fraction.
    static func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        return (value == value.rounded() ? String(Int64(value)) : fixed(value, 1)) + "%"
    }
}
