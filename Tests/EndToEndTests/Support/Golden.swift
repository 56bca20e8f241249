import Foundation
import Testing

/// Compares output with a golden file in Tests/EndToEndTests/Golden.
/// Set DXPLAN_UPDATE_GOLDEN=1 to rewrite the files on purpose (then review the diff).
enum Golden {
    static let folder = Binary.repositoryRoot.appendingPathComponent("Tests/EndToEndTests/Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DXPLAN_UPDATE_GOLDEN"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "output differs from golden file \(name)", sourceLocation: sourceLocation)
    }
}
