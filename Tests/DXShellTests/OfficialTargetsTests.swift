import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

/// The model's catalogue of official targets, `target official` in scenarios, and what `run` and
/// `targets` say about targets no split of the budget can meet.
@Suite("Official targets and reachability in the shell")
struct OfficialTargetsTests {
    static let small = """
        scenario o
          horizon 2026 to 2030
          budget 25000 bn VND per year
          allocate
            services 15%
            data 15%
            management 10%
            security 10%
            business 10%
            industry 10%
            broadband 20%
            skills 10%
          end
        end

        """

    @Test("list targets prints the catalogue with each document and its key")
    func list() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run("list targets") == .completed)
        for official in testModel.officialTargets {
            #expect(output.standard.contains(official.document))
        }
        #expect(output.standard.contains("online-services >= 100% by 2030    749"))
        #expect(output.standard.contains("target official 749"))
    }

    @Test("target official takes every target of the catalogue; a key takes one document's; later lines win for the same indicator and year")
    func expand() throws {
        let (shell, output) = makeInterpreter()
        #expect(
            shell.run(
                Self.small
                    + "scenario all from o\n  target official\nend\nscenario four from o\n  target official 411\n  target smartphones >= 90% by 2030\nend\nrun all\nrun four"
            ) == .completed,
            "\(output.error)")
        let all = try #require(shell.session.workspace.result("all")).scenario
        // The catalogue has two online-service-use targets for 2030 (411: 70%, Resolution 57: 80%); the later one stays.
        #expect(all.targets.count == testModel.officialTargets.count - 2)
        #expect(all.targets.contains { $0.indicator == "online-service-use" && $0.value == 80 })
        let four = try #require(shell.session.workspace.result("four")).scenario
        #expect(four.targets.filter { $0.indicator == "smartphones" }.map(\.value) == [90])
        #expect(four.targets.contains { $0.indicator == "online-service-use" && $0.value == 70 })
        #expect(!four.targets.contains { $0.indicator == "online-services" }, "749's targets are not 411's")
    }

    @Test("an official target outside the horizon is kept but not judged, never an error; an unknown key is an error with a suggestion")
    func horizonAndKeys() throws {
        let (shell, output) = makeInterpreter()
        let late = Self.small.replacingOccurrences(of: "horizon 2026 to 2030", with: "horizon 2027 to 2030")
        #expect(shell.run(late + "scenario l from o\n  target official 2026\nend\nrun l") == .completed, "\(output.error)")
        #expect(output.standard.contains("No targets set"))
        #expect(output.standard.contains("Not judged, outside 2027–2030: digital-economy by 2026, five-g by 2026."))
        let (other, errors) = makeInterpreter()
        #expect(other.run(Self.small + "scenario x from o\n  target official 748\nend") != .completed)
        #expect(errors.error.contains("no official target has the key '748'; did you mean '749'?"))
        #expect(errors.error.contains("keys: 2026, 411, 57, 749"))
    }

    @Test("save writes target official back as written, and load reads the same targets")
    func saveLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-official-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("o.plan").path
        let (shell, output) = makeInterpreter()
        #expect(shell.run(Self.small + "scenario s from o\n  target official 57\nend\nrun s\nsave s to \"\(file)\"") == .completed, "\(output.error)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("  target official 57\n"))
        let (again, _) = makeInterpreter()
        #expect(again.run("load \"\(file)\"\nrun s") == .completed)
        #expect(again.session.workspace.result("s")?.scenario.targets == shell.session.workspace.result("s")?.scenario.targets)
        #expect(again.session.workspace.result("s")?.scenario.targets.count == 2)
    }

    @Test("run says which missed targets are out of reach with the budget; targets says what would meet them")
    func reach() {
        let (shell, output) = makeInterpreter()
        #expect(
            shell.run(
                Self.small
                    + "scenario r from o\n  target digital-economy >= 30% by 2030\n  target online-services >= 100% by 2030\nend\nrun r\ntargets r")
                == .completed,
            "\(output.error)")
        #expect(output.standard.contains("digital-economy >= 30% by 2030: 14.8%, 15.2 points short; out of reach with this budget (at most"))
        #expect(output.standard.contains("online-services >= 100% by 2030: 63.2%, 36.8 points short; another split may meet it"))
        #expect(output.standard.contains("more than money (10×: at most"))
        #expect(output.standard.contains("another split ('optimise')"))
    }

    @Test("a missed target the run meets later says the reach it lacks is by the target's year, in both languages")
    func reachWhenMetLater() {
        for (language, later, reach) in [
            (OutputLanguage.en, ", met in 20", "; out of reach by 2030 with this budget (at most "),
            (OutputLanguage.vi, ", đạt vào 20", "; ngoài tầm với ngân sách này vào 2030 (tối đa "),
        ] {
            let (shell, output) = makeInterpreter()
            shell.session.language = language
            // A budget that grows for twenty years meets it in the 2030s, not by 2030.
            let script =
                Self.small.replacingOccurrences(of: "horizon 2026 to 2030", with: "horizon 2026 to 2050")
                .replacingOccurrences(of: "budget 25000 bn VND per year", with: "budget 50000 bn VND per year growing 15% per year")
                + "scenario r from o\n  target online-service-use >= 80% by 2030\nend\nrun r"
            #expect(shell.run(script) == .completed, "\(output.error)")
            let line = output.standard.split(separator: "\n").first { $0.contains("80%") }.map(String.init) ?? ""
            #expect(line.contains(later) && line.contains(reach), "\(output.standard)")
        }
    }
}
