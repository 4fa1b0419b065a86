/// A precision–recall curve, exactly as `precision_recall_curve` returns it.
public struct PrecisionRecallCurve: Sendable {
    /// Precision per threshold (increasing threshold order), then a final 1.
    public let precision: [Double]
    /// Recall per threshold (non-increasing), then a final 0.
    public let recall: [Double]
    /// Distinct scores, ascending; one shorter than `precision` and `recall`.
    public let thresholds: [Double]
    /// The warning scikit-learn gives when `yTrue` has no positive sample.
    public let warnings: [MetricWarning]
}

extension BinaryRanking {
    /// The precision–recall curve (scikit-learn `precision_recall_curve`).
    ///
    /// precision = tps / (tps + fps), recall = tps / tps[-1] (all 1 with a warning when
    /// there is no positive), reversed so thresholds ascend, then the point (recall 0, precision 1).
    /// - Parameter dropIntermediate: keep only the first and last point of each run of
    ///   equal true-positive counts (scikit-learn's default is `false`).
    public func precisionRecallCurve(dropIntermediate: Bool = false) -> PrecisionRecallCurve {
        var fps = falsePositives, tps = truePositives, cuts = thresholds
        if dropIntermediate && fps.count > 2 {
            var keep = [0]
            for i in 1 ..< tps.count - 1 where tps[i] != tps[i - 1] || tps[i + 1] != tps[i] { keep.append(i) }
            keep.append(tps.count - 1)
            fps = keep.map { fps[$0] }; tps = keep.map { tps[$0] }; cuts = keep.map { cuts[$0] }
        }
        var precision = zip(tps, fps).map { tp, fp in tp + fp != 0 ? tp / (tp + fp) : 0.0 }
        var warnings: [MetricWarning] = []
        let positives = tps[tps.count - 1]
        var recall: [Double]
        if positives == 0 {
            warnings.append(.noPositiveClassForRecall)
            recall = Array(repeating: 1.0, count: tps.count)
        } else {
            recall = tps.map { $0 / positives }
        }
        precision.reverse(); precision.append(1.0)
        recall.reverse(); recall.append(0.0)
        return PrecisionRecallCurve(precision: precision, recall: recall, thresholds: cuts.reversed(),
                                    warnings: warnings)
    }
}

/// The precision–recall curve of `scores` for `positiveLabel` (scikit-learn `precision_recall_curve`).
/// - Throws: `MetricError` on length mismatch, empty input or non-finite scores.
/// - Complexity: O(n) (radix sort).
public func precisionRecallCurve(
    yTrue: [Int], scores: [Double], positiveLabel: Int, dropIntermediate: Bool = false
) throws -> PrecisionRecallCurve {
    try BinaryRanking(yTrue: yTrue, scores: scores, positiveLabel: positiveLabel)
        .precisionRecallCurve(dropIntermediate: dropIntermediate)
}

/// Binary average precision of `scores` for `positiveLabel` (scikit-learn `average_precision_score`).
/// - Throws: `MetricError` on length mismatch, empty input, non-finite scores, or when
///   `yTrue` holds two labels and neither is `positiveLabel`.
public func averagePrecision(yTrue: [Int], scores: [Double], positiveLabel: Int) throws -> MetricValue {
    try InputValidation.checkPositiveLabel(yTrue, positiveLabel)
    return try BinaryRanking(yTrue: yTrue, scores: scores, positiveLabel: positiveLabel).averagePrecision()
}

/// ROC AUC and average precision from a single sort (the fast path for large inputs).
/// - Throws: as `averagePrecision`.
public func rocAUCAndAveragePrecision(
    yTrue: [Int], scores: [Double], positiveLabel: Int
) throws -> (rocAUC: MetricValue, averagePrecision: MetricValue) {
    try InputValidation.checkPositiveLabel(yTrue, positiveLabel)
    let ranking = try BinaryRanking(yTrue: yTrue, scores: scores, positiveLabel: positiveLabel)
    return (ranking.rocAUC(), ranking.averagePrecision())
}
