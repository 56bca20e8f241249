import Foundation
import Testing

/// The benchmark's C peer (scripts/peers/national_model.c) is the same model written by hand: if
/// the model file changes and the peer does not, the engine's speed is compared with another model.
@Suite("The C peer")
struct PeerTests {
    static let compiler = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        "prints the same indicators at the end of the benchmark's run as the engine, to ten digits",
        .enabled(if: compiler != nil, "needs a C compiler (cc, gcc or clang in /usr/bin)"))
    func sameValues() throws {
        let folder = try Binary.temporaryDirectory()
        let peer = folder.appendingPathComponent("national_model").path
        let source = Binary.repositoryRoot.appendingPathComponent("scripts/peers/national_model.c").path
        let build = try Binary.run(["-O2", "-o", peer, source, "-lm"], executable: Self.compiler!)
        try #require(build.status == 0, "\(build.stderr)")
        let c = try Binary.run(["--values"], executable: peer)
        let bench = Binary.repositoryRoot.appendingPathComponent(".build/debug/dxplan-bench").path
        let engine = try Binary.run(["--values"], executable: bench)
        #expect(c.status == 0 && engine.status == 0, "\(c.stderr)\(engine.stderr)")
        #expect(c.stdout.hasPrefix("2035: fibre "), "\(c.stdout)")
        #expect(c.stdout == engine.stdout)
    }
}
