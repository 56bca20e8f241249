import DXSource
import Foundation
import Testing

@testable import DXModel

/// A run that keeps only some steps computes the same values at those steps as one that keeps
/// every step, and a step it does not keep skips only what nothing integrates.
@Suite("Kept steps and the report program")
struct KeptStepsTests {
    /// `shown` and `doubled` are only recorded (no flow reads them); `rate` feeds the flow, and
    /// `pulse_seen` reads TIME, so it must be right at whichever step computes it.
    static let model = """
        model "kept steps"
        param tau [year] = 2
          source "test"
        param x0 [person] = 1000
          source "test"
        stock x [person] = 1000 [person]
          outflow leaving
        aux rate [1/year] = x / x0 / tau
        flow leaving [person/year] = x * rate
        aux shown [person] = x * 100
        aux doubled [person] = shown * 2
        aux pulse_seen [1] = STEP(1, 0.6)
        """

    @Test("Only what no flow reads goes to the report program; what a flow reads stays in the step program")
    func split() throws {
        let compiled = try compile(Self.model)
        func writes(_ program: [Instruction]) -> Set<String> {
            Set(program.compactMap { instruction in compiled.variables.first { $0.slot == instruction.target }?.name })
        }
        #expect(writes(compiled.reportProgram).isSuperset(of: ["shown", "doubled", "pulse_seen"]))
        #expect(writes(compiled.stepProgram).isSuperset(of: ["rate", "leaving"]))
        #expect(writes(compiled.stepProgram).isDisjoint(with: ["shown", "doubled", "pulse_seen"]))
        #expect(compiled.instructionsPerUnkeptStep < compiled.instructionsPerStep)
    }

    @Test("A flow that only names an auxiliary is integrated from the auxiliary's slot; its own copy is only recorded")
    func forwarded() throws {
        let compiled = try compile(
            """
            stock x [person] = 100 [person]
              inflow arriving
              outflow leaving
            aux rate [person/year] = x * 0.1 [1/year]
            flow arriving [person/year] = rate
            aux twice [person/year] = arriving * 2
            flow leaving [person/year] = twice
            """)
        func writes(_ program: [Instruction]) -> Set<String> {
            Set(program.compactMap { instruction in compiled.variables.first { $0.slot == instruction.target }?.name })
        }
        #expect(!writes(compiled.stepProgram).contains("arriving") && !writes(compiled.stepProgram).contains("leaving"))
        #expect(writes(compiled.reportProgram).isSuperset(of: ["arriving", "leaving"]))
        let run = try compiled.run(RunSettings(start: 0, end: 2, timeStep: 0.25))
        #expect(run.series("arriving") == run.series("rate"))
        #expect(run.series("leaving") == run.series("twice"))
        // dx/dt = 0.1x − 0.2x = −0.1x, by Euler with a quarter-year step.
        let expected = (0...8).map { 100 * pow(1 - 0.025, Double($0)) }
        #expect(zip(run.series("x") ?? [], expected).allSatisfy { abs($0 - $1) < 1e-9 })
    }

    @Test("A program that reads a slot before writing it is not split")
    func readBeforeWrite() {
        // y = x + 1 reads z, written only after it: last step's z.
        let program = [Instruction(.add, 1, 0, 2), Instruction(.copy, 2, 1), Instruction(.copy, 3, 1)]
        let (needed, rest) = CodeGenerator.split(program, needed: [1])
        #expect(needed.count == 3 && rest.isEmpty)
        let plain = [Instruction(.add, 1, 0, 0), Instruction(.copy, 3, 1)]
        let (neededPlain, restPlain) = CodeGenerator.split(plain, needed: [1])
        #expect(neededPlain.count == 1 && restPlain.count == 1)
    }

    @Test("Keeping some steps gives exactly the values of keeping every step, at those steps")
    func sameValues() throws {
        let compiled = try compile(Self.model)
        let every = try compiled.run(RunSettings(start: 0, end: 2, timeStep: 0.1))
        var settings = RunSettings(start: 0, end: 2, timeStep: 0.1)
        settings.recording = .times([0.5, 1, 1.0, 2, 7, -1])
        let kept = try compiled.run(settings)
        #expect(kept.times.count == 4, "the start, 0.5, 1 and 2 (1 twice and times outside the run count once or not at all)")
        for time in [0, 0.5, 1, 2] {
            for name in ["x", "leaving", "shown", "doubled", "pulse_seen", "rate"] {
                let a = try #require(every.value(name, at: time)), b = try #require(kept.value(name, at: time))
                #expect(a.bitPattern == b.bitPattern, "\(name) at \(time): \(a) and \(b)")
            }
        }
        #expect(kept.value("x", at: 1.5) == nil, "a step that was not kept has no values")
        #expect(kept.value("pulse_seen", at: 0.5) == 0 && kept.value("pulse_seen", at: 1) == 1)
    }

    @Test("The bundled model's indicators are the same, bit for bit, whether a run keeps every step or the ends of years")
    func bundledModel() throws {
        let model = try BundledModel.load()
        var scenario = Scenario(
            name: "s", horizon: 2026...2032, budget: Budget(amountPerYear: 40_000, growthPerYear: 0.1),
            allocation: Dictionary(uniqueKeysWithValues: model.programmes.map { ($0.id, 1 / Double(model.programmes.count)) }))
        scenario.delays = [model.programmes[0].id: 1]
        let every = try model.simulate(scenario, parameters: [:], detail: .everyStep)
        let yearEnds = try model.simulate(scenario, parameters: [:], detail: .yearEnds)
        #expect(every.years == yearEnds.years)
        #expect(every.spending == yearEnds.spending)
        for (a, b) in zip(every.indicatorValues.joined(), yearEnds.indicatorValues.joined()) { #expect(a.bitPattern == b.bitPattern) }
        #expect(yearEnds.trajectory!.times.count == every.years.count + 1, "the run's start and each year's end")
    }

    @Test("A run that kept only the ends of years still says where a value that is not a number arose")
    func nonFiniteOrigin() throws {
        let model = try BundledModel.load()
        let scenario = Scenario(
            name: "s", horizon: 2026...2028, budget: Budget(amountPerYear: 40_000),
            allocation: Dictionary(uniqueKeysWithValues: model.programmes.map { ($0.id, 1 / Double(model.programmes.count)) }))
        let lifetime = try #require(model.parameters.first { $0.id.hasSuffix("lifetime") }).id
        let every = try model.simulate(scenario, parameters: [lifetime: 0], detail: .everyStep)
        let yearEnds = try model.simulate(scenario, parameters: [lifetime: 0], detail: .yearEnds)
        let origin = try #require(every.firstNonFinite)
        #expect(yearEnds.firstNonFinite?.variable == origin.variable)
        #expect(yearEnds.firstNonFinite?.time == origin.time)
    }
}
