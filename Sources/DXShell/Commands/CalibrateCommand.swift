import DXAnalysis
import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `calibrate` and `calibrate hindcast`: how well the model reproduces the history it was fitted to.
package struct CalibrateCommand: ShellCommand {
    /// `calibrate hindcast`: fits at several origins, each predicting what came after.
    package let hindcast: Bool

    package static let word = "calibrate"
    package static let synonyms = ["hiệu-chỉnh"]
    package static let group = CommandGroup.analysis

    package static let help = HelpTopic(
        name: "calibrate", usage: "calibrate",
        summary: "fit the model's fitted parameters to its histories and compare with what was observed",
        vietnamese: "hiệu chỉnh các tham số cần khớp của mô hình theo chuỗi số liệu và so với số quan sát",
        details: """
            Runs the whole model once from the start of its backcast (mid-2020 for the bundled model,
            policies at their dates and spending in the base year's pattern: the run every scenario
            starts with) and fits the parameters marked 'fitted' (within their ranges) to the
            observations of its histories. Prints the fitted values beside the model file's, and every
            observation beside the model, with held-out observations (not used by the fit) marked. The
            model file holds the fitted values, so rerunning shows what the file's values reproduce.
            'calibrate hindcast' fits with only what was known at the ends of the last three years of
            history and shows how well each fit predicted what came after, with 90% bands.
            """,
        vietnameseDetails: """
            Chạy toàn bộ mô hình một lần từ đầu giai đoạn tái dựng quá khứ (backcast; giữa năm 2020 với mô hình
            đi kèm, các chính sách theo đúng mốc thời gian và mức chi theo cơ cấu của năm cơ sở: đây là lần chạy
            mà mọi kịch bản đều bắt đầu từ đó) rồi khớp các tham số được đánh dấu 'fitted' (trong khoảng của
            chúng) với số liệu quan sát trong các chuỗi lịch sử. In các giá trị đã khớp bên cạnh giá trị trong
            tệp mô hình, và từng số quan sát bên cạnh giá trị của mô hình, có đánh dấu các số quan sát để dành
            kiểm tra (không dùng khi khớp). Tệp mô hình chứa các giá trị đã khớp, nên chạy lại sẽ cho thấy các
            giá trị trong tệp tái tạo được những gì. 'calibrate hindcast' chỉ khớp với những gì đã biết tại
            cuối mỗi năm trong ba năm lịch sử gần nhất và cho thấy mỗi lần khớp đã dự báo tốt đến đâu những gì
            xảy ra sau đó, kèm dải 90%.
            """,
        example: "calibrate")

    package static func parse(_ parser: inout Parser) throws -> CalibrateCommand {
        guard let word = parser.current.word else { return CalibrateCommand(hindcast: false) }
        guard ["hindcast", "dự-báo-ngược", "du-bao-nguoc"].contains(word) else {
            throw parser.fail("expected nothing or 'hindcast' after 'calibrate'" + Suggestion.didYouMean(word, in: ["hindcast"]))
        }
        _ = parser.advance()
        return CalibrateCommand(hindcast: true)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        words.count == 1 ? completer.candidates(["hindcast"]) : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try hindcast ? session.hindcast(source: source) : session.calibrate(source: source)
    }
}

/// `calibrate`: fit the model to what was observed, and show how close it comes.
extension Session {
    fileprivate func calibrate(source: SourceFile) throws(Diagnostic) {
        let calibration = Calibration(model: model)
        guard let backcast = model.backcast, !model.histories.isEmpty else {
            output.write(t("The model declares no backcast and no histories: nothing to calibrate.") + "\n")
            return
        }
        if let unfittable = calibration.unfittableParameters.first {
            throw .error(
                .semantic,
                "parameter '\(unfittable.name)' is marked fitted but has no "
                    + (unfittable.literalValue == nil ? "value of its own" : "range to search") + "; give it 'range LOW to HIGH uniform'")
        }
        guard !calibration.fittedParameters.isEmpty else {
            output.write(t("The model marks no parameter 'fitted': nothing to calibrate.") + "\n")
            return
        }
        let result: Calibration.Result
        do {
            result = try calibration.fit(cancellation: cancellation)
        } catch {
            throw .error(.interrupted, "interrupted; calibrate was cancelled and changed nothing")
        }
        // The backcast with the model file's values, and with the fit's when it moved them.
        let points = calibration.backcast()
        let refitted = CalibrationReport.moved(result) ? calibration.backcast(parameters: result.fittedValues) : []
        output.write(
            CalibrationReport(
                result: result, points: points, refitted: refitted, start: backcast.start, model: model, presentation: presentation
            )
            .render())
    }

}

/// `calibrate hindcast`: the fit at several origins, each predicting what was observed after it.
extension Session {
    /// The origins of the rolling hindcast: the ends of the last three years of history.
    fileprivate func hindcastOrigins(_ model: DeclaredModel) -> [Double] {
        (1...3).reversed().map { Double(model.baseYear + 1 - $0) }
    }

    fileprivate func hindcast(source: SourceFile) throws(Diagnostic) {
        guard model.backcast != nil, !model.histories.isEmpty else {
            throw .error(.semantic, "this model has no histories to hindcast against")
        }
        let calibration = Calibration(model: model)
        guard !calibration.fittedParameters.isEmpty, calibration.unfittableParameters.isEmpty else {
            throw .error(.semantic, "the model marks no parameter 'fitted' that can be fitted: nothing to hindcast")
        }
        let hindcasts: [Hindcast]
        do {
            hindcasts = try calibration.rollingHindcast(origins: hindcastOrigins(model), cancellation: cancellation)
        } catch {
            throw .error(.interrupted, "interrupted; the hindcast was cancelled")
        }
        output.write(
            HindcastReport(hindcasts: hindcasts, model: model, presentation: presentation, documentation: documentation("§12")).render())
    }
}
