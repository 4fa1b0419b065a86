/// A tiny deterministic generator for property tests (64-bit LCG, Knuth's MMIX constants).
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 6364136223846793005 &+ 1442695040888963407 }

    /// Next 64 random bits (upper bits of the LCG state, mixed).
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func nextDouble() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in 0 ..< bound.
    mutating func nextInt(below bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A random permutation of 0 ..< count (Fisher–Yates).
    mutating func permutation(_ count: Int) -> [Int] {
        var order = Array(0 ..< count)
        for i in stride(from: count - 1, to: 0, by: -1) { order.swapAt(i, nextInt(below: i + 1)) }
        return order
    }

    /// A binary problem: labels 0/1 and scores rounded to `decimals` (ties when small).
    mutating func binaryProblem(count: Int, decimals: Double = 2) -> (yTrue: [Int], scores: [Double]) {
        var yTrue: [Int] = [], scores: [Double] = []
        let scale = Double.pow10(decimals)
        for _ in 0 ..< count {
            let label = nextDouble() < 0.35 ? 1 : 0
            let raw = min(1, max(0, nextDouble() * 0.7 + (label == 1 ? 0.25 : 0)))
            yTrue.append(label)
            scores.append((raw * scale).rounded() / scale)
        }
        return (yTrue, scores)
    }
}

extension Double {
    /// 10 raised to an integral power.
    static func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0 ..< Int(exponent) { result *= 10 }
        return result
    }
}

/// |a − b| ≤ 1e-12 relative (or both NaN).
func nearlyEqual(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    if a.isNaN && b.isNaN { return true }
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300)
}
