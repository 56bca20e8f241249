import DXSource
import Testing

@testable import DXModel

/// `backcast` and `history` blocks in a model file: what they declare and how mistakes are reported.
@Suite("Backcast declarations")
struct BackcastDeclarationTests {
    /// A one-programme model with a stock started from `level_2024`, and `extra` appended.
    static func model(_ extra: String) -> String {
        """
        model "tiny"
          base year 2024
        programme roads "Roads" "Đường"
          pillar digital-society
          push 3
          task 3
          spending spending_roads
          reference reference_roads
        indicator level "Level" "Mức"
          value level_percent
          source "a test"
        param level_2024 [%] = 50
          source "a test"
        param level_2020 [%] = 30
          fitted
          source "a test"
          range 10 to 50 uniform
        param growth [1/year] = 0.1
          source "a test"
        input spending_roads [bn VND/year]
        aux reference_roads [bn VND/year] = 100
          source "a test"
        stock level_share [1] = level_2024 / 100 [%]
          inflow rising
        flow rising [1/year] = growth * level_share * (1 - level_share)
        aux level_percent [%] = level_share * 100 [%]

        """ + extra
    }

    static func load(_ text: String) -> Result<DeclaredModel, CompileErrors> {
        DeclaredModel.load(SourceFile(name: "tiny.dxm", text: text))
    }

    @Test("a backcast starts its parameters from numbers or other parameters, and histories are read")
    func parses() throws {
        let text = Self.model(
            """
            backcast from 2020.5
              start level_2024 = level_2020
              start growth = 0.2 assumption "faster before 2024"
            history level_percent
              tolerance 1
              at 2021.5 = 33 source "a test"
              at 2023.5 = 40 held out source "a test"
              at 2025.0 = 50 assumption "the model's own baseline"
            """)
        let model = try Self.load(text).get()
        let backcast = try #require(model.backcast)
        #expect(backcast.start == 2020.5)
        #expect(backcast.starts.map(\.parameter.text) == ["level_2024", "growth"])
        let history = try #require(model.histories.first)
        #expect(history.observations.map(\.heldOut) == [false, true, false])
        #expect(history.observations.map(\.provenance.isAssumption) == [false, false, true])
    }

    @Test("a programme's key tasks are read, and a number outside 1 to 5 is an error at it")
    func keyTasks() throws {
        let model = try Self.load(Self.model("")).get()
        #expect(model.programmes.first?.keyTasks == [.infrastructure])
        let text = Self.model("").replacingOccurrences(of: "  task 3\n", with: "  task 3 7\n")
        guard case .failure(let errors) = Self.load(text) else {
            Issue.record("task 7 was accepted")
            return
        }
        #expect(errors.diagnostics.map(\.message) == ["programme 'roads' names key task 7; the key tasks are numbered 1 to 5"])
        #expect(errors.diagnostics.first?.range?.start.line == 6 && errors.diagnostics.first?.range?.start.column == 10)
    }

    @Test(
        "mistakes in a backcast or a history are errors at their line",
        arguments: [
            ("backcast from 2020.5\n  start levl_2024 = 40 source \"x\"\n", 28, "is not a parameter of this model; did you mean 'level_2024'?"),
            (
                "backcast from 2020.5\n  start level_2024 = level_202\n", 28,
                "'level_202', the parameter that holds the starting value of 'level_2024', is not a parameter of this model; did you mean 'level_2020'?"
            ),
            (
                "backcast from 2020.5\n  start reference_roads = 40 source \"x\"\n", 28,
                "'reference_roads', the starting parameter, is not a parameter of this model"
            ),
            ("backcast from 2020.5\n  start level_2024 = 40\n", 28, "a starting value needs a source or an assumption label"),
            ("backcast from 2020.5\n  start level_2024 = level_2020\n  start level_2024 = 40 source \"x\"\n", 29, "'level_2024' is started twice"),
            ("backcast from 2025.5\n", 27, "the backcast must start before the end of the base year (2025.0)"),
            ("backcast from 2020.5\n  begin level_2024 = 40\n", 28, "unknown backcast line 'begin'"),
            ("history level_percent\n  at 2021 = 30 source \"x\"\n", 27, "histories need a 'backcast from TIME' block"),
            ("history level_percent from level_2024\n", 27, "a history no longer names a starting parameter"),
            (
                "backcast from 2022\nhistory level_percent\n  at 2021 = 30 source \"x\"\n", 29,
                "an observation at 2021 is before the backcast starts (2022)"
            ),
            ("backcast from 2020.5\nbackcast from 2021\n", 28, "a model has one backcast"),
        ])
    func mistakes(extra: String, line: Int, message: String) {
        guard case .failure(let errors) = Self.load(Self.model(extra)) else {
            Issue.record("expected an error for \(extra)")
            return
        }
        let found = errors.diagnostics.first { $0.message.contains(message) }
        #expect(found != nil, "\(errors.diagnostics.map(\.message))")
        #expect(found?.range?.start.line == line, "\(String(describing: found?.range))")
    }
}
