import DXModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How well the observations pin the fitted parameters: a normal distribution around the fit,
/// from which `uncertainty` and hindcasts draw them jointly.
///
/// The Laplace approximation: with J the Jacobian of the misses (each divided by its history's
/// tolerance, read as the observation's standard error) with respect to the fitted parameters,
/// and P the precision of each parameter's range read as a normal prior with a standard
/// deviation of a quarter of the range, the covariance is (JᵀJ + P)⁻¹. A parameter the
/// observations say nothing about keeps the spread of its range; one they pin gets a narrow one;
/// parameters the data only pin together (a level and a rate) are drawn together.
///
/// The tolerances are the observations' stated errors; when the fit misses by more than they
/// allow (the model's own error: mechanisms it lacks, dates it cannot know), the misses say the
/// errors are larger. `errorScale` is that factor, the Birge ratio s = √(Σ miss²/n) of the misses
/// in tolerances (never below 1): the observations' errors are taken as s tolerances, so the
/// covariance is (JᵀJ/s² + P)⁻¹, and a prediction adds each observation's tolerance times s.
package struct FitUncertainty: Sendable {
    package let names: [String]
    package let mean: [Double]
    package let ranges: [ClosedRange<Double>]
    /// How many times the stated tolerances the fit's misses are, at least 1.
    package let errorScale: Double
    /// The lower-triangular Cholesky factor of the covariance (row-major, n × n).
    let factor: [Double]

    /// The standard deviation of a fitted parameter.
    package func standardDeviation(of name: String) -> Double? {
        guard let i = names.firstIndex(of: name) else { return nil }
        let n = names.count
        return (0...i).reduce(0) { $0 + factor[i * n + $1] * factor[i * n + $1] }.squareRoot()
    }

    /// One joint draw of the fitted parameters, each kept inside its range.
    package func draw(using generator: inout SeededGenerator) -> [String: Double] {
        Dictionary(zip(names, drawValues(using: &generator))) { _, last in last }
    }

    /// `draw(using:)` in the order of `names` (no name hashed: for the many draws of a Monte Carlo).
    package func drawValues(using generator: inout SeededGenerator) -> [Double] {
        let n = names.count
        let z = (0..<n).map { _ in generator.standardNormal() }
        return (0..<n).map { i in
            var x = mean[i]
            for j in 0...i { x += factor[i * n + j] * z[j] }
            return Swift.min(Swift.max(x, ranges[i].lowerBound), ranges[i].upperBound)
        }
    }
}

extension SeededGenerator {
    /// A standard normal number (Box–Muller; 1 − u keeps the logarithm finite).
    package mutating func standardNormal() -> Double {
        let u = 1 - unit(), v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

extension Calibration {
    /// The misses, in tolerances, at the observations the fit uses up to `until`.
    func scaledMisses(_ values: [String: Double], until: Double) -> [Double] {
        backcast(parameters: values).filter { Self.usable($0, until: until) }.map { $0.miss / $0.tolerance }
    }

    /// The fit's uncertainty around `values` (the model file's when empty), from the observations up to `until`.
    package func fitUncertainty(at values: [String: Double] = [:], until: Double = .infinity) -> FitUncertainty {
        let parameters = fittedParameters
        let names = parameters.map(\.name)
        let ranges = parameters.map { $0.uncertainty! }
        let mean = parameters.map { values[$0.name] ?? $0.literalValue! }
        let n = names.count
        let base = Dictionary(uniqueKeysWithValues: zip(names, mean))
        // The Jacobian by central differences, one-sided at the ends of a range.
        var columns: [[Double]] = []
        for i in 0..<n {
            let width = ranges[i].upperBound - ranges[i].lowerBound
            let h = Swift.max(width * 1e-4, 1e-12)
            let up = Swift.min(mean[i] + h, ranges[i].upperBound), down = Swift.max(mean[i] - h, ranges[i].lowerBound)
            var high = base, low = base
            high[names[i]] = up
            low[names[i]] = down
            let a = scaledMisses(high, until: until), b = scaledMisses(low, until: until)
            columns.append(zip(a, b).map { ($0 - $1) / (up - down) })
        }
        let misses = scaledMisses(base, until: until).filter(\.isFinite)
        let errorScale = misses.isEmpty ? 1 : Swift.max(1, (misses.reduce(0) { $0 + $1 * $1 } / Double(misses.count)).squareRoot())
        // JᵀJ/s² + P, then its inverse's Cholesky factor.
        var information = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = 0.0
                for (x, y) in zip(columns[i], columns[j]) where x.isFinite && y.isFinite { sum += x * y }
                information[i * n + j] = sum / (errorScale * errorScale)
                information[j * n + i] = sum / (errorScale * errorScale)
            }
            let sigma = Swift.max((ranges[i].upperBound - ranges[i].lowerBound) / 4, 1e-12)
            information[i * n + i] += 1 / (sigma * sigma)
        }
        let covariance = Self.inverse(information, n)
        return FitUncertainty(names: names, mean: mean, ranges: ranges, errorScale: errorScale, factor: Self.cholesky(covariance, n))
    }

    /// The inverse of a symmetric positive definite matrix (by its Cholesky factor).
    static func inverse(_ a: [Double], _ n: Int) -> [Double] {
        let l = cholesky(a, n)
        // Solve L Lᵀ X = I column by column.
        var inverse = [Double](repeating: 0, count: n * n)
        for column in 0..<n {
            var y = [Double](repeating: 0, count: n)
            for i in 0..<n {
                var sum = i == column ? 1.0 : 0.0
                for k in 0..<i { sum -= l[i * n + k] * y[k] }
                y[i] = sum / l[i * n + i]
            }
            var x = [Double](repeating: 0, count: n)
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = y[i]
                for k in (i + 1)..<Swift.max(n, i + 1) { sum -= l[k * n + i] * x[k] }
                x[i] = sum / l[i * n + i]
            }
            for i in 0..<n { inverse[i * n + column] = x[i] }
        }
        return inverse
    }

    /// The lower-triangular L with L Lᵀ = a; a diagonal that is not positive (rounding) is
    /// floored at a tiny positive value.
    static func cholesky(_ a: [Double], _ n: Int) -> [Double] {
        var l = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0...i {
                var sum = a[i * n + j]
                for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
                if i == j {
                    l[i * n + i] = Swift.max(sum, 1e-300).squareRoot()
                } else {
                    l[i * n + j] = sum / l[j * n + j]
                }
            }
        }
        return l
    }
}
