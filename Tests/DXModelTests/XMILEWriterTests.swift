import DXSource
import Foundation
import Testing

@testable import DXModel

/// Compiles model text for the XMILE tests, throwing its diagnostics as text.
private func compiledModel(_ text: String) throws -> CompiledModel {
    switch ModelCompiler.compile(SourceFile(name: "xmile-test.dxm", text: text)) {
    case .success(let model): return model
    case .failure(let errors):
        throw PeerCheckFailure(
            errors.diagnostics.map { DiagnosticRenderer(colored: false).render($0) }
                .joined(separator: "\n"))
    }
}

/// A failure of the peer check's set-up, with what went wrong.
struct PeerCheckFailure: Error, Sendable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The text between `<tag>` and `</tag>` on each line that holds such an element.
private func contents(of tag: String, in document: String) -> [String] {
    document.split(separator: "\n").compactMap { line -> String? in
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("<\(tag)>"), text.hasSuffix("</\(tag)>") else { return nil }
        return String(text.dropFirst(tag.count + 2).dropLast(tag.count + 3))
    }
}

/// The `<eqn>` of the element named `name`.
private func equation(of name: String, in document: String) -> String? {
    let lines = document.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    guard let start = lines.firstIndex(where: { $0.hasSuffix(" name=\"\(name)\">") }) else { return nil }
    return lines[start...].first { $0.hasPrefix("<eqn>") }.map { String($0.dropFirst(5).dropLast(6)) }
}

@Suite("XMILE writer")
struct XMILEWriterTests {
    static let decay = """
        model "decay & growth <test>"
        param tau [year] = 2
          source "test"
        stock x [person] = 1000 [person]
          doc "People \\"inside\\" & <counted>"
          outflow leaving
          inflow arriving
        flow leaving [person/year] = x / tau
        flow arriving [person/year] = IF x < 500 [person] THEN 10 ELSE 0
        """

