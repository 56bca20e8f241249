import DXLanguage
import DXScenario
import DXSource
import Foundation
import Testing

@testable import DXShell

/// Runs the examples of REPL.md and the files of scenarios/, so the documentation stays true.
///
/// In REPL.md, a ```dxplan block must run without error and a ```dxplan-error block must fail;
/// blocks run in order in one session that starts with the example scenarios loaded. When an
/// ```output block follows, the output (standard output, or the diagnostics for an error block)
/// must match it. `DXPLAN_UPDATE_GOLDEN=1 swift test` rewrites the output blocks on purpose.
@Suite("Documentation")
struct DocumentationTests {
    struct Example {
        let code: String
        let expectsError: Bool
        let line: Int
        /// The line range of the output block's body, if one follows.
        var output: Range<Int>?
    }

    static func examples(in lines: [String]) -> [Example] {
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            let fence = lines[index].trimmingCharacters(in: .whitespaces)
            guard fence == "```dxplan" || fence == "```dxplan-error" || fence == "```output" else {
                index += 1
                continue
            }
            let start = index + 1
            var end = start
            while end < lines.count && lines[end].trimmingCharacters(in: .whitespaces) != "```" { end += 1 }
            if fence == "```output" {
                if var last = examples.popLast() {
                    last.output = start..<end
                    examples.append(last)
                }
            } else {
                examples.append(
                    Example(
                        code: lines[start..<end].joined(separator: "\n"),
                        expectsError: fence == "```dxplan-error", line: start))
            }
            index = end + 1
        }
        return examples
    }

    @Test("every example in REPL.md runs and prints what the page shows")
    func replGuide() throws {
        let url = repositoryRoot.appendingPathComponent("REPL.md")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        let examples = Self.examples(in: lines)
        #expect(examples.count >= 10)

        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        for file in ["scenarios/baseline.plan", "scenarios/five-pushes.plan"] {
            #expect(shell.preload(file) == .completed)
        }
        var replacements: [(Range<Int>, [String])] = []
        for example in examples {
            let before = (output.standard.count, output.error.count)
            let outcome = shell.execute(SourceFile(name: nil, text: example.code))
            let printed =
                example.expectsError
                ? String(output.error.dropFirst(before.1)) : String(output.standard.dropFirst(before.0))
            if example.expectsError {
                #expect(outcome != .completed, "REPL.md:\(example.line) should fail")
            } else {
                #expect(outcome == .completed, "REPL.md:\(example.line) failed: \(output.error.dropFirst(before.1))")
            }
            guard let range = example.output else { continue }
            let actual = printed.hasSuffix("\n") ? String(printed.dropLast()) : printed
            replacements.append((range, actual.components(separatedBy: "\n")))
            let expected = lines[range].joined(separator: "\n")
            if ProcessInfo.processInfo.environment["DXPLAN_UPDATE_GOLDEN"] != "1" {
                #expect(actual == expected, "REPL.md:\(range.lowerBound) output differs")
            }
        }
        if ProcessInfo.processInfo.environment["DXPLAN_UPDATE_GOLDEN"] == "1" {
            for (range, replacement) in replacements.reversed() { lines.replaceSubrange(range, with: replacement) }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    @Test("MODEL.md explains every parameter, indicator and programme of the bundled model")
    func modelDocument() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("MODEL.md"), encoding: .utf8)
        for parameter in testModel.parameters {
            #expect(text.contains("`\(parameter.id)`"), "MODEL.md lacks parameter \(parameter.id); run scripts/model_tables.py")
        }
        for indicator in testModel.indicators {
            #expect(text.contains(indicator.id), "MODEL.md lacks indicator \(indicator.id)")
        }
        for programme in testModel.programmes {
            #expect(text.contains("`\(programme.id)`"), "MODEL.md lacks programme \(programme.id)")
        }
    }

    @Test("the table of MODEL.md §8 is what the example scenarios produce")
    func modelDocumentResults() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("MODEL.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## 8. ").dropFirst().first?.components(separatedBy: "## 9. ").first)
        let (shell, output) = makeInterpreter()
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(
            shell.run("load \"scenarios/baseline.plan\"\nload \"scenarios/five-pushes.plan\"\nrun baseline\nrun five-pushes") == .completed,
            "\(output.error)")
        let baseline = try #require(shell.session.workspace.result("baseline")), pushes = try #require(shell.session.workspace.result("five-pushes"))
        var rows = 0
        for line in section.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| indicator") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 6, let id = cells[0].split(whereSeparator: { $0 == " " || $0 == "," }).first.map(String.init),
                let indicator = testModel.indicator(id)
            else { continue }
            let decimals = indicator.unit == .percent ? 1 : 3
            let expected = [
                baseline.value(of: indicator.id, in: 2025), baseline.value(of: indicator.id, in: 2026),
                baseline.value(of: indicator.id, in: 2030), pushes.value(of: indicator.id, in: 2026),
                pushes.value(of: indicator.id, in: 2030),
            ].map { $0.map { Format.fixed($0, decimals) } ?? "–" }
            #expect(Array(cells[1...5]) == expected, "MODEL.md §8, \(id): the runs give \(expected)")
            rows += 1
        }
        #expect(rows >= 18)
    }

    @Test("every file in scenarios/ runs as a script without error")
    func scenarioFiles() throws {
        let folder = repositoryRoot.appendingPathComponent("scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".plan") }
        #expect(files.count >= 2)
        for file in files {
            let (shell, output) = makeInterpreter()
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(shell.execute(SourceFile(name: file, text: text)) == .completed, "\(file): \(output.error)")
            #expect(output.standard.contains("Ran "), "\(file) runs a scenario")
        }
    }
}

@Suite("TEACHING.md")
struct TeachingGuideTests {
    @Test("the example lesson in TEACHING.md (both halves) reads without a mistake")
    func exampleLesson() throws {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("TEACHING.md"), encoding: .utf8)
        let blocks = text.components(separatedBy: "```text\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }
        let lessons = blocks.filter { $0.hasPrefix("# A short lesson") }
        #expect(lessons.count == 2, "the English and the Vietnamese half")
        for lesson in lessons {
            let (read, problems) = LessonParser.parse(SourceFile(name: "TEACHING.md", text: lesson), origin: "TEACHING.md", model: testModel)
            #expect(problems.isEmpty, "\(problems.map(\.message))")
            #expect(read?.steps.count == 4)
        }
    }
}

@Suite("Formatting of the shipped files")
struct ShippedFormattingTests {
    @Test("every file in scenarios/ is already formatted (dxplan fmt --check scenarios/*.plan)")
    func formatted() throws {
        let folder = repositoryRoot.appendingPathComponent("scenarios")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".plan") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(SourceFormatter.format(SourceFile(name: name, text: text)) == text, "\(name) is not formatted")
        }
    }
}
