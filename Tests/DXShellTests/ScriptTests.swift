import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// let, for, if, print, assert and include; running a whole source with keep-going or a cancellation.
@Suite("Scripts")
struct ScriptTests {
    @Test("a parameter sweep in a few lines: let, for over a list and a range, variables in scenarios, print, if, assert")
    func sweep() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(
            smallScenario + """

                let base = 10000
                for share in [20%, 40%]
                  scenario sweep from small
                    budget base * 2 bn VND per year
                    allocate
                      services 100% - share
                      skills share
                    end
                  end
                  print "skills {share}: {digital-skills in 2028}"
                end
                for year in 2026 to 2028
                  if digital-skills in year > 80%
                    print "{year} above"
                  else
                    print "{year} below"
                  end
                end
                assert digital-skills in 2028 > 50% "skills pass 50% by 2028"
                """)
        #expect(outcome == .completed, "\(output.error)")
        #expect(output.standard.contains("skills 20%: "))
        #expect(output.standard.contains("skills 40%: "))
        #expect(output.standard.contains("2026 below"))
        #expect(output.standard.contains("2028 above"))
        let lines = output.standard.split(separator: "\n").filter { $0.hasPrefix("skills ") }
        #expect(lines.count == 2)
    }

    @Test(
        "mixing units, unknown variables and failed assertions are errors with a position",
        arguments: [
            ("let x = 10% + 5", "cannot add a percentage and a number"),
            ("print \"{nothing}\"", "unknown variable 'nothing'"),
            ("assert 1 > 2 \"one is not more than two\"", "assertion failed: one is not more than two"),
            ("let s = 5\nscenario v from small\n  allocate\n    skills s\n  end\nend", "'s' is 5, a number; a percentage is needed here (write s%)"),
            ("for i in 1 to 100000\nend", "this loop would run 100,000 times; at most 10,000"),
            ("let b = 30000 bn VND + 5%", "cannot add an amount of money and a percentage"),
            ("let b = 3 trillion VND * 2 bn VND", "cannot multiply an amount of money and an amount of money"),
            ("let b = 3 trillion EUR", "expected the currency after the amount (VND or USD), found 'EUR'"),
            (
                "let b = 30000\nscenario v from small\n  budget b per year\nend",
                "'b' is a number (30000); an amount of money is needed here (or write b bn VND)"
            ),
            (
                "let b = 30000 bn VND\nscenario v from small\n  target fibre >= b by 2028\nend",
                "'b' is an amount of money (30000 bn VND); a number is needed here"
            ),
        ])
    func errors(script: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        #expect(shell.run(script) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }

    @Test("money in scripts: VND and USD amounts, arithmetic with numbers and percentages, in budgets and allocations")
    func money() throws {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario)
        let rate = try #require(shell.session.model.parameters.first { $0.id == "usd_vnd" }).value
        #expect(
            shell.run(
                """
                let b = 12 nghìn tỷ VND
                let aid = 0.1 bn USD
                print "{b} {b * 10%} {b / 4} {b / (6000 bn VND)} {b > 11 trillion VND}"
                print "{aid}"
                let net = b - 2000 bn VND
                scenario m from small
                  budget net per year
                  allocate
                    services b / 4
                    skills 70%
                  end
                end
                """) == .completed, "\(output.error)")
        #expect(output.standard.contains("12000 bn VND 1200 bn VND 3000 bn VND 2 1\n"))
        #expect(output.standard.contains("\(NumberText.plain((rate * 0.1 * 1000).rounded() / 1000)) bn VND\n"))
        let m = try ScenarioResolver(model: shell.session.model).resolve("m", in: shell.session.workspace).get()
        #expect(m.envelope(in: 2026) == 10_000)
        #expect(abs(m.spending(on: "services", in: 2026) - 3000) < 1e-9)
    }

    @Test("include runs a file relative to the including one, and a file that includes itself is an error")
    func include() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-include-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("parts"), withIntermediateDirectories: true)
        try "let greeting = \"xin chào\"\ninclude \"more.plan\"\n".write(
            to: folder.appendingPathComponent("parts/one.plan"), atomically: true, encoding: .utf8)
        try "print \"{greeting}\"\n".write(to: folder.appendingPathComponent("parts/more.plan"), atomically: true, encoding: .utf8)
        try "include \"loop.plan\"\n".write(to: folder.appendingPathComponent("loop.plan"), atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreter()
        let main = SourceFile(name: "main.plan", text: "include \"parts/one.plan\"\n", directory: folder.path)
        #expect(shell.execute(main) == .completed, "\(output.error)")
        #expect(output.standard == "xin chào\n")
        let looping = SourceFile(name: "main.plan", text: "include \"loop.plan\"\n", directory: folder.path)
        #expect(shell.execute(looping) == .failed(.semantic))
        #expect(output.error.contains("includes itself"))
    }

    @Test("a for or if block left open waits for more lines at the prompt")
    func incomplete() {
        #expect(Parser.parse(SourceFile(name: nil, text: "for x in [1, 2]\n  print \"{x}\"\n")).isIncomplete)
        #expect(Parser.parse(SourceFile(name: nil, text: "if 1 > 0\n")).isIncomplete)
        #expect(!Parser.parse(SourceFile(name: nil, text: "for x in [1, 2]\n  print \"{x}\"\nend\n")).isIncomplete)
    }

    @Test("keep-going runs every statement and reports the first failure")
    func keepGoing() {
        let (shell, output) = makeInterpreter()
        let outcome = shell.execute(SourceFile(name: "k", text: "run nothing\nhelp list\nlist nonsense\n"), keepGoing: true)
        #expect(outcome == .failed(.semantic))
        #expect(output.standard.contains("list [scenarios|programmes|indicators]"))
        #expect(output.error.contains("cannot list 'nonsense'"))
    }

    @Test("a cancelled execution stops before the next statement and reports an interruption")
    func interrupted() {
        let (shell, output) = makeInterpreter(cancellation: Cancellation { true })
        #expect(shell.run(smallScenario) == .failed(.interrupted))
        #expect(output.error.contains("interrupted"))
    }

    @Test("a file name takes the script's values: a sweep writes one file per value, and a bad {…} is an error at the name")
    func fileNamesFromValues() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-sweep-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = """
            for share in 5% to 15% step 5%
              scenario sk from baseline
                shift share from broadband to skills
              end
              export csv sk "sweep-{share}.csv"
              save sk to "sk-{share}.plan"
            end
            """
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.execute(SourceFile(name: "sweep.plan", text: script, directory: folder.path)) == .completed, "\(output.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["sk-10%.plan", "sk-15%.plan", "sk-5%.plan", "sweep-10%.csv", "sweep-15%.csv", "sweep-5%.csv"])
        #expect(output.standard.contains("to sweep-15%.csv"), "the message names the file written")
        let csv5 = try String(contentsOfFile: folder.appendingPathComponent("sweep-5%.csv").path, encoding: .utf8)
        let csv15 = try String(contentsOfFile: folder.appendingPathComponent("sweep-15%.csv").path, encoding: .utf8)
        #expect(csv5 != csv15, "each file holds its own run")

        #expect(
            shell.execute(SourceFile(name: "bad.plan", text: "export csv baseline \"x-{nothing}.csv\"", directory: folder.path)) == .failed(.semantic)
        )
        #expect(output.error.contains("bad.plan:1:21: error[E206]: unknown variable 'nothing' (in {nothing})"))
    }

    @Test("a script reads a named scenario's targets met, its targets, its spending and its indicators into variables")
    func scenarioFacts() throws {
        let (shell, output) = makeInterpreterWithExamples()
        let script = """
            let best = 0
            for team in ["baseline", "five-pushes"]
              print "x"
            end
            let m = met of five-pushes
            let n = targets of five-pushes
            let s = spent of baseline
            let f = fibre in 2030 of five-pushes
            assert m <= n
            assert s == 125000 bn VND
            print "{m}/{n} {s} {f}"
            print "{đạt của baseline}"
            """
        #expect(shell.run(script) == .completed, "\(output.error)")
        let five = try #require(shell.session.workspace.result("five-pushes"))
        let met = five.targetOutcomes.count(where: \.met)
        let fibre = try #require(five.value(of: "fibre", in: 2030))
        #expect(output.standard.contains("\(met)/\(five.targetOutcomes.count) 125000 bn VND \(ScriptValue.percent(fibre).shown)\n"))
        #expect(shell.session.workspace.current == "baseline" || shell.session.workspace.current == "five-pushes")
        #expect(shell.run("print \"{spent of nowhere}\"") == .failed(.semantic))
        #expect(output.error.contains("unknown scenario 'nowhere'"))
    }

    @Test("{x:.N} prints a value with N decimals, its unit kept; more than 6 is an error")
    func decimals() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(
            shell.run("let n = 3\nlet p = 12.345%\nlet m = 1234.5 bn VND\nprint \"{n / 7:.2} {p:.1} {m:.0} {n:.0} {p}\"") == .completed,
            "\(output.error)")
        #expect(output.standard.hasSuffix("0.43 12.3% 1235 bn VND 3 12.35%\n"))
        #expect(shell.run("print \"{n:.9}\"") == .failed(.semantic))
        #expect(output.error.contains("{…:.9}: write from 0 to 6 decimals, as in {x:.1}"))
    }

    @Test("in a script, load and include take a relative path from the script's folder, wherever dxplan started")
    func pathsFromTheScript() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-paths-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try "scenario mine from baseline\n  budget 20000 bn VND per year\nend\n".write(
            to: folder.appendingPathComponent("plans/mine.plan"), atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreterWithExamples()  // started in the repository's folder
        let script = SourceFile(name: "class.plan", text: "load \"plans/mine.plan\"\nrun mine\n", directory: folder.path)
        #expect(shell.execute(script) == .completed, "\(output.error)")
        #expect(shell.session.workspace.result("mine") != nil)
        // Loaded again by the same script: the same file, so no clash.
        #expect(shell.execute(script) == .completed, "\(output.error)")
    }

    @Test("keep going: a failed round of a loop is reported and the next round runs; the script still fails")
    func keepGoingInLoops() {
        let script = """
            for s in [5%, 30%, 10%]
              scenario x from baseline
                shift s from broadband to skills
              end
              run x
              print "{s} ran"
            end
            print "after"
            """
        let (stopping, stopped) = makeInterpreterWithExamples()
        #expect(stopping.execute(SourceFile(name: "sweep.plan", text: script)) == .failed(.semantic))
        #expect(!stopped.standard.contains("10% ran"), "without --keep-going the first failure stops the script")
        let (going, went) = makeInterpreterWithExamples()
        #expect(going.execute(SourceFile(name: "sweep.plan", text: script), keepGoing: true) == .failed(.semantic))
        #expect(went.error.contains("sweep.plan:3:11: error[E304]: cannot shift 30% from broadband: it has 20%"))
        #expect(went.standard.contains("5% ran") && went.standard.contains("10% ran") && went.standard.hasSuffix("after\n"))
    }
}
