/// LSD radix sort of IEEE-754 doubles by their bits, used by the ranking metrics.
///
/// A double maps to a `UInt64` key whose unsigned order is the *descending* order of
/// the scores (-0.0 is folded into +0.0 first, as NumPy compares them equal).
/// Sorting 10 million keys takes six 11-bit counting passes, each skipped when every
/// key shares that digit: O(n) time, one scratch array of n keys.
enum RadixSort {
    private static let signBit: UInt64 = 1 << 63

    /// Key of `score`: ascending key order = descending score order.
    @inline(__always)
    static func descendingKey(_ score: Double) -> UInt64 {
        let bits = (score + 0.0).bitPattern
        let ascending = bits & signBit != 0 ? ~bits : bits | signBit
        return ~ascending
    }

    /// The score a key was made from (inverse of `descendingKey`).
    @inline(__always)
    static func score(fromDescendingKey key: UInt64) -> Double {
        let ascending = ~key
        let bits = ascending & signBit != 0 ? ascending & ~signBit : ~ascending
        return Double(bitPattern: bits)
    }

    /// Sorts `keys` ascending in place.
    static func sort(_ keys: inout [UInt64]) {
        let count = keys.count
        if count < 2 { return }
        if count < 256 { keys.sort(); return }
        let digitBits = 11, buckets = 1 << digitBits, passes = 6
        var histograms = [Int](repeating: 0, count: buckets * passes)
        keys.withUnsafeBufferPointer { source in
            histograms.withUnsafeMutableBufferPointer { histogram in
                for key in source {
                    for pass in 0 ..< passes {
                        let digit = Int(truncatingIfNeeded: (key >> UInt64(pass * digitBits))) & (buckets - 1)
                        histogram[pass * buckets + digit] += 1
                    }
                }
            }
        }
        var scratch = [UInt64](repeating: 0, count: count)
        var sortedInScratch = false
        for pass in 0 ..< passes {
            let offset = pass * buckets
            if histograms[offset ..< offset + buckets].contains(count) { continue }
            var total = 0
            for bucket in 0 ..< buckets {
                let bucketCount = histograms[offset + bucket]
                histograms[offset + bucket] = total
                total += bucketCount
            }
            let shift = UInt64(pass * digitBits)
            func scatter(_ from: UnsafeBufferPointer<UInt64>, _ to: UnsafeMutableBufferPointer<UInt64>) {
                histograms.withUnsafeMutableBufferPointer { histogram in
                    for key in from {
                        let slot = offset + Int(truncatingIfNeeded: key >> shift) & (buckets - 1)
                        to[histogram[slot]] = key
                        histogram[slot] += 1
                    }
                }
            }
            if sortedInScratch {
                scratch.withUnsafeBufferPointer { from in keys.withUnsafeMutableBufferPointer { scatter(from, $0) } }
            } else {
                keys.withUnsafeBufferPointer { from in scratch.withUnsafeMutableBufferPointer { scatter(from, $0) } }
            }
            sortedInScratch.toggle()
        }
        if sortedInScratch { keys = scratch }
    }
}
