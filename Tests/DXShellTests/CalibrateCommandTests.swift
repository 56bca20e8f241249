import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("calibrate")
struct CalibrateCommandTests {
    @Test("calibrate on an edited model shows the fit beside the file's values and flags a parameter at the end of its range")
    func calibrateEdited() throws {
        let (shell, output) = makeInterpreter()
        // Half as many adults with basic digital skills in 2020: the fit pushes the EGDI's weight to the end of its range.
        let path = try modelFile(replacing: "param skills_2020 [%] = 30\n", with: "param skills_2020 [%] = 15\n")
        #expect(shell.run("model load \"\(path)\"\ncalibrate") == .completed)
        let text = output.standard
        #expect(text.contains("  egdi_component_weight            1        1 !  0.1–1"), "\(text)")
        #expect(text.contains("! at an end of its range"))
        #expect(text.contains("observed  model file       miss         fit       miss  tolerance  role (fit)"))
        #expect(text.contains("  online-service-use  mid-2022      4.85        4.39      −0.46        4.82      −0.03         ±1  fitted ✓"))
        #expect(text.contains("The fit differs from the model file"))
    }
}
