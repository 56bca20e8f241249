import DXModel
import DXScenario
import Testing

@testable import DXShell

/// `delay PROGRAMME N years`: a programme that is late.
@Suite("A programme delayed")
struct DelayTests {
    func shell() -> (Interpreter, CapturedOutput) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        return (shell, output)
    }

    @Test(
        "a delay that is not a whole number of years from 0 to 50, or of no programme, is an error at its place",
        arguments: [
            ("delay skills 1.5 years", "E306", "a delay is a whole number of years from 0 to 50"),
            ("delay skills 60 years", "E306", "a delay is a whole number of years from 0 to 50"),
            ("delay skills 50% years", "E306", "a delay is a whole number of years"),
            ("delay skils 1 year", "E202", "unknown programme 'skils'; did you mean 'skills'?"),
            ("delay skills 1 year\n  delay kỹ-năng-số 2 years", "E404", "'delay skills' is set twice"),
        ])
    func errors(line: String, code: String, message: String) {
        let (shell, output) = shell()
        #expect(shell.run("scenario late from small\n  \(line)\nend") != .completed)
        #expect(output.error.contains("error[\(code)]"), "\(output.error)")
        #expect(output.error.contains(message), "\(output.error)")
    }

    @Test("a child inherits its parent's delay and can undo it with 0 years; run says what is late and what is not spent")
    func inheritance() throws {
        let (shell, output) = shell()
        let script = """
            scenario late from small
              delay skills 1 year
            end
            scenario on-time from late
              delay skills 0 years
            end
            run late
            show
            """
        #expect(shell.run(script) == .completed, "\(output.error)")
        #expect(output.standard.contains("Late: skills 1 year late; 5,513 bn VND planned up to 2028 is spent after it"), "\(output.standard)")
        let late = try #require(try? ScenarioResolver(model: testModel).resolve("late", in: shell.session.workspace).get())
        let onTime = try #require(try? ScenarioResolver(model: testModel).resolve("on-time", in: shell.session.workspace).get())
        #expect(late.delays == ["skills": 1])
        #expect(onTime.delays.isEmpty)
        #expect(late.spending(on: "skills", in: 2026) == 0)
        #expect(late.spending(on: "skills", in: 2027) == onTime.spending(on: "skills", in: 2026))
    }
}
