import DXSource
import Foundation
import Testing

@testable import DXModel

/// Loads an XMILE document as the shell does, throwing its diagnostics as rendered text.
private func imported(_ document: String, name: String = "test.stmx") throws -> DeclaredModel {
    switch DeclaredModel.load(SourceFile(name: name, text: document)) {
    case .success(let model): return model
    case .failure(let errors):
        throw PeerCheckFailure(errors.diagnostics.map { DiagnosticRenderer(colored: false).render($0) }.joined(separator: "\n"))
    }
}

/// The first diagnostic of a document that does not load, rendered.
private func importError(_ document: String) -> String {
    switch DeclaredModel.load(SourceFile(name: "bad.stmx", text: document)) {
    case .success: return "(loaded)"
    case .failure(let errors): return errors.diagnostics.first.map { DiagnosticRenderer(colored: false).render($0) } ?? "(no diagnostic)"
    }
}

/// An XMILE document with these sim_specs and variables, as Stella writes them.
private func xmile(start: String = "0", stop: String = "10", dt: String = "0.25", method: String = "Euler", _ variables: String) -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0" xmlns:isee="http://iseesystems.com/XMILE">
    \t<header>
    \t\t<vendor>isee systems, inc.</vendor>
    \t\t<product version="1.9.3" isee:build_number="1954" isee:saved_by_v1="true" lang="en">Stella Professional</product>
    \t\t<name>test model</name>
    \t</header>
    \t<sim_specs isee:simulation_delay="0" method="\(method)" time_units="Months">
    \t\t<start>\(start)</start>
    \t\t<stop>\(stop)</stop>
    \t\t<dt>\(dt)</dt>
    \t</sim_specs>
    \t<isee:prefs show_module_prefix="true" layer="model"/>
    \t<model>
    \t\t<variables>
    \(variables)
    \t\t</variables>
    \t\t<views><view type="stock_flow"><stock x="1" y="2" name="anything"/></view></views>
    \t</model>
    </xmile>
    """
}

/// Compares, step by step, every variable two trajectories share under the given names.
private func expectSame(
    _ original: Trajectory, _ names: [String: String], _ copy: Trajectory, tolerance: Double = 1e-9, _ what: String
) {
    #expect(original.times == copy.times, "\(what): the same steps")
    var compared = 0
    for (name, identifier) in names {
        guard let ours = original.series(name) else { continue }
        guard let theirs = copy.series(identifier) else {
            Issue.record("\(what): '\(name)' (\(identifier)) is not in the imported model's run")
            continue
        }
        compared += 1
        for (step, (a, b)) in zip(ours, theirs).enumerated() where !(a.isNaN && b.isNaN) {
            let error = abs(a - b) / max(abs(a), abs(b), 1e-12)
            if !(error <= tolerance) {
                Issue.record("\(what): \(name) differs at t = \(original.times[step]): \(a) before, \(b) imported")
                break
            }
        }
    }
    #expect(compared >= 5, "\(what): \(compared) variables compared")
}

@Suite("XMILE reader")
struct XMILEReaderTests {
    /// Exports a compiled model run to XMILE, imports it, and runs the copy over the same window.
    static func roundTrip(_ model: CompiledModel, _ settings: RunSettings, _ what: String) throws {
        var everyStep = settings
        everyStep.recording = .everyStep
        let original = try model.run(everyStep)
        let document = try XMILEWriter.document(for: model, settings: everyStep)
        let copy = try imported(document, name: "\(what).xmile")
        #expect(copy.timeStep == settings.timeStep)
        #expect(copy.compiled.inputNames.isEmpty, "inputs are written as equations of time")
        let trajectory = try copy.compiled.run(RunSettings(start: settings.start, end: settings.end, timeStep: settings.timeStep))
        let identifiers = XMILEWriter.identifiers(for: model)
        expectSame(original, identifiers.filter { model.variable($0.key)?.isHidden == false }, trajectory, what)
        // The imported model's own years are the original's: it starts where the export starts.
        #expect(copy.runStart == settings.start)
    }

    @Test("round trip: the bundled model, exported and read back, runs the same to 1e-9 at every step")
    func bundledRoundTrip() throws {
        let model = try BundledModel.load()
        let scenario = Scenario(
            name: "five-pushes", horizon: 2026...2030, budget: Budget(amountPerYear: 50000, growthPerYear: 0.15),
            allocation: [
                "management": 0.20, "business": 0.10, "industry": 0.10, "broadband": 0.08, "data": 0.06,
                "services": 0.06, "security": 0.20, "skills": 0.20,
            ])
        let settings = try model.runSettings(for: scenario)
        #expect(settings.start == 2020.5, "from the backcast's start, mid-2020")
        try Self.roundTrip(model.compiled, settings, "bundled")
        // Read back, the model starts within 2020 as a backcast does, with 2020 its base year.
        let copy = try imported(try XMILEWriter.document(for: model.compiled, settings: settings))
        #expect(copy.baseYear == 2020 && copy.backcast?.start == 2020.5)
    }

    @Test("round trip: every construct of the model language runs the same to 1e-9 at every step")
    func everyConstructRoundTrip() throws {
        let model = try ModelCompiler.compile(SourceFile(name: "every.dxm", text: XMILEPeerTests.everyConstruct)).get()
        let settings = RunSettings(
            start: 2025, end: 2028, timeStep: 1.0 / 16,
            inputs: ["arrivals": YearlySeries(firstYear: 2025, values: [20, 35.5, 12.25])],
            parameters: ["scale": 1.25])
        try Self.roundTrip(model, settings, "every construct")
    }

    @Test(
        "round trip: the synthetic models of the benchmark run the same to 1e-9 at every step",
        .enabled(if: SyntheticModelTests.python != nil, "needs python3 on PATH to write the synthetic models"),
        arguments: SyntheticModelTests.shapes.filter { $0 != "mixed-large" })
    func syntheticRoundTrip(shape: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-xmile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try SyntheticModelTests.run(
            SyntheticModelTests.python!,
            [
                SyntheticModelTests.repository.appendingPathComponent("scripts/synthetic_models.py").path, "--out", folder.path,
                "--shape", shape, "--size", "6", "--end", "2031",
            ])
        let text = try String(contentsOfFile: folder.appendingPathComponent(shape + ".dxm").path, encoding: .utf8)
        let model = try ModelCompiler.compile(SourceFile(name: shape + ".dxm", text: text)).get()
        let (settings, _) = try SyntheticModelTests.benchRun(text, of: model)
        try Self.roundTrip(model, settings, shape)
    }

    /// Newton's teacup in Stella's style: time in minutes from 0, a quarter-minute step, names with spaces.
    static let teacup = xmile(
        stop: "30", dt: "0.25",
        """
        \t\t\t<stock name="Teacup\\nTemperature">
        \t\t\t\t<eqn>180</eqn>
        \t\t\t\t<outflow>Heat_Loss_to_Room</outflow>
        \t\t\t\t<units>Degrees Fahrenheit</units>
        \t\t\t</stock>
        \t\t\t<flow name="Heat Loss to Room">
        \t\t\t\t<doc>This is all that leaves</doc>
        \t\t\t\t<eqn>(Teacup_Temperature - "Room Temperature") / Characteristic_Time</eqn>
        \t\t\t\t<units>Degrees Fahrenheit/Minute</units>
        \t\t\t</flow>
        \t\t\t<aux name="Room Temperature">
        \t\t\t\t<eqn>70</eqn>
        \t\t\t</aux>
        \t\t\t<aux name="Characteristic Time">
        \t\t\t\t<eqn>10</eqn>
        \t\t\t</aux>
        """)

    @Test("a model from time 0: its time t is the year 2000 + t, its step the file's dt, its stocks indicators in the file's unit")
    func timeAxis() throws {
        let model = try imported(Self.teacup)
        #expect(model.name == "test model")
        #expect(model.baseYear == 2000 && model.runStart == 2001 && model.backcast == nil)
        #expect(model.timeStep == 0.25 && model.method == .euler)
        #expect(model.programmes.isEmpty)
        #expect(model.indicators.map(\.id) == ["Teacup_Temperature", "Heat_Loss_to_Room"])
        #expect(model.indicators.map(\.unit) == [.other("Degrees Fahrenheit"), .other("Degrees Fahrenheit/Minute")])
        #expect(model.indicators[0].name == "Teacup Temperature", "Stella's line break in a name is a space")
        #expect(model.parameters.map(\.id).sorted() == ["Characteristic_Time", "Room_Temperature"])
        #expect(model.indicators[0].baseline == 180)

        let result = try model.simulate(Scenario(name: "s", horizon: 2001...2030, budget: Budget(amountPerYear: 0), allocation: [:]))
        // Euler by hand: each quarter minute keeps 1 − 0.25/10 of the excess over the room's 70°.
        for time in [0, 1, 10, 30] {
            let expected = 70 + 110 * pow(0.975, Double(4 * time))
            let value = try #require(result.value(of: "Teacup_Temperature", in: 2000 + time))
            #expect(abs(value - expected) < 1e-9 * expected, "time \(time): \(value), by hand \(expected)")
        }
        #expect(result.steps == 120)
        // A scenario's assumption sets a constant of the file.
        var warmer = Scenario(name: "w", horizon: 2001...2001, budget: Budget(amountPerYear: 0), allocation: [:])
        warmer.assumptions = ["Room_Temperature": 80]
        let warm = try model.simulate(warmer)
        #expect(abs((warm.value(of: "Teacup_Temperature", in: 2001) ?? 0) - (80 + 100 * pow(0.975, 4))) < 1e-9)
    }

    @Test("a model in calendar years keeps its clock: time 2025 is the end of 2024, as in dxplan's own models")
    func calendarAxis() throws {
        let model = try imported(
            xmile(
                start: "2025", stop: "2030", dt: "1",
                """
                <stock name="users"><eqn>100</eqn><inflow>joining</inflow></stock>
                <flow name="joining"><eqn>IF TIME &gt;= 2027 THEN 10 ELSE 0</eqn></flow>
                """))
        #expect(model.baseYear == 2024 && model.runStart == 2025)
        let result = try model.simulate(Scenario(name: "s", horizon: 2025...2029, budget: Budget(amountPerYear: 0), allocation: [:]))
        // Steps at 2025 and 2026 add nothing; from 2027 ten a year: 100 at the end of 2026, 110 of 2027.
        #expect((2024...2029).map { result.value(of: "users", in: $0) } == [100, 100, 100, 110, 120, 130])
    }

    /// Stocks that cannot go below 0, a flow that cannot, graphical functions, SMTH1, DELAY, STEP,
    /// RAMP, PULSE and IF THEN ELSE, with values worked out by hand.
    static let constructs = xmile(
        stop: "8", dt: "0.5",
        """
        <stock name="tank">
          <eqn>3</eqn>
          <inflow>filling</inflow>
          <outflow>draining</outflow>
          <non_negative/>
        </stock>
        <flow name="filling"><eqn>PULSE(4, 2)</eqn><non_negative/></flow>
        <flow name="draining"><eqn>2</eqn></flow>
        <flow name="backflow"><eqn>-1</eqn><non_negative/></flow>
        <stock name="sink"><eqn>0</eqn><inflow>backflow</inflow></stock>
        <flow name="emptying"><eqn>-1</eqn></flow>
        <stock name="floored"><eqn>1.5</eqn><inflow>emptying</inflow><non_negative/></stock>
        <aux name="effect">
          <eqn>TIME</eqn>
          <gf><xscale min="0" max="4"/><ypts>0,10,20,20,0</ypts></gf>
        </aux>
        <gf name="table"><xpts sep=";">0;1;3</xpts><ypts sep=";">5;6;8</ypts></gf>
        <aux name="looked_up"><eqn>table(TIME) + LOOKUP(table, 10)</eqn></aux>
        <aux name="input"><eqn>STEP(10, 1) + RAMP(2, 4, 6)</eqn></aux>
        <aux name="smoothed"><eqn>SMTH1(input, 1)</eqn></aux>
        <aux name="delayed"><eqn>DELAY(input, 2, -1)</eqn></aux>
        <aux name="choice"><eqn>IF tank = 0 OR NOT (TIME &lt; 7) THEN DT ELSE STARTTIME - 1</eqn></aux>
        """)

    @Test("non-negative stocks and flows, graphical functions, SMTH1, DELAY, STEP, RAMP, PULSE, IF THEN ELSE: values by hand")
    func constructsByHand() throws {
        let model = try imported(Self.constructs)
        let trajectory = try model.compiled.run(RunSettings(start: 2001, end: 2009, timeStep: 0.5))
        func at(_ name: String, _ time: Double) -> Double { trajectory.value(name, at: 2001 + time) ?? .nan }
        // The tank drains 2 a unit of time, 1 a half step: 3, 2, 1, 0, then 0 (not −1); at time 2
        // a pulse of 4 comes in over one step (8 a unit of time for half a unit): 0 + 4 − 1 = 3.
        #expect([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4].map { at("tank", $0) } == [3, 2, 1, 0, 0, 3, 2, 1, 0])
        #expect(at("filling", 2) == 8 && at("filling", 2.5) == 0)
        #expect(at("backflow", 1) == 0 && at("sink", 8) == 0, "a non-negative flow of −1 is 0")
        #expect([0, 0.5, 1, 1.5, 2].map { at("floored", $0) } == [1.5, 1, 0.5, 0, 0], "an inflow of −1 empties it to 0, no further")
        #expect([0, 0.5, 1, 2, 3, 3.5, 4, 5].map { at("effect", $0) } == [0, 5, 10, 20, 20, 10, 0, 0])
        #expect([0, 0.5, 2, 3].map { at("looked_up", $0) } == [13, 13.5, 15, 16])
        #expect([0, 0.5, 1, 4, 5, 6, 8].map { at("input", $0) } == [0, 0, 10, 10, 12, 14, 14])
        // SMTH1 by Euler: from 0 (its input at the start), half the gap a step.
        #expect([0, 1, 1.5, 2].map { at("smoothed", $0) } == [0, 0, 5, 7.5])
        #expect([0, 1.5, 2.5, 3, 7].map { at("delayed", $0) } == [-1, -1, 0, 10, 12])
        #expect(at("choice", 0) == -1 && at("choice", 1.5) == 0.5 && at("choice", 7) == 0.5)
    }

    @Test("older Stella files: variables directly in <model> beside their display, quoted flow names, PI(), lower-case logic")
    func olderStella() throws {
        let model = try imported(
            """
            <?xml version="1.0" encoding="utf-8" ?>
            <xmile version="1.0" xmlns="http://www.systemdynamics.org/XMILE" xmlns:isee="http://iseesystems.com/XMILE">
              <header><name>legacy</name></header>
              <sim_specs time_units="Years" method="Euler"><start>0</start><stop>4</stop><dt>1</dt></sim_specs>
              <model>
                <stock name="Water in Tank">
                  <eqn>10</eqn>
                  <outflow>"Water Out"</outflow>
                  <display x="10" y="20"/>
                </stock>
                <flow name="Water Out">
                  <eqn>IF Water_in_Tank &gt; 3 and not (TIME = 2) THEN PI() ELSE 1</eqn>
                  <display x="30" y="20"/>
                </flow>
                <connector><from>Water_Out</from><to>Water_in_Tank</to></connector>
              </model>
            </xmile>
            """)
        let trajectory = try model.compiled.run(RunSettings(start: 2001, end: 2005, timeStep: 1))
        // π a year while above 3, but 1 at time 2 (still above 3), and 1 once at 3 or less.
        let expected = [10, 10 - Double.pi, 10 - 2 * Double.pi, 9 - 2 * Double.pi, 8 - 2 * Double.pi]
        let series = try #require(trajectory.series("Water_in_Tank"))
        #expect(zip(series, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "\(series)")
    }

    @Test(
        "the XMILE files written for these tests run in PySD as they do here, to 1e-6",
        .enabled(
            "PySD could not be set up (scripts/pysd_env.sh failed; its output is printed above): the peer check is skipped",
            { PySD.isAvailable }))
    func peer() throws {
        // PySD 3.14 fails on LOOKUP(table, x) (its LookupsStructure lacks arguments) and on DT and
        // STARTTIME in an equation (no such names): table(x) and the numbers are the same.
        let constructs = Self.constructs.replacingOccurrences(of: "LOOKUP(table, 10)", with: "table(10)")
            .replacingOccurrences(of: "THEN DT ELSE STARTTIME - 1", with: "THEN 0.5 ELSE 0 - 1")
        // PySD asks for the names as written; one written over two lines is written on one.
        let teacup = Self.teacup.replacingOccurrences(of: "Teacup\\nTemperature", with: "Teacup Temperature")
        for (what, document, step) in [("teacup", teacup, 0.25), ("constructs", constructs, 0.5)] {
            let model = try imported(document)
            let trajectory = try model.compiled.run(RunSettings(start: model.runStart, end: model.runStart + 8, timeStep: step))
            let output = try PySD.run(document.replacingOccurrences(of: "<stop>30</stop>", with: "<stop>8</stop>"), all: true)
            // PySD names its columns as the file does; dxplan's times are 2001 later.
            var shifted = output
            shifted.columns["time"] = output.columns["time"]?.map { $0 + 2001 }
            let names = model.indicators.map(\.id)
            let identifiers = Dictionary(uniqueKeysWithValues: model.indicators.map { ($0.id, $0.name) })
            let largest = PySD.compare(trajectory, shifted, names: names, identifiers: identifiers)
            print("XMILE reader, PySD peer check of \(what): largest relative error \(largest)")
        }
    }

    @Test("what the import does not read is refused at its place in the file")
    func refusals() {
        let cases: [(String, String)] = [
            (
                xmile(#"<aux name="a"><dimensions><dim name="City"/></dimensions><eqn>1</eqn></aux>"#),
                "bad.stmx:16:15: error[E200]: an array (the subscripts of 'a') is not supported by the XMILE import"
            ),
            (xmile(#"<module name="m"/>"#), "bad.stmx:16:1: error[E200]: a module is not supported by the XMILE import"),
            (
                xmile(#"<aux name="a"><eqn>INT(TIME) + 1</eqn></aux>"#),
                "bad.stmx:16:20: error[E200]: the function 'INT' is not supported by the XMILE import; it reads MIN, MAX"
            ),
            (xmile(#"<aux name="a"><eqn>TIME MOD 2</eqn></aux>"#), "bad.stmx:16:25: error[E200]: MOD is not supported by the XMILE import"),
            (
                xmile(#"<aux name="a"><eqn>b[1]</eqn></aux><aux name="b"><eqn>1</eqn></aux>"#),
                "bad.stmx:16:21: error[E200]: an array (subscripts in [ ]) is not supported by the XMILE import"
            ),
            (
                xmile(#"<aux name="a"><eqn>1 + bb</eqn></aux><aux name="b b"><eqn>1</eqn></aux>"#),
                "bad.stmx:16:24: error[E200]: unknown variable 'bb'; did you mean 'b_b'?"
            ),
            (
                xmile(#"<aux name="a"><eqn>(1 + 2</eqn></aux>"#),
                "bad.stmx:16:26: error[E200]: expected ')' to close the parenthesis, found the end of the equation"
            ),
            (
                xmile(#"<aux name="a"><eqn>TIME</eqn><gf type="extrapolate"><xscale min="0" max="1"/><ypts>0,1</ypts></gf></aux>"#),
                "bad.stmx:16:30: error[E200]: a graphical function of type 'extrapolate' (only continuous ones are) is not supported"
            ),
            (xmile(dt: "0.3", #"<aux name="a"><eqn>1</eqn></aux>"#), "bad.stmx:11:3: error[E200]: the time step dt must divide one unit of time"),
            (
                xmile(method: "RK2", #"<aux name="a"><eqn>1</eqn></aux>"#),
                "bad.stmx:8:2: error[E200]: the integration method 'rk2' (use Euler or RK4)"
            ),
            (xmile(#"<aux name="a"><eqn>1</eqn></aux"#), "bad.stmx:16:32: error[E100]: the file is not well-formed XML: expected '>'"),
            (xmile(#"<aux name="a"><eqn>1</eqn></flow>"#), "error[E100]: the file is not well-formed XML: </flow> closes <aux>"),
            ("<?xml version=\"1.0\"?>\n<model/>", "bad.stmx:2:1: error[E200]: expected an XMILE document (<xmile>), found <model>"),
        ]
        for (document, message) in cases {
            let rendered = importError(document)
            #expect(rendered.contains(message), "\(rendered)")
        }
    }

    @Test("broken files never crash the reader: every cut of a file, characters dropped or changed, deep nesting (seeded)")
    func brokenFiles() {
        let document = Self.constructs
        let scalars = Array(document.unicodeScalars)
        func load(_ text: String) {
            if case .failure(let errors) = DeclaredModel.load(SourceFile(name: "broken.stmx", text: text)) {
                #expect(!errors.diagnostics.isEmpty, "a failure says why")
                for diagnostic in errors.diagnostics { _ = DiagnosticRenderer(colored: false).render(diagnostic) }
            }
        }
        for cut in stride(from: 0, to: scalars.count, by: 5) { load(String(String.UnicodeScalarView(scalars[..<cut]))) }
        var state: UInt64 = 12345
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let replacements: [Unicode.Scalar] = ["<", ">", "&", "\"", "(", ")", "[", ",", "-", "e", "1", " ", "\n", "{", "/", "é"]
        for _ in 0..<300 {
            var mutated = scalars
            for _ in 0..<(1 + random(4)) {
                let place = random(mutated.count)
                if random(2) == 0 { mutated.remove(at: place) } else { mutated[place] = replacements[random(replacements.count)] }
            }
            load(String(String.UnicodeScalarView(mutated)))
        }
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        #expect(
            importError("<xmile>" + deep + "</xmile>").contains(
                "error[E100]: the file is not well-formed XML: elements nest more than 200 levels deep"))
        let parentheses = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        #expect(importError(xmile("<aux name=\"a\"><eqn>\(parentheses)</eqn></aux>")).contains("this equation nests more than 200 levels deep"))
        let chain = Array(repeating: "1", count: 100_000).joined(separator: " + ")
        #expect(importError(xmile("<aux name=\"a\"><eqn>\(chain)</eqn></aux>")).contains("this equation nests more than 200 levels deep"))
        let shortChain = Array(repeating: "1", count: 150).joined(separator: " + ")
        #expect(importError(xmile("<aux name=\"a\"><eqn>\(shortChain)</eqn></aux>")) == "(loaded)", "a chain of 150 is fine")
    }

    @Test("a model file is never taken for XMILE, an XMILE file always (after spaces and a byte-order mark)")
    func detection() {
        #expect(XMILEReader.isXMILE("\u{FEFF}  \n<?xml version=\"1.0\"?><xmile/>"))
        #expect(!XMILEReader.isXMILE("model \"m\"\n  base year 2024\n"))
        #expect(!XMILEReader.isXMILE(""))
    }
}
