/// Minimises a function of a few variables inside a box, without derivatives (Nelder–Mead simplex,
/// with the standard coefficients: reflection 1, expansion 2, contraction ½, shrink ½).
package struct NelderMead: Sendable {
    package var tolerance: Double = 1e-10
    package var maximumEvaluations: Int = 4000

    package init() {}

    package struct Result: Sendable {
        package let point: [Double]
        package let value: Double
        package let evaluations: Int
    }

    /// The point in `bounds` (one range per variable) where `f` is smallest, starting from `start`.
    /// `shouldStop` is asked before each iteration; when it says yes, the best point so far is returned.
    package func minimise(
        _ f: ([Double]) -> Double, from start: [Double], within bounds: [ClosedRange<Double>],
        shouldStop: () -> Bool = { false }
    ) -> Result {
        let n = start.count
        func clamp(_ x: [Double]) -> [Double] {
            zip(x, bounds).map { Swift.min(Swift.max($0, $1.lowerBound), $1.upperBound) }
        }
        var evaluations = 0
        func value(_ x: [Double]) -> Double {
            evaluations += 1
            let y = f(clamp(x))
            return y.isNaN ? .infinity : y
        }
        var simplex = [clamp(start)]
        for i in 0..<n {
            var vertex = clamp(start)
            let width = bounds[i].upperBound - bounds[i].lowerBound
            let step = width > 0 ? 0.1 * width : 0.1
            vertex[i] = vertex[i] + step <= bounds[i].upperBound ? vertex[i] + step : vertex[i] - step
            simplex.append(vertex)
        }
        var values = simplex.map(value)
        while evaluations < maximumEvaluations, !shouldStop() {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            if abs(values[n] - values[0]) <= tolerance * (abs(values[0]) + tolerance) { break }
            let centroid = (0..<n).map { j in simplex[0..<n].reduce(0) { $0 + $1[j] } / Double(n) }
            func along(_ t: Double) -> [Double] { clamp((0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) }) }
            let reflected = along(-1), reflectedValue = value(reflected)
            if reflectedValue < values[0] {
                let expanded = along(-2), expandedValue = value(expanded)
                (simplex[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue)
            } else if reflectedValue < values[n - 1] {
                (simplex[n], values[n]) = (reflected, reflectedValue)
            } else {
                let contracted = reflectedValue < values[n] ? along(-0.5) : along(0.5)
                let contractedValue = value(contracted)
                if contractedValue < Swift.min(reflectedValue, values[n]) {
                    (simplex[n], values[n]) = (contracted, contractedValue)
                } else {
                    for i in 1...n {
                        simplex[i] = clamp((0..<n).map { simplex[0][$0] + 0.5 * (simplex[i][$0] - simplex[0][$0]) })
                        values[i] = value(simplex[i])
                    }
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] }!
        return Result(point: simplex[best], value: values[best], evaluations: evaluations)
    }
}
