import DXSource
import Foundation

/// Reads and writes whole text files; writes never leave a half-written file behind.
package enum AtomicFile {
    package enum Failure: Error, Equatable {
        case missing(String)
        case unreadable(String, String)
        case unwritable(String, String)
        /// The file exists and the write would replace it, which the replacement rule forbids.
        case wouldReplace(String, Reason)
        /// Read, but not UTF-8 text: where the first invalid byte is.
        case notText(String, line: Int, column: Int, lineText: String)

        /// Why, in words ("no such file", "it is read-only").
        package var reason: String {
            switch self {
            case .missing: "no such file"
            case .unreadable(_, let reason), .unwritable(_, let reason): reason
            case .wouldReplace(_, .readOnly): "it is read-only"
            case .wouldReplace(_, .notWrittenByDXPlan): "it exists and was not written by dxplan"
            case .notText(_, let line, let column, _): "it is not UTF-8 text (an invalid byte at line \(line), column \(column))"
            }
        }
    }

    /// What kind of failure a failed read is, for its error: a missing file, a file that is not
    /// text (an error in the input), or another problem with the file system.
    package static func category(of failure: Failure) -> DiagnosticCategory {
        switch failure {
        case .missing: .missingInput
        case .notText: .syntax
        default: .io
        }
    }

    /// Why an existing file is kept.
    package enum Reason: Sendable, Equatable {
        /// The user made it read-only.
        case readOnly
        /// It does not look like a file dxplan writes (`OwnFile`).
        case notWrittenByDXPlan
    }

    /// Which existing files a write may replace.
    package enum Replacement: Sendable {
        /// Any file the user can write (`dxplan fmt` rewriting the file it was given).
        case writableFile
        /// Only a file dxplan wrote (`OwnFile.isOwn`), or an empty one, and not a read-only one:
        /// `save` and `export`.
        case fileDXPlanWrote
        /// Any file, read-only ones too (which stay read-only): `save … force`.
        case anyFile
    }

    package static func read(_ path: String) throws(Failure) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path)
        }
        if isDirectory.boolValue { throw .unreadable(path, "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, "permission denied")
        }
        switch UTF8Check.text(Array(data)) {
        case .success(let text): return text
        case .failure(let position): throw .notText(path, line: position.line, column: position.column, lineText: position.lineText)
        }
    }

    /// Writes to a temporary file in the same folder, flushes it, then renames it over `path` and
    /// flushes the folder. A symbolic link, or a chain of them, is followed (the file it finally
    /// names is replaced), an existing file keeps its permissions, and a read-only one is refused.
    /// A destination that is not a regular file (a device such as /dev/stdout, a pipe) is written
    /// to directly: renaming over it would replace the device; a pipe nobody reads is refused.
    package static func write(_ text: String, to requestedPath: String, replacing rule: Replacement = .writableFile) throws(Failure) {
        try write(bytes: Array(text.utf8), to: requestedPath, replacing: rule)
    }

    /// `write(_:to:replacing:)` for any bytes (a workbook).
    package static func write(bytes: [UInt8], to requestedPath: String, replacing rule: Replacement = .writableFile) throws(Failure) {
        var target = stat()
        if stat(requestedPath, &target) == 0 {
            let kind = target.st_mode & S_IFMT
            if kind == S_IFDIR { throw .unwritable(requestedPath, "it is a directory") }
            if kind != S_IFREG {
                // A pipe nobody reads would block forever: open it without waiting.
                let fd = open(requestedPath, O_WRONLY | (kind == S_IFIFO ? O_NONBLOCK : 0))
                guard fd >= 0 else {
                    let reason = errno == ENXIO ? "nothing is reading from the pipe" : String(cString: strerror(errno))
                    throw .unwritable(requestedPath, reason)
                }
                if kind == S_IFIFO { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) }
                if let reason = writeAll(bytes, to: fd) {
                    close(fd)
                    throw .unwritable(requestedPath, reason)
                }
                if close(fd) != 0 { throw .unwritable(requestedPath, String(cString: strerror(errno))) }
                return
            }
        }
        // A link, or a chain of links, is followed to the file it finally names: that file is
        // replaced, and the links stay links.
        let path = try finalTarget(of: requestedPath)
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 {
            mode = existing.st_mode & 0o7777
            // A file the user made read-only, or one dxplan did not write, is not replaced behind
            // their back. (No write bit, or none for this user: the check holds for root too.)
            if rule != .anyFile, existing.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
                throw .wouldReplace(requestedPath, .readOnly)
            }
            if rule == .fileDXPlanWrote, existing.st_size > 0, !OwnFile.isOwn(head: head(of: path), tail: tail(of: path)) {
                throw .wouldReplace(requestedPath, .notWrittenByDXPlan)
            }
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unwritable(path, "the folder '\(directory)' does not exist")
        }
        // A temporary file of our own: created exclusively (never an existing file, never through
        // a link someone placed there), with a name no other writer uses.
        var temporary = ""
        var fd: Int32 = -1
        for _ in 0..<16 {
            temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw .unwritable(path, String(cString: strerror(errno))) }
        fchmod(fd, mode)
        if let reason = writeAll(bytes, to: fd) {
            close(fd)
            unlink(temporary)
            throw .unwritable(path, reason)
        }
        if fsync(fd) != 0 || close(fd) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unwritable(path, reason)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .unwritable(path, reason)
        }
        // The rename itself reaches the disk once the folder is flushed.
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// The path a link (or chain of links) finally names, even when that file does not exist yet;
    /// the path itself when it is not a link. A loop of links is refused.
    private static func finalTarget(of requestedPath: String) throws(Failure) -> String {
        var path = requestedPath
        for _ in 0..<40 {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) else {
                throw .unwritable(requestedPath, "its link cannot be read")
            }
            path =
                destination.hasPrefix("/")
                ? destination
                : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        throw .unwritable(requestedPath, "its links go round in a loop")
    }

    /// The first few kilobytes of a file, as text (invalid bytes replaced); empty when unreadable.
    private static func head(of path: String) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: OwnFile.headLength)
        let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }

    /// The last bytes of a file (where a zip archive keeps its comment), as text; empty when unreadable.
    private static func tail(of path: String) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: OwnFile.tailLength)
        let end = lseek(fd, 0, SEEK_END)
        guard end > 0, lseek(fd, max(0, end - off_t(OwnFile.tailLength)), SEEK_SET) >= 0 else { return "" }
        let count = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : ""
    }

    /// Writes every byte, retrying after interruptions; the reason when it cannot.
    private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            written += n
        }
        return nil
    }
}
