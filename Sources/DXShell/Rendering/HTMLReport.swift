import DXLanguage
import DXModel
import DXScenario
import DXSource

/// A report of one or more runs as a single HTML page that needs nothing else to be read: each
/// scenario's budget and spending, every target met or missed, and a chart of every indicator
/// (inline SVG). The markup is well-formed XML, so other tools can read it too.
struct HTMLReport: Phrased {
    let results: [RunResult]
    let modelName: String
    let language: OutputLanguage
    /// The model file's texts (its title, the parameters' sources) in the report's language.
    let wording: ModelWording
    /// Where the model's equations and numbers are explained (`Session.documentation`).
    var documentation = "MODEL.md"
    /// The page's heading, when it is not the scenarios' names (a workshop's title).
    var heading: String?
    /// Sections that come before the scenarios' (a workshop's leaderboards), as XHTML.
    var sections: [String] = []
    /// What made the report (dxplan's version, the model and its fingerprint, the date), at its foot.
    var provenance: String?
    /// The model's parameters, listed with their sources at the end, so the report stands alone.
    var parameters: [Parameter] = []
    /// What moves each scenario's first missed target most: tornado charts (`TornadoChart`), as SVG.
    var tornadoes: [String] = []

    private var vi: Bool { language == .vi }
    func escape(_ text: String) -> String { SVGChart.escape(text) }

