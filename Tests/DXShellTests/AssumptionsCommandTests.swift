import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("assumptions")
struct AssumptionsCommandTests {
    @Test("assumptions lists every parameter with its provenance; a word filters")
    func assumptions() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run("assumptions") == .completed)
        for parameter in testModel.parameters {
            #expect(output.standard.contains("  \(parameter.id) = "), "\(parameter.id)")
        }
        #expect(output.standard.contains("Labelled assumptions (no published value)"))
        let (filtered, filteredOutput) = makeInterpreter()
        filtered.run("assumptions bass")
        #expect(filteredOutput.standard.contains("bass_p") && filteredOutput.standard.contains("bass_q"))
        #expect(!filteredOutput.standard.contains("fibre_speed"), "a parameter that only mentions the Bass meta-analysis in its text is not a match")
    }

    @Test("a word no parameter contains gets the nearest parameter's name, in both languages; a word near none gets none")
    func misspelt() {
        let (shell, output) = makeInterpreter()
        #expect(shell.run("assumptions cost_per_servce\nassumptions zzzzqqq") == .completed)
        #expect(output.standard.contains("No parameter name contains 'cost_per_servce'; did you mean 'assumptions cost_per_service'?\n"))
        #expect(output.standard.contains("No parameter name contains 'zzzzqqq'.\n"))
        #expect(shell.run("lang vi\ngiả-thiết cost_per_servce") == .completed)
        #expect(output.standard.contains("Không có tham số nào có tên chứa 'cost_per_servce'; có phải ý bạn là 'assumptions cost_per_service'?"))
    }
}
