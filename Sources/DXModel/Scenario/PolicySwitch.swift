/// A dated policy of a model: a parameter holding the time it starts, which a scenario can move or switch off.
public struct PolicySwitch: Sendable, Hashable {
    /// The name scenarios use: `paper_refusal` for the parameter `paper_refusal_from`.
    public let name: String
    public let parameter: String
    /// When the policy starts in the model (model time: 2025.75 is 1 October 2025).
    public let start: Double
    public let description: String

    public init(name: String, parameter: String, start: Double, description: String) {
        self.name = name
        self.parameter = parameter
        self.start = start
        self.description = description
    }

    /// Model time for "never".
    public static let never = 1e9

    /// Whether a policy's start time means it is switched off (`never`, or later).
    public static func isOff(_ start: Double) -> Bool { !(start < never) }
}
