import DXLanguage
import DXModel
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("model")
struct ModelCommandTests {
    @Test("a loaded model runs the scenarios defined before it, and 'model bundled' goes back")
    func loadAndReturn() throws {
        let (shell, output) = makeInterpreter()
        // Twice the take-up of fibre where it passes households, whatever the fitted speed.
        let path = try modelFile(
            replacing: "flow fibre_take_up [household/year] = fibre_speed * ",
            with: "flow fibre_take_up [household/year] = 2 * fibre_speed * ")
        shell.run("load \"\(repositoryRoot.path)/scenarios/baseline.plan\"\nscenario s from baseline\nend\nrun s\nprint \"{fibre in 2030}\"")
        let bundled = try #require(output.standard.split(separator: "\n").last.flatMap { Double($0.dropLast()) })
        #expect(shell.run("model load \"\(path)\"\nrun s\nprint \"{fibre in 2030}\"") == .completed)
        #expect(output.standard.contains("Now using 'Vietnam national digital transformation, second model' from \(path)"))
        let faster = try #require(output.standard.split(separator: "\n").last.flatMap { Double($0.dropLast()) })
        #expect(faster > bundled, "fibre spreads faster in the loaded model")
        #expect(shell.run("model") == .completed)
        #expect(output.standard.contains("(from \(path))"))
        #expect(shell.run("model bundled\nrun s\nprint \"{fibre in 2030}\"") == .completed)
        #expect(output.standard.split(separator: "\n").last.flatMap { Double($0.dropLast()) } == bundled)
        #expect(output.error.isEmpty)
    }

    @Test("with another model loaded, messages point to the model file, not to MODEL.md's sections (which describe the bundled model)")
    func documentation() throws {
        let (shell, output) = makeInterpreter()
        let path = try modelFile(
            replacing: "flow fibre_take_up [household/year] = fibre_speed * ",
            with: "flow fibre_take_up [household/year] = 2 * fibre_speed * ")
        #expect(shell.run("assumptions") == .completed)
        #expect(output.standard.contains("('calibrate'; MODEL.md §12)"))
        let before = output.standard.count
        #expect(shell.run("model load \"\(path)\"\nassumptions") == .completed, "\(output.error)")
        let after = String(output.standard.dropFirst(before))
        #expect(!after.contains("MODEL.md"), "\(after.prefix(400))")
        #expect(after.contains("('calibrate'; the model file)"))
    }

    @Test("scenarios defined before a load are checked against the new model when they run")
    func recheck() throws {
        let (shell, output) = makeInterpreter()
        let path = try modelFile(replacing: "programme skills ", with: "programme talent ")
        shell.run("load \"\(repositoryRoot.path)/scenarios/baseline.plan\"\nscenario w from baseline\n  assume bass_q = 0.4\nend")
        #expect(shell.run("model load \"\(path)\"") == .completed)
        #expect(shell.run("run w") == .failed(.semantic))
        #expect(output.error.contains("baseline.plan:26:5: error[E202]: unknown programme 'skills'"), "\(output.error)")
        let renamed = try modelFile(replacing: "exposure_sensitivity", with: "exposure_sens")
        #expect(shell.run("model bundled\nscenario v from baseline\n  assume exposure_sensitivity = 1\nend") == .completed)
        #expect(shell.run("model load \"\(renamed)\"\nrun v") == .failed(.semantic))
        #expect(output.error.contains("test.plan:3:10: error[E204]: unknown parameter 'exposure_sensitivity'"), "\(output.error)")
    }

    @Test("a model's programmes and indicators may have numbers after a hyphen (des-1), as scenario names may")
    func numberedIds() throws {
        let (shell, output) = makeInterpreter()
        let path = try modelFile(replacing: [
            "programme skills ": "programme skills-2 ", "indicator digital-workforce ": "indicator des-1 ",
            "target digital-workforce >= 3 by 2030": "target des-1 >= 3 by 2030",
        ])
        #expect(shell.run("model load \"\(path)\"") == .completed, "\(output.error)")
        let outcome = shell.run(
            """
            scenario numbered
              horizon 2026 to 2028
              budget 20000 bn VND per year
              allocate
                skills-2 60%
                services 40%
              end
              target des-1 >= 3% by 2028
            end
            run numbered
            show des-1
            """)
        #expect(outcome == .completed, "\(output.error)")
        #expect(output.standard.contains("met    des-1 >= 3% by 2028"), "\(output.standard)")
        #expect(shell.run("list targets") == .completed)
        #expect(output.standard.contains("des-1"))
    }

