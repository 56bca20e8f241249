import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `optimise [SCENARIO] [for INDICATOR in YEAR | weights INDICATOR N, …] [with CONSTRAINT, …] [as NAME]`:
/// the split of its budget that does best.
package struct OptimiseCommand: ShellCommand {
    package let scenario: Name?
    package let indicator: Name?
    package let year: YearLiteral?
    /// How much each indicator's targets count (`weights digital-economy 3`); 1 for the others.
    package let weights: [Weight]
    package let constraints: [Constraint]
    /// `with budget <= AMOUNT`: no year's budget above it.
    package let budgetCap: BudgetCap?
    package let newName: Name?

    /// `budget <= 40000 bn VND`: the most the scenario may spend in any year.
    package struct BudgetCap: Hashable, Sendable {
        package let amount: NumberLiteral
        package let scale: MoneyScale
        package let currency: Currency
        /// From `budget` to the amount.
        package let range: SourceRange
    }

    /// `INDICATOR N`: the targets on an indicator count N times.
    package struct Weight: Hashable, Sendable {
        package let indicator: Name
        package let value: NumberLiteral
    }

    /// `NAME >= N%`, `NAME <= N%` or `NAME fixed`, NAME a programme or a pillar.
    package struct Constraint: Hashable, Sendable {
        package let name: Name
        /// `>=` or `<=` and the share; nil for `fixed`.
        package let comparison: ComparisonOperator?
        package let share: NumberLiteral?
    }

    package static let word = "optimise"
    package static let synonyms = ["tối-ưu"]
    package static let group = CommandGroup.analysis

    package static let help = HelpTopic(
        name: "optimise", usage: "optimise [SCENARIO] [for INDICATOR in YEAR | weights INDICATOR N, …] [with CONSTRAINT, …] [as NAME]",
        summary: "the split of a scenario's budget that does best on its targets, or on one indicator",
        vietnamese: "cách chia ngân sách của một kịch bản đạt các mục tiêu tốt nhất, hoặc tốt nhất cho một chỉ tiêu",
        details: """
            Searches the shares of the programmes (Nelder–Mead; budget, horizon, assumptions and policies
            stay) for the split that does best on the scenario's targets (each met target counts 1, a
            missed one its progress towards the threshold; 'weights' makes an indicator's targets count
            more: weights digital-economy 3, online-services 2) or, with 'for', on one indicator in one year.
            Defines the result as a new scenario (NAME, or SCENARIO-optimised) that inherits the rest, so
            'run', 'compare' and 'save' work on it. The split is what this model rewards, not advice.

            'with' sets conditions, separated by commas: a programme's or a pillar's share at least or at
            most a percentage (digital-government >= 50%, broadband <= 10%), a programme kept at its
            share (skills fixed), or a cap on the budget (budget <= 70000 bn VND: no year spends more;
            the years above it get 'in YEAR budget' lines). The answer is the best split a local search
            found, not a proven optimum; it says so if it could not keep every condition.
            """,
        vietnameseDetails: """
            Tìm tỷ trọng của các chương trình (Nelder–Mead; ngân sách, giai đoạn, giả định và chính sách giữ
            nguyên) cho cách chia tốt nhất theo các mục tiêu của kịch bản (mỗi mục tiêu đạt tính 1, mục tiêu
            chưa đạt tính theo mức tiến gần tới ngưỡng; 'weights' (trọng-số) cho các mục tiêu của một chỉ
            tiêu tính nhiều hơn: weights digital-economy 3, online-services 2) hoặc, với 'for', theo một chỉ
            tiêu trong một năm.
            Kết quả được định nghĩa thành một kịch bản mới (NAME, hoặc SCENARIO-optimised) kế thừa phần còn
            lại, nên 'run', 'compare' và 'save' dùng được với kịch bản đó. Cách chia này là điều mô hình này
            đánh giá cao, không phải một khuyến nghị.

            'with' (với) đặt điều kiện, cách nhau bằng dấu phẩy: tỷ trọng của một chương trình hay một trụ
            cột ít nhất hoặc nhiều nhất một tỷ lệ (chính-phủ-số >= 50%, broadband <= 10%), hoặc một chương
            trình giữ nguyên tỷ trọng (skills fixed, hay cố-định), hoặc mức trần ngân sách (budget <= 70000
            bn VND, hay ngân-sách: không năm nào chi quá mức đó; các năm vượt có thêm dòng 'in YEAR
            budget'). Kết quả là cách chia tốt nhất mà một phép tìm kiếm cục bộ tìm được, không phải tối ưu
            đã chứng minh; lệnh nói rõ nếu không giữ được mọi điều kiện.
            """,
        example: "optimise baseline for fibre in 2030 with digital-government >= 40% as more-fibre")

    package static func parse(_ parser: inout Parser) throws -> OptimiseCommand {
        var scenario: Name?
        if parser.current.word != nil, !parser.check(word: "for"), !parser.check(word: "as"), !parser.check(word: "with"),
            !parser.check(word: "weights")
        {
            scenario = try parser.expectName("a scenario name")
        }
        var indicator: Name?, year: YearLiteral?, newName: Name?
        if parser.accept(word: "for") != nil {
            let name = try parser.expectName("an indicator after 'for', as in optimise five-pushes for fibre in 2030")
            indicator = name
            _ = try parser.expect(word: "in", "and the year, as in for \(name.text) in 2030")
            year = try parser.expectYear("the year to optimise for")
        }
        var weights: [Weight] = []
        if let word = parser.accept(word: "weights") {
            if indicator != nil {
                throw parser.fail("'weights' counts the scenario's targets; with 'for' one indicator is the aim", at: word.range)
            }
            repeat {
                let name = try parser.expectName("an indicator, as in weights digital-economy 3")
                weights.append(Weight(indicator: name, value: try parser.expectNumber("its weight, as in weights \(name.text) 3")))
            } while parser.current.kind == .symbol(",") && parser.advance().kind == .symbol(",")
        }
        var constraints: [Constraint] = []
        var budgetCap: BudgetCap?
        if parser.accept(word: "with") != nil {
            repeat {
                let name = try parser.expectName("a programme or a pillar, as in with digital-government >= 50%")
                if ["budget", "ngan-sach"].contains(Folding.fold(name.text)) {
                    if budgetCap != nil { throw parser.fail("the budget is capped twice", at: name.range) }
                    guard parser.current.kind == .symbol("<=") else {
                        throw parser.fail("expected '<=' and an amount after 'budget', as in with budget <= 40000 bn VND")
                    }
                    _ = parser.advance()
                    let money = try parser.expectMoney("the most a year may spend", example: "with budget <= 40000 bn VND")
                    budgetCap = BudgetCap(
                        amount: money.amount, scale: money.scale, currency: money.currency, range: name.range.through(money.amount.range))
                } else if parser.accept(word: "fixed") != nil {
                    constraints.append(Constraint(name: name, comparison: nil, share: nil))
                } else {
                    guard case .symbol(let symbol) = parser.current.kind, let comparison = ComparisonOperator(rawValue: symbol),
                        comparison == .atLeast || comparison == .atMost
                    else {
                        throw parser.fail("expected '>= N%', '<= N%' or 'fixed' after '\(name.text)', found \(parser.current.described)")
                    }
                    _ = parser.advance()
                    let share = try parser.expectPercent("the share", example: "\(name.text) \(comparison.rawValue) 50%")
                    constraints.append(Constraint(name: name, comparison: comparison, share: share))
                }
            } while parser.current.kind == .symbol(",") && parser.advance().kind == .symbol(",")
        }
        if parser.accept(word: "as") != nil { newName = try parser.expectName("the name of the scenario to define") }
        return OptimiseCommand(
            scenario: scenario, indicator: indicator, year: year, weights: weights, constraints: constraints, budgetCap: budgetCap,
            newName: newName)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.last == "for" || words.last == "weights" { return completer.candidates(completer.indicatorNames) }
        if words.last == "in" || words.last == "as" { return [] }
        // After a comma: more weights until 'with', more conditions after it.
        if words.last?.hasSuffix(",") == true, words.contains("weights"), !words.contains("with") {
            return completer.candidates(completer.indicatorNames)
        }
        if words.last == "with" || words.last?.hasSuffix(",") == true {
            return completer.candidates(completer.programmeNames + Pillar.allCases.map(\.rawValue) + ["budget"])
        }
        if words.count == 1 { return completer.candidates(completer.scenarioNames + ["for", "weights", "with", "as"]) }
        if words.dropLast().last == "for" { return completer.candidates(["in"]) }
        // 'for' and 'weights' exclude each other; each clause comes once.
        let used = Set(words).union(words.contains("for") ? ["weights"] : []).union(words.contains("weights") ? ["for"] : [])
        return completer.candidates(["for", "weights", "with", "as"].filter { !used.contains($0) })
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.optimise(self, source: source)
    }
}

