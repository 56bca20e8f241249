extension Array where Element == Double {
    /// The values in increasing order, by a radix sort of their bits: linear in the count, where
    /// a comparison sort is n log n (a Monte Carlo sorts every indicator's values in every year).
    ///
    /// The order is IEEE 754's total order: −NaN, −∞, …, −0, +0, …, +∞, +NaN, so that a value
    /// that is not a number has a place (below every number when its sign is set, above otherwise)
    /// and the result does not depend on the input's order.
    package func radixSorted() -> [Double] {
        guard count > 1 else { return self }
        // Each value's bits made into a key that sorts as the number does: a positive value's
        // with the sign bit set, a negative value's all inverted.
        var keys = map { value -> UInt64 in
            let bits = value.bitPattern
            return bits & (1 << 63) == 0 ? bits | (1 << 63) : ~bits
        }
        var scratch = [UInt64](repeating: 0, count: count)
        let digitBits = 11, buckets = 1 << digitBits
        var histogram = [Int](repeating: 0, count: buckets)
        keys.withUnsafeMutableBufferPointer { keys in
            scratch.withUnsafeMutableBufferPointer { scratch in
                histogram.withUnsafeMutableBufferPointer { histogram in
                    var from = keys, to = scratch
                    for shift in stride(from: 0, to: 64, by: digitBits) {
                        for i in 0..<buckets { histogram[i] = 0 }
                        for key in from { histogram[Int((key >> UInt64(shift)) & UInt64(buckets - 1))] += 1 }
                        // A digit every key shares moves nothing: skip the pass.
                        if histogram[Int((from[0] >> UInt64(shift)) & UInt64(buckets - 1))] == from.count { continue }
                        var position = 0
                        for i in 0..<buckets {
                            let bucketCount = histogram[i]
                            histogram[i] = position
                            position += bucketCount
                        }
                        for key in from {
                            let digit = Int((key >> UInt64(shift)) & UInt64(buckets - 1))
                            to[histogram[digit]] = key
                            histogram[digit] += 1
                        }
                        swap(&from, &to)
                    }
                    if from.baseAddress != keys.baseAddress { keys.baseAddress!.update(from: from.baseAddress!, count: from.count) }
                }
            }
        }
        return keys.map { key in Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key) }
    }
}
