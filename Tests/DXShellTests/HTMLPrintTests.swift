import Foundation
import PythonEnvironment
import Testing

@testable import DXShell

/// Headless Chromium, when the machine has it (`make test` installs it): renders the HTML report
/// as a browser does.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool {
        if path == nil { FileHandle.standardError.write(Data("HTML print check skipped: no chromium (make test installs it)\n".utf8)) }
        guard path != nil, PythonEnvironment.has("pypdf", for: "the HTML print check") else { return false }
        return true
    }

    /// Prints `html` to a PDF and a PNG in `folder`, with a profile of its own there (nothing
    /// is written in the home folder).
    static func render(_ html: String, in folder: URL) throws -> (pdf: URL, png: URL) {
        let pdf = folder.appendingPathComponent("report.pdf"), png = folder.appendingPathComponent("report.png")
        let profile = folder.appendingPathComponent("profile").path
        for output in ["--print-to-pdf=\(pdf.path)", "--screenshot=\(png.path)"] {
            var environment = ProcessInfo.processInfo.environment
            environment["HOME"] = folder.path
            _ = try PythonEnvironment.run(
                path!,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(profile)",
                    "--window-size=1200,1600", output, "file://" + html,
                ], environment: environment)
        }
        return (pdf, png)
    }
}

@Suite(
    "the HTML report in a browser", .serialized,
    .enabled("headless Chromium or the Python test environment is missing (the reason is printed above): skipped", { Chromium.isAvailable }),
    .timeLimit(.minutes(5)))
struct HTMLPrintTests {
    @Test("Chromium prints the report to A4 pages whose text holds the scenarios and their targets, and renders it to an image")
    func printsToPDF() throws {
        let python = try PythonEnvironment.python.get()
        let (shell, output) = makeInterpreterWithExamples()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dxplan-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html").path
        #expect(shell.run("export html baseline five-pushes \"\(html)\"") == .completed, "\(output.error)")
        let (pdf, png) = try Chromium.render(html, in: folder)
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG image")
        let script = """
            import json, sys, unicodedata
            from pypdf import PdfReader
            reader = PdfReader(sys.argv[1])
            # NFKC: the font's ligatures (ﬁ) read as their letters.
            text = unicodedata.normalize("NFKC", "\\n".join(page.extract_text() for page in reader.pages))
            box = reader.pages[0].mediabox
            print(json.dumps({"pages": len(reader.pages), "width": float(box.width), "height": float(box.height), "text": text}))
            """
        let read = try #require(
            try JSONSerialization.jsonObject(with: Data(try PythonEnvironment.run(python, ["-c", script, pdf.path]).utf8)) as? [String: Any])
        let pages = try #require(read["pages"] as? Int)
        #expect(pages >= 2 && pages <= 20, "\(pages) pages")
        // A4 is 595 × 842 points.
        #expect(abs((read["width"] as? Double ?? 0) - 595) < 2 && abs((read["height"] as? Double ?? 0) - 842) < 2)
        let text = try #require(read["text"] as? String)
        for needed in ["baseline", "five-pushes", "online-services", "fibre-coverage", "How these numbers are made", "bass_q", "Made by dxplan"] {
            #expect(text.contains(needed), "the PDF's text has no '\(needed)'")
        }
    }
}
