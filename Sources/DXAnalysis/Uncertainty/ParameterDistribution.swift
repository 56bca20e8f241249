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
