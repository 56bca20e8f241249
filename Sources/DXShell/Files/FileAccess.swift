import DXLanguage
import DXSource
import Foundation

/// Where the files a session's statements read and write are, and the rule for what a script may
/// write: relative paths in a script are taken from the script's folder, at the prompt from the
/// working folder; `~` is `$HOME`; a script file writes only inside its own folder (and those
/// `--allow-write` names), links followed; a file dxplan did not write is replaced only with `force`.
package struct FileAccess: Sendable {
    /// Where relative paths at the prompt resolve from; the process's current folder when nil.
    package var workingDirectory: String?
    /// When set, every file is looked for where none can be (for fuzzing): nothing is read or written.
    package var sandboxed = false
    /// Folders a script file may write in besides its own (`--allow-write DIR`).
    package var allowedWriteFolders: [String] = []

    package init() {}

    /// A path as the user wrote it at the prompt: `~` is the home folder, a relative path is
    /// taken from the working folder.
    package func resolve(_ path: String) -> String {
        if sandboxed { return "/nonexistent-dxplan-sandbox/" + path.replacingOccurrences(of: "/", with: "_") }
        if path == "~" || path.hasPrefix("~/") {
            return (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst(1)
        }
        if let workingDirectory, !path.hasPrefix("/") { return workingDirectory + "/" + path }
        return path
    }

    /// Where a file a statement reads is: in a script, a relative path is taken from the script's
    /// folder (so a script and the files it names move together); at the prompt, from the
    /// working folder; `~` is the home folder.
    package func readable(_ path: String, from source: SourceFile?) -> String {
        if let directory = source?.directory, !sandboxed, !path.hasPrefix("/"), !path.hasPrefix("~") { return directory + "/" + path }
        return resolve(path)
    }

    /// Where a source's file is: beside its folder when it has one (a script, a loaded file),
    /// otherwise as its name resolves from the working folder.
    package func path(of source: SourceFile) -> String? {
        guard let name = source.name else { return nil }
        let path =
            if let directory = source.directory, !name.hasPrefix("/") { directory + "/" + URL(fileURLWithPath: name).lastPathComponent } else {
                resolve(name)
            }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// A text file the user named, or an error that says why it cannot be read ("cannot load
    /// 'x.plan': no such file"), at the name.
    package func readText(_ path: String, shown: String, verb: String, source: SourceFile?, at range: SourceRange?) throws(Diagnostic) -> String {
        do {
            return try Self.read(path)
        } catch {
            var nearby = ""
            if case .missing = error { nearby = Self.didYouMean(path, shown: shown) }
            throw .error(AtomicFile.category(of: error), "cannot \(verb) '\(shown)': \(error.reason)" + nearby, in: source, at: range)
        }
    }

    /// Reads a text file; a name typed with its accents composed (`kịch-bản.plan`) also finds the
    /// file whose name the disk keeps decomposed (as files from macOS or a zip often are), and the
    /// other way round: Linux compares names byte by byte, people do not.
    package static func read(_ path: String) throws(AtomicFile.Failure) -> String {
        do {
            return try AtomicFile.read(path)
        } catch .missing(let missing) {
            guard let spelled = spelledOnDisk(path) else { throw .missing(missing) }
            return try AtomicFile.read(spelled)
        }
    }

    /// The path of the file in the same folder whose name is the same text as the last part of
    /// `path` in other bytes (another Unicode normalisation); nil when there is none.
    static func spelledOnDisk(_ path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent
        guard name.unicodeScalars.contains(where: { !$0.isASCII }),
            let entries = try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path),
            // Swift's == is canonical equivalence; the bytes differ, or the file would have been found.
            let entry = entries.first(where: { $0 == name && Array($0.utf8) != Array(name.utf8) })
        else { return nil }
        return url.deletingLastPathComponent().appendingPathComponent(entry).path
    }

    /// "; did you mean '…'?" with the file of the same folder whose name is closest to a missing
    /// file's (`adoptoin.stmx` → `adoption.stmx`), written as the user wrote the path; "" when none is close.
    static func didYouMean(_ path: String, shown: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        // A folder of thousands of files is not searched for a near name.
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder), entries.count <= 5_000 else { return "" }
        // Never the name typed (the same text in other bytes is read as that file, `read`).
        let names = entries.filter { !$0.hasPrefix(".") && $0 != url.lastPathComponent }
        let folderAsWritten = shown.hasSuffix(url.lastPathComponent) ? String(shown.dropLast(url.lastPathComponent.count)) : ""
        return Suggestion.didYouMean(url.lastPathComponent, in: names) { folderAsWritten + $0 }
    }

    /// Where `save` and `export` write: in a script file, a relative path is relative to the
    /// script's folder, and the file must lie inside that folder (or one `--allow-write` names),
    /// links followed, so running a colleague's script cannot replace the user's other files.
    /// Statements typed at the prompt or given with `-c` write where the user says. (`path` has
    /// its `{…}` values put in already: `Interpreter.fileName`.)
    package func writable(_ path: StringLiteral, source: SourceFile) throws(Diagnostic) -> String {
        guard let folder = source.directory, !sandboxed else { return resolve(path.value) }
        let written = path.value.hasPrefix("/") || path.value.hasPrefix("~") ? resolve(path.value) : folder + "/" + path.value
        func canonical(_ path: String) -> String {
            // The deepest part that exists, with its links followed, then the rest as written.
            var url = URL(fileURLWithPath: path).standardizedFileURL
            var rest: [String] = []
            while !FileManager.default.fileExists(atPath: url.path), url.pathComponents.count > 1 {
                rest.insert(url.lastPathComponent, at: 0)
                url.deleteLastPathComponent()
            }
            var resolved = url.resolvingSymlinksInPath()
            for part in rest { resolved.appendPathComponent(part) }
            return resolved.standardizedFileURL.path
        }
        let target = canonical(written)
        let roots = ([folder] + allowedWriteFolders.map(resolve)).map(canonical)
        guard roots.contains(where: { target == $0 || target.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
            throw .error(
                .outsideFolder, .semantic,
                "this script may write only inside its own folder (\(roots[0])); '\(path.value)' is \(target)",
                in: source, at: path.range,
                notes: [.note("run it with --allow-write DIR to let it write in DIR, or type the command at the prompt")])
        }
        return written
    }

    /// Writes a file `save` or `export` makes: inside the folders the rule allows, replacing only
    /// a file dxplan wrote unless `force` is given.
    package func write(bytes: [UInt8], to path: StringLiteral, force: Bool, verb: String, source: SourceFile) throws(Diagnostic) {
        let destination = try writable(path, source: source)
        do {
            try AtomicFile.write(bytes: bytes, to: destination, replacing: force ? .anyFile : .fileDXPlanWrote)
        } catch {
            let notes: [Diagnostic] =
                if case .wouldReplace = error {
                    [.note("add 'force' at the end of the command to replace it: \(verb) … \(ScenarioPrinter.quote(path.value)) force")]
                } else { [] }
            throw .error(.io, "cannot \(verb) to '\(path.value)': \(error.reason)", in: source, at: path.range, notes: notes)
        }
    }
}
