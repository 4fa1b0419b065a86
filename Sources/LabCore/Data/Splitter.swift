/// How large one part of a split is: a fraction of the rows or a row count.
public enum SplitSize: Equatable, Sendable {
    case fraction(Double)
    case count(Int)

    /// Rows in this part for `n` rows: `ceil(fraction · n)` (scikit-learn's rule for the test part) or the count.
    func rows(of n: Int) -> Int {
        switch self {
        case .fraction(let f): return Int((f * Double(n)).rounded(.up))
        case .count(let c): return c
        }
    }
}

/// Seeded train / validation / test splitting, optionally stratified by class.
///
/// The same seed gives the same split on every machine (our own PRNG). Each
/// part's rows come out in shuffled order, like scikit-learn's `train_test_split`.
public enum Splitter {
    /// Splits `n` rows into named parts.
    /// - Parameters:
    ///   - n: number of rows.
    ///   - test: size of the test part.
    ///   - validation: size of an optional validation part.
    ///   - stratifyBy: class codes per row; each part then keeps the class proportions
    ///     (per class, its share of each part is rounded by largest remainder).
    ///   - shuffle: whether to permute rows (off: contiguous train, validation, test).
    ///   - seed: PRNG seed.
    /// - Returns: `[("train", …), ("validation", …)?, ("test", …)]` row indices.
    /// - Throws: `DataError` when a part would be empty or larger than the data.
    public static func split(n: Int, test: SplitSize, validation: SplitSize? = nil,
                             stratifyBy classes: [Int]? = nil, shuffle: Bool = true,
                             seed: UInt64) throws -> [(name: String, indices: [Int])] {
        let nTest = test.rows(of: n)
        let nValidation = validation?.rows(of: n) ?? 0
        let nTrain = n - nTest - nValidation
        guard nTest > 0, validation == nil || nValidation > 0 else {
            throw DataError("the split leaves an empty part: \(n) rows, test \(nTest), validation \(nValidation)")
        }
        guard nTrain > 0 else {
            throw DataError("the split leaves no training rows: \(n) rows, test \(nTest), validation \(nValidation)")
        }
        var rng = SeededGenerator(seed: seed)
        var parts: [[Int]]
        if let classes {
            guard shuffle else { throw DataError("a stratified split must shuffle") }
            parts = stratified(classes: classes, sizes: [nTrain, nValidation, nTest], rng: &rng)
        } else {
            var order = Array(0..<n)
            if shuffle { rng.shuffle(&order) }
            parts = [Array(order[0..<nTrain]), Array(order[nTrain..<(nTrain + nValidation)]),
                     Array(order[(nTrain + nValidation)...])]
        }
        var result: [(name: String, indices: [Int])] = [("train", parts[0])]
        if validation != nil { result.append(("validation", parts[1])) }
        result.append(("test", parts[2]))
        return result
    }

    /// Allocates each class's rows to the parts in proportion, then shuffles each part.
    static func stratified(classes: [Int], sizes: [Int], rng: inout SeededGenerator) -> [[Int]] {
        let n = classes.count
        let classCount = (classes.max() ?? -1) + 1
        var members = Array(repeating: [Int](), count: classCount)
        for (i, c) in classes.enumerated() { members[c].append(i) }
        // Per part (after the first), each class's share by largest remainder; train takes the rest.
        var take = Array(repeating: Array(repeating: 0, count: sizes.count), count: classCount)
        for p in 1..<sizes.count where sizes[p] > 0 {
            let exact = members.map { Double($0.count) * Double(sizes[p]) / Double(n) }
            var counts = exact.map { Int($0.rounded(.down)) }
            var missing = sizes[p] - counts.reduce(0, +)
            let byRemainder = (0..<classCount).sorted { a, b in
                let ra = exact[a] - Double(counts[a]), rb = exact[b] - Double(counts[b])
                return ra != rb ? ra > rb : a < b
            }
            for c in byRemainder where missing > 0 {
                let used = take[c].reduce(0, +)
                if counts[c] + used < members[c].count { counts[c] += 1; missing -= 1 }
            }
            for c in 0..<classCount { take[c][p] = counts[c] }
        }
        var parts = Array(repeating: [Int](), count: sizes.count)
        for c in 0..<classCount {
            var rows = members[c]
            rng.shuffle(&rows)
            var start = 0
            for p in (1..<sizes.count).reversed() {
                parts[p].append(contentsOf: rows[start..<(start + take[c][p])])
                start += take[c][p]
            }
            parts[0].append(contentsOf: rows[start...])
        }
        for p in parts.indices { rng.shuffle(&parts[p]) }
        return parts
    }
}
