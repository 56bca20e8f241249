import DXSource

/// Finding a model's programmes and indicators by the names people write, and its exchange rate.
///
/// (A `PlanningModel` protocol stood here for a replaceable model; it had one conformer and the
/// shell needed `DeclaredModel` for every analysis, so it went: a model is replaced by loading
/// another model file, which gives another `DeclaredModel`.)
extension DeclaredModel {
    /// The programme a name stands for: its id, or one of its aliases, with or without diacritics.
    public func programme(_ name: String) -> Programme? {
        programmes.first { $0.id == name }
            ?? {
                let folded = Folding.fold(name)
                return programmes.first { $0.foldedNames.contains(folded) }
            }()
    }

    /// The parameter that converts amounts in USD to VND: the one whose unit is VND/USD (the
    /// bundled model's `usd_vnd`), so that the shell needs no parameter name of its own.
    public var exchangeRate: Parameter? {
        // Compared byte by byte without the spaces (`VND / USD`), with no string made for it:
        // the resolver asks for every scenario it checks.
        parameters.first { $0.unit.utf8.lazy.filter { $0 != UInt8(ascii: " ") }.elementsEqual("VND/USD".utf8) }
    }

    /// Every name a programme can be written with: ids, then aliases (for "did you mean").
    public var programmeNames: [String] { programmes.map(\.id) + programmes.flatMap(\.aliases) }

    /// Every name an indicator can be written with: ids, then aliases (for "did you mean").
    public var indicatorNames: [String] { indicators.map(\.id) + indicators.flatMap(\.aliases) }

    /// The indicator a name stands for: its id, or one of its aliases, with or without diacritics.
    public func indicator(_ name: String) -> Indicator? {
        indicators.first { $0.id == name }
            ?? {
                let folded = Folding.fold(name)
                return indicators.first { $0.foldedNames.contains(folded) }
            }()
    }

    public func simulate(_ scenario: Scenario) throws -> RunResult {
        try simulate(scenario, cancellation: .never)
    }
}

extension DeclaredModel {
    /// The indicator a model variable measures, or the variable's own name.
    public func indicatorName(ofVariable variable: String) -> String {
        guard let index = indicatorVariables.firstIndex(of: variable) else { return variable }
        return indicators[index].id
    }
}
