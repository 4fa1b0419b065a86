/// Cumulative confusion counts at every distinct score of a binary problem.
///
/// scikit-learn's `confusion_matrix_at_thresholds`: scores sorted in decreasing order,
/// one entry per distinct score `t`, with `truePositives[i]` / `falsePositives[i]` the
/// number of positive / negative samples scoring ≥ `thresholds[i]`. All ROC and PR
/// quantities derive from it, so one sort serves `rocCurve`, `rocAUC`,
/// `precisionRecallCurve` and `averagePrecision`.
///
/// Complexity: O(n) with a radix sort on the IEEE bits (positives and negatives are
/// sorted separately, then merged).
public struct BinaryRanking: Sendable {
    /// Distinct scores, decreasing.
    public let thresholds: [Double]
    /// Positives scoring ≥ each threshold (float64 as in scikit-learn).
    public let truePositives: [Double]
    /// Negatives scoring ≥ each threshold.
    public let falsePositives: [Double]

    /// Ranks `scores` for the samples whose `yTrue` equals `positiveLabel`.
    /// - Throws: `MetricError` on length mismatch, empty input or non-finite scores.
    public init(yTrue: [Int], scores: [Double], positiveLabel: Int) throws {
        try self.init(isPositive: yTrue.map { $0 == positiveLabel }, scores: scores)
    }

    /// Ranks `scores` with the given positive mask.
    /// - Throws: `MetricError` on length mismatch, empty input or non-finite scores.
    public init(isPositive: [Bool], scores: [Double]) throws {
        try InputValidation.checkConsistentLength(isPositive.count, scores.count)
        if scores.isEmpty { throw MetricError.noSamples }
        try InputValidation.checkFinite(scores)
        var positiveKeys: [UInt64] = [], negativeKeys: [UInt64] = []
        let positives = isPositive.lazy.filter { $0 }.count
        positiveKeys.reserveCapacity(positives)
        negativeKeys.reserveCapacity(scores.count - positives)
        for (positive, score) in zip(isPositive, scores) {
            if positive {
                positiveKeys.append(RadixSort.descendingKey(score))
            } else {
                negativeKeys.append(RadixSort.descendingKey(score))
            }
        }
        RadixSort.sort(&positiveKeys)
        RadixSort.sort(&negativeKeys)
        (thresholds, truePositives, falsePositives) = Self.merge(positiveKeys, negativeKeys)
    }

    /// Walks both sorted key lists together, emitting one entry per distinct key.
    private static func merge(_ positive: [UInt64], _ negative: [UInt64]) -> ([Double], [Double], [Double]) {
        var thresholds: [Double] = [], tps: [Double] = [], fps: [Double] = []
        let capacity = positive.count + negative.count
        thresholds.reserveCapacity(capacity); tps.reserveCapacity(capacity); fps.reserveCapacity(capacity)
        positive.withUnsafeBufferPointer { pos in
            negative.withUnsafeBufferPointer { neg in
                var i = 0, j = 0
                while i < pos.count || j < neg.count {
                    let key: UInt64
                    if j >= neg.count || (i < pos.count && pos[i] <= neg[j]) { key = pos[i] } else { key = neg[j] }
                    while i < pos.count && pos[i] == key { i += 1 }
                    while j < neg.count && neg[j] == key { j += 1 }
                    thresholds.append(RadixSort.score(fromDescendingKey: key))
                    tps.append(Double(i))
                    fps.append(Double(j))
                }
            }
        }
        return (thresholds, tps, fps)
    }

    /// Number of positive samples.
    public var positiveCount: Double { truePositives.last ?? 0 }
    /// Number of negative samples.
    public var negativeCount: Double { falsePositives.last ?? 0 }
}
