import DXAnalysis
import DXModel
import DXScenario
import DXSource

/// Renders a `why` result: how much of the difference in an indicator between two scenarios each
/// input that differs explains, and what changing together adds.
struct WhyReport: Report {
    let result: ChangeAttribution.Result
    let indicator: Indicator
    /// The two scenarios' names.
    let a: String
    let b: String
    let model: DeclaredModel
    let presentation: Presentation
    /// How many inputs are listed; the rest are counted together.
    let shown: Int

    func render() -> String {
        let vi = language == .vi
        let percent = indicator.unit == .percent
        // One more decimal than reports print: the parts are often small.
        let decimals = percent ? 2 : 4
        // Differences are of the printed values, and the printed parts add up to them: each is
        // rounded as printed, and the interaction takes what rounding leaves.
        let scale = decimals == 2 ? 100.0 : 10_000.0
        func printed(_ value: Double) -> Double { (value * scale).rounded() / scale }
        let difference = printed(result.to) - printed(result.from)
        func change(_ value: Double) -> String {
            let digits = Format.fixed(abs(value), decimals)
            let sign = Double(digits) == 0 ? "" : value > 0 ? "+" : "−"
            return sign + digits + (percent ? t(" pp") : "")
        }
        let label = language.label(of: indicator)
        var lines = [
            style.bold((vi ? "Vì sao \(label) khác nhau năm \(result.year)" : "Why \(label) differs in \(result.year)"))
                + ": \(a) \(Format.fixed(result.from, decimals))\(percent ? "%" : "") → \(b) \(Format.fixed(result.to, decimals))\(percent ? "%" : "")"
                + " (\(change(difference)))"
        ]
        guard !result.factors.isEmpty else {
            lines.append("  " + t("The two scenarios have the same inputs."))
            return lines.joined(separator: "\n") + "\n"
        }
        let policyParameters = Dictionary(uniqueKeysWithValues: model.policies.map { ($0.parameter, $0.name) })
        func describe(_ kind: ChangeAttribution.Factor.Kind) -> String {
            switch kind {
            case .spending(let programme): return t("spending on ") + language.label(ofProgramme: programme, in: model.programmes)
            case .parameter(let name):
                if let policy = policyParameters[name] { return t("policy ") + policy }
                return t("assume ") + name
            }
        }
        // Inputs whose part would print as zero (at the decimals shown) are counted, not listed.
        let shift = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        let visible = result.factors.filter { (abs($0.contribution) * shift).rounded() != 0 }
        let shown = visible.prefix(self.shown)
        let rest = result.factors.count - shown.count
        var table = TextTable([.init("  " + t("input that differs")), .init(t("its part"), .right)])
        var total = 0.0
        for factor in shown {
            table.add([TextTable.Cell("  " + describe(factor.kind)), TextTable.Cell(change(factor.contribution))])
            total += printed(factor.contribution)
        }
        if rest > 0 {
            let restSum = result.factors.reduce(0) { $0 + $1.contribution } - shown.reduce(0) { $0 + $1.contribution }
            let label =
                shown.isEmpty
                ? (vi ? "\(rest) đầu vào khác nhau" : "\(rest) input\(rest == 1 ? "" : "s") that differ\(rest == 1 ? "s" : "")")
                : (vi ? "\(rest) đầu vào khác" : "\(rest) other input\(rest == 1 ? "" : "s")")
            table.add([TextTable.Cell("  " + label), TextTable.Cell(change(restSum))])
            total += printed(restSum)
        }
        table.add([
            TextTable.Cell("  " + t("changing together (interaction)")),
            TextTable.Cell(change(difference - total)),
        ])
        lines.append(table.render(style: style).trimmingTrailingNewline())
        lines.append(
            style.dim(
                vi
                    ? "Phần của mỗi đầu vào: trung bình tác động khi chỉ đổi riêng nó, từ \(a) sang \(b) và ngược lại;\ncác phần cộng lại bằng chênh lệch."
                    : "Each input's part is the mean of its effect when changed alone, from \(a) to \(b) and back;\nthe parts add up to the difference."
            ))
        return lines.joined(separator: "\n") + "\n"
    }
}
