import Testing

@testable import DXAnalysis

/// The radix sort the Monte Carlo sorts its values with orders them as a comparison sort does,
/// and puts the values that are not numbers at fixed places.
@Suite("Radix sort")
struct RadixSortTests {
    @Test("random values of every sign and size, zeros and infinities: the same order as sorted()", arguments: [0, 1, 2, 3, 100, 10_000])
    func asSorted(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 1)
        let special: [Double] = [0, -0.0, .infinity, -.infinity, .leastNonzeroMagnitude, -.greatestFiniteMagnitude, 1, -1]
        let values = (0..<count).map { index -> Double in
            if index % 7 == 0 { return special[index % special.count] }
            let magnitude = Double(sign: .plus, exponent: Int.random(in: -60...60, using: &generator), significand: 1 + generator.unit())
            return generator.unit() < 0.5 ? -magnitude : magnitude
        }
        let radix = values.radixSorted()
        #expect(radix.count == values.count)
        #expect(zip(radix, values.sorted()).allSatisfy { $0 == $1 }, "the same values in the same order (−0 and +0 compare equal)")
        #expect(zip(radix, radix.dropFirst()).allSatisfy { $0.bitPattern == $1.bitPattern || $0 < $1 || ($0 == 0 && $1 == 0) })
    }

    @Test("a negative not-a-number first, a positive one last, −0 before +0, whatever the input's order")
    func totalOrder() {
        let negativeNaN = -Double.nan
        let values: [Double] = [3, .nan, 0, -2, negativeNaN, -0.0, .infinity, -.infinity]
        for rotation in 0..<values.count {
            let input = Array(values[rotation...] + values[..<rotation])
            let sorted = input.radixSorted()
            #expect(sorted.map(\.bitPattern) == [negativeNaN, -.infinity, -2, -0.0, 0, 3, .infinity, .nan].map(\.bitPattern))
        }
    }
}
