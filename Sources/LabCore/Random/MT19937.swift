/// The Mersenne Twister MT19937 exactly as NumPy's legacy `RandomState`
/// runs it (`mt19937.c`): 624 words of state, `init_genrand` seeding for an
/// integer seed, `init_by_array` for an array seed, tempered 32-bit outputs.
public struct MT19937: Sendable {
    private var key: [UInt32]
    private var position: Int

    /// The state NumPy's `RandomState(seed)` starts from for an integer seed
    /// (`mt19937_seed`, Knuth's multiplier 1812433253).
    public init(seed: UInt32) {
        key = [UInt32](repeating: 0, count: 624)
        var s = seed
        for i in 0..<624 {
            key[i] = s
            s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
        }
        position = 624
    }

    /// The state NumPy's `RandomState(array)` starts from (`init_by_array`).
    public init(seedArray: [UInt32]) {
        self.init(seed: 19_650_218)
        let n = 624
        var i = 1, j = 0
        for _ in 0..<max(n, seedArray.count) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_664_525))
                &+ (seedArray.isEmpty ? 0 : seedArray[j]) &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= n { key[0] = key[n - 1]; i = 1 }
            if j >= seedArray.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            key[i] = (key[i] ^ ((key[i - 1] ^ (key[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= n { key[0] = key[n - 1]; i = 1 }
        }
        key[0] = 0x8000_0000
        position = 624
    }

    /// The next tempered 32-bit output (`mt19937_next32`).
    public mutating func next32() -> UInt32 {
        if position >= 624 { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// Two outputs as one 64-bit word, the first in the high half (`mt19937_next64`).
    public mutating func next64() -> UInt64 {
        let high = UInt64(next32())
        return high << 32 | UInt64(next32())
    }

    /// A double in `[0, 1)` from 53 random bits (`mt19937_next_double`: 27 then 26 bits).
    public mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    private mutating func regenerate() {
        for i in 0..<624 {
            let y = (key[i] & 0x8000_0000) | (key[(i + 1) % 624] & 0x7FFF_FFFF)
            key[i] = key[(i + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
        }
        position = 0
    }
}
