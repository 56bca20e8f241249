import DXSource

/// Prints scenarios as canonical, readable text that the parser reads back to the same scenario.
package enum ScenarioPrinter {
    /// The canonical text of one scenario declaration, ending with a line break.
    package static func print(_ decl: ScenarioDecl) -> String {
        var header = "scenario \(decl.name.text)"
        if let parent = decl.parent { header += " from \(parent.text)" }
        if let title = decl.title { header += " " + quote(title.value) }
        var lines = [header]
        for item in decl.items {
            switch item {
            case .horizon(let horizon):
                lines.append("  horizon \(horizon.from.value) to \(horizon.to.value)")
            case .budget(let budget):
                lines.append("  " + budgetLine(budget))
            case .allocate(let allocate):
                lines += allocationLines(allocate, prefix: "")
            case .yearBudget(let span, let budget):
                lines.append("  \(span.text) " + budgetLine(budget))
            case .yearAllocate(let span, let allocate):
                lines += allocationLines(allocate, prefix: span.text + " ")
            case .target(let target):
                let value = number(target.value.value) + (target.value.isPercent ? "%" : "")
                lines.append("  target \(target.indicator.text) \(target.comparison.rawValue) \(value) by \(target.year.value)")
            case .officialTargets(let official):
                lines.append("  target official" + (official.key.map { " " + $0.text } ?? ""))
            case .shift(let shift):
                lines.append("  shift \(number(shift.amount.value))% from \(shift.from.text) to \(shift.to.text)")
            case .delay(let delay):
                lines.append("  " + delayText(delay.programme.text, delay.years.value))
            case .normalize:
                lines.append("  normalize")
            case .assume(let assume):
                lines.append("  assume \(assume.parameter.text) = \(number(assume.value.value))\(assume.value.isPercent ? "%" : "")")
            case .policy(let policy):
                lines.append("  policy \(policy.name.text) " + (policy.from.map { "on from " + $0.text } ?? "off"))
            }
        }
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `delay PROGRAMME N year(s)`, as a scenario file and `show scenario` write it.
    package static func delayText(_ programme: String, _ years: Double) -> String {
        "delay \(programme) \(number(years)) \(years == 1 ? "year" : "years")"
    }

    private static func budgetLine(_ budget: BudgetItem) -> String {
        var line = "budget \(number(budget.amount.value)) \(budget.scale.rawValue) \(budget.currency.rawValue) per year"
        if let growth = budget.growth { line += " growing \(number(growth.value))% per year" }
        return line
    }

    private static func allocationLines(_ allocate: AllocateItem, prefix: String) -> [String] {
        var lines = ["  \(prefix)allocate"]
        let width = allocate.entries.map(\.programme.text.count).max() ?? 0
        let shareWidth = allocate.entries.map { number($0.share.value).count }.max() ?? 0
        for entry in allocate.entries {
            let share = number(entry.share.value)
            let pad = String(repeating: " ", count: width - entry.programme.text.count + shareWidth - share.count)
            let unit = entry.scale.map { " \($0.rawValue) \(entry.currency.rawValue)" } ?? "%"
            lines.append("    \(entry.programme.text)\(pad) \(share)\(unit)")
        }
        lines.append("  end")
        return lines
    }

    /// A number as it is written in scenario files: no trailing `.0`, never an exponent.
    package static func number(_ value: Double) -> String {
        NumberText.plain(value)
    }

    /// A string literal with `"` and `\` escaped.
    package static func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
