/// A target the government has set, from the model's catalogue (`target` in the model file):
/// `list targets` prints them and a scenario's `target official [KEY]` takes them.
public struct OfficialTarget: Sendable, Hashable {
    public let target: Target
    /// The document that sets it, as a planner names it: "Decision 749/QĐ-TTg".
    public let document: String
    /// The same in Vietnamese.
    public let vietnameseDocument: String
    /// The short key `target official KEY` filters on: "749".
    public let key: String
    /// Where the target is published.
    public let source: String

    public init(target: Target, document: String, vietnameseDocument: String? = nil, key: String, source: String) {
        self.target = target
        self.document = document
        self.vietnameseDocument = vietnameseDocument ?? document
        self.key = key
        self.source = source
    }
}
