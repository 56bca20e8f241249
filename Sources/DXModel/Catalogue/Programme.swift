/// A budget programme: money is allocated to programmes, and each programme builds capacity.
public struct Programme: Sendable, Hashable, Identifiable {
    /// The name used in scenario files, for example `skills`.
    public let id: String
    public let name: String
    public let vietnameseName: String
    public let pillar: Pillar
    public let push: Push

    public init(id: String, name: String, vietnameseName: String, pillar: Pillar, push: Push) {
        self.id = id
        self.name = name
        self.vietnameseName = vietnameseName
        self.pillar = pillar
        self.push = push
    }
}
