import DXLanguage
import DXModel
import DXScenario
import DXSource

/// `model`, `model load "FILE"`, `model bundled`: which model the session runs.
package struct ModelCommand: ShellCommand {
    /// What it does: describe the current model, or replace it.
    package enum Action: Sendable, Hashable {
        case describe
        case load(StringLiteral)
        case bundled
    }

    package let action: Action

    package static let word = "model"
    package static let synonyms = ["mô-hình"]
    package static let group = CommandGroup.files
    package static let takesFile = true

    package static let help = HelpTopic(
        name: "model", usage: "model [load \"FILE\" | bundled]",
        summary: "describe the model scenarios run on, or run another model file",
        vietnamese: "mô tả mô hình đang dùng, hoặc chạy một tệp mô hình khác",
        details: """
            'model' prints the model's name, file and contents. 'model load "FILE"' compiles a model file
            (the language is in MODEL.md) and runs every later scenario on it; a file with errors is
            reported and the session keeps its model. 'model bundled' goes back to the bundled model.
            An XMILE file exported from Stella or Vensim (.stmx, .xmile) loads too, on its own clock
            (MODEL.md, "Importing XMILE").
            """,
        vietnameseDetails: """
            'model' in tên, tệp và nội dung của mô hình. 'model load "FILE"' biên dịch một tệp mô hình
            (ngôn ngữ mô hình được mô tả trong MODEL.md) và chạy mọi kịch bản sau đó trên mô hình này; tệp có
            lỗi sẽ được báo lỗi và phiên làm việc giữ nguyên mô hình đang dùng. 'model bundled' quay về mô hình
            đi kèm. Tệp XMILE xuất từ Stella hay Vensim (.stmx, .xmile) cũng nạp được, chạy theo thang thời gian
            riêng của nó (MODEL.md, "Importing XMILE").
            """,
        example: "model")

    package static func parse(_ parser: inout Parser) throws -> ModelCommand {
        if case .string = parser.current.kind {
            throw parser.fail("to run the scenarios on another model, write model load \(parser.current.text)")
        }
        if parser.accept(word: "load") != nil {
            return ModelCommand(action: .load(try parser.expectString("the model file's name, as in model load \"my-model.dxm\"")))
        }
        if parser.accept(word: "bundled") != nil { return ModelCommand(action: .bundled) }
        if let other = parser.current.word {
            throw parser.fail(
                "unknown 'model' command '\(other)'; use model, model load \"FILE\" or model bundled"
                    + Suggestion.didYouMean(other, in: ["load", "bundled"]))
        }
        return ModelCommand(action: .describe)
    }

    package static func completions(after words: [String], from completer: Completer) -> [Completer.Candidate] {
        if words.count == 1 { return completer.candidates(["load", "bundled"]) }
        return words.count == 2 && words[1] == "load" ? [Completer.fileCandidate] : []
    }

    package func run(in session: Session, source: SourceFile) throws(Diagnostic) {
        try session.changeModel(action, source: source)
    }
}

/// `model`, `model load "FILE"`, `model bundled`: which model the session's scenarios run on.
extension Session {
    /// Compiles a model file. Diagnostics point into the file; a missing file is a missing input.
    package static func loadModel(path: String, displayName: String? = nil) -> Result<DeclaredModel, CompileErrors> {
        let text: String
        do {
            text = try FileAccess.read(path)
        } catch {
            var nearby = ""
            if case .missing = error { nearby = FileAccess.didYouMean(path, shown: displayName ?? path) }
            return .failure(
                CompileErrors(diagnostics: [
                    .error(AtomicFile.category(of: error), "cannot open the model '\(displayName ?? path)': \(error.reason)" + nearby)
                ]))
        }
        return DeclaredModel.load(SourceFile(name: displayName ?? path, text: text))
    }

