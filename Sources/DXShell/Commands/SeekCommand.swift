import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `seek budget [SCENARIO] [for INDICATOR, …] [as NAME]`: the least budget that meets targets;
/// `seek year [SCENARIO] [for INDICATOR, …]`: the earliest year each is met, the plan continued;
/// `seek frontier [SCENARIO] [for INDICATOR, …]`: how many targets each budget can meet.
package struct SeekCommand: ShellCommand {
    package enum Mode: Sendable, Hashable {
        case budget, year, frontier
    }

    /// The least budget, the earliest year, or the targets each budget meets.
    package let mode: Mode
    package let scenario: Name?
    package let indicators: [Name]
    package let newName: Name?

    package static let word = "seek"
    package static let synonyms = ["tìm"]

    package static let help = HelpTopic(
        name: "seek", usage: "seek budget [SCENARIO] [for INDICATOR, …] [as NAME]  or  seek year|frontier [SCENARIO] [for INDICATOR, …]",
        summary: "the least budget that meets a scenario's targets by their years, or the earliest year each is met",
        vietnamese: "ngân sách nhỏ nhất đạt các mục tiêu của một kịch bản đúng hạn, hoặc năm sớm nhất đạt từng mục tiêu",
        details: """
            Scales the scenario's budget (every year's, its split, growth, horizon, assumptions and
            policies kept) to find the least one that meets all its targets by their years, or only the
            targets of the indicators after 'for', to half a per cent: doubling until the targets are met
            (up to 100 times the budget), then bisection. Prints every budget tried with the targets it
            meets, so the cost of each target shows, and defines the result as a new scenario (NAME, or
            SCENARIO-least-budget). When no budget up to 100 times meets them, it says which targets stay
            missed. It assumes more money never undoes a target, which the model's lever tests check.
            A scenario with year-by-year budgets cannot be scaled this way.

            seek year: the earliest year each target is met with the scenario's money, the plan continued
            to 2050 with its last year's budget and split; each target on time, how many years late, or
            not by 2050.

            seek frontier: how many targets each budget can meet (half the scenario's to eight times),
            with the scenario's own split and with the best split the optimiser finds at that budget: a
            view of money against targets met. Defines nothing.
            """,
        vietnameseDetails: """
            Nhân ngân sách của kịch bản (của mọi năm; giữ nguyên cách chia, mức tăng, giai đoạn, giả định và
            chính sách) để tìm mức nhỏ nhất đạt mọi mục tiêu của nó đúng hạn, hoặc chỉ các mục tiêu của những
            chỉ tiêu sau 'for', chính xác tới nửa phần trăm: nhân đôi cho tới khi đạt (tối đa gấp 100 lần),
            rồi chia đôi khoảng. In mọi mức ngân sách đã thử cùng số mục tiêu đạt, để thấy giá của từng mục
            tiêu, và định nghĩa kết quả thành một kịch bản mới (NAME, hoặc SCENARIO-least-budget). Khi không
            mức nào tới 100 lần đạt được, lệnh cho biết mục tiêu nào vẫn trượt. Lệnh giả định thêm tiền không
            bao giờ làm mất một mục tiêu đã đạt, điều mà các kiểm thử đòn bẩy của mô hình kiểm tra. Không nhân
            được kịch bản có ngân sách theo từng năm.

            seek year (tìm năm): năm sớm nhất đạt từng mục tiêu với số tiền của kịch bản, kế hoạch được kéo dài
            tới 2050 với ngân sách và cách chia của năm cuối; mỗi mục tiêu đúng hạn, trễ bao nhiêu năm, hay
            chưa đạt trước 2050.

            seek frontier (tìm biên): mỗi mức ngân sách (từ một nửa tới tám lần ngân sách của kịch bản) đạt
            được bao nhiêu mục tiêu, với cách chia của kịch bản và với cách chia tốt nhất mà phép tối ưu tìm
            được ở mức đó: một cái nhìn về tiền so với số mục tiêu đạt. Không định nghĩa kịch bản nào.
            """,
        example: "seek budget five-pushes for fibre, e-signatures")

    package static func parse(_ parser: inout Parser) throws -> SeekCommand {
        let mode: Mode
        if parser.accept(word: "year") != nil {
            mode = .year
        } else if parser.accept(word: "frontier") != nil {
            mode = .frontier
        } else {
            _ = try parser.expect(word: "budget", "or 'year' or 'frontier' after 'seek': seek budget [SCENARIO] [for INDICATOR, …]")
            mode = .budget
        }
        var scenario: Name?
        if parser.current.word != nil, !parser.check(word: "for"), !parser.check(word: "as") { scenario = try parser.expectName("a scenario name") }
        var indicators: [Name] = []
        if parser.accept(word: "for") != nil {
            repeat {
                indicators.append(try parser.expectName("an indicator, as in seek budget for fibre, e-signatures"))
            } while parser.current.kind == .symbol(",") && parser.advance().kind == .symbol(",")
        }
        var newName: Name?
        if mode == .budget, parser.accept(word: "as") != nil { newName = try parser.expectName("the name of the scenario to define") }
        return SeekCommand(mode: mode, scenario: scenario, indicators: indicators, newName: newName)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(["budget", "year", "frontier"]) }
        if words.last == "for" || words.last?.hasSuffix(",") == true { return completer.candidates(completer.indicatorNames) }
        if words.last == "as" { return [] }
        if words.count == 2 { return completer.candidates(completer.scenarioNames + ["for", "as"]) }
        return completer.candidates(["for", "as"].filter { !words.contains($0) })
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        switch mode {
        case .budget: try interpreter.seekBudget(self, source: source)
        case .year: try interpreter.seekYear(self, source: source)
        case .frontier: try interpreter.seekFrontier(self, source: source)
        }
    }
}