    @Test("an indicator in any unit (5G sites): values grouped, targets as plain numbers, a % target refused")
    func anyUnit() throws {
        let (shell, output) = makeInterpreter()
        let path = try modelFile(replacing: ["  value digital_workforce_percent\n": "  value five_g_sites\n"])
        #expect(shell.run("model load \"\(path)\"") == .completed, "\(output.error)")
        let outcome = shell.run(
            """
            scenario sites
              horizon 2026 to 2030
              budget 25000 bn VND per year
              allocate
                broadband 100%
              end
              target digital-workforce >= 30000 by 2026
              target digital-workforce >= 10000000 by 2030
            end
            run sites
            show digital-workforce
            """)
        #expect(outcome == .completed, "\(output.error)")
        let sites = try #require(shell.session.workspace.result("sites")?.value(of: "digital-workforce", in: 2026))
        #expect(sites > 30000 && sites < 100_000, "\(sites) 5G sites")
        #expect(output.standard.contains("✓ met    digital-workforce >= 30000 by 2026: \(Format.grouped(sites)) site"), "\(output.standard)")
        #expect(output.standard.contains("✗ missed digital-workforce >= 10000000 by 2030"))
        #expect(output.standard.contains("digital-workforce  site"), "the unit in the table")
        #expect(shell.run("scenario pct from sites\n  target digital-workforce >= 5% by 2030\nend\nrun pct") == .failed(.semantic))
        #expect(output.error.contains("'digital-workforce' is in site, not %; write the number alone"), "\(output.error)")
    }

    @Test("a value in another unit shows as many decimals as it prints with: 999.99 as 1,000, not 1000.0; 9.999 as 10.0")
    func decimalsAtTheEdges() {
        let unit = IndicatorUnit.other("site")
        #expect(unit.decimals(for: 999.99) == 0 && unit.decimals(for: 999.9) == 1 && unit.decimals(for: 1000) == 0)
        #expect(unit.decimals(for: 9.999) == 1 && unit.decimals(for: 9.99) == 2 && unit.decimals(for: -9.999) == 1)
        #expect(unit.decimals(for: 0.099999) == 2 && unit.decimals(for: 0.0999) == 4)
        #expect(unit.decimals(for: .nan) == 4 && unit.decimals(for: .infinity) == 0)
    }