    func render() -> String {
        let names = results.map(\.scenario.name).joined(separator: ", ")
        var html = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\"/>",
            OwnFile.htmlMark,
            "<title>dxplan: \(escape(names))</title>",
            "<style>" + Self.css + "</style>",
            "</head>",
            "<body>",
            "<h1>" + escape(heading ?? t("Digital transformation budget: ") + names) + "</h1>",
            "<p class=\"note\">"
                + escape(
                    t("Model: ") + wording(modelName) + ". "
                        + t(
                            "Values are at the end of each year; the first year is the baseline. {doc} explains every equation and number.",
                            ["doc": documentation]))
                + "</p>",
        ]
        html += sections + scenarios() + targets() + charts() + sensitivity() + method() + assumptions()
        html += ["<p class=\"note\">" + escape(provenance ?? t("Written by dxplan.")) + "</p>", "</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    /// The tornado charts, with a sentence on how to read them.
    private func sensitivity() -> [String] {
        guard !tornadoes.isEmpty else { return [] }
        return [
            "<h2>" + t("What moves the targets most") + "</h2>",
            "<p class=\"note\">"
                + escape(
                    t(
                        "For each scenario, its first missed target (or its first target when all are met): every uncertain input and every programme's money set to its low and its high end, one at a time. The inputs at the top matter most for this answer; 'sensitivity' in dxplan gives the same, and Sobol indices."
                    )) + "</p>",
        ] + tornadoes.map { "<figure>" + $0 + "</figure>" }
    }

    /// How the numbers are made and how to make them again, in a few sentences.
    private func method() -> [String] {
        guard !results.isEmpty else { return [] }
        return [
            "<h2>" + t("How these numbers are made") + "</h2>",
            "<p>"
                + escape(
                    t(
                        "A system-dynamics model: its stocks (services put online, databases connected, households passed by fibre, 5G sites, people trained and more) change month by month through the flows its equations give. Each scenario sets what each programme spends each year; the model turns the money into what it buys, at unit costs with their sources, through build pipelines with absorption limits. Each value is one run with every parameter at its value: 'uncertainty' in dxplan gives their bands."
                    )) + "</p>",
            "<p>"
                + escape(
                    t(
                        "To make the numbers again: export the same scenarios with 'export json' and run 'dxplan verify' on the file. The foot of this page says which model and which dxplan made them; the parameters and their sources follow."
                    )) + "</p>",
        ]
    }

    /// Every parameter of the model: value, unit, range and source.
    private func assumptions() -> [String] {
        guard !parameters.isEmpty else { return [] }
        var html = [
            "<h2>" + t("The model's parameters") + "</h2>",
            "<table class=\"parameters\">",
            "<tr><th>" + t("parameter") + "</th><th class=\"n\">" + t("value") + "</th><th>" + t("unit") + "</th><th>" + t("range")
                + "</th><th>" + t("source") + "</th></tr>",
        ]
        for parameter in parameters {
            let range = parameter.range.map { Format.plain($0.lowerBound) + "–" + Format.plain($0.upperBound) } ?? ""
            let source = wording.provenance(parameter.provenance)
            html.append(
                "<tr><td>" + escape(parameter.id) + "</td><td class=\"n\">" + escape(Format.plain(parameter.value)) + "</td><td>"
                    + escape(wording.unit(parameter.unit)) + "</td><td>" + escape(range) + "</td><td class=\"source\">" + escape(source)
                    + "</td></tr>")
        }
        html.append("</table>")
        return html
    }

    private func scenarios() -> [String] {
        var html = ["<h2>" + t("Budgets and spending") + " (" + t("bn VND") + ")</h2>"]
        for result in results {
            let scenario = result.scenario
            html.append("<h3>" + escape(scenario.name) + (scenario.title.map { " — " + escape($0) } ?? "") + "</h3>")
            let years = Array(scenario.horizon)
            html.append("<table>")
            html.append("<tr><th>" + t("programme") + "</th>" + years.map { "<th class=\"n\">\($0)</th>" }.joined() + "</tr>")
            for (k, programme) in result.programmes.enumerated() {
                let cells = years.map { year -> String in
                    guard let y = result.years.firstIndex(of: year) else { return "<td class=\"n\">–</td>" }
                    return "<td class=\"n\">" + Format.grouped(result.spending[k][y]) + "</td>"
                }
                html.append(
                    "<tr><td>" + escape(language.label(ofProgramme: programme.id, in: result.programmes)) + "</td>" + cells.joined() + "</tr>")
            }
            html.append(
                "<tr class=\"total\"><td>" + t("budget") + "</td>"
                    + years.map { "<td class=\"n\">" + Format.grouped(scenario.envelope(in: $0)) + "</td>" }.joined() + "</tr>")
            html.append("</table>")
            if !scenario.assumptions.isEmpty || !scenario.policies.isEmpty {
                let assumptions = scenario.assumptions.sorted { $0.key < $1.key }.map {
                    t("assume ") + "\($0.key) = \(NumberText.plain($0.value))"
                }
                let policies = scenario.policies.sorted { $0.key < $1.key }.map {
                    t("policy ") + "\($0.key) "
                        + (PolicySwitch.isOff($0.value) ? t("off") : t("on from ") + ModelTime.date($0.value))
                }
                html.append("<p>" + escape((assumptions + policies).joined(separator: "; ")) + "</p>")
            }
        }
        return html
    }

    private func targets() -> [String] {
        let grid = TargetGrid(results)
        guard !grid.targets.isEmpty else { return [] }
        var html = [
            "<h2>" + t("Targets") + "</h2>", "<table>",
            "<tr><th>" + t("target") + "</th>" + results.map { "<th>" + escape($0.scenario.name) + "</th>" }.joined() + "</tr>",
        ]
        for (target, marks) in zip(grid.targets, grid.marks) {
            let indicator = results[0].indicators.first { $0.id == target.indicator }
            let unit = indicator?.unit ?? .percent
            let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
            let name = language.label(ofIndicator: target.indicator, in: results[0].indicators)
            var row = "<tr><td>" + escape("\(name) \(target.comparison.rawValue) \(threshold) \(language.labels.by) \(target.year)") + "</td>"
            for mark in marks {
                switch mark {
                case .met(let value): row += "<td class=\"met\">✓ " + escape(Format.quantity(value, unit)) + "</td>"
                case .missed(let value): row += "<td class=\"missed\">✗ " + escape(Format.quantity(value, unit)) + "</td>"
                case .notSet: row += "<td>–</td>"
                case .outside: row += "<td>" + t("outside") + "</td>"
                }
            }
            html.append(row + "</tr>")
        }
        html.append("</table>")
        let counts = results.map { "\($0.scenario.name) \($0.targetOutcomes.filter(\.met).count)/\($0.targetOutcomes.count)" }
        html.append("<p>" + escape(t("Targets met: ") + counts.joined(separator: ", ")) + ".</p>")
        return html
    }

    private func charts() -> [String] {
        var html = ["<h2>" + t("Indicators") + "</h2>"]
        if results.count > 1 {
            let legend = results.enumerated().map { i, result in
                "<span><span class=\"swatch\" style=\"background:\(SVGChart.colours[i % SVGChart.colours.count])\"></span>"
                    + escape(result.scenario.name) + "</span>"
            }
            html.append("<p class=\"legend\">" + legend.joined(separator: " ") + " <span>◇ " + t("target") + "</span></p>")
        }
        html.append("<div class=\"charts\">")
        for indicator in results[0].indicators {
            let (years, series, targets) = TextChart.data(for: indicator.id, in: results)
            let title = language.label(of: indicator) + " (" + language.label(of: indicator.unit) + ")"
            html.append(
                "<figure>" + SVGChart(title: title, years: years, series: series, targets: targets, unit: indicator.unit, language: language).render()
                    + "<figcaption>" + escape(vi ? indicator.vietnameseName : indicator.name) + "</figcaption></figure>")
        }
        html.append("</div>")
        return html
    }

    static let css = """
        body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}\
        table{border-collapse:collapse;margin:0.5em 0 1em}th,td{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}\
        td.n,th.n{text-align:right}tr.total td{font-weight:bold}td.met{color:#1a7f37}td.missed{color:#b42318}\
        .charts{display:flex;flex-wrap:wrap;gap:12px}figure{margin:0}figcaption{font-size:12px;color:#555;max-width:340px}\
        .note{color:#555}.legend span{margin-right:1em}.swatch{display:inline-block;width:12px;height:12px;margin-right:4px}\
        table.board td{white-space:nowrap}td.source{font-size:11px;color:#444;overflow-wrap:anywhere;max-width:560px}\
        @page{size:A4;margin:14mm}\
        @media print{body{margin:0;max-width:none;font-size:10pt}h1,h2,h3{break-after:avoid}\
        figure,table,tr{break-inside:avoid}.charts{gap:6px}a{color:inherit;text-decoration:none}}
        """
}
