import DXShell
import DXSource
import Testing

@testable import DXLanguage

@Suite("Scenario printer")
struct PrinterTests {
    func declarations(_ text: String) -> [ScenarioDecl] {
        Parser.parse(SourceFile(name: "t", text: text)).statements.compactMap {
            if case .scenario(let decl) = $0 { return decl }
            return nil
        }
    }

    @Test("printing is canonical and parses back to the same text")
    func roundTrip() throws {
        let messy = """
            scenario   growth from baseline    "Tăng \\"trưởng\\""   # comment
            horizon 2026 to 2030
               budget 2_500.5 tỷ đồng per year growing 7.5% per year
            allocate
            skills 60%
                broadband: 40%
            end
            target fibre >= 95% by 2030
            target egdi >= 0.85 by 2030
            end
            """
        let decl = try #require(declarations(messy).first)
        let printed = ScenarioPrinter.print(decl)
        #expect(
            printed == """
                scenario growth from baseline "Tăng \\"trưởng\\""
                  horizon 2026 to 2030
                  budget 2500.5 bn VND per year growing 7.5% per year
                  allocate
                    skills    60%
                    broadband 40%
                  end
                  target fibre >= 95% by 2030
                  target egdi >= 0.85 by 2030
                end

                """)
        let reparsed = try #require(declarations(printed).first)
        #expect(ScenarioPrinter.print(reparsed) == printed)
        #expect(reparsed.title?.value == "Tăng \"trưởng\"")
    }

    @Test("numbers print without a trailing .0")
    func numbers() {
        #expect(ScenarioPrinter.number(25000) == "25000")
        #expect(ScenarioPrinter.number(12.5) == "12.5")
        #expect(ScenarioPrinter.number(0.1) == "0.1")
    }
}
