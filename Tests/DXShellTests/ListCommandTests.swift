import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("list")
struct ListCommandTests {
    @Test("list shows each scenario's status; list programmes and indicators show the model")
    func list() {
        let (shell, output) = makeInterpreter()
        shell.run(smallScenario + "\nscenario broken from nowhere\nend\nrun small\nlist\nlist programmes\nlist indicators")
        #expect(output.standard.contains("ran: 1/1 targets met"))
        #expect(output.standard.contains("cannot run: scenario 'broken' inherits from 'nowhere'"))
        #expect(output.standard.contains("Kỹ năng số, nhân lực số"))
        #expect(output.standard.contains("Households using fibre broadband"))
    }
}
