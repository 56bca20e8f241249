import DXSource

/// A budget programme: money is allocated to programmes, and each programme builds capacity.
public struct Programme: Sendable, Hashable, Identifiable {
    /// The name used in scenario files, for example `skills`.
    public let id: String
    public let name: String
    public let vietnameseName: String
    public let pillar: Pillar
    public let push: Push
    /// The key tasks of 19/7/2024 the programme carries out (none for some, such as security).
    public let keyTasks: [KeyTask]
    /// Other names scenario files may use, such as a Vietnamese one (`kỹ-năng-số`).
    public let aliases: [String]
    /// The id and the aliases folded (`Folding`), so that a name typed in any case, with or
    /// without diacritics, is recognised by one look-up.
    public let foldedNames: Set<String>

    public init(
        id: String, name: String, vietnameseName: String, pillar: Pillar, push: Push,
        keyTasks: [KeyTask] = [], aliases: [String] = []
    ) {
        self.id = id
        self.name = name
        self.vietnameseName = vietnameseName
        self.pillar = pillar
        self.push = push
        self.keyTasks = keyTasks
        self.aliases = aliases
        foldedNames = Set(([id] + aliases).map(Folding.fold))
    }
}
