/// The official statistic an indicator stands for: who publishes it, what it counts, how late it
/// comes, and what was published for the base year, so that a planner can check the model's
/// number against the one in the newspaper.
public struct Statistic: Sendable, Hashable {
    /// The agency that publishes it ("MoST", "NSO (GSO)"), or "none" for a model quantity.
    public var agency: String
    /// What it counts: numerator over denominator, as the agency defines it.
    public var definition: String
    /// How often it is published and how long after the period ("yearly, the next January").
    public var reported: String
    /// What was published for the base year (or the latest before it), with its date.
    public var published: String

    public init(agency: String, definition: String, reported: String, published: String) {
        self.agency = agency
        self.definition = definition
        self.reported = reported
        self.published = published
    }
}
