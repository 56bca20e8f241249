import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("Atomic files")
struct AtomicFileTests {
    @Test("a pipe or device is written to, not replaced by a regular file")
    func specialFiles() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-fifo-\(UUID().uuidString)").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        // Holding the pipe open for reading and writing lets the write below go through without a reader thread.
        let reader = open(path, O_RDWR | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write("through the pipe\n", to: path)
        var buffer = [UInt8](repeating: 0, count: 64)
        let n = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(n, 0)), as: UTF8.self) == "through the pipe\n")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a pipe")
    }

    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("a pipe nobody reads is refused instead of hanging")
    func pipeWithoutReader() throws {
        let path = try folder().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: AtomicFile.Failure.unwritable(path, "nothing is reading from the pipe")) {
            try AtomicFile.write("nobody listens\n", to: path)
        }
    }

    @Test("a read-only file is refused and left as it was")
    func readOnly() throws {
        let path = try folder().appendingPathComponent("kept.plan").path
        try "kept\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o444)
        #expect(throws: AtomicFile.Failure.wouldReplace(path, .readOnly)) {
            try AtomicFile.write("replaced\n", to: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
    }

    @Test("a chain of links is followed to the file it names, even one not yet written")
    func linkChain() throws {
        let folder = try folder()
        let first = folder.appendingPathComponent("l1.plan").path
        let second = folder.appendingPathComponent("l2.plan").path
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: "l2.plan")
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: "target.plan")
        try AtomicFile.write("new\n", to: first)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: first) == "l2.plan")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: second) == "target.plan")
        #expect(try String(contentsOfFile: folder.appendingPathComponent("target.plan").path, encoding: .utf8) == "new\n")
        // A loop of links is refused, not followed for ever.
        let loop = folder.appendingPathComponent("loop.plan").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.plan")
        #expect(throws: AtomicFile.Failure.unwritable(loop, "its links go round in a loop")) {
            try AtomicFile.write("x\n", to: loop)
        }
    }

    @Test("no temporary file is left behind")
    func noLeftovers() throws {
        let folder = try folder()
        try AtomicFile.write("one\n", to: folder.appendingPathComponent("a.plan").path)
        try AtomicFile.write("two\n", to: folder.appendingPathComponent("a.plan").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.plan"])
    }

    @Test("a Vietnamese file name typed composed finds the file the disk keeps decomposed, and is never its own 'did you mean'")
    func normalisedNames() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let typed = "kịch-bản.plan"
        // The same text in other bytes, as macOS and many zip files keep names.
        let decomposed = typed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(typed.utf8))
        #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(decomposed).path, contents: Data("# plan\n".utf8)))
        #expect(try FileAccess.read(folder.appendingPathComponent(typed).path) == "# plan\n")
        #expect(FileAccess.didYouMean(folder.appendingPathComponent(typed).path, shown: typed) == "")
        #expect(FileAccess.didYouMean(folder.appendingPathComponent("kịch-bảng.plan").path, shown: "kịch-bảng.plan").contains("did you mean"))
        #expect(throws: AtomicFile.Failure.self) { try FileAccess.read(folder.appendingPathComponent("khác.plan").path) }
    }
}
