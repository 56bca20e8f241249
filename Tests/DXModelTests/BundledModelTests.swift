import DXSource
import Foundation
import Testing

@testable import DXModel

@Suite("Bundled model file")
struct BundledModelTests {
    @Test("indicators have valid values: their unit's by default, or what the model file declares")
    func indicatorValidity() throws {
        let model = try BundledModel.load()
        #expect(model.indicator("fibre")?.validity == .percentage)
        #expect(model.indicator("egdi")?.validity == .fraction)
        #expect(model.indicator("broadband-gdp-gain")?.validity == .nonNegative)
        let broken = ModelParser.parse(SourceFile(name: "m.dxm", text: "indicator x \"X\" \"X\"\n  valid 0 to 7\n"))
        #expect(broken.diagnostics.contains { $0.message.contains("valid values are > 0, >= 0, 0 to 1 or 0 to 100") })
    }

    @Test("the bundled model compiles, with every parameter sourced or labelled")
    func loads() throws {
        let model = try BundledModel.load()
        #expect(model.baseYear == 2025)
        #expect(model.programmes.map(\.id) == ["services", "data", "management", "security", "business", "industry", "broadband", "skills"])
        #expect(
            model.indicators.map(\.id) == [
                "online-services", "online-dossiers", "national-databases", "digital-offices", "digital-economy",
                "digital-economy-mic", "fibre", "fibre-coverage", "digital-skills", "online-service-use", "smartphones",
                "payment-accounts", "e-signatures", "five-g", "digital-workforce", "broadband-gdp-gain", "cyber-exposure", "egdi",
            ])
        #expect(model.indicators.count >= 12)
        for parameter in model.parameters where parameter.provenance.isAssumption {
            #expect(parameter.range != nil, "\(parameter.id)")
        }
        #expect(abs(model.referenceSpending.reduce(0, +) - 25_000) < 1e-6)
        // The base year's values are the model's own end of 2025, near what was published for 2025.
        #expect(abs(model.indicators.first { $0.id == "fibre" }!.baseline - 87.6) < 1.5)
        #expect(abs(model.indicators.first { $0.id == "five-g" }!.baseline - 90.2) < 1)
    }
}

@Suite("Indicators are official statistics")
struct IndicatorStatisticTests {
    @Test("every indicator of the bundled model names its statistic: agency, definition, when it comes out, what was published")
    func everyIndicatorHasAStatistic() throws {
        let model = try BundledModel.load()
        for indicator in model.indicators {
            let statistic = try #require(indicator.statistic, "\(indicator.id)")
            #expect(!statistic.agency.isEmpty && !statistic.definition.isEmpty && !statistic.reported.isEmpty, "\(indicator.id)")
        }
        #expect(model.indicator("online-services")?.statistic?.agency == "MoST")
        #expect(model.indicator("digital-economy")?.statistic?.published == "14.02% (2025)")
    }

    @Test("the model names its exchange rate by its unit, VND/USD: the shell needs no parameter name")
    func exchangeRate() throws {
        let model = try BundledModel.load()
        #expect(model.exchangeRate?.id == "usd_vnd")
        #expect((model.exchangeRate?.value ?? 0) > 20_000)
    }

    @Test("a statistic given in part is an error at the indicator")
    func partialStatistic() throws {
        let bundled = try BundledModel.text()
        let text = bundled.replacingOccurrences(
            of: "  reported \"monthly, about a month later\"\n  published \"50.4% (April 2025)\"\n",
            with: "  published \"50.4% (April 2025)\"\n")
        #expect(text != bundled)
        guard case .failure(let errors) = DeclaredModel.load(SourceFile(name: "partial.dxm", text: text)) else {
            Issue.record("a model with half a statistic compiled")
            return
        }
        #expect(errors.diagnostics.contains { $0.message.contains("indicator 'online-services' names its statistic in part") })
    }

    @Test("a model's fingerprint is the FNV-1a hash of its text: known values, and one changed letter changes it")
    func fingerprint() {
        #expect(DeclaredModel.fingerprint(of: "") == "fnv1a64:cbf29ce484222325")
        #expect(DeclaredModel.fingerprint(of: "a") == "fnv1a64:af63dc4c8601ec8c")
        #expect(DeclaredModel.fingerprint(of: "param x = 1") != DeclaredModel.fingerprint(of: "param x = 2"))
    }
}
