import DXSource
import Foundation
import Testing

@testable import DXModel

func compile(_ text: String) throws -> CompiledModel {
    switch ModelCompiler.compile(SourceFile(name: "test.dxm", text: text)) {
    case .success(let model): return model
    case .failure(let errors):
        throw CompileFailure(messages: errors.diagnostics.map { DiagnosticRenderer(colored: false).render($0) })
    }
}

func compileErrors(_ text: String) -> [String] {
    switch ModelCompiler.compile(SourceFile(name: "test.dxm", text: text)) {
    case .success: return []
    case .failure(let errors): return errors.diagnostics.filter { $0.severity == .error }.map(\.message)
    }
}

struct CompileFailure: Error, CustomStringConvertible {
    let messages: [String]
    var description: String { messages.joined(separator: "\n") }
}

@Suite("Model engine")
struct ModelEngineTests {
    static let decay = """
        model "decay"
        param tau [year] = 2
          source "test"
        stock x [person] = 1000 [person]
          outflow leaving
        flow leaving [person/year] = x / tau
        """

    @Test("Euler integrates exactly as the difference equation says")
    func euler() throws {
        let model = try compile(Self.decay)
        let run = try model.run(RunSettings(start: 0, end: 1, timeStep: 0.25))
        let x = try #require(run.series("x"))
        #expect(run.times == [0, 0.25, 0.5, 0.75, 1])
        for (n, value) in x.enumerated() {
            #expect(abs(value - 1000 * pow(1 - 0.25 / 2, Double(n))) < 1e-9)
        }
        #expect(abs(run.series("leaving")![0] - 500) < 1e-12, "flows are recorded at each saved time")
    }

    @Test("RK4 matches the exact solution closely")
    func rk4() throws {
        let model = try compile(Self.decay)
        let run = try model.run(RunSettings(start: 0, end: 4, timeStep: 0.25, method: .rk4))
        let exact = 1000 * exp(-4.0 / 2)
        #expect(abs(run.value("x", at: 4)! - exact) < 1e-3)
        let euler = try model.run(RunSettings(start: 0, end: 4, timeStep: 0.25))
        #expect(abs(euler.value("x", at: 4)! - exact) > 1, "Euler is visibly coarser at this step")
    }

    @Test("Bass diffusion in the model language follows its closed form")
    func bass() throws {
        let model = try compile(
            """
            param p [1/year] = 0.03
              source "Sultan, Farley & Lehmann (1990)"
            param q [1/year] = 0.38
              source "Sultan, Farley & Lehmann (1990)"
            stock adopters [fraction] = 0.2
              inflow adoption
            flow adoption [1/year] = (p + q * adopters) * (1 - adopters)
            """)
        let run = try model.run(RunSettings(start: 0, end: 6, timeStep: 1.0 / 360, method: .rk4))
        let p = 0.03, q = 0.38, x0 = 0.2
        let a = (1 - x0) / (1 + q / p * x0)
        let decay = exp(-(p + q) * 6)
        let exact = (1 - a * decay) / (1 + q / p * a * decay)
        #expect(abs(run.value("adopters", at: 6)! - exact) < 1e-9)
    }

    @Test("an IF on a comparison takes the branch each comparison gives, and is not a number when a side is not one")
    func conditionalOnComparison() throws {
        let model = try compile(
            """
            aux gt [1] = IF TIME > 2 [year] THEN 1 ELSE -1
            aux ge [1] = IF TIME >= 2 [year] THEN 1 ELSE -1
            aux lt [1] = IF TIME < 2 [year] THEN 1 ELSE -1
            aux le [1] = IF 2 [year] >= TIME THEN 1 ELSE -1
            aux n [1] = IF LN(TIME / 1 [year] - 9) < 0 THEN 1 ELSE -1
            """)
        let run = try model.run(RunSettings(start: 0, end: 4, timeStep: 1))
        #expect(run.series("gt") == [-1, -1, -1, 1, 1])
        #expect(run.series("ge") == [-1, -1, 1, 1, 1])
        #expect(run.series("lt") == [1, 1, -1, -1, -1])
        #expect(run.series("le") == [1, 1, 1, -1, -1])
        #expect(run.series("n")?.allSatisfy(\.isNaN) == true)
    }