    @Test("stocks carry their initial value, inflows and outflows; flows and parameters their equations")
    func structure() throws {
        let model = try compiledModel(Self.decay)
        let document = try XMILEWriter.document(for: model, settings: RunSettings(start: 0, end: 2, timeStep: 0.25))
        #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"))
        #expect(document.contains("<xmile version=\"1.0\" xmlns=\"http://docs.oasis-open.org/xmile/ns/XMILE/v1.0\">"))
        #expect(document.contains("<sim_specs method=\"Euler\" time_units=\"year\">"))
        #expect(contents(of: "start", in: document) == ["0"])
        #expect(contents(of: "stop", in: document) == ["2"])
        #expect(contents(of: "dt", in: document) == ["0.25"])
        #expect(
            document.contains(
                "<stock name=\"x\">\n        <eqn>1000</eqn>\n        <inflow>arriving</inflow>\n"
                    + "        <outflow>leaving</outflow>\n        <units>person</units>\n"))
        #expect(document.contains("<flow name=\"leaving\">"))
        #expect(equation(of: "leaving", in: document) == "x / tau")
        #expect(document.contains("<aux name=\"tau\">\n        <eqn>2</eqn>\n        <units>year</units>"))
        #expect(contents(of: "units", in: document).sorted() == ["person", "person/year", "person/year", "year"])
    }

    @Test("text, attributes and equations are escaped: <, >, &, quotes")
    func escaping() throws {
        #expect(XMILEWriter.escaped(#"a < b && c > "d" 'e'"#) == "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos;")
        #expect(XMILEWriter.escaped("tab\tline\nbell\u{7}é") == "tab\tline\nbell é", "XML 1.0 allows no other controls")
        let model = try compiledModel(Self.decay)
        let document = try XMILEWriter.document(for: model, settings: RunSettings(start: 0, end: 1, timeStep: 0.5))
        #expect(contents(of: "name", in: document) == ["decay &amp; growth &lt;test&gt;"])
        #expect(contents(of: "doc", in: document) == ["People &quot;inside&quot; &amp; &lt;counted&gt;"])
        #expect(equation(of: "arriving", in: document) == "IF x &lt; 500 THEN 10 ELSE 0")
        // Outside tags, no line holds a bare < or >, and every & starts an entity.
        for line in document.split(separator: "\n").dropFirst() {
            var inner = line.trimmingCharacters(in: .whitespaces)
            if let open = inner.firstIndex(of: ">"), let close = inner.lastIndex(of: "<"), open < close {
                inner = String(inner[inner.index(after: open)..<close])
                #expect(!inner.contains("<") && !inner.contains(">"), "unescaped text in \(line)")
            }
            for entity in inner.split(separator: "&", omittingEmptySubsequences: false).dropFirst() {
                #expect(["amp;", "lt;", "gt;", "quot;", "apos;"].contains { entity.hasPrefix($0) }, "bare & in \(line)")
            }
        }
    }

    @Test("names of hidden stocks and other invalid names become unique XMILE identifiers")
    func names() throws {
        let model = try compiledModel(
            """
            model "names"
            param min [1] = 2
              source "test"
            param nothing [1] = 1
              source "test"
            param Rate [1] = 3
              source "test"
            param rate [1] = 4
              source "test"
            aux online-share [1] = min + nothing
            aux online_share [1] = SMOOTH3(online-share, 1 [year]) + SMOOTH(Rate, 1 [year]) + rate
            """)
        let identifiers = XMILEWriter.identifiers(for: model)
        #expect(identifiers["min"] == "min_2", "XMILE's MIN is reserved")
        #expect(identifiers["nothing"] == "v_nothing", "PySD reads a leading 'not' as the operator")
        #expect(identifiers["Rate"] == "Rate")
        #expect(identifiers["rate"] == "rate_2", "names differing only in case clash in XMILE")
        #expect(identifiers["online-share"] == "online_share")
        #expect(identifiers["online_share"] == "online_share_2")
        let hidden = model.variables.filter(\.isHidden).map(\.name)
        #expect(hidden.count == 8, "SMOOTH3: three stocks and flows; SMOOTH: one of each")
        #expect(hidden.allSatisfy { $0.contains("#") && $0.contains(".") })
        // The engine names them OWNER#FUNCTION@N.PART; each character outside [A-Za-z0-9_] becomes _.
        let stage = try #require(hidden.first { $0.hasPrefix("online_share#smooth3") && $0.hasSuffix(".s1") })
        let rate = try #require(hidden.first { $0.hasPrefix("online_share#smooth3") && $0.hasSuffix(".r1") })
        let underscored = { (name: String) in String(name.map { $0.isLetter || $0.isNumber ? $0 : "_" }) }
        #expect(identifiers[stage] == underscored(stage))
        let all = Array(identifiers.values)
        #expect(Set(all.map { $0.lowercased() }).count == all.count, "unique ignoring case")
        for identifier in all {
            #expect(identifier.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }, "\(identifier)")
            #expect(identifier.first.map { !$0.isNumber } == true)
            #expect(!XMILEWriter.reservedNames.contains(identifier.lowercased()))
        }
        let document = try XMILEWriter.document(for: model, settings: RunSettings(start: 0, end: 1, timeStep: 0.5))
        #expect(!document.contains("#"))
        #expect(equation(of: "online_share", in: document) == "min_2 + v_nothing")
        let stageName = underscored(stage), rateName = underscored(rate)
        #expect(
            document.contains(
                "<stock name=\"\(stageName)\">\n        <eqn>online_share</eqn>\n"
                    + "        <inflow>\(rateName)</inflow>"))
        #expect(equation(of: rateName, in: document) == "(online_share - \(stageName)) / (1 / 3)")
    }

    @Test("a yearly input holds each year's value from the first step of that year, switching half-way between steps")
    func inputSeries() throws {
        let series = YearlySeries(firstYear: 2025, values: [1, 2.5, -3])
        #expect(
            try XMILEWriter.inputEquation(series, start: 2025, timeStep: 0.25, stepCount: 12)
                == "(IF TIME < 2025.875 THEN 1 ELSE 0) + (IF TIME >= 2025.875 AND TIME < 2026.875 THEN 2.5 ELSE 0)"
                + " + (IF TIME >= 2026.875 THEN -3 ELSE 0)")
        // Steps that do not fall on a new year: the value changes at the first step of the year.
        #expect(
            try XMILEWriter.inputEquation(series, start: 2025, timeStep: 0.375, stepCount: 4)
                == "(IF TIME < 2025.9375 THEN 1 ELSE 0) + (IF TIME >= 2025.9375 THEN 2.5 ELSE 0)")
        // Years outside the run hold flat, and equal years merge.
        #expect(
            try XMILEWriter.inputEquation(
                YearlySeries(firstYear: 2020, values: [5, 6]), start: 2025,
                timeStep: 0.5, stepCount: 4) == "6")
        #expect(
            try XMILEWriter.inputEquation(
                YearlySeries(firstYear: 2025, values: [7, 7, 8]), start: 2025,
                timeStep: 1, stepCount: 3)
                == "(IF TIME < 2026.5 THEN 7 ELSE 0) + (IF TIME >= 2026.5 THEN 8 ELSE 0)")
        #expect(try XMILEWriter.inputEquation(.constant(0.1), start: 0, timeStep: 1, stepCount: 2) == "0.1")
    }

    @Test("expressions: logic as numbers and numbers as conditions, n-ary MIN, STEP, RAMP, PULSE, lookups")
    func expressions() throws {
        let model = try compiledModel(
            """
            model "expressions"
            lookup effect [1] = (0, 1), (1, 2.5), (2, 3)
            stock s [1] = 1
              inflow f
            flow f [1/year] = (a + b + c + d + e) * 1 [1/year]
            aux a [1] = IF s > 1 and not (s < 0 or s == 2) THEN MIN(s, 2, 3) ELSE -s ^ 2
            aux b [1] = (s >= 1) * 2 + (s != 1) + (IF s THEN 1 ELSE 0)
            aux c [1] = STEP(2, 2001) + RAMP(0.5 [1/year], 2000.5) + RAMP(1 [1/year], 2000, 2002)
            aux d [1] = PULSE(2000.25, 0.5) + effect(s) + MAX(ABS(s), EXP(s), LN(s), SQRT(s), TIME / 1000 [year])
            aux e [1] = 0 - -s
            """)
        let document = try XMILEWriter.document(for: model, settings: RunSettings(start: 2000, end: 2001, timeStep: 0.125))
        func eqn(_ name: String) -> String? { equation(of: name, in: document) }
        #expect(eqn("a") == "IF (s &gt; 1) AND (NOT ((s &lt; 0) OR (s = 2))) THEN MIN(MIN(s, 2), 3) ELSE -(s ^ 2)")
        #expect(eqn("b") == "(IF s &gt;= 1 THEN 1 ELSE 0) * 2 + (IF s &lt;&gt; 1 THEN 1 ELSE 0) + (IF s &lt;&gt; 0 THEN 1 ELSE 0)")
        #expect(
            eqn("c") == "(IF TIME + 1e-09 &gt;= 2001 THEN 2 ELSE 0) + (IF TIME &gt; 2000.5 THEN 0.5 * (TIME - 2000.5) ELSE 0)"
                + " + (IF TIME &gt; 2000 THEN 1 * (MIN(TIME, 2002) - 2000) ELSE 0)")
        #expect(
            eqn("d") == "(IF TIME + 1e-09 &gt;= 2000.25 AND TIME + 1e-09 &lt; 2000.25 + MAX(0.5, 0.125) THEN 1 ELSE 0)"
                + " + effect(s) + MAX(MAX(MAX(MAX(ABS(s), EXP(s)), LN(s)), SQRT(s)), TIME / 1000)")
        #expect(eqn("e") == "0 - (-s)")
        #expect(document.contains("<gf name=\"effect\">\n        <xpts>0,1,2</xpts>\n        <ypts>1,2.5,3</ypts>"))
    }

    @Test("runs PySD cannot reproduce are refused with a reason")
    func refusals() throws {
        let model = try compiledModel(
            """
            model "refusals"
            input inflow_rate [1/year]
            param k [1] = 1
              source "test"
            stock s [1] = k
              inflow f
            flow f [1/year] = inflow_rate
            """)
        let inputs: RunInputs = ["inflow_rate": YearlySeries.constant(1)]
        func reason(_ settings: RunSettings) -> String? {
            do {
                _ = try XMILEWriter.document(for: model, settings: settings)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(reason(RunSettings(start: 0, end: 1, inputs: inputs)) == nil)
        #expect(reason(RunSettings(start: 0, end: 1, method: .rk4, inputs: inputs))?.contains("Euler only") == true)
        #expect(reason(RunSettings(start: 0, end: 1))?.contains("no values were given for input 'inflow_rate'") == true)
        #expect(reason(RunSettings(start: 0, end: 1, timeStep: 0.3, inputs: inputs))?.contains("divide") == true)
        #expect(reason(RunSettings(start: 0, end: 1, inputs: inputs, parameters: ["kk": 2]))?.contains("'kk'") == true)
        let infinite: RunInputs = ["inflow_rate": YearlySeries.constant(.infinity)]
        #expect(reason(RunSettings(start: 0, end: 1, inputs: infinite))?.contains("inf") == true)
        let document = try XMILEWriter.document(
            for: model, settings: RunSettings(start: 0, end: 1, inputs: inputs, parameters: ["k": 2.5]))
        #expect(equation(of: "k", in: document) == "2.5", "a run's parameter override replaces the value")
    }
}

// MARK: - PySD as a peer

/// Runs models in PySD through scripts/pysd_env.sh and scripts/pysd_run.py (the XMILE reader's tests too).
enum PySD {
    /// The repository's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The python of the PySD environment, created on first use.
    static let python: Result<String, PeerCheckFailure> = {
        do {
            let output = try run("/bin/bash", [root.appendingPathComponent("scripts/pysd_env.sh").path])
            guard let path = output.stdout.split(separator: "\n").last.map(String.init), !path.isEmpty else {
                return .failure(PeerCheckFailure("scripts/pysd_env.sh printed no python path:\n\(output.stderr)"))
            }
            return .success(path)
        } catch let failure as PeerCheckFailure {
            return .failure(failure)
        } catch {
            return .failure(PeerCheckFailure("scripts/pysd_env.sh did not run: \(error)"))
        }
    }()

    /// Whether the PySD environment can be set up; when it cannot, says why on standard error,
    /// so a skipped peer check is never silent.
    static var isAvailable: Bool {
        if case .failure(let failure) = python {
            FileHandle.standardError.write(Data("PySD peer check skipped: \(failure)\n".utf8))
            return false
        }
        return true
    }

    /// Runs a program to its end; throws with its standard error when it fails.
    static func run(_ executable: String, _ arguments: [String]) throws -> (stdout: String, stderr: String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-pysd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // Standard error goes to a file, so a chatty program cannot fill a pipe and stall.
        let errorFile = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw PeerCheckFailure("cannot create \(errorFile.path)")
        }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardInput = FileHandle.nullDevice
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorHandle
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let stdout = String(decoding: data, as: UTF8.self)
        let stderr = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw PeerCheckFailure(
                "\(executable) \(arguments.joined(separator: " ")) failed "
                    + "(status \(process.terminationStatus)):\n\(stderr)")
        }
        return (stdout, stderr)
    }

    /// A CSV from scripts/pysd_run.py: its columns by name, and PySD's timing line.
    struct Output {
        var columns: [String: [Double]]
        let timing: String
    }

    /// Writes the document to a scratch file and runs it in PySD.
    static func run(_ document: String, all: Bool = false, runs: Int = 1) throws -> Output {
        let python = try Self.python.get()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-xmile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("model.xmile")
        try document.write(to: file, atomically: true, encoding: .utf8)
        let output = try run(
            python,
            [
                root.appendingPathComponent("scripts/pysd_run.py").path, file.path,
                "--runs", "\(runs)",
            ] + (all ? ["--all"] : []))
        let lines = output.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        guard let header = lines.first?.split(separator: ",").map(String.init) else {
            throw PeerCheckFailure("PySD printed no CSV:\n\(output.stderr)")
        }
        var columns = [[Double]](repeating: [], count: header.count)
        for line in lines.dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count == header.count else { throw PeerCheckFailure("a CSV row has \(cells.count) cells: \(line)") }
            for (index, cell) in cells.enumerated() {
                guard let value = Double(cell) else { throw PeerCheckFailure("not a number in the CSV: \(cell)") }
                columns[index].append(value)
            }
        }
        let timing = output.stderr.split(separator: "\n").last { $0.hasPrefix("pysd:") }.map(String.init) ?? ""
        return Output(columns: Dictionary(zip(header, columns)) { first, _ in first }, timing: timing)
    }

    /// Compares every named variable of a dxplan trajectory with PySD's, step by step.
    ///
    /// The error is relative to the larger magnitude, with a floor of 1e-12 for values at zero.
    /// Returns the largest relative error seen.
    static func compare(
        _ trajectory: Trajectory, _ output: Output, names: [String],
        identifiers: [String: String], tolerance: Double = 1e-6
    ) -> Double {
        let times = output.columns["time"] ?? []
        #expect(times.count == trajectory.times.count, "PySD saved \(times.count) times, dxplan \(trajectory.times.count)")
        for (pysd, dxplan) in zip(times, trajectory.times) {
            #expect(abs(pysd - dxplan) < 1e-5, "PySD's time \(pysd) is not dxplan's \(dxplan)")
        }
        var largest = 0.0
        for name in names {
            guard let identifier = identifiers[name], let theirs = output.columns[identifier],
                let ours = trajectory.series(name)
            else {
                Issue.record("'\(name)' is missing from PySD's output or dxplan's trajectory")
                continue
            }
            #expect(theirs.count == ours.count, "\(name): \(theirs.count) values from PySD, \(ours.count) from dxplan")
            var worst: (error: Double, step: Int) = (0, 0)
            for (step, (a, b)) in zip(ours, theirs).enumerated() {
                if a.isNaN && b.isNaN { continue }
                let error = abs(a - b) / max(abs(a), abs(b), 1e-12)
                if !(error <= worst.error) { worst = (error.isNaN ? .infinity : error, step) }
            }
            largest = max(largest, worst.error)
            #expect(
                worst.error <= tolerance,
                """
                \(name) (\(identifier)) differs by \(worst.error) at t = \(trajectory.times[worst.step]): \
                dxplan \(ours[worst.step]), PySD \(theirs[worst.step])
                """)
        }
        return largest
    }
}