/// `optimise [SCENARIO] [for INDICATOR in YEAR] [as NAME]`: the split of a scenario's budget
/// that does best on its targets (or on one indicator in one year), defined as a new scenario
/// that inherits everything else.
extension Session {
    /// The source name of scenarios that optimise defines.
    static let optimiseSource = "optimise"

    fileprivate func optimise(_ command: OptimiseCommand, source: SourceFile) throws(Diagnostic) {
        let name = command.scenario, indicatorName = command.indicator, year = command.year, newName = command.newName
        guard !model.programmes.isEmpty else {
            throw .error(.semantic, "this model has no programmes: there is no split of a budget to optimise", in: source, at: name?.range)
        }
        let scenarioName = try scenarioName(name, for: "optimise", source: source)
        var scenario = try resolvedScenario(scenarioName, at: name?.range, source: source)
        // A cap on the budget: each year above it spends the cap instead (`in YEAR budget` lines).
        var cap: (amount: Double, years: [Int])?
        if let budgetCap = command.budgetCap {
            // In USD at the rate the scenario assumes, as its own budget lines are.
            var amount = budgetCap.amount.value * budgetCap.scale.inBillions
            if budgetCap.currency == .usd {
                let rate = resolver.usdRate(workspace.lineage(of: scenarioName))
                guard !rate.isNaN else { throw .error(.semantic, ScenarioResolver.noExchangeRate, in: source, at: budgetCap.range) }
                amount *= rate
            }
            guard amount.isFinite, amount > 0 else {
                throw .error(.outOfRange, .semantic, "a budget cap is an amount of money above 0", in: source, at: budgetCap.amount.range)
            }
            let years = scenario.horizon.filter { scenario.envelope(in: $0) > amount }
            for year in years { scenario.budgetChanges.append(BudgetChange(years: year...year, budget: Budget(amountPerYear: amount))) }
            cap = (amount, years)
        }
        guard scenario.allocationChanges.isEmpty else {
            throw .error(
                .semantic,
                "'\(scenarioName)' sets its shares year by year; optimise finds one split for every year, "
                    + "so start from a scenario without 'in|from YEAR allocate'", in: source, at: name?.range)
        }
        let objective: AllocationOptimiser.Objective
        if let indicatorName, let year {
            let indicator = try knownIndicator(indicatorName, source: source)
            guard scenario.horizon.contains(year.value) else {
                throw .error(
                    .outOfRange, .semantic,
                    "\(year.value) is outside the horizon of '\(scenarioName)' "
                        + "(\(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound))", in: source, at: year.range)
            }
            objective = .indicator(indicator.id, year: year.value)
        } else {
            guard !scenario.targets.isEmpty else {
                throw .error(
                    .semantic,
                    "'\(scenarioName)' sets no targets to optimise for; add targets, or name an indicator: "
                        + "optimise \(scenarioName) for fibre in \(scenario.horizon.upperBound)", in: source, at: name?.range)
            }
            objective = .targets(weights: try targetWeights(command.weights, of: scenario, source: source))
        }
        let target = newName?.text ?? scenarioName + "-optimised"
        // Only an earlier result of optimise may be replaced: not the scenario itself, nor one it
        // inherits from (a loop), nor one a planner wrote.
        try checkGeneratedName(
            target, from: scenarioName, generator: Self.optimiseSource, what: "optimised scenario", at: newName?.range ?? name?.range,
            source: source)
        let constraints = try command.constraints.map { constraint throws(Diagnostic) in try optimiserConstraint(constraint, source: source) }
        let result: AllocationOptimiser.Result
        do {
            result = try AllocationOptimiser(model: model).optimise(scenario, for: objective, constraints: constraints, cancellation: cancellation)
        } catch let impossible as AllocationOptimiser.ImpossibleConstraints {
            throw .error(
                .semantic, "no split can keep these conditions: \(impossible.description)", in: source,
                at: command.constraints.first.map { $0.name.range.through($0.share?.range ?? $0.name.range) })
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; optimise was cancelled and defined nothing")
        } catch {
            throw .error(.semantic, "cannot optimise '\(scenarioName)': \(error)", in: source, at: name?.range)
        }

        // The new scenario, written as a planner would write it, so it can be shown, run and saved.
        let what: String
        switch objective {
        case .targets(let weights) where weights.isEmpty: what = "its targets"
        case .targets(let weights): what = "its targets, weighted " + Self.weightsText(weights)
        case .indicator(let id, let year): what = "\(id) in \(year)"
        }
        let capTitle = cap.map { ", budget at most " + NumberText.plain($0.amount) + " bn VND a year" } ?? ""
        let cappedBudgets = (cap?.years ?? []).map { year in
            ScenarioItem.yearBudget(
                YearSpan(year: YearLiteral(year, .nowhere), onlyThatYear: true, range: .nowhere),
                BudgetItem(amount: NumberLiteral(value: cap!.amount, isPercent: false, range: .nowhere), scale: .bn, growth: nil, range: .nowhere))
        }
        let made = Self.generatedDecl(
            target, from: scenarioName, title: "Optimised for \(what)\(capTitle)",
            items: [
                .allocate(
                    AllocateItem(
                        entries: model.programmes.map { programme in
                            let share = ((result.shares[programme.id] ?? 0) * 1000).rounded() / 10
                            return AllocationEntry(
                                programme: Name(programme.id, .nowhere), share: NumberLiteral(value: share, isPercent: true, range: .nowhere))
                        }, range: .nowhere))
            ] + cappedBudgets)
        let (replaced, optimised, range) = try defineGenerated(made, generator: Self.optimiseSource)
        let original = try currentResult(Name(scenarioName, range), for: "optimise", source: source, makeCurrent: false)
        output.write(
            OptimiseReport(
                original: original, optimised: optimised, result: result, objective: objective, constraints: constraints, cap: cap,
                replaced: replaced,
                model: model, presentation: presentation, documentation: documentation("§4.2, §9")
            ).render())
    }

