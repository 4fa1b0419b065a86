import Foundation

/// NumPy's legacy `numpy.random.RandomState`, draw for draw: the generator
/// scikit-learn's `check_random_state(int)` returns, so anything seeded by a
/// `random_state=S` can be reproduced exactly.
///
/// Only the methods scikit-learn's splits, forests and dummies consume are
/// provided; each follows NumPy's C/Cython code path (`_bounded_integers`,
/// `mtrand.pyx`, `distributions.c`) including how many words it consumes.
public struct NumPyRandomState: Sendable {
    private var mt: MT19937

    /// `RandomState(seed)` for an integer seed in `0...2³² − 1`.
    public init(seed: UInt32) { mt = MT19937(seed: seed) }

    /// `RandomState(seed)` when `seed` fits NumPy's range, else `nil`
    /// (NumPy raises "Seed must be between 0 and 2**32 - 1").
    public init?(checkedSeed seed: Int) {
        guard let s = UInt32(exactly: seed) else { return nil }
        self.init(seed: s)
    }

    /// The underlying MT19937 (for streams that read raw words).
    public var generator: MT19937 {
        get { mt }
        set { mt = newValue }
    }

    /// `random_sample()`: a double in `[0, 1)` with 53 random bits.
    public mutating func randomSample() -> Double { mt.nextDouble() }

    /// `random_sample(count)`.
    public mutating func randomSample(count: Int) -> [Double] {
        (0..<max(0, count)).map { _ in mt.nextDouble() }
    }

    /// `randint(low, high)` with the default `int64` dtype (and equally the
    /// `int32` dtype): masked rejection sampling, on 32-bit words when the
    /// range `high − 1 − low` fits in 32 bits, else on 64-bit words.
    /// - Precondition: `low < high` (callers validate; NumPy raises).
    public mutating func randint(_ low: Int, _ high: Int) -> Int {
        precondition(low < high, "randint needs low < high")
        let range = UInt64(bitPattern: Int64(high) &- 1 &- Int64(low))
        return Int(truncatingIfNeeded: UInt64(bitPattern: Int64(low)) &+ bounded(range))
    }

    /// `randint(high)`: `randint(0, high)`.
    public mutating func randint(_ high: Int) -> Int { randint(0, high) }

    /// `randint(low, high, size=count)`: the values in draw order.
    public mutating func randint(_ low: Int, _ high: Int, count: Int) -> [Int] {
        (0..<max(0, count)).map { _ in randint(low, high) }
    }

