import PackagePlugin

/// Lists the shell's commands for `CommandRegistry`: every `ShellCommand` type declared in the
/// target's `Commands/` folder, so adding a command to dxplan is adding its file (and its tests).
@main
struct RegisterCommands: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "register-commands")
        let files = target.sourceFiles
            .filter { $0.url.pathExtension == "swift" && $0.url.deletingLastPathComponent().lastPathComponent == "Commands" }
            .map(\.url).sorted { $0.path() < $1.path() }
        let output = context.pluginWorkDirectoryURL.appending(path: "RegisteredCommands.swift")
        return [
            .buildCommand(
                displayName: "Registering the commands of \(files.count) files",
                executable: tool.url,
                arguments: [output.path()] + files.map { $0.path() },
                inputFiles: files,
                outputFiles: [output])
        ]
    }
}
