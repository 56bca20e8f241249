import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("width")
struct WidthCommandTests {
    @Test("width N sets the columns reports keep to, width alone says it; a wide page puts the uncertainty years side by side")
    func setsTheWidth() {
        let (shell, output) = makeInterpreterWithExamples()
        #expect(shell.run("width") == .completed)
        #expect(output.standard.hasSuffix("Reports keep to 80 columns.\n"))
        #expect(shell.run("uncertainty five-pushes runs 20") == .completed)
        #expect(output.standard.contains("\n2030\nindicator "), "at 80 columns the years are stacked")
        #expect(shell.run("width 120") == .completed)
        #expect(shell.session.pageWidth == 120)
        let before = output.standard.count
        #expect(shell.run("uncertainty five-pushes runs 20") == .completed)
        let wide = String(output.standard.dropFirst(before))
        #expect(wide.contains("2026 run") && wide.contains("2030 run"), "side by side at 120 columns")
        #expect(wide.split(separator: "\n").allSatisfy { $0.count <= 120 })
        #expect(shell.run("độ-rộng 60") == .completed, "the Vietnamese word")
        #expect(shell.session.pageWidth == 60)
        let narrow = output.standard.count
        #expect(shell.run("sensitivity fibre") == .completed)
        let notes = String(output.standard.dropFirst(narrow)).split(separator: "\n").filter { !$0.contains("│") && !$0.hasPrefix("input") }
        #expect(notes.allSatisfy { $0.count <= 60 }, "notes and headings wrap at 60: \(notes.filter { $0.count > 60 })")
    }

    @Test("a width outside 60 to 200 is an error at its place, and the width stays", arguments: ["width 20", "width 500"])
    func outOfRange(line: String) {
        let (shell, output) = makeInterpreter()
        #expect(shell.run(line) == .failed(.semantic))
        #expect(output.error.contains("columns: use from 60 to 200"))
        #expect(output.error.contains("test.plan:1:7:"))
        #expect(shell.session.pageWidth == Presentation.defaultWidth)
    }
}