@Suite(
    "XMILE peer check with PySD", .serialized,
    .enabled(
        "PySD could not be set up (scripts/pysd_env.sh failed; its output is printed above): the peer check is skipped",
        { PySD.isAvailable }))
struct XMILEPeerTests {
    /// A model with every construct of the model language (the XMILE reader reads it back too).
    static let everyConstruct =
        """
        model "every construct"
        param tau [year] = 2
          source "test"
        param height [person/year] = 30
          source "test"
        param scale [1] = 1.5
          source "test"
        param double_scale [1] = scale * 2
          source "test"
        input arrivals [person/year]
        lookup effect [1] = (0, 1), (0.1, 1.5), (0.3, 3)
        stock crowd [person] = 100 [person]
          inflow entering
          outflow leaving
        flow entering [person/year] = arrivals + STEP(height, 2026) + RAMP(10 [person/year/year], 2025.5, 2027) + PULSE(2026.25, 0.5) * 40 [person/year]
        flow leaving [person/year] = DELAY3(entering, tau) * 0.5 + DELAY1(entering, 1 [year], 5 [person/year]) * 0.5
        aux smoothed [person] = SMOOTH3(crowd, tau) + SMOOTH(crowd, 1 [year], 50 [person])
        aux pressure [1] = effect(crowd / 1000 [person]) * double_scale
        aux flag [1] = IF crowd > 120 [person] and not (TIME < 2026) THEN 1 ELSE (crowd >= 110 [person]) or (scale == 1.5)
        aux shape [1] = MIN(pressure, 3, ABS(-pressure) + 1, MAX(SQRT(pressure), EXP(-pressure), LN(1 + pressure))) ^ 2 - -pressure / 4
        stock tally [1] = 0
          inflow counting
        flow counting [1/year] = (flag + shape) * 1 [1/year] + RAMP(0.1 [1/year/year], 2025) - STEP(1 [1/year], 2025.7)
        aux late [person] = DELAY(crowd, tau, 80 [person]) + DELAY(crowd, 0.5 [year])
        aux late_entering [person/year] = DELAY(entering + arrivals, 0.75 [year], 0 [person/year])
        """

