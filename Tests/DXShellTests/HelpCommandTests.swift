import DXLanguage
import DXModel
import DXSource
import Foundation
import Testing

@testable import DXShell

@Suite("help")
struct HelpCommandTests {
    @Test("help lists every command and explains each with an example that runs")
    func help() {
        for topic in HelpCatalogue.topics {
            let (shell, output) = makeInterpreter()
            #expect(shell.run("help \(topic.name)") == .completed)
            #expect(output.standard.contains(topic.usage))
        }
        let (shell, output) = makeInterpreter()
        #expect(shell.run("help rnu") == .failed(.semantic))
        #expect(output.error.contains("no help for 'rnu'; did you mean 'run'?"))
    }

    @Test("the examples in help run", arguments: HelpCatalogue.topics.filter { $0.name != "quit" })
    func helpExamples(topic: HelpTopic) throws {
        let (shell, output) = makeInterpreter()
        for file in ["baseline", "five-pushes"] {
            #expect(shell.preload(repositoryRoot.appendingPathComponent("scenarios/\(file).plan").path) == .completed)
        }
        // Settings that live inside a scenario run inside one.
        let example =
            HelpCatalogue.scenarioSettingTopics.contains(topic.name)
            ? "scenario example from baseline\n\(topic.example)\nend\nrun example" : topic.example
        shell.session.files.workingDirectory = repositoryRoot.path
        #expect(shell.run(example) == .completed, "\(topic.name): \(output.error)")
    }
}

@Suite("help in Vietnamese")
struct VietnameseHelpTests {
    @Test("in a Vietnamese session help lists every topic with its Vietnamese summary, and no English one")
    func overview() {
        let (shell, output) = makeInterpreter()
        shell.session.language = .vi
        #expect(shell.run("trợ-giúp") == .completed)
        let text = output.standard.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.hasPrefix("Kịch bản và kết quả"))
        for topic in HelpCatalogue.topics {
            let summary = topic.vietnameseSummary.replacingOccurrences(of: " (trong kịch bản)", with: "")
            #expect(text.contains(summary), "\(topic.name)")
            #expect(!text.contains(topic.summary.replacingOccurrences(of: " (inside a scenario)", with: "")), "\(topic.name) in English")
        }
        // Each line names the Vietnamese word to type.
        for (word, summary) in [("chạy", "mô phỏng một kịch bản"), ("giai-đoạn", "các năm mà ngân sách"), ("với-mỗi", "lặp các câu lệnh")] {
            #expect(text.contains(word + " — " + summary), "\(word)")
        }
        for command in CommandRegistry.commands {
            let word = command.synonyms.first { $0.unicodeScalars.contains { !$0.isASCII } }
            #expect(word.map { text.contains($0 + " — ") } ?? true, "\(command.word)")
        }
        #expect(shell.run("help hoãn") == .completed)
        #expect(output.standard.contains("một chương trình bị chậm") && output.standard.contains("Ví dụ"))
    }

    @Test("in a Vietnamese session help TOPIC prints the Vietnamese details of every topic, not the English ones")
    func vietnameseDetails() {
        for topic in HelpCatalogue.topics {
            let (shell, output) = makeInterpreter()
            shell.session.language = .vi
            #expect(shell.run("trợ-giúp \(topic.name)") == .completed)
            #expect(output.standard.contains(topic.vietnameseDetails), "\(topic.name)")
            let firstEnglishLine = topic.details.split(separator: "\n").first.map(String.init) ?? ""
            #expect(!output.standard.contains(firstEnglishLine), "\(topic.name) in English")
            #expect(
                topic.vietnameseDetails.contains { "ạảãáàăắằẳẵặâấầẩẫậđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ".contains($0) },
                "\(topic.name)")
        }
    }
}
