/// A budget programme: money is allocated to programmes, and each programme builds capacity.
public struct Programme: Sendable, Hashable, Identifiable {
    /// The name used in scenario files, for example `skills`.
    public let id: String
    public let name: String
    public let vietnameseName: String
    public let pillar: Pillar
    public let push: Push
    /// Other names scenario files may use, such as a Vietnamese one (`kỹ-năng-số`).
    public let aliases: [String]

    public init(id: String, name: String, vietnameseName: String, pillar: Pillar, push: Push, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.vietnameseName = vietnameseName
        self.pillar = pillar
        self.push = push
        self.aliases = aliases
    }
}