extension Interpreter {
    /// `seek frontier`: the targets each budget meets with the scenario's split and with the best split found.
    /// The scenario `seek budget` or `seek frontier` scales, checked (a model with programmes, one
    /// budget for every year, and for the frontier one split), and the indicators sought.
    private func scalableScenario(_ command: SeekCommand, source: SourceFile) throws(Diagnostic)
        -> (name: String, scenario: Scenario, indicators: [String])
    {
        let name = command.scenario
        guard !model.programmes.isEmpty else {
            throw .error(.semantic, "this model has no programmes: it has no budget to seek", in: source, at: name?.range)
        }
        let scenarioName = try scenarioName(name, for: "seek", source: source)
        let scenario = try resolvedScenario(scenarioName, at: name?.range, source: source)
        guard scenario.budgetChanges.isEmpty else {
            throw .error(
                .semantic,
                "'\(scenarioName)' sets its budget year by year; seek scales one budget, so start from a scenario without "
                    + "'in|from YEAR budget'", in: source, at: name?.range)
        }
        guard command.mode != .frontier || scenario.allocationChanges.isEmpty else {
            throw .error(
                .semantic,
                "'\(scenarioName)' sets its budget or its shares year by year; the frontier scales one budget and searches one split, "
                    + "so start from a scenario without 'in|from YEAR'", in: source, at: name?.range)
        }
        let indicators = try soughtIndicators(command.indicators, in: scenario, named: scenarioName, at: name?.range, source: source)
        return (scenarioName, scenario, indicators)
    }

    func seekFrontier(_ command: SeekCommand, source: SourceFile) throws(Diagnostic) {
        let name = command.scenario
        let (scenarioName, scenario, indicators) = try scalableScenario(command, source: source)
        let points: [BudgetFrontier.Point]
        do {
            points = try BudgetFrontier(model: model).frontier(scenario, indicators: indicators, cancellation: cancellation)
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; seek was cancelled")
        } catch {
            throw .error(.semantic, "cannot run '\(scenarioName)': \(error)", in: source, at: name?.range)
        }
        let first = scenario.horizon.lowerBound
        let count = scenario.targets.filter { indicators.isEmpty || indicators.contains($0.indicator) }.count
        var lines = Self.wrap(
            style.bold(t("Targets met by each budget ({scenario})", ["scenario": scenarioName])) + ": "
                + t(
                    "its {count} targets, with its own split and with the best split found at that budget.",
                    ["count": String(count)]),
            width: pageWidth)
        var table = TextTable([
            .init("  " + t("budget in {year}", ["year": String(first)]), .right), .init("×", .right),
            .init(t("its split"), .right), .init(t("best split"), .right), .init(t("the best split adds")),
        ])
        for point in points {
            let added = point.metWithBest.filter { !point.metWithSplit.contains($0) }.map {
                language.label(ofIndicator: $0.indicator, in: model.indicators)
            }
            table.add([
                TextTable.Cell("  " + money(scenario.envelope(in: first) * point.factor)), TextTable.Cell(Format.plain(point.factor)),
                TextTable.Cell(t("{met} of {count}", ["met": String(point.metWithSplit.count), "count": String(count)])),
                TextTable.Cell(t("{met} of {count}", ["met": String(point.metWithBest.count), "count": String(count)])),
                TextTable.Cell(added.isEmpty ? "–" : added.joined(separator: ", ")),
            ])
        }
        lines.append(table.render(style: style).trimmingTrailingNewline())
        lines += Self.wrap(
            t(
                "The best split at each budget is a local search's (as 'optimise'), not a proven optimum; 'optimise {scenario}' with a budget shows one. Nothing is defined.",
                ["scenario": scenarioName]), width: pageWidth
        ).map(style.dim)
        output.write(lines.joined(separator: "\n") + "\n")
    }