    /// A value in `0...range` (`random_bounded_uint64_fill` with `use_masked`).
    private mutating func bounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        if range <= 0xFFFF_FFFF {
            if range == 0xFFFF_FFFF { return UInt64(mt.next32()) }
            let mask = UInt32(truncatingIfNeeded: Self.mask(range)), bound = UInt32(range)
            var value: UInt32
            repeat { value = mt.next32() & mask } while value > bound
            return UInt64(value)
        }
        if range == UInt64.max { return mt.next64() }
        let mask = Self.mask(range)
        var value: UInt64
        repeat { value = mt.next64() & mask } while value > range
        return value
    }

    /// The smallest all-ones bit mask covering `value` (`gen_mask`).
    private static func mask(_ value: UInt64) -> UInt64 {
        var m = value
        m |= m >> 1; m |= m >> 2; m |= m >> 4; m |= m >> 8; m |= m >> 16; m |= m >> 32
        return m
    }

    /// `random_interval(max)`: a value in `0...max` by masked rejection (used by `shuffle`).
    private mutating func interval(_ max: Int) -> Int {
        if max <= 0 { return 0 }
        let bound = UInt64(max), mask = Self.mask(bound)
        if bound <= 0xFFFF_FFFF {
            var value: UInt64
            repeat { value = UInt64(mt.next32()) & mask } while value > bound
            return Int(value)
        }
        var value: UInt64
        repeat { value = mt.next64() & mask } while value > bound
        return Int(value)
    }

    /// `shuffle(x)`: Fisher–Yates from the back, `j = random_interval(i)`.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = interval(i)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// `permutation(n)`: a shuffled `0..<n`.
    public mutating func permutation(_ n: Int) -> [Int] {
        var values = Array(0..<max(0, n))
        shuffle(&values)
        return values
    }

    /// `permutation(array)`: a shuffled copy.
    public mutating func permutation<T>(_ array: [T]) -> [T] {
        var copy = array
        shuffle(&copy)
        return copy
    }

    /// `choice(n, size, replace, p)` for a population `0..<n`.
    ///
    /// With replacement and no `p`: `randint(0, n, size)`; with `p`: inverse
    /// CDF of `random_sample` draws (`searchsorted(side="right")`). Without
    /// replacement and no `p`: `permutation(n)[:size]`; with `p`: NumPy's
    /// repeated draw-and-deduplicate loop.
    /// - Precondition: `n > 0`, `size >= 0`, `size <= n` without replacement,
    ///   `p` (when given) has `n` non-negative entries with a positive sum.
    public mutating func choice(_ n: Int, size: Int, replace: Bool = true, p: [Double]? = nil) -> [Int] {
        precondition(n > 0 && size >= 0 && (replace || size <= n), "choice: invalid population or size")
        if replace {
            guard let p else { return randint(0, n, count: size) }
            let cdf = Self.normalisedCumulativeSum(p)
            return randomSample(count: size).map { Self.searchSortedRight(cdf, $0) }
        }
        guard var p else { return Array(permutation(n).prefix(size)) }
        var found: [Int] = []
        while found.count < size {
            let x = randomSample(count: size - found.count)
            for i in found { p[i] = 0 }
            let cdf = Self.normalisedCumulativeSum(p)
            let drawn = x.map { Self.searchSortedRight(cdf, $0) }
            // np.unique(new, return_index=True), first occurrences kept in draw order.
            var firstIndex: [Int: Int] = [:]
            for (k, v) in drawn.enumerated() where firstIndex[v] == nil { firstIndex[v] = k }
            found.append(contentsOf: firstIndex.sorted { $0.value < $1.value }.map(\.key))
        }
        return found
    }

    /// `multinomial(1, pvals)`: the index of the one success, drawn as NumPy's
    /// `random_multinomial` does (successive binomials by inversion).
    public mutating func multinomialOne(_ pvals: [Double]) -> Int {
        var remainingP = 1.0
        let d = pvals.count
        guard d > 0 else { return 0 }
        for j in 0..<(d - 1) {
            if binomialOne(pvals[j] / remainingP) == 1 { return j }
            remainingP -= pvals[j]
        }
        return d - 1
    }

    /// `random_binomial(p, n=1)` (inversion branch; `n·p ≤ 30` always holds for `n = 1`).
    private mutating func binomialOne(_ p: Double) -> Int {
        if p == 0 { return 0 }
        if p <= 0.5 { return binomialInversionOne(p) }
        return 1 - binomialInversionOne(1 - p)
    }

    /// `random_binomial_inversion(n=1, p)`.
    private mutating func binomialInversionOne(_ p: Double) -> Int {
        let q = 1 - p
        let qn = exp(1 * log(q))
        let np = 1 * p
        let bound = min(1.0, np + 10 * (np * q + 1).squareRoot())
        var x = 0
        var px = qn
        var u = mt.nextDouble()
        while u > px {
            x += 1
            if Double(x) > bound {
                x = 0
                px = qn
                u = mt.nextDouble()
            } else {
                u -= px
                px = (Double(1 - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }

    /// `cumsum(p) / cumsum(p)[-1]`.
    static func normalisedCumulativeSum(_ p: [Double]) -> [Double] {
        var cdf = [Double](repeating: 0, count: p.count)
        var total = 0.0
        for (i, v) in p.enumerated() { total += v; cdf[i] = total }
        let last = cdf.last ?? 1
        return cdf.map { $0 / last }
    }

    /// `searchsorted(cdf, value, side="right")`: the number of entries `<= value`.
    static func searchSortedRight(_ sorted: [Double], _ value: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
