// Writes the list of the shell's commands: every type declared as conforming to `ShellCommand`
// in the given Swift files (`struct RunCommand: ShellCommand`), for `CommandRegistry`.
//
// Usage: register-commands OUTPUT INPUT…
import Foundation

/// The names of the types a Swift source declares as shell commands, in the order it declares
/// them; a line that names `ShellCommand` in a declaration this cannot read stops the build, so
/// a command is never left out without a word.
func commandTypes(in source: String, file: String) -> [String] {
    /// A declaration that makes a type a shell command: `struct RunCommand: ShellCommand`, with any
    /// attributes and modifiers, other conformances before it, or in an extension.
    let declaration =
        /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:package|public|internal|final|indirect)\s+)*(?:struct|enum|class|extension)\s+([\w.]+)(?:<[^>]*>)?\s*:\s*(?:[\w.]+\s*,\s*)*(?:DXShell\.)?ShellCommand\b/
    var types: [String] = []
    for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if let match = line.firstMatch(of: declaration) {
            types.append(String(match.output.1))
        } else if line.contains(/^\s*(?:@.*\s)?(?:\w+\s+)*(?:struct|enum|class|extension)\s+[^:{]*:.*\bShellCommand\b/) {
            FileHandle.standardError.write(
                Data(
                    "\(file):\(number + 1): error: register-commands cannot read this declaration of a ShellCommand; write it as 'package struct NameCommand: ShellCommand'\n"
                        .utf8))
            exit(65)
        }
    }
    return types
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first, arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: register-commands OUTPUT INPUT…\n".utf8))
    exit(64)
}
var types: [String] = []
for input in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: input), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("register-commands: cannot read \(input) as UTF-8\n".utf8))
        exit(66)
    }
    types += commandTypes(in: text, file: input)
}
let source = """
    // Written by the RegisterCommands plugin from the files of Commands/: do not edit.

    extension CommandRegistry {
        /// Every command type declared in Commands/, in the order of their files.
        static let declared: [any ShellCommand.Type] = [
    \(types.map { "        \($0).self," }.joined(separator: "\n"))
        ]
    }

    """
do {
    // Written only when it changes, so an unchanged list does not rebuild the module.
    if (try? String(contentsOfFile: output, encoding: .utf8)) != source {
        try source.write(toFile: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("register-commands: cannot write \(output): \(error)\n".utf8))
    exit(74)
}
