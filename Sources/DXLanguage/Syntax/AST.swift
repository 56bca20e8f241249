import DXSource

/// A name as written, with where it was written.
package struct Name: Sendable, Hashable {
    package let text: String
    package let range: SourceRange

    package init(_ text: String, _ range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A number as written, with whether it carried a `%` sign.
package struct NumberLiteral: Sendable, Hashable {
    package let value: Double
    package let isPercent: Bool
    package let range: SourceRange
    /// An expression of script variables written where a number goes (`budget b bn VND per year`,
    /// `data 35% - share`); the shell puts its value in when the statement runs.
    package let expression: ScriptExpression?

    package init(value: Double, isPercent: Bool, range: SourceRange, expression: ScriptExpression? = nil) {
        self.value = value
        self.isPercent = isPercent
        self.range = range
        self.expression = expression
    }
}

/// A string as written (escapes decoded).
package struct StringLiteral: Sendable, Hashable {
    package let value: String
    package let range: SourceRange

    package init(_ value: String, _ range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// A year as written (`2030`).
package struct YearLiteral: Sendable, Hashable {
    package let value: Int
    package let range: SourceRange

    package init(_ value: Int, _ range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// One top-level statement: a scenario definition or a command.
package enum Statement: Sendable, Hashable {
    case scenario(ScenarioDecl)
    case command(Command)
    /// `let NAME = EXPRESSION`
    case assignment(Name, ScriptExpression, SourceRange)
    /// `print "text with {expressions}"`
    case print(StringLiteral, SourceRange)
    /// `for NAME in A to B [step S] … end` or `for NAME in [a, b, c] … end`
    case loop(Loop)
    /// `if CONDITION … [else …] end`
    case conditional(ScriptExpression, [Statement], [Statement], SourceRange)
    /// `assert CONDITION ["message"]`
    case assertion(ScriptExpression, StringLiteral?, SourceRange)
    /// `include "FILE"`: run another file here, its path relative to this one
    case include(StringLiteral, SourceRange)

    package var range: SourceRange {
        switch self {
        case .scenario(let decl): decl.range
        case .command(let command): command.range
        case .assignment(_, _, let range), .print(_, let range), .conditional(_, _, _, let range),
            .assertion(_, _, let range), .include(_, let range):
            range
        case .loop(let loop): loop.range
        }
    }
}

/// A loop of a script.
package struct Loop: Sendable, Hashable {
    package enum Values: Sendable, Hashable {
        case range(from: ScriptExpression, to: ScriptExpression, step: ScriptExpression?)
        case list([ScriptExpression])
    }

    package var variable: Name
    package var values: Values
    package var body: [Statement]
    package var range: SourceRange

    package init(variable: Name, values: Values, body: [Statement], range: SourceRange) {
        self.variable = variable
        self.values = values
        self.body = body
        self.range = range
    }
}

/// An expression of a script: numbers, percentages, strings, variables, arithmetic, comparisons,
/// and `INDICATOR in YEAR` (a value of the current scenario's run).
package indirect enum ScriptExpression: Sendable, Hashable {
    case number(NumberLiteral)
    case string(StringLiteral)
    case variable(Name)
    case unary(String, ScriptExpression, SourceRange)
    case binary(String, ScriptExpression, ScriptExpression, SourceRange)
    case indicatorValue(Name, ScriptExpression, SourceRange)
    /// `fibre in 2030 of team-1`: an indicator's value in a year of a named scenario's run.
    case scenarioIndicator(Name, ScriptExpression, of: Name, SourceRange)
    /// `met of team-1`, `targets of team-1`, `spent of team-1`: the targets a named scenario's run
    /// meets, the targets it sets, the money it spends over its horizon.
    case scenarioFact(Name, of: Name, SourceRange)
    /// `5000 bn VND`, `1.2 bn USD`: an amount of money.
    case money(NumberLiteral, MoneyScale, currency: Currency, SourceRange)

    package var range: SourceRange {
        switch self {
        case .number(let number): number.range
        case .string(let string): string.range
        case .variable(let name): name.range
        case .unary(_, _, let range), .binary(_, _, _, let range), .indicatorValue(_, _, let range), .money(_, _, _, let range): range
        case .scenarioIndicator(_, _, _, let range), .scenarioFact(_, _, let range): range
        }
    }
}

/// `scenario NAME [from PARENT] ["title"] … end`
package struct ScenarioDecl: Sendable, Hashable {
    package var name: Name
    package var parent: Name?
    package var title: StringLiteral?
    package var items: [ScenarioItem]
    package var range: SourceRange

    package init(name: Name, parent: Name?, title: StringLiteral?, items: [ScenarioItem], range: SourceRange) {
        self.name = name
        self.parent = parent
        self.title = title
        self.items = items
        self.range = range
    }
}

/// A line inside a scenario block.
package enum ScenarioItem: Sendable, Hashable {
    case horizon(HorizonItem)
    case budget(BudgetItem)
    case allocate(AllocateItem)
    case target(TargetItem)
    /// `target official` or `target official 749`: the model's official targets, or one document's.
    case officialTargets(OfficialTargetsItem)
    case assume(AssumeItem)
    case policy(PolicyItem)
    case shift(ShiftItem)
    /// `delay PROGRAMME N years`: the programme spends each year's money N years later.
    case delay(DelayItem)
    /// `normalize`: scale the resolved shares so they add up to 100%.
    case normalize(SourceRange)
    /// `in 2026 budget …` or `from 2027 budget …`
    case yearBudget(YearSpan, BudgetItem)
    /// `in 2026 allocate … end` or `from 2027 allocate … end`
    case yearAllocate(YearSpan, AllocateItem)

    package var range: SourceRange {
        switch self {
        case .horizon(let item): item.range
        case .budget(let item): item.range
        case .allocate(let item): item.range
        case .target(let item): item.range
        case .officialTargets(let item): item.range
        case .assume(let item): item.range
        case .policy(let item): item.range
        case .shift(let item): item.range
        case .delay(let item): item.range
        case .normalize(let range): range
        case .yearBudget(let span, let item): span.range.through(item.range)
        case .yearAllocate(let span, let item): span.range.through(item.range)
        }
    }
}

/// `target official [KEY]`: the targets of the model's catalogue, all or one document's (`749`).
package struct OfficialTargetsItem: Sendable, Hashable {
    package var key: Name?
    package var range: SourceRange

    package init(key: Name?, range: SourceRange) {
        self.key = key
        self.range = range
    }
}

/// `assume PARAMETER = VALUE`: a model assumption changed for this scenario.
package struct AssumeItem: Sendable, Hashable {
    package var parameter: Name
    package var value: NumberLiteral
    package var range: SourceRange

    package init(parameter: Name, value: NumberLiteral, range: SourceRange) {
        self.parameter = parameter
        self.value = value
        self.range = range
    }
}

/// `in YEAR` (that year only) or `from YEAR` (that year and every later one).
package struct YearSpan: Sendable, Hashable {
    package var year: YearLiteral
    package var onlyThatYear: Bool
    package var range: SourceRange

    package init(year: YearLiteral, onlyThatYear: Bool, range: SourceRange) {
        self.year = year
        self.onlyThatYear = onlyThatYear
        self.range = range
    }

    package var text: String { (onlyThatYear ? "in " : "from ") + String(year.value) }
}

/// `shift 5% from PROGRAMME to PROGRAMME`: move percentage points of the allocation.
/// `delay PROGRAMME N years` (or `delay PROGRAMME by N years`): the programme is N years late.
/// Each year's money is spent N years after the year it is planned for; what falls after the
/// horizon is not spent within it. `delay PROGRAMME 0 years` undoes an inherited delay.
package struct DelayItem: Sendable, Hashable {
    package var programme: Name
    package var years: NumberLiteral
    package var range: SourceRange

    package init(programme: Name, years: NumberLiteral, range: SourceRange) {
        self.programme = programme
        self.years = years
        self.range = range
    }
}

package struct ShiftItem: Sendable, Hashable {
    package var amount: NumberLiteral
    package var from: Name
    package var to: Name
    package var range: SourceRange

    package init(amount: NumberLiteral, from: Name, to: Name, range: SourceRange) {
        self.amount = amount
        self.from = from
        self.to = to
        self.range = range
    }
}

/// A date as written: `2025`, `2025-10` or `2025-10-01`.
package struct DateLiteral: Sendable, Hashable {
    package var year: Int
    package var month: Int?
    package var day: Int?
    package var range: SourceRange

    package init(year: Int, month: Int?, day: Int?, range: SourceRange) {
        self.year = year
        self.month = month
        self.day = day
        self.range = range
    }

    /// Model time: the year plus the fraction of it elapsed before the date.
    package var time: Double {
        let monthsBefore = Double((month ?? 1) - 1), daysBefore = Double((day ?? 1) - 1)
        return Double(year) + monthsBefore / 12 + daysBefore / 365
    }

    package var text: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }
}

/// `policy SWITCH on from DATE` or `policy SWITCH off`: a dated policy of the model.
package struct PolicyItem: Sendable, Hashable {
    package var name: Name
    /// nil when the policy is switched off.
    package var from: DateLiteral?
    package var range: SourceRange

    package init(name: Name, from: DateLiteral?, range: SourceRange) {
        self.name = name
        self.from = from
        self.range = range
    }
}

/// `horizon 2025 to 2030`
package struct HorizonItem: Sendable, Hashable {
    package var from: YearLiteral
    package var to: YearLiteral
    package var range: SourceRange

    package init(from: YearLiteral, to: YearLiteral, range: SourceRange) {
        self.from = from
        self.to = to
        self.range = range
    }
}

/// The scale word of a money amount.
package enum MoneyScale: String, Sendable, Hashable, CaseIterable {
    case million
    case bn
    case trillion

    /// The scale in billions (the unit the model counts money in).
    package var inBillions: Double {
        switch self {
        case .million: 0.001
        case .bn: 1
        case .trillion: 1000
        }
    }

    /// Words accepted for each scale, in English and Vietnamese (with and without diacritics).
    package static let spellings: [String: MoneyScale] = [
        "million": .million, "millions": .million, "triệu": .million, "trieu": .million,
        "bn": .bn, "billion": .bn, "billions": .bn, "tỷ": .bn, "tỉ": .bn, "ty": .bn,
        "trillion": .trillion, "trillions": .trillion,
    ]

    /// The scale a word names, in any letter case.
    package static func named(_ word: String) -> MoneyScale? { spellings[word.lowercased()] }
}

/// `budget 25000 bn VND per year [growing 10% per year]`
/// The currency of an amount in a script expression; scenarios keep money in VND.
package enum Currency: String, Sendable, Hashable {
    case vnd = "VND"
    case usd = "USD"
}

package struct BudgetItem: Sendable, Hashable {
    package var amount: NumberLiteral
    /// `.bn` with `moneyFromExpression` when the amount is a money variable (`budget b per year`).
    package var scale: MoneyScale
    /// USD amounts are converted to VND at the scenario's `usd_vnd` when it is resolved.
    package var currency: Currency = .vnd
    package var moneyFromExpression = false
    package var growth: NumberLiteral?
    package var range: SourceRange

    package init(amount: NumberLiteral, scale: MoneyScale, growth: NumberLiteral?, range: SourceRange) {
        self.amount = amount
        self.scale = scale
        self.growth = growth
        self.range = range
    }

    /// The yearly amount in bn of its currency.
    package var billions: Double { amount.value * scale.inBillions }
}

/// `allocate … end`, one programme and its share per line.
package struct AllocateItem: Sendable, Hashable {
    package var entries: [AllocationEntry]
    package var range: SourceRange

    package init(entries: [AllocationEntry], range: SourceRange) {
        self.entries = entries
        self.range = range
    }
}

/// `skills 10%`, or an amount: `skills 5000 bn VND`.
package struct AllocationEntry: Sendable, Hashable {
    package var programme: Name
    /// The share in percent, or the amount when `scale` is set.
    package var share: NumberLiteral
    /// Set when the entry is a yearly amount of money rather than a share.
    package var scale: MoneyScale?
    package var currency: Currency = .vnd

    package init(programme: Name, share: NumberLiteral, scale: MoneyScale? = nil) {
        self.programme = programme
        self.share = share
        self.scale = scale
    }

    package var range: SourceRange { programme.range.through(share.range) }

    /// The amount in bn of its currency, for an entry written as an amount.
    package var billions: Double? { scale.map { share.value * $0.inBillions } }
}

/// A comparison operator in a target.
package enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case atLeast = ">="
    case atMost = "<="
    case greaterThan = ">"
    case lessThan = "<"
}

/// `target fibre >= 100% by 2030`
package struct TargetItem: Sendable, Hashable {
    package var indicator: Name
    package var comparison: ComparisonOperator
    package var value: NumberLiteral
    package var year: YearLiteral
    package var range: SourceRange

    package init(indicator: Name, comparison: ComparisonOperator, value: NumberLiteral, year: YearLiteral, range: SourceRange) {
        self.indicator = indicator
        self.comparison = comparison
        self.value = value
        self.year = year
        self.range = range
    }
}

/// A shell command: what its `CommandSyntax` read, and where.
package struct Command: Sendable, Hashable {
    /// The command with its arguments, as the command's own type.
    package var syntax: any CommandSyntax
    /// The command word (`run`, `show`…), for errors about the command as a whole.
    package var keyword: Name
    package var range: SourceRange

    package init(syntax: any CommandSyntax, keyword: Name, range: SourceRange) {
        self.syntax = syntax
        self.keyword = keyword
        self.range = range
    }

    package static func == (lhs: Command, rhs: Command) -> Bool {
        lhs.keyword == rhs.keyword && lhs.range == rhs.range && AnyHashable(lhs.syntax) == AnyHashable(rhs.syntax)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(keyword)
        hasher.combine(range)
        hasher.combine(AnyHashable(syntax))
    }
}
