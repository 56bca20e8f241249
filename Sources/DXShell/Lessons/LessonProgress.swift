import Foundation

/// Where each lesson was left, kept between sessions in a small JSON file beside the history
/// (`lessons.json`), so `lesson 2` goes on where the learner stopped.
struct LessonProgress {
    struct Entry: Codable, Equatable {
        /// The step reached (from 0).
        var step: Int
        /// Whether the last step was done.
        var finished: Bool
    }

    /// The file; nil keeps progress for this session only (--no-history, tests).
    let path: String?
    private(set) var entries: [String: Entry] = [:]

    init(path: String?) {
        self.path = path
        guard let path, let data = FileManager.default.contents(atPath: path),
            let read = try? JSONDecoder().decode([String: Entry].self, from: data)
        else { return }
        entries = read
    }

    subscript(key: String) -> Entry? { entries[key] }

    /// Records where a lesson is and writes the file (a failure to write loses only the progress).
    mutating func set(_ key: String, _ entry: Entry) {
        entries[key] = entry
        guard let path else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(entries), let text = String(data: data, encoding: .utf8) else { return }
        try? FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        try? AtomicFile.write(text + "\n", to: path, replacing: .writableFile)
    }
}
