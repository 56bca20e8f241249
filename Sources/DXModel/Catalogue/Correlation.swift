/// Two uncertain parameters of a model drawn together: `value` is the correlation of their
/// normal scores (a Gaussian copula), so each keeps its own range and distribution.
public struct Correlation: Sendable, Hashable {
    public let first: String
    public let second: String
    public let value: Double
    public let provenance: Provenance

    public init(first: String, second: String, value: Double, provenance: Provenance) {
        self.first = first
        self.second = second
        self.value = value
        self.provenance = provenance
    }

    /// The lower-triangular L with L·Lᵀ the correlation matrix of `names` (1 on the diagonal,
    /// the given correlations off it, 0 elsewhere), or nil when that matrix is not positive
    /// definite (no joint distribution has those correlations).
    public static func cholesky(of correlations: [Correlation], among names: [String]) -> [[Double]]? {
        let n = names.count
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n { matrix[i][i] = 1 }
        for correlation in correlations {
            guard let i = names.firstIndex(of: correlation.first), let j = names.firstIndex(of: correlation.second) else { continue }
            matrix[i][j] = correlation.value
            matrix[j][i] = correlation.value
        }
        var lower = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = matrix[i][j]
                for k in 0..<j { sum -= lower[i][k] * lower[j][k] }
                if i == j {
                    guard sum > 1e-12 else { return nil }
                    lower[i][i] = sum.squareRoot()
                } else {
                    lower[i][j] = sum / lower[j][j]
                }
            }
        }
        return lower
    }
}
