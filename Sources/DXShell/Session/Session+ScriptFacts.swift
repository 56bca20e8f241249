import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// What scripts read from the session.
extension Session: ScriptFacts {
    /// An indicator's value in a year of the current run, or of a named scenario's (run if needed).
    func indicatorValue(_ name: Name, in year: Int, of scenario: Name?, at range: SourceRange, source: SourceFile) throws(Diagnostic) -> ScriptValue {
        let indicator = try knownIndicator(name, source: source)
        let result = try currentResult(scenario, for: "read", source: source, makeCurrent: scenario == nil)
        guard let value = result.value(of: indicator.id, in: year) else {
            throw .error(.outOfRange, .semantic, "\(year) is outside the run of '\(result.scenario.name)'", in: source, at: range)
        }
        return indicator.unit == .percent ? .percent(value) : .number(value)
    }

    func fact(_ fact: Name, of scenario: Name, source: SourceFile) throws(Diagnostic) -> ScriptValue {
        let result = try currentResult(scenario, for: "read", source: source, makeCurrent: false)
        switch Folding.fold(fact.text) {
        case "met", "dat": return .number(Double(result.targetOutcomes.count(where: \.met)))
        case "targets", "muc-tieu": return .number(Double(result.targetOutcomes.count))
        case "spent", "da-chi": return .money(result.scenario.horizon.reduce(0) { $0 + result.scenario.envelope(in: $1) })
        default:
            throw .error(
                .unknownVariable, .semantic,
                "'\(fact.text) of \(scenario.text)' reads nothing: use met, targets or spent, or an indicator in a year (fibre in 2030 of \(scenario.text))"
                    + Suggestion.didYouMean(fact.text, in: ["met", "targets", "spent"]), in: source, at: fact.range)
        }
    }

    var exchangeRate: Double? { model.exchangeRate?.value }

    /// The variables of scripts (`let`, `for`).
    package var variables: [String: ScriptValue] { script.variables }

    func evaluate(_ expression: ScriptExpression, in source: SourceFile) throws(Diagnostic) -> ScriptValue {
        try script.evaluate(expression, in: source, facts: self)
    }

    func interpolate(_ text: StringLiteral, in source: SourceFile) throws(Diagnostic) -> String {
        try script.interpolate(text, in: source, facts: self)
    }

    func substituteVariables(_ decl: ScenarioDecl, in source: SourceFile) throws(Diagnostic) -> ScenarioDecl {
        try script.substituteVariables(decl, in: source, facts: self)
    }
}