    func seekBudget(_ command: SeekCommand, source: SourceFile) throws(Diagnostic) {
        let name = command.scenario
        let (scenarioName, scenario, indicators) = try scalableScenario(command, source: source)
        let target = command.newName?.text ?? scenarioName + "-least-budget"
        try checkGeneratedName(
            target, from: scenarioName, generator: Self.seekSource, what: "new scenario", at: command.newName?.range ?? name?.range, source: source)
        let result: BudgetSeek.Result
        do {
            result = try BudgetSeek(model: model).seek(scenario, indicators: indicators, cancellation: cancellation)
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; seek was cancelled and defined nothing")
        } catch {
            throw .error(.semantic, "cannot run '\(scenarioName)': \(error)", in: source, at: name?.range)
        }
        let first = scenario.horizon.lowerBound
        let envelope = scenario.envelope(in: first)
        var lines: [String] = []
        let sought =
            result.targets.count == scenario.targets.count
            ? t("its {count} targets", ["count": String(result.targets.count)]) : t("{count} of its targets", ["count": String(result.targets.count)])
        guard let factor = result.factor else {
            lines += Self.wrap(
                t(
                    "No budget up to {times} times that of {scenario} ({most} in {year}) meets {sought} with its split. Still missed then: {missed}.",
                    [
                        "times": String(Int(BudgetSeek.maximumFactor)), "scenario": scenarioName,
                        "most": money(envelope * BudgetSeek.maximumFactor),
                        "year": String(first), "sought": sought, "missed": result.missedAtMost.map(describe).joined(separator: ", "),
                    ]), width: pageWidth)
            lines += pointsTable(result, envelope: envelope, first: first)
            lines += Self.wrap(
                t(
                    "'optimise {scenario}' may find a split that meets more; 'seek budget {scenario} for INDICATOR' seeks some targets only.",
                    ["scenario": scenarioName]), width: pageWidth
            ).map(style.dim)
            output.write(lines.joined(separator: "\n") + "\n")
            return
        }
        if factor == 0 {
            lines += Self.wrap(
                t(
                    "{scenario} meets {sought} with no money from its budget at all: what was built before {year} and the operators' own investment are enough in this model. Nothing is defined.",
                    ["scenario": scenarioName, "sought": sought, "year": String(first)]), width: pageWidth)
            lines += pointsTable(result, envelope: envelope, first: first)
            output.write(lines.joined(separator: "\n") + "\n")
            return
        }
        // The budget as a planner writes it: three significant digits, rounded up so it still meets them.
        let amount = Self.roundedUp(scenario.budget.amountPerYear * factor)
        let growth =
            scenario.budget.growthPerYear == 0
            ? nil : NumberLiteral(value: (scenario.budget.growthPerYear * 1e6).rounded() / 1e4, isPercent: true, range: .nowhere)
        let made = Self.generatedDecl(
            target, from: scenarioName, title: "Least budget for \(result.targets.map(\.indicator).joined(separator: ", "))",
            items: [
                .budget(
                    BudgetItem(amount: NumberLiteral(value: amount, isPercent: false, range: .nowhere), scale: .bn, growth: growth, range: .nowhere))
            ])
        let (replaced, defined, _) = try defineGenerated(made, generator: Self.seekSource)
        let allMet = defined.targetOutcomes.filter { result.targets.contains($0.target) }.allSatisfy(\.met)
        let times = amount / max(scenario.budget.amountPerYear, 1e-9)
        let definedName = style.bold(replaced ? t("Replaced {name}", ["name": target]) : t("Defined {name}", ["name": target]))
        let growing = scenario.budget.growthPerYear != 0 ? t(", growing as it does") : ""
        lines += Self.wrap(
            definedName
                + t(
                    ": {amount} a year in {year} (×{times} the budget of {scenario}{growing}) is the least budget that meets {sought}, to half a per cent.",
                    [
                        "amount": money(amount), "year": String(first), "times": Format.fixed(times, 2), "scenario": scenarioName,
                        "growing": growing, "sought": sought,
                    ])
                + (allMet ? "" : " " + t("Rounded, it misses some: see 'targets {name}'.", ["name": target])),
            width: pageWidth)
        lines += pointsTable(result, envelope: envelope, first: first)
        lines += Self.wrap(
            t(
                "Doubling, then bisection, assuming more money never undoes a target (the lever tests check each programme); split, horizon, assumptions and policies as in {scenario}.",
                ["scenario": scenarioName]), width: pageWidth
        ).map(style.dim)
        output.write(lines.joined(separator: "\n") + "\n")
    }

