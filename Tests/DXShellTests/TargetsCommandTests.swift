import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("targets")
struct TargetsCommandTests {
    @Test("targets judges each target: met, missed, met late, with gaps")
    func targets() {
        let (shell, output) = makeInterpreter()
        shell.run(
            smallScenario + "\nscenario strict from small\n  target e-signatures >= 80% by 2026\n  target fibre >= 100% by 2028\nend\ntargets strict")
        #expect(output.error.isEmpty, "\(output.error)")
        #expect(output.standard.contains("strict (2026–2028): 1 of 3 targets met."))
        #expect(output.standard.contains("met late (2027)"))
        #expect(output.standard.contains("missed"))
        #expect(output.standard.contains(" pp"))
    }
}
