import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("sensitivity")
struct SensitivityCommandTests {
    @Test("a tornado of an indicator: its value, the inputs by swing with their kind, ends and values, a legend, in 80 columns")
    func tornado() throws {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nsensitivity digital-economy in 2030 five-pushes") == .completed, "\(output.error)")
        let lines = output.standard.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Sensitivity of digital-economy in 2030 (five-pushes)") })
        #expect(lines[start + 1].hasPrefix("15.5% with every input at its value"))
        let header = try #require(lines.firstIndex { $0.hasPrefix("input ") })
        #expect(lines[header].contains("kind") && lines[header].contains("low … high") && lines[header].contains("gives"))
        let rows = lines[(header + 1)...].prefix { !$0.isEmpty }
        #expect(rows.count == Session.tornadoRows)
        #expect(rows.contains { $0.hasPrefix("workforce_growth") && $0.contains("assumed") && $0.contains("0.05 … 0.15") && $0.contains("│") })
        #expect(rows.contains { $0.contains(" fitted ") }, "fitted parameters are shown as such")
        #expect(
            rows.contains { $0.hasPrefix("business ") && $0.contains("lever") && $0.contains("×0.5 … ×1.5") },
            "the business programme's money is a lever")
        #expect(output.standard.contains("… and ") && output.standard.contains("Levers: each programme's money at ×0.5 and ×1.5."))
        #expect(lines.allSatisfy { $0.count <= Presentation.defaultWidth }, "fits a projector")
        // Swings fall down the table: the first row's bar is at least as long as the last's.
        func cells(_ row: String) -> Int { row.filter { $0 == "█" }.count }
        #expect(cells(rows.first!) >= cells(rows.last!) && cells(rows.first!) > 0)
    }

    @Test("sobol: first- and total-order indices with intervals, largest total first, the fitted parameters as one input, in 80 columns")
    func sobol() throws {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nsensitivity fibre in 2028 sobol samples 16 seed 2") == .completed, "\(output.error)")
        let lines = output.standard.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Sobol indices of fibre in 2028 (five-pushes)") })
        #expect(lines[start + 1].hasPrefix("16 samples, ") && lines[start + 1].contains("runs (seed 2)"))
        let header = try #require(lines.firstIndex { $0.hasPrefix("input ") })
        #expect(lines[header].contains("first order") && lines[header].contains("total order"))
        let rows = lines[(header + 1)...].prefix { !$0.isEmpty }
        #expect(rows.count == Session.tornadoRows)
        #expect(rows.contains { $0.hasPrefix("fitted parameters") && $0.contains(" fitted ") })
        #expect(rows.allSatisfy { $0.contains(" ± ") })
        func total(_ row: String) -> Double { Double(row.components(separatedBy: " ± ")[1].split(separator: " ").last!)! }
        let totals = rows.map(total)
        #expect(totals == totals.sorted(by: >), "largest total order first: \(totals)")
        #expect(output.standard.contains("The first-order indices add up to "))
        #expect(lines.allSatisfy { $0.count <= Presentation.defaultWidth }, "fits a projector")
        // The same seed prints the same.
        let first = String(output.standard[try #require(output.standard.range(of: "Sobol indices")).lowerBound...])
        #expect(shell.run("sensitivity fibre in 2028 sobol seed 2 samples 16") == .completed)
        #expect(output.standard.hasSuffix(first + first))
    }

    @Test("morris: μ*, μ and σ per assumption, largest μ* first, in 80 columns; Vietnamese")
    func morris() throws {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(
            shell.run("load \"scenarios/five-pushes.plan\"\nsensitivity digital-economy morris samples 6 seed 3") == .completed, "\(output.error)")
        let lines = output.standard.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("Morris screening of digital-economy in 2030 (five-pushes)"))
        let header = try #require(lines.firstIndex { $0.hasPrefix("input ") })
        #expect(lines[header].contains("μ*") && lines[header].contains("σ"))
        let rows = lines[(header + 1)...].prefix { !$0.isEmpty }
        #expect(rows.count == Session.tornadoRows)
        let stars = rows.map { Double($0.split(separator: " ", omittingEmptySubsequences: true)[1])! }
        #expect(stars == stars.sorted(by: >), "largest μ* first")
        #expect(lines.allSatisfy { $0.count <= Presentation.defaultWidth })
        shell.session.language = .vi
        #expect(shell.run("độ-nhạy kinh-tế-số morris số-mẫu 4") == .completed, "\(output.error)")
        #expect(output.standard.contains("Sàng lọc Morris của kinh-tế-số năm 2030 (five-pushes)"))
    }

    @Test("in Vietnamese: the words, kinds and legend, with tornado and độ-nhạy as the command")
    func vietnamese() {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        shell.session.language = .vi
        #expect(shell.run("load \"scenarios/five-pushes.plan\"\nđộ-nhạy cáp-quang trong 2030") == .completed, "\(output.error)")
        #expect(output.standard.contains("Độ nhạy của cáp-quang năm 2030 (five-pushes)"))
        #expect(
            output.standard.contains("đầu vào") && output.standard.contains("giả định") && output.standard.contains("đòn bẩy")
                || output.standard.contains("đã khớp"))
        for english in ["Sensitivity", "assumed", "fitted", "lever", "Levers:", "with every input"] { #expect(!output.standard.contains(english)) }
        #expect(output.standard.split(separator: "\n").allSatisfy { $0.count <= Presentation.defaultWidth })
        #expect(shell.run("tornado fibre") == .completed)
    }

    @Test(
        "a wrong indicator, year or scenario is an error at its place",
        arguments: [
            ("sensitivity fibr", "test.plan:1:13: error[E203]: unknown indicator 'fibr'; did you mean 'fibre'?"),
            ("sensitivity fibre in 2040", "test.plan:1:22: error[E306]: 2040 is outside the run of 'five-pushes' (2025–2030)"),
            ("sensitivity fibre in 2030 five-push", "unknown scenario 'five-push'; did you mean 'five-pushes'?"),
            ("sensitivity", "expected an indicator name after 'sensitivity'"),
            ("sensitivity fibre samples 64", "test.plan:1:19: error[E100]: 'samples' goes with 'sobol' or 'morris'"),
            ("sensitivity fibre sobol morris", "one method at a time: 'sobol' is given already"),
            ("sensitivity fibre morris samples 2", "2 samples: use from 4 to 1,000 trajectories"),
            ("sensitivity fibre sobol samples 8", "test.plan:1:33: error[E306]: 8 samples: use from 16 to 4,096"),
            ("sensitivity fibre five-pushes sobl", "expected 'sobol', 'morris', 'samples N' or 'seed N'; did you mean 'sobol'?"),
        ])
    func errors(line: String, message: String) {
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(shell.run("load \"scenarios/five-pushes.plan\"") == .completed)
        #expect(shell.run(line) != .completed)
        #expect(output.error.contains(message), "\(output.error)")
    }
}
