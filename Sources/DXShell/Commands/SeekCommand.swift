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
    package static let group = CommandGroup.analysis

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

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        switch mode {
        case .budget: try session.seekBudget(self, source: source)
        case .year: try session.seekYear(self, source: source)
        case .frontier: try session.seekFrontier(self, source: source)
        }
    }
}

extension Session {
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

    fileprivate func seekFrontier(_ command: SeekCommand, source: SourceFile) throws(Diagnostic) {
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
        output.write(seekReport.frontier(points, of: scenario, named: scenarioName, indicators: indicators))
    }

    fileprivate func seekBudget(_ command: SeekCommand, source: SourceFile) throws(Diagnostic) {
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
        guard let factor = result.factor, factor > 0 else {
            // Out of reach at every budget tried, or met with no money at all: nothing is defined.
            output.write(seekReport.budgetNotDefined(result, of: scenario, named: scenarioName))
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
        output.write(seekReport.budgetDefined(result, amount: amount, defined: defined, replaced: replaced, of: scenario, named: scenarioName))
    }

    fileprivate func seekYear(_ command: SeekCommand, source: SourceFile) throws(Diagnostic) {
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
        output.write(seekReport.years(answers, of: scenario, named: scenarioName))
    }

    /// The source name of scenarios that seek defines.
    fileprivate static let seekSource = "seek"

    private var seekReport: SeekReport { SeekReport(model: model, presentation: presentation) }

    /// A positive amount rounded up to three significant digits: 61,284 → 61,300.
    fileprivate static func roundedUp(_ amount: Double) -> Double {
        guard amount > 0, amount.isFinite else { return 0 }
        var scale = 1.0
        while amount / scale >= 1000 { scale *= 10 }
        while amount / scale < 100 { scale /= 10 }
        return (amount / scale).rounded(.up) * scale
    }
}