    fileprivate func changeModel(_ action: ModelCommand.Action, source: SourceFile) throws(Diagnostic) {
        switch action {
        case .describe:
            output.write(describeModel())
        case .bundled:
            do {
                try replaceModel(with: BundledModel.load(), origin: nil)
            } catch {
                throw .error(.internal, "the bundled model does not load: \(error)", in: source)
            }
        case .load(let path):
            switch Self.loadModel(path: files.readable(path.value, from: source), displayName: path.value) {
            case .success(let loaded):
                replaceModel(with: loaded, origin: path.value)
            case .failure(let errors):
                guard let first = errors.diagnostics.first else { return }
                if errors.diagnostics.count == 1, first.category != .syntax, first.category != .semantic {
                    throw .error(first.category, first.message, in: source, at: path.range)
                }
                errors.diagnostics.forEach(report)
                let count = errors.diagnostics.count
                throw .error(
                    .semantic,
                    "the model in '\(path.value)' has \(count) error\(count == 1 ? "" : "s"); "
                        + "still using " + (modelOrigin.map { "the model from \($0)" } ?? "the bundled model"), in: source, at: path.range)
            }
        }
    }

    private func replaceModel(with loaded: DeclaredModel, origin: String?) {
        model = loaded
        modelOrigin = origin
        let counts: KeyValuePairs = [
            "name": wording(loaded.name), "origin": origin ?? "", "programmes": String(loaded.programmes.count),
            "indicators": String(loaded.indicators.count),
        ]
        output.write(
            (origin == nil
                ? t(
                    "Now using '{name}' (bundled): {programmes} programmes, {indicators} indicators. Scenarios are checked against it when they run.",
                    counts)
                : t(
                    "Now using '{name}' from {origin}: {programmes} programmes, {indicators} indicators. Scenarios are checked against it when they run.",
                    counts))
                + "\n")
        if let clock = importedClock(of: loaded) { output.write(clock + "\n") }
    }

    /// An imported model runs on its own clock: which years stand for which of its times.
    fileprivate func importedClock(of model: DeclaredModel) -> String? {
        guard let time = model.importedTime else { return nil }
        let first = model.baseYear + 1
        let last = max(first, min(Int((time.stop + time.offset + 1e-9).rounded(.down)) - 1, model.baseYear + 76))
        let start = Format.plain(model.runStart - time.offset)
        let values: KeyValuePairs = [
            "start": start, "year": String(model.baseYear), "first": String(first), "last": String(last),
            "end": Format.plain(Double(last + 1) - time.offset),
        ]
        return model.backcast == nil
            ? t("Its time {start} is the end of {year}: 'horizon {first} to {last}' runs it from time {start} to {end}.", values)
            : t("Its time {start} is within {year}: 'horizon {first} to {last}' runs it from time {start} to {end}.", values)
    }

    /// What `model` prints: the model's name, where it comes from, and what it contains.
    fileprivate func describeModel() -> String {
        var lines = [style.bold(wording(model.name)) + (modelOrigin.map { t(" (from {file})", ["file": $0]) } ?? t(" (bundled)"))]
        lines.append(
            t(
                "  base year {year}; {programmes} programmes, {indicators} indicators, {parameters} parameters ({assumptions} assumptions, {fitted} fitted), {policies} dated policies",
                [
                    "year": String(model.baseYear), "programmes": String(model.programmes.count),
                    "indicators": String(model.indicators.count), "parameters": String(model.parameters.count),
                    "assumptions": String(model.parameters.filter { $0.provenance.isAssumption && !$0.isFitted }.count),
                    "fitted": String(model.parameters.filter(\.isFitted).count), "policies": String(model.policies.count),
                ]))
        let step = abs(model.timeStep - 1.0 / 12) < 1e-12 ? t("a month") : t("{years} year", ["years": Format.plain(model.timeStep)])
        lines.append(
            t(
                "  {equations} equations, {method} steps of {step}",
                [
                    "equations": String(model.compiled.equationsPerStep), "method": model.method == .euler ? "Euler" : "RK4", "step": step,
                ]))
        if let clock = importedClock(of: model) { lines.append("  " + clock) }
        if let backcast = model.backcast, model.importedTime == nil {
            let observations = model.histories.reduce(0) { $0 + $1.observations.count }
            lines.append(
                t(
                    "  backcast from {start} against {histories} histories ({observations} observations): 'calibrate'",
                    [
                        "start": Format.plain(backcast.start), "histories": String(model.histories.count),
                        "observations": String(observations),
                    ]))
        }
        lines.append(t("'list programmes', 'list indicators' and 'assumptions' show them; 'model load \"FILE\"' runs another model."))
        return lines.joined(separator: "\n") + "\n"
    }
}
