/// The random stream of scikit-learn's tree splitter, reproduced bit for bit:
/// a 32-bit xorshift (`our_rand_r`) whose state scikit-learn seeds with
/// `RandomState(random_state).randint(0, 2³¹ − 1)`.
///
/// With it our trees visit features in the same order as scikit-learn's, so
/// equally good splits are broken the same way and `maxFeatures` draws the
/// same features.
struct SplitterRandom {
    /// The xorshift state (`rand_r_state`).
    private(set) var state: UInt32

    /// A stream with the given raw state (0 is replaced by 1 on first use, as in scikit-learn).
    init(state: UInt32) {
        self.state = state
    }

    /// The stream scikit-learn's splitter uses for `random_state=seed`
    /// (seed in `0..<2³²`): the first masked MT19937 draw below `2³¹ − 1`.
    init(scikitLearnRandomState seed: UInt32) {
        var mt = MersenneTwister(seed: seed)
        var value: UInt32
        repeat { value = mt.next() & 0x7FFF_FFFF } while value > 0x7FFF_FFFE
        self.init(state: value)
    }

    /// The next value in `0..<2³¹` (`our_rand_r`).
    mutating func next() -> UInt32 {
        if state == 0 { state = 1 }
        state ^= state << 13
        state ^= state >> 17
        state ^= state << 5
        return state & 0x7FFF_FFFF
    }

    /// A value in `low..<high` (`rand_int`, modulo-biased exactly like scikit-learn's).
    mutating func int(_ low: Int, _ high: Int) -> Int {
        low + Int(next()) % (high - low)
    }
}

/// MT19937 as seeded by NumPy's legacy `RandomState(int)` (`init_genrand`).
struct MersenneTwister {
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 624

    /// Seeds with Knuth's initialisation multiplier 1812433253.
    init(seed: UInt32) {
        mt[0] = seed
        for i in 1..<624 {
            mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
    }

    /// The next tempered 32-bit output (`genrand_int32`).
    mutating func next() -> UInt32 {
        if index >= 624 { twist() }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private mutating func twist() {
        for i in 0..<624 {
            let y = (mt[i] & 0x8000_0000) | (mt[(i + 1) % 624] & 0x7FFF_FFFF)
            mt[i] = mt[(i + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
        }
        index = 0
    }
}
