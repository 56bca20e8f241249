import CPseudoTerminal
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs dxplan on a pseudo-terminal, as a person at a keyboard would: keys go in, the screen
/// text comes out (escape sequences stripped), and waits are bounded.
final class PseudoTerminal {
    private let master: Int32
    private let pid: pid_t
    private(set) var transcript = ""
    private var exitStatus: Int32?

    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let transcript: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); screen so far:\n\(transcript)" }
    }

    /// Starts dxplan (or `program`, which is given dxplan's arguments) on a new terminal.
    init(arguments: [String], environment: [String: String], directory: URL = Binary.repositoryRoot, program: String = Binary.path) throws {
        let argv = [program] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var masterDescriptor: Int32 = -1
        let child = withCStrings(argv) { cArgv in
            withCStrings(envp) { cEnvp in
                dx_spawn_on_pty(program, cArgv, cEnvp, directory.path, 40, 120, &masterDescriptor)
            }
        }
        guard child > 0 else { throw POSIXError(.ECHILD) }
        master = masterDescriptor
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        if !hungUp { close(master) }
    }

    private var hungUp = false

    /// The terminal goes away (its window closed, the connection dropped): the other side is
    /// closed, and reading from the terminal fails from then on. Returns the exit status, or nil
    /// when the program has not ended within `timeout` seconds.
    func hangUp(timeout: Double = 10) -> Int32? {
        close(master)
        hungUp = true
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            reapIfExited()
            if let exitStatus { return exitStatus }
            usleep(50_000)
        }
        return nil
    }

    /// The environment a test session runs with: its own HOME and history, no colour, no LANG.
    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var env = [
            "HOME": home.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "TERM": "xterm",
            "NO_COLOR": "1",
            "DXPLAN_HISTORY": home.appendingPathComponent("history").path,
        ]
        for (key, value) in extra { env[key] = value }
        return env
    }

    /// Types text (control characters included: "\u{03}" is Ctrl-C, "\t" is Tab).
    func type(_ text: String) {
        var bytes = Array(text.utf8)
        while !bytes.isEmpty {
            let n = write(master, bytes, bytes.count)
            if n <= 0 { break }
            bytes.removeFirst(n)
        }
    }

    /// Types keys one at a time with a short pause, as a person does, so the line editor sees each.
    func press(_ keys: String...) {
        for key in keys {
            type(key)
            usleep(30_000)
        }
    }

    /// Reads until the screen text since `after` contains `text`; returns that new text.
    @discardableResult
    func waitFor(_ text: String, after mark: String.Index? = nil, timeout: Double = 15) throws -> String {
        let start = Date()
        while true {
            let from = mark ?? transcript.startIndex
            if let range = transcript.range(of: text, range: from..<transcript.endIndex) {
                return String(transcript[from..<range.upperBound])
            }
            if Date().timeIntervalSince(start) > timeout || !readAvailable(waitMilliseconds: 100) && exitStatus != nil {
                throw Timeout(waitingFor: text, transcript: transcript)
            }
        }
    }

    /// Types a line and Enter, waits for the next primary prompt, and returns what came between.
    /// Waiting for the prompt matters: libedit is in raw mode only while it reads.
    @discardableResult
    func enter(_ line: String, prompt: String = "dxplan> ") throws -> String {
        let start = mark
        type(line + "\r")
        return try waitFor(prompt, after: start)
    }

    /// Presses Ctrl-D at the prompt and returns the exit status. With scenarios in no file the
    /// shell names them first (and prints a prompt again): then Ctrl-D again.
    func leave() throws -> Int32 {
        let before = mark
        type("\u{04}")
        let deadline = Date().addingTimeInterval(15)
        while exitStatus == nil && Date() < deadline {
            _ = readAvailable(waitMilliseconds: 50)
            let said = transcript[before...]
            if said.contains("Not saved:") || said.contains("Chưa lưu:"), said.hasSuffix("dxplan> ") {
                type("\u{04}")
                break
            }
        }
        return try waitForExit()
    }

    /// Marks the current end of the transcript, to wait for output that comes after it.
    var mark: String.Index {
        drain()
        return transcript.endIndex
    }

    private func drain() {
        while readAvailable(waitMilliseconds: 0) {}
    }

    /// Reads what is available; false when nothing came within the wait.
    @discardableResult
    private func readAvailable(waitMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitMilliseconds) > 0 else {
            reapIfExited()
            return false
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(master, &buffer, buffer.count)
        guard n > 0 else {
            reapIfExited()
            return false
        }
        transcript += Self.stripEscapes(String(decoding: buffer[0..<n], as: UTF8.self))
        return true
    }

    private func reapIfExited() {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }

    /// Waits for the process to end and returns its exit status.
    func waitForExit(timeout: Double = 15) throws -> Int32 {
        let start = Date()
        while exitStatus == nil {
            readAvailable(waitMilliseconds: 50)
            if Date().timeIntervalSince(start) > timeout {
                throw Timeout(waitingFor: "exit", transcript: transcript)
            }
        }
        drain()
        return exitStatus!
    }

    /// Removes terminal control sequences (CSI, OSC, and lone escapes) and carriage returns.
    static func stripEscapes(_ text: String) -> String {
        var out = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    while let c = iterator.next(), c != "\u{07}" {}
                }
                continue
            }
            if scalar == "\r" || scalar == "\u{07}" { continue }
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
