import Foundation
import Testing

/// The built binary, run through pipes: scripts, -c, stdin, exit codes and stderr format.
@Suite("dxplan through pipes")
struct PipeTests {
    @Test("each example scenario runs as a script and prints its indicator table")
    func exampleScenarios() throws {
        for name in ["baseline", "five-pushes"] {
            let run = try Binary.run(["scenarios/\(name).plan"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stderr.isEmpty)
            #expect(run.stdout.contains("Ran \(name)"))
            #expect(run.stdout.contains("indicator"))
            for indicator in [
                "online-services", "online-dossiers", "national-databases", "digital-offices", "digital-economy",
                "fibre", "fibre-coverage", "digital-skills", "cyber-exposure", "egdi",
            ] {
                #expect(run.stdout.contains(indicator), "\(name) table lacks \(indicator)")
            }
        }
    }

    @Test("-c statements run in order after --load")
    func commandOption() throws {
        let run = try Binary.run(["--load", "scenarios/baseline.plan", "-c", "run baseline", "-c", "show fibre"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ran baseline"))
        #expect(run.stdout.contains("fibre"))
        #expect(!run.stdout.contains("online-dossiers"))
    }

    @Test("piped standard input runs as a script with no prompts; '-' does the same")
    func standardInput() throws {
        let script = "load \"scenarios/baseline.plan\"\nrun baseline\n"
        for arguments in [[], ["-"]] {
            let run = try Binary.run(arguments, stdin: script)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(!run.stdout.contains("dxplan>"))
            #expect(run.stdout.contains("Loaded baseline from scenarios/baseline.plan."))
            #expect(run.stdout.contains("Ran baseline"))
        }
    }

    @Test("a typo exits 65 with file:line:col, the source line, a caret and a suggestion")
    func typoDiagnostic() throws {
        let run = try Binary.run(["Tests/EndToEndTests/Fixtures/typo.plan"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty, "nothing runs after the error")
        try Golden.check(run.stderr, against: "typo.stderr")
    }

    @Test("syntax errors are all reported and nothing runs")
    func syntaxErrors() throws {
        let run = try Binary.run(["Tests/EndToEndTests/Fixtures/syntax.plan"])
        #expect(run.status == 65)
        try Golden.check(run.stderr, against: "syntax.stderr")
    }

    @Test("shares that do not add up to 100% say by how much")
    func sharesDiagnostic() throws {
        let run = try Binary.run(["Tests/EndToEndTests/Fixtures/shares.plan"])
        #expect(run.status == 65)
        try Golden.check(run.stderr, against: "shares.stderr")
    }

    @Test("scripts stop at the first error unless --keep-going")
    func keepGoing() throws {
        let script = "list nonsense\nhelp run\n"
        let stopped = try Binary.run([], stdin: script)
        #expect(stopped.status == 65)
        #expect(!stopped.stdout.contains("run [SCENARIO]"))
        let continued = try Binary.run(["--keep-going"], stdin: script)
        #expect(continued.status == 65, "the exit status still reports the error")
        #expect(continued.stdout.contains("run [SCENARIO]"))
    }

    @Test("a missing script exits 66")
    func missingInput() throws {
        let run = try Binary.run(["no-such-file.plan"])
        #expect(run.status == 66)
        #expect(run.stderr.contains("cannot open 'no-such-file.plan': no such file"))
        let load = try Binary.run(["-c", "load \"no-such-file.plan\""])
        #expect(load.status == 66)
    }

    @Test("a bad option exits 64")
    func usage() throws {
        let run = try Binary.run(["--no-such-flag"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--no-such-flag"))
    }

    @Test("a save that cannot be written exits 74 and leaves the old file untouched")
    func saveFailure() throws {
        let folder = try Binary.temporaryDirectory()
        let run = try Binary.run(["--load", "scenarios/baseline.plan", "-c", "save baseline to \"\(folder.path)/missing/x.plan\""])
        #expect(run.status == 74)
        #expect(run.stderr.contains("does not exist"))
    }

    @Test("fmt --check lists unformatted files and exits 1; fmt rewrites them; a broken file exits 65 untouched")
    func format() throws {
        let folder = try Binary.temporaryDirectory()
        let messy = folder.appendingPathComponent("messy.plan").path
        let broken = folder.appendingPathComponent("broken.plan").path
        try "scenario a   from baseline\n# keep me\n      budget  12 tỷ VND per year\nend\n".write(toFile: messy, atomically: true, encoding: .utf8)
        try "scenario b {\n  budget\n".write(toFile: broken, atomically: true, encoding: .utf8)

        let checked = try Binary.run(["fmt", "--check", messy])
        #expect(checked.status == 1)
        #expect(checked.stdout == "not formatted: \(messy)\n")
        #expect(try String(contentsOfFile: messy, encoding: .utf8).contains("12 tỷ"), "--check writes nothing")

        let formatted = try Binary.run(["fmt", messy])
        #expect(formatted.status == 0, "\(formatted.stderr)")
        let text = try String(contentsOfFile: messy, encoding: .utf8)
        #expect(text == "scenario a from baseline\n  # keep me\n  budget 12 tỷ VND per year\nend\n")
        #expect(try Binary.run(["fmt", "--check", messy]).status == 0)

        let failed = try Binary.run(["fmt", broken])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("broken.plan:"))
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == "scenario b {\n  budget\n")
    }

    @Test("save then load reproduces the scenario")
    func saveAndLoad() throws {
        let folder = try Binary.temporaryDirectory()
        let file = folder.appendingPathComponent("copy.plan").path
        let saved = try Binary.run(["--load", "scenarios/five-pushes.plan", "-c", "save five-pushes to \"\(file)\""])
        #expect(saved.status == 0, "\(saved.stderr)")
        let original = try Binary.run(["--load", "scenarios/five-pushes.plan", "-c", "run five-pushes", "-c", "show"])
        let reloaded = try Binary.run(["--load", file, "-c", "run five-pushes", "-c", "show"])
        #expect(reloaded.status == 0, "\(reloaded.stderr)")
        #expect(reloaded.stdout == original.stdout)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["copy.plan"], "no temporary file is left behind")
    }

    @Test("colour only on a terminal or when asked, never with NO_COLOR")
    func colour() throws {
        let plain = try Binary.run(["-c", "help"])
        #expect(!plain.stdout.contains("\u{1B}["), "pipes get no colour")
        let forced = try Binary.run(["--color", "always", "-c", "help"])
        #expect(forced.stdout.contains("\u{1B}["))
        let never = try Binary.run(["--color", "never", "-c", "help"], environment: ["NO_COLOR": "1"])
        #expect(!never.stdout.contains("\u{1B}["))
        let bad = try Binary.run(["--color", "sometimes", "-c", "help"])
        #expect(bad.status == 64)
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try Binary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("0."))
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--keep-going"))
        #expect(help.stdout.contains("Exit status"))
    }

    @Test("quit ends a script early with status 0")
    func quit() throws {
        let run = try Binary.run([], stdin: "quit\nlist nonsense\n")
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }

    @Test("a script on standard input writes only inside the folder it runs in, as a script file does; --allow-write says more")
    func standardInputConfined() throws {
        let folder = try Binary.temporaryDirectory(), elsewhere = try Binary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: elsewhere)
        }
        let baseline = Binary.repositoryRoot.appendingPathComponent("scenarios/baseline.plan").path
        let outside = elsewhere.appendingPathComponent("x.plan").path
        let refused = try Binary.run(["--load", baseline], stdin: "save baseline to \"\(outside)\"\n", directory: folder)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("error[E603]: this script may write only inside its own folder"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outside), "nothing written outside")
        let inside = try Binary.run(["--load", baseline], stdin: "save baseline to \"inside.plan\"\n", directory: folder)
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("inside.plan").path))
        let allowed = try Binary.run(
            ["--load", baseline, "--allow-write", elsewhere.path], stdin: "save baseline to \"\(outside)\"\n", directory: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: outside))
        // A statement given with -c is the user's own: it writes where it says.
        let typed = try Binary.run(["--load", baseline, "-c", "save baseline to \"\(outside)\" force"], directory: folder)
        #expect(typed.status == 0, "\(typed.stderr)")
    }

    @Test(
        "dxplan verify: an export's numbers are made again from its run record (0), with another model file too (noted); an edited number is named (1); no record is 65"
    )
    func verify() throws {
        let folder = try Binary.temporaryDirectory()
        let file = folder.appendingPathComponent("results.json").path
        let made = try Binary.run(
            ["--load", "scenarios/baseline.plan", "--load", "scenarios/five-pushes.plan", "--allow-write", folder.path],
            stdin: "scenario child from five-pushes\n  budget 45000 bn VND per year\nend\nexport json baseline child \"\(file)\"\n")
        #expect(made.status == 0, "\(made.stderr)")
        let same = try Binary.run(["verify", file])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("Verified \(file): all ") && same.stdout.contains("of 'baseline', 'child' are made again the same."))

        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        // Made with another model file (the bundled model's comments or translations changed in
        // another version): noted, and verified, since every number is the same.
        var record = json["run"] as! [String: Any]
        record["modelFingerprint"] = "fnv1a64:0123456789abcdef"
        json["run"] = record
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: file))
        let otherModel = try Binary.run(["verify", file])
        #expect(otherModel.status == 0, "\(otherModel.stderr)")
        #expect(
            otherModel.stderr.contains("note: it was made with the model bundled with dxplan ")
                && otherModel.stderr.contains("(fnv1a64:0123456789abcdef); this is fnv1a64:")
                && otherModel.stderr.contains("makes every number the same"), "\(otherModel.stderr)")
        #expect(otherModel.stdout.contains("Verified \(file): all "))

        var scenarios = json["scenarios"] as! [[String: Any]]
        var indicators = scenarios[1]["indicators"] as! [String: Any]
        var fibre = indicators["fibre"] as! [String: Any]
        var values = fibre["values"] as! [String: Any]
        values["2030"] = 12.5
        fibre["values"] = values
        indicators["fibre"] = fibre
        scenarios[1]["indicators"] = indicators
        json["scenarios"] = scenarios
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: file))
        let edited = try Binary.run(["verify", file])
        #expect(edited.status == 1)
        #expect(edited.stdout.contains("differs: child: fibre in 2030: exported 12.5, now "), "\(edited.stdout)")
        #expect(edited.stdout.contains("Not verified: 1 of "))
        // Another model and another number: which model made it, and how to get it.
        #expect(edited.stderr.contains("(fnv1a64:0123456789abcdef); this is fnv1a64:"), "\(edited.stderr)")
        #expect(edited.stderr.contains(": run it with dxplan "), "\(edited.stderr)")
        #expect(edited.stdout.contains("differ, and another model made it (above)."), "\(edited.stdout)")

        json.removeValue(forKey: "run")
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: file))
        let unrecorded = try Binary.run(["verify", file])
        #expect(unrecorded.status == 65)
        #expect(unrecorded.stderr.contains("it has no run record"))
        #expect(try Binary.run(["verify", folder.appendingPathComponent("none.json").path]).status == 66)
    }

    @Test("dxplan replay: a recording made by a script replays with status 0, an edited one with 1, --step stops at q")
    func replay() throws {
        let folder = try Binary.temporaryDirectory()
        let file = folder.appendingPathComponent("lesson.plan").path
        let made = try Binary.run(
            ["--load", "scenarios/baseline.plan", "--allow-write", folder.path, "--keep-going"],
            stdin: "record \"\(file)\"\nrun baseline\nshow fibre\nrun nothere\nrecord stop\n")
        #expect(made.status == 65, "the recorded error still counts: \(made.stderr)")
        let same = try Binary.run(["replay", file])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("dxplan> show fibre\n"))
        #expect(same.stderr.contains("Replayed 3 entries: everything printed as recorded."))

        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "budget 25000 bn", with: "budget 50000 bn").write(toFile: file, atomically: true, encoding: .utf8)
        let changed = try Binary.run(["replay", file])
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("warning: what this prints differs from the recording"))
        #expect(changed.stderr.contains("2 of 3 entries printed something other than was recorded"))

        let stepped = try Binary.run(["replay", "--step", file], stdin: "\nq\n")
        #expect(stepped.stdout.contains("[1/3] Enter runs it, q stops: "))
        #expect(stepped.stdout.contains("[2/3]"))
        #expect(!stepped.stdout.contains("[3/3]"))

        let plain = try Binary.run(["replay", "scenarios/baseline.plan"])
        #expect(plain.status == 65)
        #expect(plain.stderr.contains("is not a dxplan recording"))
    }

    @Test("no progress line in a pipe: standard error holds only what was reported")
    func noProgressInPipes() throws {
        let run = try Binary.run(["--load", "scenarios/baseline.plan", "-c", "uncertainty baseline runs 800"])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("runs, "))
        #expect(!run.stderr.contains("\u{1B}[K"))
    }
}
