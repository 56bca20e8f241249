import Foundation
import Testing

/// dxplan carries its model inside the binary: copied anywhere, as an installation does, it runs.
@Suite("Installed binary")
struct InstallTests {
    @Test("the binary copied to another folder, with nothing beside it, runs the bundled model from a third folder")
    func copiedBinary() throws {
        let installed = try Binary.temporaryDirectory().appendingPathComponent("bin")
        let elsewhere = try Binary.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: installed.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: elsewhere)
        }
        try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
        let copy = installed.appendingPathComponent("dxplan")
        try FileManager.default.copyItem(atPath: Binary.path, toPath: copy.path)
        let scenario = try String(contentsOf: Binary.repositoryRoot.appendingPathComponent("scenarios/baseline.plan"), encoding: .utf8)
        try scenario.write(to: elsewhere.appendingPathComponent("plan.plan"), atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = copy
        process.arguments = ["plan.plan", "-c", "model"]
        process.currentDirectoryURL = elsewhere
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = elsewhere.path
        process.environment = environment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        // Another test starting a process while the copy was open for writing may hold that
        // descriptor in its child until the child's exec: the copy is then "busy" (ETXTBSY) for a
        // moment. That is the test's race, not dxplan's: try again shortly.
        for attempt in 1... {
            do {
                try process.run()
                break
            } catch let error as NSError where attempt < 20 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                Thread.sleep(forTimeInterval: 0.1)
            }
        }
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(err)")
        #expect(out.contains("Ran baseline"))
        #expect(out.contains("(bundled)"))
    }
}

/// A script file writes only inside its own folder unless the user allows more.
@Suite("Confinement of script files")
struct ConfinementTests {
    @Test("a colleague's script cannot write outside its folder, through '..', '~', an absolute path or a link; --allow-write lets it")
    func confined() throws {
        let root = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let team = root.appendingPathComponent("team"), other = root.appendingPathComponent("other")
        let home = root.appendingPathComponent("home")
        for folder in [team, other, home, team.appendingPathComponent("out")] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try FileManager.default.createSymbolicLink(at: team.appendingPathComponent("link"), withDestinationURL: other)
        let script = """
            scenario c
              horizon 2026 to 2030
              budget 1000 bn VND per year
              allocate
                services 100%
              end
            end
            save c to "out/c.plan"
            save c to "../other/a.plan"
            save c to "~/.bashrc"
            save c to "\(other.path)/b.plan"
            export csv c "link/c.csv"
            """
        try script.write(to: team.appendingPathComponent("colleague.plan"), atomically: true, encoding: .utf8)
        let run = try Binary.run(
            ["--keep-going", team.appendingPathComponent("colleague.plan").path],
            environment: ["HOME": home.path], directory: root)
        #expect(run.status == 65)
        #expect(run.stderr.components(separatedBy: "error[E603]").count - 1 == 4, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: team.appendingPathComponent("out/c.plan").path), "relative to the script's folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".bashrc").path))

        let allowed = try Binary.run(
            ["--keep-going", "--allow-write", other.path, team.appendingPathComponent("colleague.plan").path],
            environment: ["HOME": home.path], directory: root)
        #expect(allowed.stderr.components(separatedBy: "error[E603]").count - 1 == 1, "only ~/.bashrc is still refused: \(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("b.plan").path))

        // Typed with -c, the user's own path is written.
        let typed = try Binary.run(
            ["-l", team.appendingPathComponent("colleague.plan").path, "-c", "save c to \"\(other.path)/typed.plan\""],
            environment: ["HOME": home.path], directory: root)
        #expect(typed.status == 0, "\(typed.stderr)")
    }
}

/// Text that is not UTF-8 is the same positioned error wherever it comes from.
@Suite("Input that is not UTF-8")
struct InvalidUTF8Tests {
    @Test("from a file, standard input or -c: error[E100] at the line and column of the first invalid byte, exit 65")
    func everywhere() throws {
        let folder = try Binary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes: [UInt8] = Array("print \"ok\"\nprint \"a".utf8) + [0xFF, 0xFE] + Array("b\"\n".utf8)
        let file = folder.appendingPathComponent("bad.plan")
        try Data(bytes).write(to: file)
        let fromFile = try Binary.run([file.path])
        #expect(fromFile.status == 65)
        #expect(fromFile.stderr.contains("bad.plan:2:9: error[E100]: the text is not UTF-8"), "\(fromFile.stderr)")
        #expect(fromFile.stdout.isEmpty, "nothing runs before the whole file is read")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["-"]
        let input = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = Pipe()
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        #expect(stderr.contains("<stdin>:2:9: error[E100]"), "\(stderr)")

        let include = try Binary.run(["-c", "include \"\(file.path)\""])
        #expect(include.status == 65)
        #expect(include.stderr.contains("not UTF-8 text (an invalid byte at line 2, column 9)"), "\(include.stderr)")
    }
}