    @Test("built-ins: STEP, RAMP, PULSE, TIME, IF, MIN, MAX, ABS and lookups")
    func builtins() throws {
        let model = try compile(
            """
            aux s [1] = STEP(5, 2 [year])
            aux r [year] = RAMP(1, 1 [year], 3 [year])
            aux p [1] = PULSE(2 [year], 1 [year])
            aux t [year] = TIME
            aux c [1] = IF TIME >= 2.5 [year] and not (TIME > 3 [year]) THEN 1 ELSE -1
            aux m [1] = MAX(MIN(3, 7, 5), ABS(-2))
            lookup curve [person] = (0, 0), (1, 10), (3, 30)
            aux l [person] = curve(TIME / 1 [year] * 0.5)
            """)
        let run = try model.run(RunSettings(start: 0, end: 4, timeStep: 0.5))
        #expect(run.series("s") == [0, 0, 0, 0, 5, 5, 5, 5, 5])
        #expect(run.series("r") == [0, 0, 0, 0.5, 1, 1.5, 2, 2, 2])
        #expect(run.series("p") == [0, 0, 0, 0, 1, 1, 0, 0, 0])
        #expect(run.series("t") == [0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4])
        #expect(run.series("c") == [-1, -1, -1, -1, -1, 1, 1, -1, -1])
        #expect(run.series("m") == Array(repeating: 3, count: 9))
        #expect(run.series("l") == [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20])
    }

    @Test("SMOOTH, SMOOTH3, DELAY1 and DELAY3 respond to a step as first- and third-order delays")
    func delays() throws {
        let model = try compile(
            """
            input demand [person/year]
            aux smoothed [person/year] = SMOOTH(demand, 2 [year])
            aux smoothed3 [person/year] = SMOOTH3(demand, 2 [year])
            aux delivered [person/year] = DELAY1(demand, 2 [year])
            aux delivered3 [person/year] = DELAY3(demand, 2 [year])
            stock received [person] = 0 [person]
              inflow arriving
            flow arriving [person/year] = delivered
            """)
        let settings = RunSettings(
            start: 0, end: 10, timeStep: 1.0 / 64, method: .rk4,
            inputs: ["demand": YearlySeries(firstYear: 0, values: [100, 200])])
        let run = try model.run(settings)
        // Before the step everything sits at its initial equilibrium of 100.
        #expect(abs(run.value("smoothed", at: 0.9)! - 100) < 1e-9)
        #expect(abs(run.value("delivered3", at: 0.9)! - 100) < 1e-9)
        // One delay time after the step, first order has closed 1 - 1/e of the gap.
        #expect(abs(run.value("smoothed", at: 3)! - (200 - 100 * exp(-1))) < 0.5)
        #expect(abs(run.value("delivered", at: 3)! - (200 - 100 * exp(-1))) < 0.5)
        // Third order starts slower and catches up later.
        #expect(run.value("smoothed3", at: 1.5)! < run.value("smoothed", at: 1.5)!)
        #expect(run.value("smoothed3", at: 10)! > 199)
        #expect(abs(run.value("delivered3", at: 10)! - run.value("smoothed3", at: 10)!) < 1e-6)
        // Hidden stocks are not recorded.
        #expect(!run.names.contains { $0.contains("#") })
    }

    @Test("inputs are piecewise constant by calendar year, held flat outside their years")
    func inputs() throws {
        let model = try compile("input spend [bn VND/year]\naux seen [bn VND/year] = spend")
        let run = try model.run(
            RunSettings(
                start: 2024, end: 2027, timeStep: 0.5,
                inputs: ["spend": YearlySeries(firstYear: 2025, values: [10, 20])]))
        #expect(run.series("seen") == [10, 10, 10, 10, 20, 20, 20])
        #expect(throws: RunError.missingInput("spend")) { try model.run(RunSettings(start: 0, end: 1)) }
    }

    @Test("DELAY is a fixed pipeline: its input a delay time ago, its initial value before, in Euler and RK4")
    func pipelineDelay() throws {
        let model = try compile(
            """
            aux clock [year] = TIME
            aux late [year] = DELAY(clock, 1 [year], 0 [year])
            aux late_default [year] = DELAY(clock, 0.5 [year])
            stock level [1] = 1
              inflow growth
            flow growth [1/year] = 1 [1/year]
            aux late_level [1] = DELAY(level, 0.25 [year])
            """)
        for method in IntegrationMethod.allCases {
            let run = try model.run(RunSettings(start: 2025, end: 2028, timeStep: 0.25, method: method))
            for (row, time) in run.times.enumerated() {
                let late = try #require(run.value("late", at: time)), lateDefault = try #require(run.value("late_default", at: time))
                #expect(abs(late - (time >= 2026 - 1e-9 ? time - 1 : 0)) < 1e-9, "\(method) at \(time): \(late)")
                #expect(abs(lateDefault - (time >= 2025.5 - 1e-9 ? time - 0.5 : 2025)) < 1e-9, "initially its input's start value")
                // A stock's value a step ago, not the value it takes in the same step.
                let level = try #require(run.value("late_level", at: time))
                #expect(abs(level - (row == 0 ? 1 : 1 + (time - 0.25 - 2025))) < 1e-9, "\(method) at \(time): \(level)")
            }
        }
        // The same delay at another step: a year is four steps of 0.25 or twelve of 1/12.
        let monthly = try model.run(RunSettings(start: 2025, end: 2027, timeStep: 1.0 / 12))
        #expect(abs((monthly.value("late", at: 2026.5) ?? .nan) - 2025.5) < 1e-9)
    }

