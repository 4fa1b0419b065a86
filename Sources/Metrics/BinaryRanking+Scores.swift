extension BinaryRanking {
    /// Area under the ROC curve by the trapezoidal rule (scikit-learn `roc_auc_score`, binary).
    ///
    /// AUC = Σ (fprₖ₊₁ − fprₖ)(tprₖ₊₁ + tprₖ)/2 over the points `rocCurve(dropIntermediate: true)`
    /// keeps, summed in NumPy's pairwise order (so the bits match scikit-learn's). The terms
    /// are produced in one streaming pass, without materialising the curve.
    /// NaN with a warning when only one class is present.
    /// - Complexity: O(m) for m distinct scores.
    public func rocAUC() -> MetricValue {
        let negatives = negativeCount, positives = positiveCount
        if positives == 0 || negatives == 0 { return MetricValue(.nan, warnings: [.rocAUCSingleClass]) }
        let count = thresholds.count
        var terms: [Double] = []
        terms.reserveCapacity(count)
        var previousX = 0.0, previousY = 0.0
        falsePositives.withUnsafeBufferPointer { fps in
            truePositives.withUnsafeBufferPointer { tps in
                for i in 0 ..< count {
                    if i > 0 && i < count - 1 {
                        let fpsBend = (fps[i + 1] - fps[i]) - (fps[i] - fps[i - 1])
                        let tpsBend = (tps[i + 1] - tps[i]) - (tps[i] - tps[i - 1])
                        if fpsBend == 0 && tpsBend == 0 { continue }
                    }
                    let x = fps[i] / negatives, y = tps[i] / positives
                    terms.append((x - previousX) * (y + previousY) / 2.0)
                    previousX = x
                    previousY = y
                }
            }
        }
        return MetricValue(Summation.pairwiseSum(terms))
    }

    /// Average precision AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ, the step-wise (not interpolated) area under
    /// the PR curve (scikit-learn `average_precision_score`, binary).
    ///
    /// Computed as scikit-learn does, −Σ diff(recall)·precision[:-1] over the curve of
    /// `precisionRecallCurve()`, pairwise-summed, clipped at 0 (no positives gives 0 and
    /// scikit-learn's warning); the terms are streamed without materialising the curve.
    /// - Complexity: O(m) for m distinct scores.
    public func averagePrecision() -> MetricValue {
        let count = thresholds.count
        let positives = positiveCount
        var terms = [Double](repeating: 0, count: count)
        falsePositives.withUnsafeBufferPointer { fps in
            truePositives.withUnsafeBufferPointer { tps in
                terms.withUnsafeMutableBufferPointer { out in
                    func recall(_ i: Int) -> Double { positives == 0 ? 1.0 : tps[i] / positives }
                    func precision(_ i: Int) -> Double {
                        tps[i] + fps[i] != 0 ? tps[i] / (tps[i] + fps[i]) : 0.0
                    }
                    // Reversed curve: position j holds threshold index count − 1 − j.
                    for j in 0 ..< count {
                        let i = count - 1 - j
                        let nextRecall = i == 0 ? 0.0 : recall(i - 1)
                        out[j] = (nextRecall - recall(i)) * precision(i)
                    }
                }
            }
        }
        let area = -Summation.pairwiseSum(terms)
        return MetricValue(area > 0 ? area : 0.0, warnings: positives == 0 ? [.noPositiveClassForRecall] : [])
    }
}