    func seekYear(_ command: SeekCommand, source: SourceFile) throws(Diagnostic) {
        let name = command.scenario
        let scenarioName = try scenarioName(name, for: "seek", source: source)
        let scenario = try resolvedScenario(scenarioName, at: name?.range, source: source)
        let indicators = try soughtIndicators(command.indicators, in: scenario, named: scenarioName, at: name?.range, source: source)
        let answers: [TargetYearSeek.Answer]
        do {
            answers = try TargetYearSeek(model: model).seek(scenario, indicators: indicators, cancellation: cancellation)
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; seek was cancelled")
        } catch {
            throw .error(.semantic, "cannot run '\(scenarioName)': \(error)", in: source, at: name?.range)
        }
        let last = scenario.horizon.upperBound
        var lines = Self.wrap(
            style.bold(t("The earliest year each target of {scenario} is met", ["scenario": scenarioName])) + ": "
                + (model.programmes.isEmpty
                    ? t("its plan continued to {until} as in {last}.", ["until": String(TargetYearSeek.until), "last": String(last)])
                    : t(
                        "its plan continued to {until} with the budget and split of {last} ({amount} a year).",
                        ["until": String(TargetYearSeek.until), "last": String(last), "amount": money(scenario.envelope(in: last))])),
            width: pageWidth)
        var table = TextTable([.init("  " + t("target")), .init(t("first met"), .right), .init("")])
        for answer in answers {
            let verdict: String
            if let year = answer.firstYear {
                let late = year - answer.target.year
                verdict = late <= 0 ? style.good(t("on time")) : style.bad(t("{years} years late", ["years": String(late)]))
            } else {
                verdict = style.bad(t("not by {year}", ["year": String(TargetYearSeek.until)]))
            }
            table.add([
                TextTable.Cell("  " + describe(answer.target)), TextTable.Cell(answer.firstYear.map(String.init) ?? "–"), TextTable.Cell(verdict),
            ])
        }
        lines.append(table.render(style: style).trimmingTrailingNewline())
        lines += Self.wrap(
            t("The years after {last} are the plan kept as it ends, not a forecast of budgets to come.", ["last": String(last)]),
            width: pageWidth
        ).map(style.dim)
        output.write(lines.joined(separator: "\n") + "\n")
    }

    /// The source name of scenarios that seek defines.
    static let seekSource = "seek"

    /// Every budget tried, in its first year, with the targets it meets.
    private func pointsTable(_ result: BudgetSeek.Result, envelope: Double, first: Int) -> [String] {
        var table = TextTable([
            .init("  " + t("budget in {year}", ["year": String(first)]), .right), .init("×", .right), .init(t("targets met"), .right),
        ])
        for point in result.points {
            table.add([
                TextTable.Cell("  " + money(envelope * point.factor)), TextTable.Cell(Format.fixed(point.factor, 3)),
                TextTable.Cell(t("{met} of {count}", ["met": String(point.met), "count": String(result.targets.count)])),
            ])
        }
        return [table.render(style: style).trimmingTrailingNewline()]
    }

    private func describe(_ target: Target) -> String {
        let percent = model.indicator(target.indicator)?.unit == .percent ? "%" : ""
        return "\(target.indicator) \(target.comparison.rawValue) \(ScenarioPrinter.number(target.value))\(percent) "
            + t("by {year}", ["year": String(target.year)])
    }

    /// A positive amount rounded up to three significant digits: 61,284 → 61,300.
    static func roundedUp(_ amount: Double) -> Double {
        guard amount > 0, amount.isFinite else { return 0 }
        var scale = 1.0
        while amount / scale >= 1000 { scale *= 10 }
        while amount / scale < 100 { scale /= 10 }
        return (amount / scale).rounded(.up) * scale
    }
}
