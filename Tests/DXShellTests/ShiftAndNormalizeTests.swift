import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("shift and normalize")
struct ShiftAndNormalizeTests {
    @Test("shift moves points between programmes after inheritance; normalize scales to 100%")
    func shiftAndNormalize() throws {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + """

                scenario shifted from small
                  shift 20% from services to skills
                end
                scenario scaled from small
                  allocate
                    broadband 100%
                  end
                  normalize
                end
                """)
        #expect(output.error.isEmpty, "\(output.error)")
        let resolver = ScenarioResolver(model: shell.session.model)
        let shifted = try resolver.resolve("shifted", in: shell.session.workspace).get()
        #expect(abs(shifted.allocation["services"]! - 0.3) < 1e-12 && abs(shifted.allocation["skills"]! - 0.7) < 1e-12)
        let scaled = try resolver.resolve("scaled", in: shell.session.workspace).get()
        #expect(scaled.allocation == ["services": 0.25, "skills": 0.25, "broadband": 0.5])
    }

    @Test("moving more than a programme has, or an unknown programme, is an error")
    func shiftErrors() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run("scenario x from small\n  shift 60% from services to skills\nend\nrun x") == .failed(.semantic))
        #expect(output.error.contains("cannot shift 60% from services: it has 50%"))
        #expect(shell.run("scenario y from small\n  shift 5% from servces to skills\nend") == .failed(.semantic))
        #expect(output.error.contains("unknown programme 'servces'; did you mean 'services'?"))
    }

    @Test("normalize also scales the shares of year-by-year allocations")
    func normalizeYears() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario n from small\n  from 2027 allocate\n    skills 150%\n  end\n  normalize\nend")
        #expect(output.error.contains("a share cannot exceed 100%"))
        shell.run(smallScenario + "\nscenario m from small\n  from 2027 allocate\n    skills 100%\n  end\n  normalize\nend")
        let scenario = try ScenarioResolver(model: shell.session.model).resolve("m", in: shell.session.workspace).get()
        #expect(abs(scenario.shares(in: 2027).values.reduce(0, +) - 1) < 1e-12)
        #expect(abs(scenario.shares(in: 2027)["skills"]! - 2.0 / 3.0) < 1e-12)
    }
}

@Suite("shift with year-by-year allocations")
struct ShiftYearTests {
    static let text = """
        scenario a
          horizon 2026 to 2030
          budget 20000 bn VND per year
          allocate
            skills 50%
            broadband 30%
            services 20%
          end
          from 2027 allocate
            skills 30%
            broadband 50%
          end
        end
        scenario b from a
          shift 10% from skills to services
        end
        """

    @Test("a shift moves the points in every year, including years whose shares a block sets")
    func everyYear() throws {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(Self.text + "\nrun b") == .completed, "\(output.error)")
        let scenario = try #require(shell.session.workspace.result("b")).scenario
        let first = scenario.shares(in: 2025)
        #expect(abs(first["skills"]! - 0.4) < 1e-12 && first["broadband"] == 0.3 && abs(first["services"]! - 0.3) < 1e-12)
        let later = scenario.shares(in: 2028)
        #expect(abs(later["skills"]! - 0.2) < 1e-12 && later["broadband"] == 0.5 && abs(later["services"]! - 0.3) < 1e-12)
        #expect(shell.run("show scenario b") == .completed)
        #expect(output.standard.contains("  from 2027 allocate\n    skills 20%\n"))
    }

    @Test("a shift larger than a year's share is an error naming the year and pointing at its block")
    func tooLarge() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(Self.text.replacingOccurrences(of: "shift 10%", with: "shift 40%") + "\nrun b") == .failed(.semantic))
        #expect(output.error.contains("test.plan:15:9: error[E304]: cannot shift 40% from skills from 2027: it has 30% there"))
        #expect(output.error.contains("test.plan:9:13: note: that year's shares are set here"))
    }
}
