import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// What `show scenario NAME` and `diff A B` share: the scenario named, and a model time as a date.
extension Interpreter {
    /// A model time as a date: 2025.75 → 2025-10-01.
    static func date(_ time: Double) -> String {
        let year = Int(time.rounded(.down))
        let month = Int(((time - Double(year)) * 12).rounded(.down)) + 1
        let day = Int(((time - Double(year)) * 12 - Double(month - 1)) * 30.5) + 1
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    func knownScenario(_ name: Name, source: SourceFile) throws(Diagnostic) -> String {
        try scenarioName(name, for: "show", source: source)
    }
}
