import PackagePlugin

/// Compiles the target's model files (`*.dxm`) into it as string constants: `vietnam.dxm`
/// becomes `let embeddedModel_vietnam = """…"""`, so no resource has to be found at run time.
@main
struct EmbedModelFile: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "embed-text")
        return target.sourceFiles.filter { $0.url.pathExtension == "dxm" }.map { file in
            let name = file.url.deletingPathExtension().lastPathComponent
            let output = context.pluginWorkDirectoryURL.appending(path: "Embedded_\(name).swift")
            return .buildCommand(
                displayName: "Embedding \(file.url.lastPathComponent)",
                executable: tool.url,
                arguments: [file.url.path(), output.path(), "embeddedModel_\(name)"],
                inputFiles: [file.url],
                outputFiles: [output])
        }
    }
}
