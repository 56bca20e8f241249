import DXLanguage
import DXSource
import DXModel

/// A scenario as the user defined it: its declaration and the source it came from.
public struct ScenarioDefinition: Sendable {
    public let decl: ScenarioDecl
    public let source: SourceFile

    public var name: String { decl.name.text }
}

/// The scenarios of a session, in the order they were defined, and the results of their runs.
public struct Workspace: Sendable {
    public private(set) var definitions: [ScenarioDefinition] = []
    private var results: [String: RunResult] = [:]
    /// The scenario `run` and `show` use when none is named.
    public private(set) var current: String?

    public init() {}

    public var names: [String] { definitions.map(\.name) }

    public func definition(_ name: String) -> ScenarioDefinition? {
        definitions.first { $0.name == name }
    }

    /// Adds or replaces a scenario. Returns true when it replaced one.
    /// Every cached result is dropped, since children inherit from what changed.
    @discardableResult
    public mutating func define(_ definition: ScenarioDefinition) -> Bool {
        results.removeAll()
        current = definition.name
        if let i = definitions.firstIndex(where: { $0.name == definition.name }) {
            definitions[i] = definition
            return true
        }
        definitions.append(definition)
        return false
    }

    public func result(_ name: String) -> RunResult? { results[name] }

    public mutating func store(_ result: RunResult) {
        results[result.scenario.name] = result
        current = result.scenario.name
    }

    /// The chain from the root ancestor down to `name` (stops at a missing parent or a cycle).
    public func lineage(of name: String) -> [ScenarioDefinition] {
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
