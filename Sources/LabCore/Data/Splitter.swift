/// How large one part of a split is: a fraction of the rows or a row count.
public enum SplitSize: Equatable, Sendable, CustomStringConvertible {
    case fraction(Double)
    case count(Int)

    public var description: String {
        switch self {
        case .fraction(let f): return "\(f)"
        case .count(let c): return "\(c)"
        }
    }
}

/// Train / validation / test splitting as scikit-learn's `train_test_split`.
///
/// `split(n:test:…)` returns exactly the indices of
/// `train_test_split(range(n), test_size=test, stratify=classes, random_state=seed, shuffle=shuffle)`.
/// A validation part is a second `train_test_split` call on the first call's
/// train part with `test_size=validation` and the same `random_state`
/// (stratified by the train part's classes when stratifying): a fractional
/// validation size is a share of the rows left after the test part.
public enum Splitter {
    /// Splits `n` rows into named parts.
    /// - Parameters:
    ///   - n: number of rows.
    ///   - test: size of the test part (a fraction rounds up, scikit-learn's rule).
    ///   - validation: size of an optional validation part, taken from the rows left after the test part.
    ///   - stratifyBy: class label per row (`stratify=y`).
    ///   - shuffle: `false` keeps the row order: train first, then test (no stratification).
    ///   - seed: `random_state`, in `0...2³² − 1`.
    /// - Returns: `[("train", …), ("validation", …)?, ("test", …)]` row indices, in scikit-learn's order.
    /// - Throws: `DataError` for sizes scikit-learn refuses, a seed out of range, a class
    ///   with one member when stratifying, or stratifying without shuffling.
    public static func split(n: Int, test: SplitSize, validation: SplitSize? = nil,
                             stratifyBy classes: [Int]? = nil, shuffle: Bool = true,
                             seed: Int) throws -> [(name: String, indices: [Int])] {
        guard let state = UInt32(exactly: seed) else {
            throw DataError("seed must be between 0 and 2**32 - 1, got \(seed)")
        }
        let (rest, testRows) = try trainTestSplit(rows: Array(0..<n), test: test, classes: classes,
                                                  shuffle: shuffle, seed: state)
        guard let validation else { return [("train", rest), ("test", testRows)] }
        let (train, validationRows) = try trainTestSplit(rows: rest, test: validation,
                                                         classes: classes.map { c in rest.map { c[$0] } },
                                                         shuffle: shuffle, seed: state)
        return [("train", train), ("validation", validationRows), ("test", testRows)]
    }

    /// One `train_test_split` call over `rows` (indices into the caller's data).
    static func trainTestSplit(rows: [Int], test: SplitSize, classes: [Int]?, shuffle: Bool,
                               seed: UInt32) throws -> (train: [Int], test: [Int]) {
        let n = rows.count
        let (nTrain, nTest) = try ShuffleSplit.sizes(n: n, test: test)
        guard shuffle else {
            guard classes == nil else {
                throw DataError("stratified train/test split is not implemented for shuffle=false")
            }
            return (Array(rows[0..<nTrain]), Array(rows[nTrain..<n]))
        }
        let local: (train: [Int], test: [Int])
        if let classes {
            local = try ShuffleSplit.stratifiedSplit(classes: classes, nTrain: nTrain, nTest: nTest, seed: seed)
        } else {
            local = ShuffleSplit.split(n: n, nTrain: nTrain, nTest: nTest, seed: seed)
        }
        return (local.train.map { rows[$0] }, local.test.map { rows[$0] })
    }
}
