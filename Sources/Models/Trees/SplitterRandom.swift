import LabCore

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
        var rng = NumPyRandomState(seed: seed)
        self.init(state: UInt32(truncatingIfNeeded: rng.randint(0, 0x7FFF_FFFF)))
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