    @Test("a DELAY whose time changes during a run is an error at the call; a delay time that is not a number shows")
    func pipelineDelayErrors() throws {
        let problems = ModelCompiler.compile(
            SourceFile(name: "m.dxm", text: "aux clock [year] = TIME\naux late [year] = DELAY(clock, clock - 2024 [year])"))
        guard case .failure(let errors) = problems else {
            Issue.record("a delay time that changes compiled")
            return
        }
        #expect(
            errors.diagnostics.map(\.message) == [
                "the delay time of DELAY must stay the same during a run: write it with numbers and parameters only"
            ])
        #expect(errors.diagnostics.first?.range?.start.line == 2)
        let model = try compile("param wait [year] = 1\n  source \"test\"\naux clock [year] = TIME\naux late [year] = DELAY(clock, wait)")
        let run = try model.run(RunSettings(start: 2025, end: 2026, timeStep: 0.5, parameters: ["wait": .nan]))
        #expect(run.series("late")?.allSatisfy(\.isNaN) == true)
    }

    @Test("inputs given in any order, or one given twice, reach the right slots")
    func inputOrder() throws {
        let model = try compile("input a [bn VND/year]\ninput b [bn VND/year]\naux d [bn VND/year] = a - b")
        let a = YearlySeries.constant(7), b = YearlySeries(firstYear: 2025, values: [1, 2])
        func seen(_ inputs: RunInputs) throws -> [Double]? {
            try model.run(RunSettings(start: 2024, end: 2026, timeStep: 1, inputs: inputs)).series("d")
        }
        #expect(model.inputNames == ["a", "b"])
        #expect(try seen(RunInputs(names: ["a", "b"], series: [a, b])) == [6, 6, 5])
        #expect(try seen(RunInputs(names: ["b", "a"], series: [b, a])) == [6, 6, 5])
        #expect(try seen(RunInputs(names: ["b", "a", "b"], series: [.constant(100), a, b])) == [6, 6, 5], "the last one counts")
        var inputs: RunInputs = ["a": a]
        #expect(throws: RunError.missingInput("b")) { try seen(inputs) }
        inputs["b"] = b
        #expect(try seen(inputs) == [6, 6, 5])
        inputs["a"] = nil
        #expect(inputs.names == ["b"])
    }

    @Test("parameter overrides change one run only; parameters computed from them follow")
    func overrides() throws {
        let model = try compile(Self.decay + "\nparam half_life [year] = tau * 0.6931\n  source \"derived\"")
        let changed = try model.run(RunSettings(start: 0, end: 1, timeStep: 0.5, parameters: ["tau": 4]))
        #expect(changed.series("half_life")![0] == 4 * 0.6931)
        #expect(changed.series("leaving")![0] == 250)
        let original = try model.run(RunSettings(start: 0, end: 1, timeStep: 0.5))
        #expect(original.series("leaving")![0] == 500)
        #expect(throws: RunError.unknownParameter("ta", suggestion: "tau")) {
            try model.run(RunSettings(start: 0, end: 1, parameters: ["ta": 1]))
        }
    }

    @Test("a run can be cancelled")
    func cancellation() throws {
        let model = try compile(Self.decay)
        #expect(throws: RunError.cancelled) {
            try model.run(RunSettings(start: 0, end: 100, timeStep: 0.01), cancellation: Cancellation { true })
        }
    }
}