    @Test(
        "the bundled model under the five pushes: every stock matches PySD at every step to 1e-6",
        .timeLimit(.minutes(10)))
    func bundledModel() throws {
        let model = try BundledModel.load()
        let scenario = Scenario(
            name: "five-pushes", horizon: 2026...2030, budget: Budget(amountPerYear: 50000, growthPerYear: 0.15),
            allocation: [
                "management": 0.20, "business": 0.10, "industry": 0.10, "broadband": 0.08, "data": 0.06,
                "services": 0.06, "security": 0.20, "skills": 0.20,
            ])
        let result = try model.simulate(scenario)
        let trajectory = try #require(result.trajectory)

        // The settings the shell's `export xmile` writes: from the backcast's start in mid-2020,
        // on history to the end of 2025, then the scenario's spending.
        let settings = try model.runSettings(for: scenario)
        #expect(trajectory.times.count == 127, "mid-2020 to 2031, monthly")

        let document = try XMILEWriter.document(for: model.compiled, settings: settings)
        let output = try PySD.run(document, runs: 3)
        let stocks = model.compiled.variables.filter { $0.kind == .stock && !$0.isHidden }.map(\.name)
        #expect(stocks.count >= 20)
        let largest = PySD.compare(
            trajectory, output, names: stocks,
            identifiers: XMILEWriter.identifiers(for: model.compiled))
        print(
            "XMILE peer check, bundled model: \(stocks.count) stocks × \(trajectory.times.count) times, "
                + "largest relative error \(largest); \(output.timing)")
    }

    /// Steps of 1/16 year fall on every new year; steps of 0.3 year do not, so inputs switch mid-step.
    @Test(
        "every construct of the model language: every variable matches PySD at every step to 1e-6",
        .timeLimit(.minutes(10)), arguments: [1.0 / 16, 0.3])
    func everyConstruct(timeStep: Double) throws {
        let model = try compiledModel(Self.everyConstruct)
        let settings = RunSettings(
            start: 2025, end: 2028, timeStep: timeStep,
            inputs: ["arrivals": YearlySeries(firstYear: 2025, values: [20, 35.5, 12.25])],
            parameters: ["scale": 1.25])
        let trajectory = try model.run(settings)
        let document = try XMILEWriter.document(for: model, settings: settings)
        let output = try PySD.run(document, all: true)
        let recorded = model.variables.filter { !$0.isHidden }.map(\.name)
        let largest = PySD.compare(trajectory, output, names: recorded, identifiers: XMILEWriter.identifiers(for: model))
        print(
            "XMILE peer check, every construct, dt \(timeStep): \(recorded.count) variables × \(trajectory.times.count) times, "
                + "largest relative error \(largest)")
    }
}
