import DXAnalysis
import DXSource
import Foundation
import Testing

@testable import DXModel

/// Whether this machine can build native code: a C compiler on PATH, and not turned off.
private let hasCompiler: Bool =
    NativeCompiler.isEnabled
    && ["clang", "cc"].contains { name in
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

/// The engine's native code (the step compiled by the C compiler at hand) gives the interpreter's
/// values to the last bit, for every operation, on every value that matters (zeros, signs,
/// infinities, values that are not numbers), and on the bundled model.
@Suite(
    "Native code", .serialized,
    .enabled(if: hasCompiler, "needs a C compiler (clang or cc) on PATH, and DXPLAN_NATIVE not 0"))
struct NativeCodeTests {

    /// Every recorded value of a run, as bits, row after row.
    static func bits(_ trajectory: Trajectory) -> [UInt64] {
        trajectory.times.indices.flatMap { row in trajectory.names.indices.map { trajectory.value(column: $0, row: row).bitPattern } }
    }

    /// The same run on the interpreter and on native code (compiled first), compared bit for bit.
    static func expectSameBits(_ model: CompiledModel, _ settings: RunSettings, _ comment: Comment) throws {
        var interpreted = settings
        interpreted.allowsNativeCode = false
        let expected = bits(try model.run(interpreted))
        #expect(model.prepareNativeCode(), "the model compiles to native code")
        #expect(model.native.codeForRun() != nil)
        let native = bits(try model.run(settings))
        #expect(native.count == expected.count)
        let differing = zip(native, expected).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        #expect(differing.isEmpty, "\(comment): \(differing.count) of \(expected.count) values differ (first at \(differing.first ?? -1))")
    }

    /// Special operands: zeros of both signs, ones, halves and twos (the exponents `^` treats
    /// apart), ordinary values, huge and tiny ones, infinities and not a number.
    static let operands: [Double] = [0, -0.0, 1, -1, 0.5, 2, 3.75, -2.5, 1e300, 1e-300, .infinity, -.infinity, .nan, 2026.5, 0.1]

    @Test("every operation, on every pair of special operands, gives the same bits natively and interpreted")
    func everyOperation() throws {
        // A hand-made compiled model: the special operands in the first slots, then one
        // instruction per operation and choice of operands (seeded), each writing its own slot,
        // and a stock integrating one of them (the Euler update). Every slot is recorded.
        var generator = SeededGenerator(seed: 7)
        let count = Int32(Self.operands.count)
        var constants = Self.operands.enumerated().map { (slot: Int32($0.offset), value: $0.element) }
        var program: [Instruction] = []
        var next = count
        let table: Int32 = 0
        let operations = Instruction.Operation.allCases.filter { $0 != .end }
        for operation in operations {
            for _ in 0..<40 {
                func operand() -> Int32 { Int32.random(in: 0..<count, using: &generator) }
                var instruction = Instruction(operation, next, operand(), operand(), operand(), operand())
                switch operation {
                case .lookup: instruction.b = table
                case .lookupOfRatio, .scaledLookupOfRatio: instruction.c = table
                default: break
                }
                program.append(instruction)
                next += 1
            }
        }
        // The stock (its inflow is a product above; its outflow the constant 0.1).
        let stock = next
        constants.append((slot: stock, value: 1))
        let slotCount = Int(next) + 1
        let model = CompiledModel(
            title: "every operation", source: SourceFile(name: "ops", text: ""), variables: [], lookups: [], slotCount: slotCount,
            constants: constants, parameterProgram: [], initialProgram: [], stepProgram: program, reportProgram: [],
            stockSlots: [stock], inflowSlots: [count + 3], outflowSlots: [14], inputNames: [], inputSlots: [],
            lookupTables: [LookupTable(xs: [0, 0.5, 2, 1e300], ys: [1, -3, 0.25, 7])],
            recordedNames: (0..<slotCount).map { "s\($0)" }, recordedSlots: Array(0..<slotCount))
        #expect(Set(program.map(\.operation)).count == operations.count)
        // Times either side of the STEP, RAMP and PULSE thresholds among the operands (2026.5, 2).
        try Self.expectSameBits(model, RunSettings(start: 2025.75, end: 2027.25, timeStep: 0.25), "every operation")
    }

    @Test("every construct of the model language, Euler and RK4, with parameters for the run and for the plan")
    func everyConstruct() throws {
        // The XMILE peer check's model (computed parameters, lookups, SMOOTH, DELAY1/3, fixed
        // pipelines, STEP, RAMP, PULSE, IF, MIN/MAX and the rest), and values that are not numbers.
        let model = try compile(
            XMILEPeerTests.everyConstruct + """

                aux odd [1] = LN(1 - pressure) + SQRT(1 - crowd / 100 [person]) ^ 0.5 + MAX(LN(scale - 2), 0)
                """)
        for method in IntegrationMethod.allCases {
            var settings = RunSettings(
                start: 2025, end: 2028, timeStep: 0.3, method: method,
                inputs: ["arrivals": YearlySeries(firstYear: 2025, values: [20, 35.5, 12.25])], parameters: ["scale": 1.25])
            settings.planParameters = ["tau": 1.5]
            settings.planStart = 2026
            try Self.expectSameBits(model, settings, "every construct, \(method)")
        }
    }

    @Test("the bundled model, every step of a plan to 2035 after the backcast")
    func bundledModel() throws {
        let model = try BundledModel.load()
        let scenario = Scenario(
            name: "s", horizon: 2026...2035, budget: Budget(amountPerYear: 40_000, growthPerYear: 0.1),
            allocation: Dictionary(uniqueKeysWithValues: model.programmes.map { ($0.id, 1 / Double(model.programmes.count)) }))
        try Self.expectSameBits(model.compiled, try model.runSettings(for: scenario), "the bundled model")
    }

    @Test("a compiler that cannot build the code leaves runs on the interpreter, with the same values")
    func fallback() throws {
        #expect(NativeCompiler.code(for: "this is not C") == nil)
        #expect(NativeCompiler.code(for: "this is not C") == nil, "the failure is remembered, not retried")
    }

    @Test("a model starts on the interpreter and compiles in the background once an analysis is under way")
    func threshold() throws {
        let model = try compile(ModelEngineTests.decay)
        let settings = RunSettings(start: 0, end: 1, timeStep: 0.25)
        let first = Self.bits(try model.run(settings))
        for _ in 0..<NativeCodeSlot.threshold { #expect(Self.bits(try model.run(settings)) == first) }
        // The compilation was started by the runs; waiting for it gives native code.
        #expect(model.prepareNativeCode())
        #expect(Self.bits(try model.run(settings)) == first)
    }
}
