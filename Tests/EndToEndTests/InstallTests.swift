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
        try process.run()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(err)")
        #expect(out.contains("Ran baseline"))
        #expect(out.contains("(bundled)"))
    }
}
