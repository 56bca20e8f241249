import Foundation
import Testing

/// The interactive shell on a pseudo-terminal: completion, history, multi-line entry,
/// Ctrl-C, Ctrl-D and Vietnamese text, typed as a person types them.
@Suite("dxplan on a terminal", .serialized)
struct TerminalTests {
    static let up = "\u{1B}[A"
    static let left = "\u{1B}[D"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let ctrlR = "\u{12}"
    static let backspace = "\u{7F}"

    func startShell(
        home: URL, arguments: [String] = ["--load", "scenarios/baseline.plan", "--load", "scenarios/five-pushes.plan"],
        environment: [String: String] = [:]
    ) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            arguments: arguments, environment: PseudoTerminal.environment(home: home, extra: environment))
        try terminal.waitFor("dxplan> ")
        return terminal
    }

    @Test("the shell starts with the examples loaded and Ctrl-D leaves with a newline and status 0")
    func startAndLeave() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        #expect(terminal.transcript.contains("Scenarios loaded: baseline, five-pushes."))
        let mark = terminal.mark
        #expect(try terminal.leave() == 0)
        #expect(terminal.transcript[mark...].hasSuffix("\n"))
    }

    @Test(
        "when the terminal goes away, the shell ends (even where hang-ups are ignored, as under nohup or some parents): it does not read on at full speed"
    )
    func hangUp() throws {
        let home = try Binary.temporaryDirectory()
        // A shell that ignores SIGHUP and then becomes dxplan, which inherits the ignoring.
        let terminal = try PseudoTerminal(
            arguments: ["-c", "trap '' HUP; exec \"$0\" \"$@\"", Binary.path, "--load", "scenarios/baseline.plan"],
            environment: PseudoTerminal.environment(home: home), program: "/bin/sh")
        try terminal.waitFor("dxplan> ")
        _ = try terminal.enter("scenario unsaved from baseline\nend")
        let status = terminal.hangUp()
        #expect(status != nil, "dxplan still running 10 s after its terminal went away")
    }

    @Test("with a Vietnamese locale, or --lang vi, the banner and the confirmations are in Vietnamese")
    func vietnameseSession() throws {
        let home = try Binary.temporaryDirectory()
        let byLocale = try startShell(home: home, environment: ["LANG": "vi_VN.UTF-8"])
        #expect(byLocale.transcript.contains("lập kế hoạch ngân sách chuyển đổi số của Việt Nam."))
        #expect(byLocale.transcript.contains("Đã nạp kịch bản: baseline, five-pushes. Gõ 'help' (trợ-giúp) để xem lệnh"))
        #expect(try byLocale.enter("kịch-bản đội from baseline\nend").contains("Đã định nghĩa kịch bản đội."))
        #expect(try byLocale.leave() == 0)
        let byFlag = try startShell(home: home, arguments: ["--lang", "vi"])
        #expect(byFlag.transcript.contains("Gõ 'help' (trợ-giúp) để xem lệnh"))
        #expect(try byFlag.leave() == 0)
    }

    @Test("Ctrl-R searches the history for Vietnamese text; Ctrl-G gives the line back; Enter runs what it found")
    func searchVietnamese() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home, arguments: [])
        #expect(try terminal.enter("print \"đội một\"").contains("đội một"))
        _ = try terminal.enter("list")
        var mark = terminal.mark
        terminal.press(Self.ctrlR, "đ", "ộ", "i")
        try terminal.waitFor("(reverse-i-search)'đội': print \"đội một\"", after: mark)
        terminal.press("\u{07}")  // Ctrl-G
        mark = terminal.mark
        terminal.press(Self.ctrlR, "l", "i", "\r")
        try terminal.waitFor("No scenarios yet", after: mark)
        mark = terminal.mark
        terminal.press(Self.ctrlR, "m", "ộ", "t", "\r")
        // The entry runs again: its output is a line of its own.
        try terminal.waitFor("\nđội một\n", after: mark)
        #expect(try terminal.leave() == 0)
    }

    @Test("quit and exit leave the shell")
    func quitCommand() throws {
        let home = try Binary.temporaryDirectory()
        for word in ["quit", "exit"] {
            let terminal = try startShell(home: home)
            terminal.type(word + "\r")
            #expect(try terminal.waitForExit() == 0, "\(word)")
        }
    }

    @Test("Tab completes commands, scenario names and indicator names")
    func completion() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        var mark = terminal.mark
        terminal.press("ru", "\t", "five", "\t", "\r")
        try terminal.waitFor("Ran five-pushes", after: mark)
        try terminal.waitFor("dxplan> ", after: mark)

        mark = terminal.mark
        terminal.press("show dig", "\t", "\t")
        // Several indicators start with "dig": Tab completes "digital-", a second Tab lists them.
        try terminal.waitFor("digital-economy", after: mark)
        try terminal.waitFor("digital-offices", after: mark)
        try terminal.waitFor("digital-skills", after: mark)
        mark = terminal.mark
        terminal.press("s", "\t", "\r")
        try terminal.waitFor("Budget:", after: mark)
        let table = try terminal.waitFor("dxplan> ", after: mark)
        #expect(table.contains("digital-skills  %"))
        #expect(!table.contains("fibre  "))
        #expect(try terminal.leave() == 0)
    }

    @Test("Tab completes file names after load")
    func fileCompletion() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home, arguments: [])
        let mark = terminal.mark
        terminal.press("load ", "\t", "scen", "\t", "base", "\t", "\r")
        try terminal.waitFor("Loaded baseline from scenarios/baseline.plan.", after: mark)
        try terminal.waitFor("dxplan> ", after: mark)
        #expect(try terminal.leave() == 0)
    }

    @Test("a multi-line scenario continues on a padded prompt and is one history entry")
    func multiLineAndHistory() throws {
        let home = try Binary.temporaryDirectory()
        let first = try startShell(home: home)
        let opened = try first.enter("scenario more-skills from baseline", prompt: "   ...> ")
        #expect(!opened.contains("error"))
        try first.enter("  allocate", prompt: "   ...> ")
        try first.enter("    skills 20%", prompt: "   ...> ")
        try first.enter("    broadband 10%", prompt: "   ...> ")
        try first.enter("  end", prompt: "   ...> ")
        #expect(try first.enter("end").contains("Defined scenario more-skills."))
        #expect(try first.enter("run more-skills").contains("Ran more-skills"))
        // The scenario is in no file: the first Ctrl-D says so, the second leaves.
        let beforeLeaving = first.mark
        #expect(try first.leave() == 0)
        #expect(first.transcript[beforeLeaving...].contains("Not saved: more-skills."))

        let historyFile = home.appendingPathComponent("history").path
        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        // A second session recalls both entries; the scenario comes back whole.
        let second = try startShell(home: home)
        var mark = second.mark
        second.press(Self.up, Self.up, "\r")
        try second.waitFor("Defined scenario more-skills.", after: mark)
        try second.waitFor("dxplan> ", after: mark)
        mark = second.mark
        second.press(Self.up, Self.up, "\r")
        try second.waitFor("Ran more-skills", after: mark)
        try second.waitFor("dxplan> ", after: mark)
        #expect(try second.leave() == 0)
    }

    @Test("shells side by side, typing in bursts into one history file, lose none of each other's entries")
    func concurrentHistory() throws {
        let home = try Binary.temporaryDirectory()
        let shells = try (0..<4).map { _ in try startShell(home: home, arguments: []) }
        let rounds = 12, burst = 5
        for round in 0..<rounds {
            // Each shell gets a burst of entries at once, so their saves of the history overlap.
            for (s, shell) in shells.enumerated() {
                shell.type((0..<burst).map { "let h\(s)_\(round * burst + $0) = 1\r" }.joined() + "print \"{1+1}x\(s)_\(round)\"\r")
            }
            // The printed "2x…" (the echo shows "{1+1}x…") says a shell has saved the whole burst;
            // the prompt after it, that it reads again (Ctrl-D typed before would reach a cooked terminal).
            for (s, shell) in shells.enumerated() {
                try shell.waitFor("2x\(s)_\(round)")
                let printed = try #require(shell.transcript.range(of: "2x\(s)_\(round)")).upperBound
                try shell.waitFor("dxplan> ", after: printed)
            }
        }
        for shell in shells { #expect(try shell.leave() == 0) }
        let history = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        var missing: [String] = []
        for s in 0..<shells.count {
            for i in 0..<(rounds * burst) where !history.contains("h\(s)_\(i)\\040") { missing.append("h\(s)_\(i)") }
        }
        #expect(missing.isEmpty, "\(missing.count) of \(shells.count * rounds * burst) entries lost: \(missing.prefix(10))")
    }

    @Test("Ctrl-C discards the line being typed, or a half-typed block, and the shell goes on")
    func interrupt() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        var mark = terminal.mark
        terminal.press("run no-such-scenario")
        terminal.press(Self.ctrlC)
        try terminal.waitFor("dxplan> ", after: mark)
        let listing = try terminal.enter("list")
        #expect(listing.contains("current scenario"))
        #expect(!listing.contains("unknown scenario"))

        mark = terminal.mark
        terminal.type("scenario half from baseline\r")
        try terminal.waitFor("   ...> ", after: mark)
        terminal.press(Self.ctrlC)
        try terminal.waitFor("dxplan> ", after: mark)
        let after = try terminal.enter("list")
        #expect(after.contains("current scenario"))
        #expect(!after.contains("half"))
        #expect(try terminal.leave() == 0)
    }

    @Test("a typo at the prompt shows a caret and a suggestion, without a file name")
    func errorAtPrompt() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        let output = try terminal.enter("rn baseline")
        #expect(output.contains("error[E102]: unknown command 'rn'; did you mean 'run'?"))
        #expect(output.contains("   1 | rn baseline"))
        #expect(output.contains("     | ^~"))
        #expect(try terminal.leave() == 0)
    }

    @Test("Vietnamese text types, edits and prints correctly, even with no LANG set")
    func vietnamese() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        let mark = terminal.mark
        // Type the title without "đổi ", move back over "số 2030\"" and insert it.
        terminal.type("scenario vn from baseline \"Chuyển số 2030x")
        terminal.press(Self.backspace, "\"")
        for _ in 0..<8 { terminal.press(Self.left) }
        terminal.press("đổi ")
        terminal.type("\r")
        try terminal.waitFor("   ...> ", after: mark)
        #expect(try terminal.enter("end").contains("Defined scenario vn."))
        let listing = try terminal.enter("list")
        #expect(listing.contains("Chuyển đổi số 2030"))
        #expect(try terminal.leave() == 0)
    }

    @Test("help lists the commands and explains one with an example")
    func help() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        let overview = try terminal.enter("help")
        for command in ["run", "show", "list", "save", "load", "help", "quit"] {
            #expect(overview.contains("  \(command)"))
        }
        let details = try terminal.enter("help save")
        #expect(details.contains("Example"))
        #expect(details.contains("save baseline five-pushes to"))
        #expect(try terminal.leave() == 0)
    }

    @Test("a lesson at the prompt: a step's check is met by what is typed, next moves on, and the place is kept for the next session")
    func lesson() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        let first = try terminal.enter("lesson 1")
        #expect(first.contains("Lesson 1 · Running a scenario and reading its targets — step 1 of 6"))
        #expect(first.contains("Try:  list"))
        #expect(try terminal.enter("list").contains("✓ Done: list the scenarios. Type 'next' to go on."))
        #expect(try terminal.enter("next").contains("step 2 of 6"))
        #expect(try terminal.enter("quit lesson").contains("Left Lesson 1 at step 2; 'lesson 1' goes on from there."))
        #expect(try terminal.leave() == 0)

        let again = try startShell(home: home)
        #expect(try again.enter("lesson").contains("stopped at step 2 of 6"))
        #expect(try again.enter("lesson 1").contains("Going on from step 2"))
        #expect(try again.leave() == 0)
    }

    @Test("a long command shows how far it is on the terminal, clears the line when done, and Ctrl-C stops it")
    func progress() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home)
        let start = terminal.mark
        terminal.type("uncertainty baseline runs 100000\r")
        try terminal.waitFor(" of 100,000 runs, ", after: start, timeout: 30)
        try terminal.waitFor("s left (Ctrl-C stops)", after: start, timeout: 30)
        terminal.type("\u{03}")
        let stopped = try terminal.waitFor("dxplan> ", after: start, timeout: 30)
        #expect(stopped.contains("interrupted; the uncertainty runs of 'baseline' were cancelled"))
        // A short command shows no line.
        #expect(!(try terminal.enter("run baseline")).contains("runs, "))
        #expect(try terminal.leave() == 0)
    }

    @Test("-i continues into the shell after the scripts, with what they defined")
    func interactiveAfterScripts() throws {
        let home = try Binary.temporaryDirectory()
        let terminal = try startShell(home: home, arguments: ["-i", "scenarios/baseline.plan"])
        #expect(terminal.transcript.contains("Ran baseline"))
        #expect(try terminal.enter("run").contains("Ran baseline"))
        #expect(try terminal.leave() == 0)
    }

    @Test("~/.editrc is honoured after the defaults")
    func editrc() throws {
        let home = try Binary.temporaryDirectory()
        // Bind Ctrl-T to insert "list" + newline, only for dxplan.
        try "dxplan:bind -s ^T 'list\\n'\n".write(
            to: home.appendingPathComponent(".editrc"), atomically: true, encoding: .utf8)
        let terminal = try startShell(home: home)
        let mark = terminal.mark
        terminal.press("\u{14}")
        try terminal.waitFor("current scenario", after: mark)
        try terminal.waitFor("dxplan> ", after: mark)
        #expect(try terminal.leave() == 0)
    }
}
