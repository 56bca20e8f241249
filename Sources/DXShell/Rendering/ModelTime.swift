import Foundation

/// A model time (years as a number: 2025.75 is the start of October 2025) as people read it.
enum ModelTime {
    /// A model time as a date: 2025.75 → 2025-10-01.
    static func date(_ time: Double) -> String {
        let year = Int(time.rounded(.down))
        let month = Int(((time - Double(year)) * 12).rounded(.down)) + 1
        let day = Int(((time - Double(year)) * 12 - Double(month - 1)) * 30.5) + 1
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    /// Model time as a planner reads it: 2024.0 is "end-2023", 2024.5 "mid-2024", 2024.3 "Apr 2024".
    static func label(_ time: Double) -> String {
        let year = Int(time.rounded(.down))
        let fraction = time - Double(year)
        if fraction < 1e-9 { return "end-\(year - 1)" }
        if abs(fraction - 0.5) < 1e-9 { return "mid-\(year)" }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return months[min(Int((fraction * 12).rounded(.down)), 11)] + " \(year)"
    }
}
