import PackagePlugin

/// Compiles the target's lessons (`*.lesson`) into it as one list of (name, text) pairs, in the
/// order of their file names: adding a lesson to dxplan is adding a file.
@main
struct EmbedLessons: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "embed-text")
        let lessons = target.sourceFiles.filter { $0.url.pathExtension == "lesson" }.map(\.url).sorted { $0.path() < $1.path() }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLessons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(lessons.count) lessons",
                executable: tool.url,
                arguments: ["--list", output.path(), "embeddedLessons"] + lessons.map { $0.path() },
                inputFiles: lessons,
                outputFiles: [output])
        ]
    }
}
