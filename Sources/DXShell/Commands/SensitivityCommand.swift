import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `sensitivity INDICATOR [in YEAR] [SCENARIO]`: which inputs move an indicator most (a tornado).
package struct SensitivityCommand: ShellCommand {
    package let indicator: Name
    package let year: YearLiteral?
    package let scenario: Name?

    package static let word = "sensitivity"
    package static let synonyms = ["độ-nhạy", "tornado"]

    package static let help = HelpTopic(
        name: "sensitivity", usage: "sensitivity INDICATOR [in YEAR] [SCENARIO]",
        summary: "which inputs move an indicator most across their ranges: a tornado of assumptions and levers",
        vietnamese: "đầu vào nào tác động mạnh nhất tới một chỉ tiêu trên cả khoảng của nó: biểu đồ lốc xoáy",
        details: """
            Sets each uncertain input to the low and then the high end of its range, one at a time with
            everything else at its value, and shows how far the indicator moves in YEAR (the horizon's last
            year by default) in SCENARIO (the current one by default), largest swing first: a tornado
            chart. Inputs are assumptions (parameters with a range in the model file, at its ends), fitted
            parameters (at the ends of the 90% interval the fit leaves them) and levers (each programme's
            money at half and one and a half times the scenario's). Parameters the scenario sets with
            'assume' are left out. One input at a time shows no interactions; 'uncertainty' draws all of
            them together. Also 'tornado'.
            """,
        vietnameseDetails: """
            Đặt từng đầu vào bất định ở đầu thấp rồi đầu cao của khoảng của nó, lần lượt từng đầu vào, mọi
            thứ khác giữ giá trị, và cho thấy chỉ tiêu dịch chuyển bao nhiêu trong năm YEAR (mặc định là năm
            cuối của giai đoạn) trong kịch bản SCENARIO (mặc định là kịch bản hiện tại), dao động lớn nhất
            trước: biểu đồ lốc xoáy. Đầu vào gồm giả định (tham số có khoảng trong tệp mô hình, ở hai đầu
            khoảng), tham số đã khớp (ở hai đầu khoảng 90% mà phép khớp để lại) và đòn bẩy (tiền của từng
            chương trình ở mức một nửa và gấp rưỡi của kịch bản). Bỏ qua các tham số mà kịch bản đặt bằng
            'assume'. Mỗi lần một đầu vào không cho thấy tương tác; 'uncertainty' rút mẫu tất cả cùng lúc.
            Cũng gõ được 'tornado'.
            """,
        example: "sensitivity fibre in 2030")

    package static func parse(_ parser: inout Parser) throws -> SensitivityCommand {
        let indicator = try parser.expectName("an indicator name after 'sensitivity', as in sensitivity fibre in 2030")
        var year: YearLiteral?
        if parser.accept(word: "in") != nil || parser.accept(word: "by") != nil { year = try parser.expectYear("the year to look at") }
        let scenario = parser.current.word != nil ? try parser.expectName("a scenario name") : nil
        return SensitivityCommand(indicator: indicator, year: year, scenario: scenario)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        switch words.count {
        case 1: completer.candidates(completer.indicatorNames)
        case 2: completer.candidates(["in"] + completer.scenarioNames)
        case 3 where words[2] == "in": []
        case 4 where words[2] == "in": completer.candidates(completer.scenarioNames)
        default: []
        }
    }

    package func run(in interpreter: Interpreter, source: SourceFile) throws(Diagnostic) {
        try interpreter.sensitivity(indicator, in: year, scenario: scenario, source: source)
    }
}

extension Interpreter {
    /// How many inputs the tornado shows; the rest are counted.
    static let tornadoRows = 15

    func sensitivity(_ name: Name, in yearLiteral: YearLiteral?, scenario scenarioLiteral: Name?, source: SourceFile) throws(Diagnostic) {
        let indicator = try knownIndicator(name, source: source)
        let scenarioName = try scenarioName(scenarioLiteral, for: "analyse", source: source)
        let scenario = try resolvedScenario(scenarioName, at: scenarioLiteral?.range, source: source)
        let year = yearLiteral?.value ?? scenario.horizon.upperBound
        guard year >= model.baseYear, year <= scenario.horizon.upperBound else {
            throw .error(
                .outOfRange, .semantic, "\(year) is outside the run of '\(scenario.name)' (\(model.baseYear)–\(scenario.horizon.upperBound))",
                in: source, at: yearLiteral?.range ?? name.range)
        }
        let tornado: Tornado
        do {
            tornado = try Tornado.run(scenario, indicator: indicator, year: year, model: model, cancellation: cancellation)
        } catch SimulationError.cancelled {
            throw .error(.interrupted, "interrupted; the sensitivity runs of '\(scenario.name)' were cancelled")
        } catch {
            throw .error(.semantic, "cannot run '\(scenario.name)': \(error)", in: source, at: scenarioLiteral?.range ?? name.range)
        }
        output.write(TornadoReport(tornado: tornado, model: model, style: style, language: language, rows: Self.tornadoRows).render())
    }
}
