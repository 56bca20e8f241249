import DXLanguage
import DXSource
import DXModel
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
        let example = HelpCatalogue.scenarioSettingTopics.contains(topic.name)
            ? "scenario example from baseline\n\(topic.example)\nend\nrun example" : topic.example
        shell.workingDirectory = repositoryRoot.path
        #expect(shell.run(example) == .completed, "\(topic.name): \(output.error)")
    }
}
