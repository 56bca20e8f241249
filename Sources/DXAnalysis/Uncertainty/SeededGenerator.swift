/// A small, fast random number generator with a seed (SplitMix64, Steele, Lea & Flood 2014), so
/// that an uncertainty analysis gives the same bands every time it is run with the same seed, on
/// every machine.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1) from the top 53 bits: the same on every platform.
    package mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
