import DXShell
import DXSource
import Testing

@testable import DXLanguage

@Suite("Parser")
struct ParserTests {
    func parse(_ text: String) -> ParseResult {
        Parser.parse(SourceFile(name: "test.plan", text: text))
    }

    static let full = """
        scenario growth from baseline "Tăng trưởng"
          horizon 2026 to 2030
          budget 3 trillion VND per year growing 10% per year
          allocate
            skills 60%
            broadband: 40%
          end
          target fibre >= 95% by 2030
          target egdi > 0.85 by 2030
        end
        """

    @Test("a full scenario parses into its parts")
    func scenario() throws {
        let result = parse(Self.full)
        #expect(result.diagnostics.isEmpty)
        #expect(!result.isIncomplete)
        guard case .scenario(let decl) = try #require(result.statements.first) else {
            Issue.record("not a scenario")
            return
        }
        #expect(decl.name.text == "growth")
        #expect(decl.parent?.text == "baseline")
        #expect(decl.title?.value == "Tăng trưởng")
        #expect(decl.items.count == 5)
        guard case .budget(let budget) = decl.items[1] else {
            Issue.record("no budget")
            return
        }
        #expect(budget.billions == 3000)
        #expect(budget.growth?.value == 10)
        guard case .allocate(let allocate) = decl.items[2] else {
            Issue.record("no allocation")
            return
        }
        #expect(allocate.entries.map(\.programme.text) == ["skills", "broadband"])
        #expect(allocate.entries.map(\.share.value) == [60, 40])
        guard case .target(let target) = decl.items[4] else {
            Issue.record("no target")
            return
        }
        #expect(target.comparison == .greaterThan)
        #expect(target.value.value == 0.85 && !target.value.isPercent)
    }

    @Test("Vietnamese money scales: tỷ and nghìn tỷ")
    func vietnameseScales() throws {
        let result = parse("scenario a\n budget 25 nghìn tỷ đồng per year\nend\nscenario b\n budget 500 tỷ VND per year\nend")
        #expect(result.diagnostics.isEmpty)
        let budgets = result.statements.compactMap { statement -> Double? in
            guard case .scenario(let decl) = statement, case .budget(let budget) = decl.items[0] else { return nil }
            return budget.billions
        }
        #expect(budgets == [25_000, 500])
    }

    @Test("commands and their arguments")
    func commands() {
        let result = parse(
            "run\nrun baseline\nshow fibre egdi\nlist programmes\nsave to \"a.plan\"\nsave x to \"b.plan\"\nload \"c.plan\"\nhelp run\nquit\nexit")
        #expect(result.diagnostics.isEmpty)
        let commands = result.statements.compactMap { statement -> (any CommandSyntax)? in
            if case .command(let command) = statement { return command.syntax }
            return nil
        }
        #expect(commands.count == 10)
        #expect(commands.suffix(2).allSatisfy { $0 is QuitCommand }, "exit is quit")
        guard let show = commands[2] as? ShowCommand, case .indicators(let names) = show.form else {
            Issue.record("not show")
            return
        }
        #expect(names.map(\.text) == ["fibre", "egdi"])
        guard let save = commands[4] as? SaveCommand, save.selection == .current, !save.force else {
            Issue.record("not save")
            return
        }
        let path = save.path
        #expect(path.value == "a.plan")
    }

    @Test("an open block is incomplete, not an error the REPL should print")
    func incomplete() {
        #expect(parse("scenario x\n  horizon 2026 to 2030").isIncomplete)
        #expect(parse("scenario x\n  allocate\n    skills 10%").isIncomplete)
        #expect(!parse("scenario x\nend").isIncomplete)
        #expect(!parse("scenaro x").isIncomplete)
        // An error inside an open block still waits for the block to close.
        #expect(parse("scenario x\n  horizon 2025 until 2030\n").isIncomplete)
    }

    @Test("a misspelt command is an error at its column with a suggestion")
    func unknownCommand() throws {
        let result = parse("  rn baseline")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "unknown command 'rn'; did you mean 'run'?")
        #expect(diagnostic.range?.start.column == 3)
        #expect(diagnostic.category == .syntax)
    }

    @Test("independent errors are all reported; block lines after a bad header do not cascade")
    func recovery() {
        let result = parse("scenaro x\n  horizon 2026 to 2030\nend\nscenario y\n  budgt 5 bn VND per year\n  horizon 2030\nend\nlst")
        #expect(
            result.diagnostics.map(\.message) == [
                "unknown command 'scenaro'; did you mean 'scenario'?",
                "unknown scenario setting 'budgt'; did you mean 'budget'?",
                "expected 'to' between the two years of the horizon, found end of line",
                "unknown command 'lst'; did you mean 'list'?",
            ])
    }

    @Test(
        "messages people can act on",
        arguments: [
            (
                "scenario x\n allocate\n  skills 10\n end\nend",
                "the share of 'skills' must be a percentage or an amount; write 'skills 10%' or 'skills 5000 bn VND'"
            ),
            ("scenario x\n budget 25000 bn per year\nend", "expected the currency after the amount (VND or USD), found 'per'"),
            ("scenario x\n budget 25000 VND per year\nend", "unknown money scale 'VND'; use bn (tỷ), trillion (nghìn tỷ) or million (triệu)"),
            ("scenario x\n horizon 25 to 2030\nend", "'25' is not a year; write a four-digit year such as 2030"),
            ("scenario end\nend", "'end' is a keyword and cannot name a scenario"),
            ("save x \"a.plan\"", "expected 'to' before the file name, as in save x to \"a.plan\""),
            (
                "scenario x\n allocate\n  target fibre >= 10% by 2030\n end\nend",
                "'target' cannot appear inside 'allocate'; close the allocation with 'end' first"
            ),
            ("scenario x\n run x\nend", "unknown scenario setting 'run' (commands go after the scenario's 'end')"),
            ("load scenarios/a.plan  # mine", "expected the file name in double quotes: \"scenarios/a.plan\""),
            ("let v = 1.500 tỷ VND", "'1.500' reads as 1.5 (the point is a decimal point); for thousands write 1_500 or 1500"),
        ])
    func messages(input: String, message: String) {
        #expect(parse(input).diagnostics.first?.message == message)
    }

    @Test("errors come in reading order, without lexer echoes after a parser error on the same line")
    func order() {
        let messages = parse("load a.plan\nrun x $\nfmt b.plan").diagnostics.map(\.message)
        #expect(
            messages == [
                "expected the file name in double quotes: \"a.plan\"",
                "unexpected character '$'",
                "unknown command 'fmt'",
            ])
    }

    @Test("the parser never traps on arbitrary prefixes of valid input")
    func prefixes() {
        let text = Self.full + "\nrun growth\nshow fibre\nsave growth to \"x.plan\"\n"
        let scalars = Array(text.unicodeScalars)
        for end in 0...scalars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[0..<end])
            _ = parse(String(view))
        }
    }

    @Test("a scenario name written with {…}, as in a sweep, says names take no values")
    func nameWithAValue() {
        let result = Parser.parse(SourceFile(name: "t", text: "for b in [1, 2]\n  scenario s{b} from baseline\n  end\nend\n"))
        #expect(result.diagnostics.first?.message.hasPrefix("a scenario's name cannot take a value with {…}") == true, "\(result.diagnostics)")
        #expect(result.diagnostics.first?.range?.start.column == 13)
        // Spaced apart, it is something else after the header.
        let spaced = Parser.parse(SourceFile(name: "t", text: "scenario s {b} from baseline\nend\n"))
        #expect(spaced.diagnostics.first?.message.hasPrefix("a scenario's name") == false)
    }
}