    /// The weights of the indicators, checked: each an indicator the scenario has a target on, once,
    /// with a weight above 0 and at most 100.
    private func targetWeights(_ weights: [OptimiseCommand.Weight], of scenario: Scenario, source: SourceFile) throws(Diagnostic)
        -> [String: Double]
    {
        var byIndicator: [String: Double] = [:]
        for weight in weights {
            let indicator = try knownIndicator(weight.indicator, source: source)
            guard scenario.targets.contains(where: { $0.indicator == indicator.id }) else {
                throw .error(
                    .semantic, "'\(scenario.name)' sets no target on \(indicator.id); a weight counts an indicator's targets",
                    in: source, at: weight.indicator.range)
            }
            guard byIndicator[indicator.id] == nil else {
                throw .error(.semantic, "\(indicator.id) is weighted twice", in: source, at: weight.indicator.range)
            }
            let value = weight.value.value
            guard value.isFinite, value > 0, value <= Self.largestWeight, !weight.value.isPercent else {
                throw .error(
                    .outOfRange, .semantic, "a weight is a number above 0 and at most \(NumberText.plain(Self.largestWeight))",
                    in: source, at: weight.value.range)
            }
            byIndicator[indicator.id] = value
        }
        return byIndicator
    }

    /// The largest weight a target can have (beyond it the others would count for nothing).
    fileprivate static let largestWeight = 100.0

