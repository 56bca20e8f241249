import Foundation

/// Locates the repository and the built `dxplan` binary, and runs it through pipes.
enum Binary {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `$DXPLAN_BIN`, or the debug build in `.build/debug`.
    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["DXPLAN_BIN"] { return explicit }
        return repositoryRoot.appendingPathComponent(".build/debug/dxplan").path
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs dxplan (or another built program) with pipes for all three streams, in `directory`
    /// (the repository by default).
    static func run(
        _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
        directory: URL? = nil, executable: String? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? path)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        // Reports in English whatever the developer's locale (a Vietnamese one would choose Vietnamese).
        for key in ["LC_ALL", "LC_MESSAGES"] { env.removeValue(forKey: key) }
        env["LANG"] = "C.UTF-8"
        env["HOME"] = FileManager.default.temporaryDirectory.path
        env["DXPLAN_HISTORY"] = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-pipe-history").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        // Read both pipes fully before waiting, so a large output cannot block the child.
        let errors = Collected()
        let group = DispatchGroup()
        group.enter()
        let errorHandle = error.fileHandleForReading
        DispatchQueue.global().async {
            errors.data = errorHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errors.data
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    private final class Collected: @unchecked Sendable {
        var data = Data()
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-test-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
