import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation

/// A value of a script: a number, a percentage, an amount of money or a piece of text.
package enum ScriptValue: Sendable, Equatable {
    case number(Double)
    case percent(Double)
    /// In bn VND (amounts in USD are converted when they are written).
    case money(Double)
    case text(String)

    var kind: String {
        switch self {
        case .number: "a number"
        case .percent: "a percentage"
        case .money: "an amount of money"
        case .text: "text"
        }
    }

    var shown: String {
        switch self {
        case .number(let value): NumberText.plain((value * 1000).rounded() / 1000)
        case .percent(let value): NumberText.plain((value * 100).rounded() / 100) + "%"
        case .money(let value): NumberText.plain((value * 1000).rounded() / 1000) + " bn VND"
        case .text(let text): text
        }
    }

    /// The value with exactly `decimals` decimals (`{x:.1}` in printed text), its unit kept.
    /// Written as scripts write numbers (1234.5) in every language: a script prints the same
    /// lines whatever the locale it runs in.
    func shown(decimals: Int) -> String {
        Format.$style.withValue(.english) { shownInEnglishStyle(decimals: decimals) }
    }

    private func shownInEnglishStyle(decimals: Int) -> String {
        switch self {
        case .number(let value): Format.fixed(value, decimals)
        case .percent(let value): Format.fixed(value, decimals) + "%"
        case .money(let value): Format.fixed(value, decimals) + " bn VND"
        case .text(let text): text
        }
    }
}

extension ScriptValue {
    var numeric: Double? {
        switch self {
        case .number(let x), .percent(let x), .money(let x): x
        case .text: nil
        }
    }

    var isMoney: Bool {
        if case .money = self { return true }
        return false
    }

    var isPercent: Bool {
        if case .percent = self { return true }
        return false
    }
}
