import DXLanguage
import DXModel
import DXScenario
import DXSource

/// Renders `list`: the session's scenarios with their status, the model's programmes, its
/// indicators with the statistic each stands for, and its catalogue of official targets.
struct ListReport: Report {
    let model: DeclaredModel
    /// The model file's texts in the report's language.
    private var wording: ModelWording { ModelWording(model, in: language) }
    let workspace: Workspace
    let presentation: Presentation
    /// Where a section of the model's documentation is ("MODEL.md §6.2", or the model file).
    let documentation: (String) -> String

    func scenarios() -> String {
        let style = style
        guard !workspace.definitions.isEmpty else {
            return t("No scenarios yet. Define one with 'scenario … end' ('help scenario'), or 'load' a file.") + "\n"
        }
        var table = TextTable([.init("  " + t("scenario")), .init(t("from")), .init(t("horizon")), .init(t("title")), .init(t("status"))])
        for definition in workspace.definitions {
            let name = definition.name
            let marker = name == workspace.current ? "* " : "  "
            var horizon = "–"
            var status = TextTable.Cell(t("not run"))
            switch ScenarioResolver(model: model).resolve(name, in: workspace) {
            case .success(let scenario):
                horizon = "\(scenario.horizon.lowerBound)–\(scenario.horizon.upperBound)"
                if let result = workspace.result(name) {
                    let outcomes = result.targetOutcomes
                    let met = outcomes.filter(\.met).count
                    status = TextTable.Cell(
                        outcomes.isEmpty ? t("ran") : "\(t("ran")): \(met)/\(outcomes.count) \(language.labels.targetsMet)",
                        styled: met == outcomes.count ? { style.good($0) } : { style.bad($0) })
                }
            case .failure(let diagnostic):
                if let inherited = inheritedHorizon(of: name) { horizon = "\(inherited.from.value)–\(inherited.to.value)" }
                status = TextTable.Cell(t("cannot run: ") + diagnostic.message, styled: { style.bad($0) })
            }
            table.add([
                TextTable.Cell(marker + name), TextTable.Cell(definition.decl.parent?.text ?? "–"),
                TextTable.Cell(horizon), TextTable.Cell(definition.decl.title.map { VisibleText.escaped($0.value) } ?? "–"), status,
            ])
        }
        return table.render(style: style) + style.dim(t("* current scenario (used by 'run' and 'show' without a name)")) + "\n"
    }

    /// The horizon a scenario would use, from itself or its nearest ancestor.
    private func inheritedHorizon(of name: String) -> HorizonItem? {
        for definition in workspace.lineage(of: name).reversed() {
            for case .horizon(let item) in definition.decl.items.reversed() { return item }
        }
        return nil
    }

    func programmes() -> String {
        // An English reader sees both names; a Vietnamese one, the Vietnamese.
        let english = language == .en
        var table = TextTable(
            [.init(t("programme")), .init(t("pillar")), .init(t("push"), .right), .init(t("task"), .right)]
                + (english ? [.init("name")] : []) + [.init(t("tên"))])
        for p in model.programmes {
            table.add(
                [
                    TextTable.Cell(language.label(ofProgramme: p.id, in: model.programmes)),
                    TextTable.Cell(language.label(of: p.pillar)),
                    TextTable.Cell("\(p.push.rawValue)"),
                    TextTable.Cell(p.keyTasks.isEmpty ? "–" : p.keyTasks.map { "\($0.rawValue)" }.joined(separator: ",")),
                ] + (english ? [TextTable.Cell(p.name)] : []) + [TextTable.Cell(p.vietnameseName)])
        }
        let vi = language == .vi
        let pushes = Push.allCases.map { "\($0.rawValue) \((vi ? $0.vietnameseName : $0.name).lowercased())" }.joined(separator: "; ")
        let tasks = KeyTask.allCases.map { "\($0.rawValue) \((vi ? $0.vietnameseName : $0.name).lowercased())" }.joined(separator: "; ")
        return table.render(style: style)
            + style.dim((vi ? "5 đẩy mạnh: " : "Five pushes (5 đẩy mạnh): ") + "\(pushes).") + "\n"
            + style.dim((vi ? "5 trọng tâm: " : "Key tasks (5 trọng tâm): ") + "\(tasks).") + "\n"
    }

    /// The indicators: their base-year value, the official statistic each stands for (who
    /// publishes it and what was published for the base year), then what each counts and when
    /// it comes out.
    func indicators() -> String {
        let vi = language == .vi
        var table = TextTable([
            .init(t("indicator")), .init(t("unit")), .init("\(model.baseYear)", .right),
            .init(vi ? "tên" : "name"), .init(vi ? "cơ quan công bố" : "published by"),
            .init(vi ? "số liệu công bố cho \(model.baseYear)" : "published for \(model.baseYear)"),
        ])
        var definitions = TextTable([.init(t("indicator")), .init(vi ? "đo gì" : "what it counts"), .init(vi ? "công bố" : "when it comes out")])
        for i in model.indicators {
            let baseline = Format.value(i.baseline, i.unit) + (i.baselineProvenance.isAssumption ? "*" : "")
            let statistic = i.statistic
            table.add([
                TextTable.Cell(language.label(of: i)), TextTable.Cell(language.label(of: i.unit)), TextTable.Cell(baseline),
                TextTable.Cell(vi ? i.vietnameseName : i.name), TextTable.Cell(statistic.map { wording($0.agency) } ?? "–"),
                TextTable.Cell(statistic.map { wording($0.published) } ?? "–"),
            ])
            if let statistic {
                definitions.add([
                    TextTable.Cell(language.label(of: i)), TextTable.Cell(wording(statistic.definition)), TextTable.Cell(wording(statistic.reported)),
                ])
            }
        }
        let footnote =
            model.indicators.contains { $0.baselineProvenance.isAssumption }
            ? style.dim(t("* an assumption: no verified baseline (see {doc})", ["doc": documentation("")])) + "\n" : ""
        let statistics =
            model.indicators.contains { $0.statistic != nil }
            ? "\n" + definitions.render(style: style) : ""
        return table.render(style: style) + footnote + statistics
    }

    /// The official targets of the model's catalogue, with the document that sets each.
    func officialTargets() -> String {
        let catalogue = model.officialTargets
        let vi = language == .vi
        guard !catalogue.isEmpty else { return vi ? "Mô hình này không có danh mục mục tiêu.\n" : "This model has no catalogue of targets.\n" }
        var table = TextTable([.init(vi ? "mục tiêu" : "target"), .init(vi ? "khoá" : "key"), .init(vi ? "văn bản" : "document")])
        for official in catalogue {
            let target = official.target
            let unit = model.indicator(target.indicator)?.unit ?? .percent
            let threshold = ScenarioPrinter.number(target.value) + (unit == .percent ? "%" : "")
            let name = language.label(ofIndicator: target.indicator, in: model.indicators)
            table.add([
                TextTable.Cell("\(name) \(target.comparison.rawValue) \(threshold) \(language.labels.by) \(target.year)"),
                TextTable.Cell(official.key), TextTable.Cell(wording(official.document)),
            ])
        }
        return table.render(style: style)
            + style.dim(
                t(
                    "A scenario takes them all with the line 'target official', or one document's with 'target official 749'. Sources: {doc}.",
                    ["doc": documentation("§6.2")])) + "\n"
    }
}
