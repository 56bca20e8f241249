import DXSource
import Testing

@testable import DXModel

/// `correlation A B = R` in a model file: what it declares and how mistakes are reported.
@Suite("Correlation declarations")
struct CorrelationDeclarationTests {
    /// The backcast tests' tiny model with three uncertain parameters a, b and c added.
    static func model(_ extra: String) -> String {
        BackcastDeclarationTests.model(
            """
            param a [1] = 1
              source "a test"
              range 0 to 2 uniform
            param b [1] = 1
              source "a test"
              range 0 to 2 normal
            param c [1] = 1
              source "a test"
              range 0 to 2 triangular

            """ + extra)
    }

    static func errors(_ extra: String) -> [String] {
        switch BackcastDeclarationTests.load(model(extra)) {
        case .success: return []
        case .failure(let errors): return errors.diagnostics.map { "\($0.range?.start.line ?? 0): \($0.message)" }
        }
    }

    @Test("two uncertain parameters, a value between -1 and 1, and a source or an assumption")
    func parses() throws {
        let model = try BackcastDeclarationTests.load(
            Self.model("correlation a b = 0.5\n  source \"a study\"\ncorrelation b c = -0.25\n  assumption \"a guess\"\n")
        ).get()
        #expect(model.correlations.map(\.value) == [0.5, -0.25])
        #expect(model.correlations.first?.provenance == .source("a study"))
        #expect(model.correlations.last.map { [$0.first, $0.second] } == ["b", "c"])
    }

    @Test(
        "mistakes are errors at their place",
        arguments: [
            ("correlation a growth = 0.5\n  source \"t\"\n", "'growth' has no range to draw from: only uncertain parameters can be correlated"),
            ("correlation a level_2020 = 0.5\n  source \"t\"\n", "'level_2020' is fitted"),
            ("correlation a a = 0.5\n  source \"t\"\n", "a parameter is not correlated with itself"),
            ("correlation a b = 1\n  source \"t\"\n", "a correlation is between -1 and 1 (not included), not 1"),
            ("correlation a b = 0.5\n", "a correlation needs a source or an assumption label"),
            ("correlation a b = 0.5\n  source \"t\"\ncorrelation b a = 0.1\n  source \"t\"\n", "'b' and 'a' are correlated twice"),
            (
                "correlation a b = 0.9\n  source \"t\"\ncorrelation b c = 0.9\n  source \"t\"\ncorrelation a c = -0.9\n  source \"t\"\n",
                "with this correlation the correlations of the model cannot hold together"
            ),
            ("correlation a zz = 0.5\n  source \"t\"\n", "'zz', a correlated parameter, is not a parameter of this model"),
            ("correlation a b 0.5\n", "expected '=' after the two parameters, as in correlation a b = 0.5"),
        ])
    func mistakes(extra: String, message: String) {
        let errors = Self.errors(extra)
        #expect(errors.contains { $0.contains(message) }, "\(errors)")
    }

    @Test("the Cholesky factor reproduces the correlations; an impossible set has none")
    func cholesky() throws {
        let correlations = [
            Correlation(first: "a", second: "b", value: 0.5, provenance: .assumption("t")),
            Correlation(first: "b", second: "c", value: -0.3, provenance: .assumption("t")),
        ]
        let lower = try #require(Correlation.cholesky(of: correlations, among: ["a", "b", "c"]))
        func product(_ i: Int, _ j: Int) -> Double { (0..<3).reduce(0) { $0 + lower[i][$1] * lower[j][$1] } }
        #expect(abs(product(0, 1) - 0.5) < 1e-12 && abs(product(1, 2) + 0.3) < 1e-12 && abs(product(0, 2)) < 1e-12)
        #expect((0..<3).allSatisfy { abs(product($0, $0) - 1) < 1e-12 })
        #expect(lower[0][1] == 0 && lower[0][2] == 0 && lower[1][2] == 0, "lower-triangular")
    }
}
