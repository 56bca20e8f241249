import DXModel

/// How an uncertain parameter is drawn: its range and distribution from the model file, centred
/// on its value.
///
/// - uniform: anywhere in the range with equal chance;
/// - triangular: the value is the most likely point (the mode), falling linearly to the ends;
/// - normal: the value is the mean and the range spans four standard deviations (about 95% of
///   draws), truncated to the range.
package struct ParameterDistribution: Sendable {
    package let name: String
    package let value: Double
    package let range: ClosedRange<Double>
    package let kind: Distribution

    package init(name: String, value: Double, range: ClosedRange<Double>, kind: Distribution) {
        self.name = name
        self.value = value
        self.range = range
        self.kind = kind
    }

    /// The value below which a fraction `u` (0…1) of draws fall: the inverse of the distribution's
    /// cumulative function (for the normal, truncated to the range). Latin hypercube sampling
    /// draws `u` within a stratum and takes this.
    package func quantile(_ u: Double) -> Double {
        let low = range.lowerBound, high = range.upperBound
        guard high > low else { return low }
        let u = Swift.min(Swift.max(u, 0), 1)
        switch kind {
        case .uniform:
            return low + u * (high - low)
        case .triangular:
            let mode = Swift.min(Swift.max(value, low), high)
            let split = (mode - low) / (high - low)
            return u < split
                ? low + ((high - low) * (mode - low) * u).squareRoot()
                : high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
        case .normal:
            let sigma = (high - low) / 4
            let from = Self.normalCDF((low - value) / sigma), to = Self.normalCDF((high - value) / sigma)
            let x = value + sigma * Self.normalQuantile(from + u * (to - from))
            return Swift.min(Swift.max(x, low), high)
        }
    }

    /// Φ, the standard normal cumulative distribution.
    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// Φ⁻¹: P. J. Acklam's rational approximation (2003; relative error 1.15e-9), then one Halley
    /// step on Φ, which brings it to about 1e-15.
    static func normalQuantile(_ p: Double) -> Double {
        guard p > 0 else { return -.infinity }
        guard p < 1 else { return .infinity }
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
            2.506628277459239e+00,
        ]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
            2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let tail = 0.02425
        var x: Double
        if p < tail {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p > 1 - tail {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else {
            let q = p - 0.5, r = q * q
            x =
                (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        }
        let error = normalCDF(x) - p
        let step = error * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= step / (1 + x * step / 2)
        return x
    }

    package func draw(using generator: inout SeededGenerator) -> Double {
        let low = range.lowerBound, high = range.upperBound
        guard high > low else { return low }
        switch kind {
        case .uniform:
            return low + generator.unit() * (high - low)
        case .triangular:
            let mode = Swift.min(Swift.max(value, low), high)
            let u = generator.unit(), split = (mode - low) / (high - low)
            return u < split
                ? low + ((high - low) * (mode - low) * u).squareRoot()
                : high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
        case .normal:
            let sigma = (high - low) / 4
            for _ in 0..<64 {
                // Box–Muller; 1 − u keeps the logarithm finite.
                let u = 1 - generator.unit(), v = generator.unit()
                let x = value + sigma * (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
                if range.contains(x) { return x }
            }
            return Swift.min(Swift.max(value, low), high)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