    @Test("a model without programmes (its spending computed inside): scenarios set a horizon, assumptions and targets, and no budget")
    func noProgrammes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-model-\(UUID().uuidString).dxm").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
        model "no programmes"
          base year 2025
        indicator level "Level" "Mức"
          value level
          source "a test"
        param growth [%/year] = 2
          source "a test"
          range 1 to 3 uniform
        stock level [%] = 10
          inflow rising
        flow rising [%/year] = growth
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(
            """
            model load "\(path)"
            scenario s
              horizon 2026 to 2030
              target level >= 15% by 2030
            end
            scenario t from s
              assume growth = 3
            end
            run s
            show
            compare s t
            uncertainty s runs 20
            seek year s
            """)
        #expect(outcome == .completed, "\(output.error)")
        #expect(output.standard.contains("✓ met    level >= 15% by 2030: 20.0% (met from 2028)"))
        #expect(output.standard.contains("Spending: computed inside the model (it has no programmes)"))
        #expect(output.standard.contains("s: spending computed inside the model"))
        #expect(output.standard.contains("level      %     20.0  25.0  +5.0 pp"), "\(output.standard)")
        #expect(output.standard.replacingOccurrences(of: "\n", with: " ").contains("its plan continued to 2050 as in 2030."))
        for (input, message) in [
            ("scenario b from s\n  budget 10 bn VND per year\nend\nrun b", "this model has no programmes to spend a budget on"),
            ("optimise s", "this model has no programmes: there is no split of a budget to optimise"),
            ("seek budget s", "this model has no programmes: it has no budget to seek"),
        ] {
            #expect(shell.run(input) == .failed(.semantic), "\(input)")
            #expect(output.error.contains(message), "\(output.error)")
        }
    }

    @Test("an XMILE file (a Stella model from time 0, dt 1/4) loads, says which years are its times, and runs: its stocks are indicators")
    func xmile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-model-\(UUID().uuidString).stmx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
        <?xml version="1.0" encoding="utf-8"?>
        <xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
          <header><vendor>isee systems, inc.</vendor><name>Savings</name></header>
          <sim_specs method="Euler" time_units="Years"><start>0</start><stop>10</stop><dt>0.25</dt></sim_specs>
          <model>
            <variables>
              <stock name="Savings"><eqn>1000</eqn><inflow>Interest</inflow><units>dollars</units></stock>
              <flow name="Interest"><eqn>Savings * Rate</eqn><units>dollars/year</units></flow>
              <aux name="Rate"><eqn>0.04</eqn></aux>
            </variables>
          </model>
        </xmile>
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let (shell, output) = makeInterpreter()
        let outcome = shell.run(
            """
            model load "\(path)"
            scenario s
              horizon 2001 to 2010
              target Savings >= 1400 by 2010
            end
            scenario higher from s
              assume Rate = 0.05
            end
            run s
            show
            run higher
            """)
        #expect(outcome == .completed, "\(output.error)")
        #expect(output.standard.contains("Now using 'Savings' from \(path): 0 programmes, 2 indicators."))
        #expect(output.standard.contains("Its time 0 is the end of 2000: 'horizon 2001 to 2010' runs it from time 0 to 10."))
        #expect(output.standard.contains("Ran s (2001–2010): 40 steps of 0.25."), "\(output.standard)")
        // 1000 × (1 + 0.04/4)^40 = 1488.86 at time 10, the end of 2010.
        #expect(output.standard.contains("✓ met    Savings >= 1400 by 2010: 1,489 dollars (met from 2009)"), "\(output.standard)")
        #expect(output.standard.contains("Savings    dollars       1,000  1,041  1,083"), "\(output.standard)")
        #expect(output.standard.contains("Interest   dollars/year   40.0   41.6   43.3"), "\(output.standard)")
        #expect(shell.run("model") == .completed)
        #expect(output.standard.contains("  Its time 0 is the end of 2000: 'horizon 2001 to 2010' runs it from time 0 to 10.\n"))
        #expect(output.standard.contains("  2 equations, Euler steps of 0.25 year"), "\(output.standard)")
        let higher = try #require(shell.session.workspace.result("higher")?.value(of: "Savings", in: 2010))
        #expect(abs(higher - 1000 * pow(1.0125, 40)) < 1e-9 * higher)

        // Nothing in it has a range: the analyses that draw or vary inputs say so instead of
        // running the same run again and again.
        for analysis in ["uncertainty s", "sensitivity Savings s", "sensitivity Savings s sobol", "sensitivity Savings s morris"] {
            #expect(shell.run(analysis) == .failed(.semantic), "\(analysis)")
            #expect(output.error.contains("error[E200]: nothing in 's' is uncertain: no parameter it does not assume has a range in the model"))
        }

        // Loaded as scenarios, it gets the hint a model file gets.
        #expect(shell.run("load \"\(path)\"") == .failed(.semantic))
        #expect(output.error.contains("is a model file, not a scenario file; to run scenarios on it, write model load \"\(path)\""))

        // A construct the import does not read: the error points into the file, the session keeps its model.
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Savings * Rate", with: "INT(Savings * Rate)")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(shell.run("model load \"\(path)\"") == .failed(.semantic))
        #expect(output.error.contains("\(path):8:34: error[E200]: the function 'INT' is not supported by the XMILE import"), "\(output.error)")
        #expect(output.error.contains("the model in '\(path)' has 1 error; still using the model from \(path)"), "\(output.error)")
    }

    @Test("a model file given where scenarios are expected, or without 'load', gets a hint")
    func hints() {
        let (shell, output) = makeInterpreter()
        let model = repositoryRoot.path + "/Sources/DXModel/Resources/vietnam.dxm"
        #expect(shell.run("load \"\(model)\"") == .failed(.semantic))
        #expect(output.error.contains("is a model file, not a scenario file; to run scenarios on it, write model load \"\(model)\""))
        // Recognised by its first line too, also with Windows line ends and another extension.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-model-\(UUID().uuidString).txt").path
        let text = (try? String(contentsOfFile: model, encoding: .utf8)) ?? ""
        #expect(FileManager.default.createFile(atPath: copy, contents: Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        #expect(shell.run("load \"\(copy)\"") == .failed(.semantic))
        #expect(
            output.error.contains("is a model file, not a scenario file; to run scenarios on it, write model load \"\(copy)\""), "\(output.error)")
        #expect(shell.run("model \"m.dxm\"") == .failed(.syntax))
        #expect(output.error.contains("to run the scenarios on another model, write model load \"m.dxm\""))
        #expect(shell.run("help model load") == .completed)
        #expect(output.standard.contains("model [load \"FILE\" | bundled]"))
    }

    @Test("a model file with errors is reported in its own lines and the session keeps its model")
    func broken() throws {
        let (shell, output) = makeInterpreter()
        let path = try modelFile(
            replacing: "= fibre_households / households\naux fibre_percent", with: "= fibre_householdz / households\naux fibre_percent")
        #expect(shell.run("model load \"\(path)\"") == .failed(.semantic))
        #expect(output.error.contains("\(path):"))
        #expect(output.error.contains("did you mean 'fibre_households'?"))
        #expect(output.error.contains("test.plan:1:12: error[E200]: the model in '\(path)' has 1 error; still using the bundled model"))
        #expect(shell.session.model.name == testModel.name)
        #expect(shell.run("model load \"/nonexistent/m.dxm\"") == .failed(.missingInput))
        #expect(output.error.contains("error[E601]: cannot open the model '/nonexistent/m.dxm': no such file"))
    }

    @Test("a misspelt file name gets the nearest file of its folder, as the user wrote the path; a name near nothing gets none")
    func misspeltFile() {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(shell.run("model load \"scenarios/models/adoptoin.stmx\"") == .failed(.missingInput))
        #expect(
            output.error.contains(
                "cannot open the model 'scenarios/models/adoptoin.stmx': no such file; did you mean 'scenarios/models/adoption.stmx'?"))
        #expect(shell.run("load \"scenarios/basline.plan\"") == .failed(.missingInput))
        #expect(output.error.contains("cannot load 'scenarios/basline.plan': no such file; did you mean 'scenarios/baseline.plan'?"))
        #expect(shell.run("include \"scenarios/zzzzzzzz.plan\"") == .failed(.missingInput))
        #expect(output.error.contains("cannot include 'scenarios/zzzzzzzz.plan': no such file\n"))
    }

    @Test("in a Vietnamese session, loading a model says so in Vietnamese, and a programme a model without programmes lacks is explained")
    func vietnameseLoad() {
        let (shell, output) = makeInterpreter()
        let path = repositoryRoot.appendingPathComponent("scenarios/models/adoption.stmx").path
        #expect(shell.run("lang vi\nmodel load \"\(path)\"") == .completed, "\(output.error)")
        #expect(output.standard.contains("Đang dùng 'Adoption' từ \(path): 0 chương trình, 4 chỉ tiêu."), "\(output.standard)")
        #expect(!output.standard.contains("Now using"))
        #expect(shell.run("model bundled") == .completed)
        #expect(output.standard.contains("Đang dùng 'Mô hình chuyển đổi số quốc gia của Việt Nam, phiên bản thứ hai' (đi kèm): 8 chương trình"))
        #expect(shell.run("model load \"\(path)\"\nscenario s\n  horizon 2001 to 2005\n  allocate\n    skills 100%\n  end\nend\nrun s") != .completed)
        #expect(output.error.contains("mô hình này không có chương trình nào"), "\(output.error)")
    }

    @Test(
        "explain reads a flow in the model's last step of the year, named as its step is (a quarter for the imported model, a month for the bundled one)"
    )
    func explainStep() {
        let (shell, output) = makeInterpreter()
        let path = repositoryRoot.appendingPathComponent("scenarios/models/adoption.stmx").path
        #expect(shell.run("model load \"\(path)\"\nscenario a\n  horizon 2026 to 2030\nend\nexplain adopters") == .completed, "\(output.error)")
        #expect(output.standard.contains(" in the last quarter of 2030"))
        #expect(!output.standard.contains("last month"))
        // In Vietnamese, "in" the last quarter: a number before "quý cuối" alone would read as a count of quarters.
        #expect(shell.run("lang vi\nexplain adopters\nlang en") == .completed)
        #expect(output.standard.contains(" trong quý cuối năm 2030"))
        #expect(
            shell.run(
                "model bundled\nscenario b\n  horizon 2026 to 2030\n  budget 25000 bn VND per year\n  allocate\n    broadband 100%\n  end\nend\nexplain fibre"
            ) == .completed, "\(output.error)")
        #expect(output.standard.contains(" in the last month of 2030"))
    }
}
