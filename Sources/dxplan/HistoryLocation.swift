import Foundation

/// Where the REPL keeps its history: $DXPLAN_HISTORY, else $XDG_STATE_HOME/dxplan/history,
/// else ~/.local/state/dxplan/history.
enum HistoryLocation {
    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["DXPLAN_HISTORY"], !explicit.isEmpty { return explicit }
        let state =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        return state + "/dxplan/history"
    }

    /// Creates the folder (mode 0700) if it is missing; returns false when that fails.
    static func prepareDirectory(for path: String) -> Bool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return true
        } catch {
            return false
        }
    }
}