@Suite("Model language errors")
struct ModelLanguageErrorTests {
    @Test(
        "units must agree, with the mismatch named",
        arguments: [
            (
                "param a [bn VND/year] = 1\n  source \"x\"\nparam b [1/year] = 2\n  source \"x\"\naux c [bn VND/year] = a + b",
                "cannot add bn VND/year and 1/year"
            ),
            (
                "param a [bn VND] = 1\n  source \"x\"\naux c [bn VND/year] = a * 2",
                "the equation of 'c' is in bn VND, but 'c' is declared in bn VND/year"
            ),
            (
                "stock s [person] = 0\n  inflow f\nflow f [person] = 1 [person]",
                "flow 'f' is in person, but stock 's' in person needs flows in person/year"
            ),
            ("param a [year] = 2\n  source \"x\"\naux c [1] = 2 ^ a", "an exponent must be dimensionless, not year"),
            ("aux c [1] = STEP(1, 5)\naux d [1] = STEP(1, 5 [person])", "the second argument of STEP is a time and must be in year, not person"),
            ("aux c [1] = LN(3 [bn VND])", "LN needs a dimensionless argument, not bn VND"),
        ])
    func units(model: String, message: String) {
        #expect(compileErrors(model).contains(message), "\(compileErrors(model))")
    }

    @Test("a flow that fills or drains no stock is an error at its name (the model is not run with it), and listed under a stock it is not")
    func danglingFlow() throws {
        #expect(compileErrors("flow f [1/year] = 1 [1/year]") == ["flow 'f' fills or drains no stock; declare it an aux, or list it under a stock"])
        #expect(compileErrors("stock s [1] = 0\n  inflow f\nflow f [1/year] = 1 [1/year]").isEmpty)
    }

    @Test("an algebraic loop is named; a stock or a delay breaks it")
    func loops() {
        let errors = compileErrors("aux a [1] = b + 1\naux b [1] = c * 2\naux c [1] = a")
        #expect(errors.first?.hasSuffix(": a → b → c → a") == true, "\(errors)")
        #expect(compileErrors("aux a [1] = SMOOTH(b, 1 [year], 0)\naux b [1] = a + 1").isEmpty)
    }

    @Test(
        "names, functions and arities are checked with suggestions",
        arguments: [
            ("aux a [1] = fibr\nparam fibre [1] = 1\n  source \"x\"", "unknown variable 'fibr'; did you mean 'fibre'?"),
            ("aux a [1] = SMOTH(1, 2 [year])", "unknown function 'SMOTH'; did you mean 'SMOOTH'?"),
            ("aux a [1] = MIN(1)", "MIN takes 2 to 16 arguments, not 1"),
            ("aux a [1] = 1\naux a [1] = 2", "'a' is declared twice"),
            ("stock s [1] = 0\n  inflow nothing", "unknown flow 'nothing'"),
            ("lookup l [1] = (0, 0), (1, 1)\naux a [1] = l", "'l' is a lookup: call it with a value, as in l(x)"),
            ("input i [1]\nparam p [1] = i\n  source \"x\"", "parameter 'p' can only use other parameters; 'i' is an input"),
            ("param p [1] = 5\n  source \"x\"\n  range 0.2 to 3 uniform", "parameter 'p' is 5, outside its own range 0.2 to 3"),
            (
                "param p [1/year] = 1\n  source \"x\"\nparam q [1/year] = 1\n  source \"x\"\nparam r [1/yaer] = 1\n  source \"x\"\naux a [1/year] = p + r",
                "unit 'yaer' of 'r' appears nowhere else in the model; did you mean 'year'?"
            ),
        ])
    func names(model: String, message: String) {
        #expect(compileErrors(model).contains(message), "\(compileErrors(model))")
    }

    @Test("syntax errors have positions and suggestions")
    func syntax() {
        let (_, diagnostics) = ModelParser.parse(SourceFile(name: "m.dxm", text: "parm a = 1 [1]\naux b [1] = (2 + \naux c [bn VND = 1"))
        #expect(
            diagnostics.map(\.message) == [
                "unknown declaration 'parm'; did you mean 'param'?",
                "expected a number, a name or '(', found end of line",
                "expected ']' to close the unit",
            ])
        #expect(diagnostics[0].range?.start.line == 1)
        #expect(diagnostics[1].range?.start.line == 2)
    }

    @Test("units parse and print readably")
    func unitText() {
        #expect(Unit.parse("bn VND/year") == Unit.money / Unit.year)
        #expect(Unit.parse("1/year")?.description == "1/year")
        #expect(Unit.parse("person*year")?.description == "person*year")
        #expect(Unit.parse("fraction") == .dimensionless)
        #expect(Unit.parse("bn VND/(person*year)")?.description == "bn VND/(person*year)")
        #expect(Unit.parse("year^2")?.description == "year^2")
        #expect(Unit.parse("/") == nil)
    }
}
