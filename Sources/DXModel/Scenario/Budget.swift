#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A yearly budget envelope in billions of VND, optionally growing at a constant rate.
public struct Budget: Sendable, Hashable {
    /// Spending in the first year of the horizon, in bn VND per year.
    public var amountPerYear: Double
    /// Growth per year as a fraction (0.1 is 10% a year).
    public var growthPerYear: Double

    public init(amountPerYear: Double, growthPerYear: Double = 0) {
        self.amountPerYear = amountPerYear
        self.growthPerYear = growthPerYear
    }

    /// The envelope in a year, counting growth from `startYear`.
    public func amount(in year: Int, startYear: Int) -> Double {
        let elapsed = Double(year - startYear)
        return amountPerYear * pow(1 + growthPerYear, elapsed)
    }
}
