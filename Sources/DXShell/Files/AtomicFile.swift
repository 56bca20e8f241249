import Foundation
import DXSource

/// Reads and writes whole text files; writes never leave a half-written file behind.
public enum AtomicFile {
    public enum Failure: Error, Equatable {
        case missing(String)
        case unreadable(String, String)
        case unwritable(String, String)
        /// Read, but not UTF-8 text: where the first invalid byte is.
        case notText(String, line: Int, column: Int, lineText: String)
    }

    public static func read(_ path: String) throws(Failure) -> String {
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

    /// Writes to a temporary file in the same folder, flushes it, then renames it over `path`.
    /// A symbolic link is followed (the file it points to is replaced), and an existing file
    /// keeps its permissions. A destination that is not a regular file (a device such as
    /// /dev/stdout, a pipe) is written to directly: renaming over it would replace the device.
    public static func write(_ text: String, to requestedPath: String) throws(Failure) {
        let bytes = Array(text.utf8)
        var target = stat()
        if stat(requestedPath, &target) == 0 {
            let kind = target.st_mode & S_IFMT
            if kind == S_IFDIR { throw .unwritable(requestedPath, "it is a directory") }
            if kind != S_IFREG {
                let fd = open(requestedPath, O_WRONLY)
                guard fd >= 0 else { throw .unwritable(requestedPath, String(cString: strerror(errno))) }
                if let reason = writeAll(bytes, to: fd) {
                    close(fd)
                    throw .unwritable(requestedPath, reason)
                }
                if close(fd) != 0 { throw .unwritable(requestedPath, String(cString: strerror(errno))) }
                return
            }
        }
        var path = requestedPath
        if let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
            path = destination.hasPrefix("/") ? destination
                : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(destination).path
        }
        var mode: mode_t = 0o644
        var existing = stat()
        if stat(path, &existing) == 0 {
            mode = existing.st_mode & 0o7777
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .unwritable(path, "the folder '\(directory)' does not exist")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, mode)
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
