import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// `show scenario NAME` and `diff A B`: a scenario's inputs after inheritance (`ScenarioInputs`), and where each comes from.
extension Interpreter {
    /// The inputs of a scenario after inheritance, with where each comes from (`ScenarioInputs`).
    func resolvedInputs(of name: String) -> [ResolvedInput] {
        ScenarioInputs.of(name, in: workspace, model: model)
    }

    /// What an input is when no scenario sets it: the model's own value for assumptions and policies.
    func modelDefault(for key: InputKey) -> String {
        if case .assume(let id) = key, let parameter = model.parameters.first(where: { $0.id == id }) {
            return NumberText.plain(parameter.value) + "  (the model's)"
        }
        if case .policy(let name) = key, let policy = model.policies.first(where: { $0.name == name }) {
            return "on from " + Self.date(policy.start) + "  (the model's)"
        }
        return "–"
    }

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

    func origin(_ input: ResolvedInput, leaf: String) -> String {
        guard input.from.name != leaf else { return "" }
        let place = input.from.source.name.map { " (\($0):\(input.range.start.line))" } ?? ""
        return "from \(input.from.name)\(place)"
    }

}
