import Foundation

/// scikit-learn's `ShuffleSplit` and `StratifiedShuffleSplit` (one split each),
/// drawing from NumPy's legacy `RandomState` exactly as scikit-learn does, so
/// `train_test_split(…, random_state=S)`'s indices are reproduced.
public enum ShuffleSplit {
    /// Train and test sizes for `n` rows (`_validate_shuffle_split` with only a
    /// test size): a fractional test size rounds up, the train part takes the rest.
    /// - Throws: `DataError` when a size is out of range or the train part would be
    ///   empty (where scikit-learn raises too).
    public static func sizes(n: Int, test: SplitSize) throws -> (train: Int, test: Int) {
        let nTest: Int
        switch test {
        case .fraction(let f):
            guard f > 0, f < 1 else {
                throw DataError("test_size=\(f) should be a float in the (0, 1) range")
            }
            let rows = (f * Double(n)).rounded(.up)
            guard let r = Int(exactly: rows) else { throw DataError("test_size=\(f) is too large") }
            nTest = r
        case .count(let c):
            guard c > 0 else { throw DataError("test_size=\(c) should be a positive row count") }
            nTest = c
        }
        let nTrain = n - nTest
        guard nTrain > 0 else {
            throw DataError("the split leaves no training rows: \(n) rows, test \(nTest)")
        }
        return (nTrain, nTest)
    }

    /// `ShuffleSplit(test_size=nTest, train_size=nTrain, random_state=seed)`'s first split:
    /// a permutation of the rows, test first.
    public static func split(n: Int, nTrain: Int, nTest: Int, seed: UInt32) -> (train: [Int], test: [Int]) {
        var rng = NumPyRandomState(seed: seed)
        let permutation = rng.permutation(n)
        return (Array(permutation[nTest..<(nTest + nTrain)]), Array(permutation[0..<nTest]))
    }

    /// `StratifiedShuffleSplit(test_size=nTest, train_size=nTrain, random_state=seed)`'s first split.
    /// - Parameter classes: one label per row; classes are ordered by value (`np.unique`).
    /// - Throws: `DataError` (scikit-learn's messages) when a class has a single member or
    ///   a part is smaller than the number of classes.
    public static func stratifiedSplit(classes y: [Int], nTrain: Int, nTest: Int,
                                       seed: UInt32) throws -> (train: [Int], test: [Int]) {
        let values = Array(Set(y)).sorted()
        var code: [Int: Int] = [:]
        for (k, v) in values.enumerated() { code[v] = k }
        var members = [[Int]](repeating: [], count: values.count)
        for (i, v) in y.enumerated() { members[code[v] ?? 0].append(i) }
        let counts = members.map(\.count)
        let single = values.indices.filter { counts[$0] < 2 }.map { values[$0] }
        guard single.isEmpty else {
            throw DataError("the least populated classes in y have only 1 member, which is too few; "
                + "the minimum number of groups for any class cannot be less than 2. Classes with too few members are: "
                + "\(single)")
        }
        guard nTrain >= values.count else {
            throw DataError("the train_size = \(nTrain) should be greater or equal to the number of classes = \(values.count)")
        }
        guard nTest >= values.count else {
            throw DataError("the test_size = \(nTest) should be greater or equal to the number of classes = \(values.count)")
        }
        var rng = NumPyRandomState(seed: seed)
        let trainCounts = approximateMode(classCounts: counts, draws: nTrain, rng: &rng)
        let remaining = zip(counts, trainCounts).map { $0 - $1 }
        let testCounts = approximateMode(classCounts: remaining, draws: nTest, rng: &rng)
        var train: [Int] = [], test: [Int] = []
        for k in values.indices {
            let order = rng.permutation(counts[k]).map { members[k][$0] }
            train.append(contentsOf: order[0..<trainCounts[k]])
            test.append(contentsOf: order[trainCounts[k]..<(trainCounts[k] + testCounts[k])])
        }
        return (rng.permutation(train), rng.permutation(test))
    }

    /// scikit-learn's `_approximate_mode`: per-class draws proportional to the
    /// counts, floored, with the shortfall given to the largest remainders and
    /// ties among equal remainders broken by `rng.choice(…, replace=False)`.
    public static func approximateMode(classCounts: [Int], draws: Int, rng: inout NumPyRandomState) -> [Int] {
        let total = Double(classCounts.reduce(0, +))
        let continuous = classCounts.map { Double($0) / total * Double(draws) }
        var floored = continuous.map { $0.rounded(.down) }
        var needToAdd = draws - Int(floored.reduce(0, +))
        if needToAdd > 0 {
            let remainder = zip(continuous, floored).map { $0 - $1 }
            for value in Set(remainder).sorted(by: >) {
                let tied = remainder.indices.filter { remainder[$0] == value }
                let addNow = min(tied.count, needToAdd)
                for pick in rng.choice(tied.count, size: addNow, replace: false) { floored[tied[pick]] += 1 }
                needToAdd -= addNow
                if needToAdd == 0 { break }
            }
        }
        return floored.map { Int($0) }
    }
}