@Suite("delay")
struct DelayParsingTests {
    func parsed(_ text: String) -> ScenarioDecl? {
        let parsed = Parser.parse(SourceFile(name: "t", text: "scenario late from baseline\n" + text + "\nend\n"))
        guard !parsed.hasErrors, case .scenario(let decl)? = parsed.statements.first else { return nil }
        return decl
    }

    @Test(
        "delay PROGRAMME N years, with or without 'by', in English and Vietnamese, prints back canonically",
        arguments: ["  delay broadband 1 year", "  delay broadband by 1 year", "  hoãn broadband 1 năm", "  hoan broadband 1 nam"])
    func forms(_ line: String) throws {
        let decl = try #require(parsed(line))
        guard case .delay(let delay)? = decl.items.first else {
            Issue.record("not a delay")
            return
        }
        #expect(delay.programme.text == "broadband")
        #expect(delay.years.value == 1)
        #expect(ScenarioPrinter.print(decl) == "scenario late from baseline\n  delay broadband 1 year\nend\n")
    }

    @Test("several years print as 'years'; a delay without its unit is an error that shows the form")
    func plural() throws {
        let decl = try #require(parsed("  delay skills 2 years"))
        #expect(ScenarioPrinter.print(decl) == "scenario late from baseline\n  delay skills 2 years\nend\n")
        let broken = Parser.parse(SourceFile(name: "t", text: "scenario late\n  delay skills 2\nend\n"))
        #expect(broken.diagnostics.first?.message == "expected 'year' or 'years' after the number, as in delay skills 2 years")
    }
}

@Suite("Names with numbers")
struct NumberedNameTests {
    @Test("a name may join numbers with tight hyphens (đội-1, nhóm-2-b) where a name is expected; x-1 in an expression is a subtraction")
    func numberedNames() throws {
        let parsed = Parser.parse(SourceFile(name: "t", text: "scenario đội-1 from nhóm-2-b\nend\nrun đội-1\nlet y = x-1\n"))
        #expect(!parsed.hasErrors, "\(parsed.diagnostics.map(\.message))")
        guard case .scenario(let decl)? = parsed.statements.first else {
            Issue.record("not a scenario")
            return
        }
        #expect(decl.name.text == "đội-1")
        #expect(decl.parent?.text == "nhóm-2-b")
        #expect(ScenarioPrinter.print(decl) == "scenario đội-1 from nhóm-2-b\nend\n")
        guard case .command(let command)? = parsed.statements.dropFirst().first, let name = (command.syntax as? RunCommand)?.scenario else {
            Issue.record("not run")
            return
        }
        #expect(name.text == "đội-1")
        guard case .assignment(_, .binary("-", _, _, _), _)? = parsed.statements.last else {
            Issue.record("x-1 is no longer a subtraction")
            return
        }
        // With spaces it is not one name.
        #expect(Parser.parse(SourceFile(name: "t", text: "scenario đội - 1\nend\n")).hasErrors)
    }

    @Test("the formatter keeps tight hyphens tight, so a numbered name stays one name")
    func formatterKeepsNames() throws {
        let text = "scenario đội-1 from baseline\nend\nlet y = x-1\n"
        #expect(SourceFormatter.format(SourceFile(name: "t", text: text)) == text)
    }
}
