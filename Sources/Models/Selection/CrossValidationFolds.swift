import LabCore

/// One fold of a cross-validation: the rows to fit on and the rows to score,
/// each in ascending order (as scikit-learn's `split` yields them).
public struct Fold: Equatable, Sendable {
    public var train: [Int]
    public var test: [Int]

    public init(train: [Int], test: [Int]) {
        self.train = train
        self.test = test
    }
}

/// scikit-learn's `KFold` and `StratifiedKFold` fold assignment, exactly,
/// drawing shuffles from NumPy's legacy `RandomState(seed)`.
public enum CrossValidationFolds {
    /// `KFold(n_splits=folds, shuffle=seed != nil, random_state=seed)`: consecutive
    /// blocks of the (optionally shuffled) rows, the first `n % folds` one row larger.
    /// - Throws: `ModelError.invalidHyperParameter` for fewer than 2 folds or more folds than rows.
    public static func kFold(rows n: Int, folds: Int, seed: UInt32?) throws -> [Fold] {
        try check(folds: folds, rows: n)
        var order = Array(0..<n)
        if let seed {
            var rng = NumPyRandomState(seed: seed)
            rng.shuffle(&order)
        }
        var assignment = [Int](repeating: 0, count: n)
        var start = 0
        for k in 0..<folds {
            let size = n / folds + (k < n % folds ? 1 : 0)
            for i in start..<(start + size) { assignment[order[i]] = k }
            start += size
        }
        return masks(assignment, folds: folds)
    }

    /// `StratifiedKFold(n_splits=folds, shuffle=seed != nil, random_state=seed)`:
    /// classes numbered by first appearance; the sorted labels dealt round-robin
    /// to the folds give each fold's per-class count; each class's fold labels are
    /// shuffled (when seeded) and assigned to its rows in order.
    /// - Returns: the folds and scikit-learn's warning when a class has fewer members than folds.
    /// - Throws: `ModelError.invalidHyperParameter` when every class has fewer members than folds.
    public static func stratifiedKFold(classes y: [Int], folds: Int, seed: UInt32?) throws
        -> (folds: [Fold], warning: String?) {
        try check(folds: folds, rows: y.count)
        var firstSeen: [Int: Int] = [:]
        var encoded = [Int](repeating: 0, count: y.count)
        // np.unique(y, return_index) then rank of first indices: order of first appearance.
        for (i, v) in y.enumerated() {
            if firstSeen[v] == nil { firstSeen[v] = firstSeen.count }
            encoded[i] = firstSeen[v] ?? 0
        }
        let classCount = firstSeen.count
        var counts = [Int](repeating: 0, count: classCount)
        for c in encoded { counts[c] += 1 }
        if counts.allSatisfy({ folds > $0 }) {
            throw ModelError.invalidHyperParameter(
                name: "folds", value: "\(folds)", expected: "at most the number of members in each class")
        }
        let fewest = counts.min() ?? 0
        let warning = folds > fewest
            ? "The least populated class in y has only \(fewest) members, which is less than n_splits=\(folds)." : nil
        let sorted = encoded.sorted()
        var allocation = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: folds)
        for (i, c) in sorted.enumerated() { allocation[i % folds][c] += 1 }
        var rng = seed.map { NumPyRandomState(seed: $0) }
        var assignment = [Int](repeating: 0, count: y.count)
        for k in 0..<classCount {
            var foldsForClass: [Int] = []
            for f in 0..<folds { foldsForClass += Array(repeating: f, count: allocation[f][k]) }
            if rng != nil { rng?.shuffle(&foldsForClass) }
            var next = 0
            for i in encoded.indices where encoded[i] == k {
                assignment[i] = foldsForClass[next]
                next += 1
            }
        }
        return (masks(assignment, folds: folds), warning)
    }

    private static func check(folds: Int, rows: Int) throws {
        guard folds >= 2 else {
            throw ModelError.invalidHyperParameter(name: "folds", value: "\(folds)", expected: "at least 2")
        }
        guard folds <= rows else {
            throw ModelError.invalidHyperParameter(
                name: "folds", value: "\(folds)", expected: "at most the number of rows (\(rows))")
        }
    }

    /// Folds from a per-row fold number: test = rows of the fold, train = the rest, both ascending.
    private static func masks(_ assignment: [Int], folds: Int) -> [Fold] {
        (0..<folds).map { k in
            Fold(train: assignment.indices.filter { assignment[$0] != k },
                 test: assignment.indices.filter { assignment[$0] == k })
        }
    }
}
