import DXLanguage
import DXModel
import DXSource

/// A scenario as the user defined it: its declaration and the source it came from.
package struct ScenarioDefinition: Sendable {
    package let decl: ScenarioDecl
    package let source: SourceFile

    package var name: String { decl.name.text }

    package init(decl: ScenarioDecl, source: SourceFile) {
        self.decl = decl
        self.source = source
    }
}

/// The scenarios of a session, in the order they were defined, and the results of their runs.
package struct Workspace: Sendable {
    package private(set) var definitions: [ScenarioDefinition] = []
    private var positions: [String: Int] = [:]
    private var results: [String: RunResult] = [:]
    /// The scenario `run` and `show` use when none is named.
    package private(set) var current: String?
    /// Scenarios defined at the prompt, with `-c` or by `optimise`, and not saved since.
    private var unsavedSet: Set<String> = []

    package init() {}

    package var names: [String] { definitions.map(\.name) }

    package func definition(_ name: String) -> ScenarioDefinition? {
        positions[name].map { definitions[$0] }
    }

    /// The scenarios that exist in no file: defined at the prompt, with `-c` or by `optimise`, and
    /// not saved since (`save`), in the order they were defined.
    package var unsavedNames: [String] { names.filter(unsavedSet.contains) }

    /// Marks scenarios as written to a file.
    package mutating func markSaved(_ names: [String]) {
        unsavedSet.subtract(names)
    }

    /// Adds or replaces a scenario. Returns true when it replaced one. `inFile`: it comes from a
    /// file (loaded, or a script's), so leaving the session loses nothing of it.
    /// The results of the scenario and of those that inherit from it are dropped.
    @discardableResult
    package mutating func define(_ definition: ScenarioDefinition, inFile: Bool = true) -> Bool {
        let name = definition.name
        if inFile { unsavedSet.remove(name) } else { unsavedSet.insert(name) }
        current = name
        let replaced: Bool
        if let i = positions[name] {
            definitions[i] = definition
            replaced = true
        } else {
            positions[name] = definitions.count
            definitions.append(definition)
            replaced = false
        }
        if !results.isEmpty {
            for ran in Array(results.keys) where lineage(of: ran).contains(where: { $0.name == name }) {
                results[ran] = nil
            }
        }
        return replaced
    }

    package func result(_ name: String) -> RunResult? { results[name] }

    /// Makes a defined scenario the current one.
    package mutating func select(_ name: String) {
        if definition(name) != nil { current = name }
    }

    /// Keeps a run's result; the scenario becomes the current one unless `makeCurrent` is false
    /// (commands that run several scenarios at once leave the current one as it was).
    package mutating func store(_ result: RunResult, makeCurrent: Bool = true) {
        results[result.scenario.name] = result
        if makeCurrent { current = result.scenario.name }
    }

    /// The chain from the root ancestor down to `name` (stops at a missing parent or a cycle).
    package func lineage(of name: String) -> [ScenarioDefinition] {
        var chain: [ScenarioDefinition] = []
        var seen: Set<String> = []
        var next: String? = name
        while let current = next, !seen.contains(current), let definition = definition(current) {
            seen.insert(current)
            chain.append(definition)
            next = definition.decl.parent?.text
        }
        return chain.reversed()
    }
}
