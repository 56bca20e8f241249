/// A run's input series by input name, kept in the order they were given.
///
/// A dictionary in use (`inputs["spending_services"] = …`, or a dictionary literal), but ordered:
/// given in the order of `CompiledModel.inputNames` (as `DeclaredModel` gives them), a run takes
/// the series as they are, without looking a name up.
public struct RunInputs: Sendable, ExpressibleByDictionaryLiteral {
    public private(set) var names: [String]
    public private(set) var series: [YearlySeries]

    /// Series for these names, one each, in the same order (a name given twice keeps its last series).
    public init(names: [String], series: [YearlySeries]) {
        precondition(names.count == series.count, "one series per input")
        self.names = []
        self.series = []
        self.names.reserveCapacity(names.count)
        self.series.reserveCapacity(names.count)
        for (name, values) in zip(names, series) { self[name] = values }
    }

    /// Series for names known to be distinct (the model's input names), taken as they are.
    init(distinctNames names: [String], series: [YearlySeries]) {
        precondition(names.count == series.count, "one series per input")
        self.names = names
        self.series = series
    }

    public init(_ inputs: [String: YearlySeries]) {
        self.init(names: Array(inputs.keys), series: Array(inputs.values))
    }

    public init(dictionaryLiteral elements: (String, YearlySeries)...) {
        self.init(names: elements.map(\.0), series: elements.map(\.1))
    }

    public var isEmpty: Bool { names.isEmpty }

    /// The series of an input (nil when none was given); setting one adds or replaces it.
    public subscript(name: String) -> YearlySeries? {
        get { names.firstIndex(of: name).map { series[$0] } }
        set {
            if let index = names.firstIndex(of: name) {
                if let newValue {
                    series[index] = newValue
                } else {
                    names.remove(at: index)
                    series.remove(at: index)
                }
            } else if let newValue {
                names.append(name)
                series.append(newValue)
            }
        }
    }

    /// The series in the order of `inputNames`, or the first of those names with none.
    func ordered(as inputNames: [String]) -> Result<[YearlySeries], RunError> {
        // Given in the model's order (the usual case), the names are the same array or equal.
        if names == inputNames { return .success(series) }
        var ordered: [YearlySeries] = []
        ordered.reserveCapacity(inputNames.count)
        for name in inputNames {
            guard let values = self[name] else { return .failure(.missingInput(name)) }
            ordered.append(values)
        }
        return .success(ordered)
    }
}
