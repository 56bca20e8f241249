import Foundation

/// The project's Python test environment (`scripts/pysd_env.sh`: PySD, SALib, openpyxl, pypdf),
/// for the checks that compare dxplan with an independent program. Created once, on first use.
public enum PythonEnvironment {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The environment's python, or why it could not be set up.
    public static let python: Result<String, Failure> = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        do {
            let printed = try run("/bin/bash", [root.appendingPathComponent("scripts/pysd_env.sh").path])
            guard let python = printed.split(separator: "\n").last.map(String.init), !python.isEmpty else {
                return .failure(Failure(description: "scripts/pysd_env.sh printed no python path"))
            }
            return .success(python)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(description: "\(error)"))
        }
    }()

    /// Whether the environment has `module`; when not, says why on standard error (naming the
    /// `check` that is skipped), so a skipped check is never silent.
    public static func has(_ module: String, for check: String) -> Bool {
        do {
            _ = try run(try python.get(), ["-c", "import \(module)"])
            return true
        } catch {
            FileHandle.standardError.write(Data("\(check) skipped: \(error)\n".utf8))
            return false
        }
    }

    /// Runs a program to its end and returns what it printed; throws with its standard error
    /// (kept in a file, so that a chatty installer cannot fill a pipe and stall) when it fails.
    public static func run(_ path: String, _ arguments: [String], environment: [String: String]? = nil) throws -> String {
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-python-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else { throw Failure(description: "cannot create \(errors.path)") }
        defer { try? FileManager.default.removeItem(at: errors) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(path) failed: " + ((try? String(contentsOf: errors, encoding: .utf8)) ?? ""))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
