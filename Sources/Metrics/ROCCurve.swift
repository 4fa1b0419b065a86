/// A receiver operating characteristic curve, as `roc_curve` returns it.
public struct ROCCurve: Sendable {
    /// False positive rates, non-decreasing (all NaN when there is no negative sample).
    public let falsePositiveRate: [Double]
    /// True positive rates, non-decreasing (all NaN when there is no positive sample).
    public let truePositiveRate: [Double]
    /// Decreasing thresholds; `thresholds[0]` is +inf (the point (0, 0)), as in scikit-learn ≥ 1.3.
    public let thresholds: [Double]
    /// `UndefinedMetricWarning`s for a missing class.
    public let warnings: [MetricWarning]
}

extension BinaryRanking {
    /// The ROC curve (scikit-learn `roc_curve`).
    ///
    /// fpr = fps / fps[-1], tpr = tps / tps[-1], preceded by the point (0, 0) at +inf.
    /// - Parameter dropIntermediate: drop points collinear with their neighbours
    ///   (non-zero second difference of neither fps nor tps); they do not change the AUC.
    public func rocCurve(dropIntermediate: Bool = true) -> ROCCurve {
        var fps = falsePositives, tps = truePositives, cuts = thresholds
        if dropIntermediate && fps.count > 2 {
            var keep = [0]
            for i in 1 ..< fps.count - 1 {
                let fpsBend = (fps[i + 1] - fps[i]) - (fps[i] - fps[i - 1])
                let tpsBend = (tps[i + 1] - tps[i]) - (tps[i] - tps[i - 1])
                if fpsBend != 0 || tpsBend != 0 { keep.append(i) }
            }
            keep.append(fps.count - 1)
            fps = keep.map { fps[$0] }; tps = keep.map { tps[$0] }; cuts = keep.map { cuts[$0] }
        }
        fps.insert(0, at: 0); tps.insert(0, at: 0); cuts.insert(.infinity, at: 0)
        var warnings: [MetricWarning] = []
        let negatives = fps[fps.count - 1], positives = tps[tps.count - 1]
        let fpr: [Double]
        if negatives <= 0 {
            warnings.append(.rocNoNegativeSamples)
            fpr = Array(repeating: .nan, count: fps.count)
        } else {
            fpr = fps.map { $0 / negatives }
        }
        let tpr: [Double]
        if positives <= 0 {
            warnings.append(.rocNoPositiveSamples)
            tpr = Array(repeating: .nan, count: tps.count)
        } else {
            tpr = tps.map { $0 / positives }
        }
        return ROCCurve(falsePositiveRate: fpr, truePositiveRate: tpr, thresholds: cuts, warnings: warnings)
    }
}

/// The ROC curve of `scores` for `positiveLabel` (scikit-learn `roc_curve`).
///
/// See `BinaryRanking.rocCurve(dropIntermediate:)`.
/// - Throws: `MetricError` on length mismatch, empty input or non-finite scores.
/// - Complexity: O(n) (radix sort).
public func rocCurve(
    yTrue: [Int], scores: [Double], positiveLabel: Int, dropIntermediate: Bool = true
) throws -> ROCCurve {
    try BinaryRanking(yTrue: yTrue, scores: scores, positiveLabel: positiveLabel)
        .rocCurve(dropIntermediate: dropIntermediate)
}

/// Binary ROC AUC of `scores` for `positiveLabel` (`roc_auc_score(y_true == pos, scores)`).
///
/// NaN plus `UndefinedMetricWarning` when `yTrue` holds a single class (scikit-learn 1.9.1
/// no longer raises there).
/// - Throws: `MetricError` on length mismatch, empty input or non-finite scores.
public func rocAUC(yTrue: [Int], scores: [Double], positiveLabel: Int) throws -> MetricValue {
    try BinaryRanking(yTrue: yTrue, scores: scores, positiveLabel: positiveLabel).rocAUC()
}