    fileprivate static func weightsText(_ weights: [String: Double]) -> String {
        weights.sorted { $0.key < $1.key }.map { $0.key + " ×" + NumberText.plain($0.value) }.joined(separator: ", ")
    }

    /// A condition as the optimiser takes it: the programmes it covers (a programme, or a pillar's).
    private func optimiserConstraint(_ constraint: OptimiseCommand.Constraint, source: SourceFile) throws(Diagnostic)
        -> AllocationOptimiser.Constraint
    {
        let programmes: [String]
        if let programme = model.programme(constraint.name.text) {
            programmes = [programme.id]
        } else if let pillar = Pillar.named(constraint.name.text) {
            programmes = model.programmes.filter { $0.pillar == pillar }.map(\.id)
        } else {
            throw .error(
                .unknownProgramme, .semantic,
                "unknown programme or pillar '\(constraint.name.text)'"
                    + Suggestion.didYouMean(constraint.name.text, in: model.allocationVocabulary),
                in: source, at: constraint.name.range)
        }
        guard let comparison = constraint.comparison, let literal = constraint.share else {
            guard programmes.count == 1 else {
                throw .error(
                    .semantic, "'fixed' keeps one programme's share; a pillar can have a floor or a ceiling", in: source, at: constraint.name.range)
            }
            return AllocationOptimiser.Constraint(name: constraint.name.text, programmes: programmes, bound: .fixed)
        }
        let share = literal.value / 100
        guard share.isFinite, share >= 0, share <= 1 else {
            throw .error(.outOfRange, .semantic, "a share is between 0% and 100%", in: source, at: literal.range)
        }
        return AllocationOptimiser.Constraint(
            name: constraint.name.text, programmes: programmes, bound: comparison == .atLeast ? .atLeast(share) : .atMost(share))
    }

}
