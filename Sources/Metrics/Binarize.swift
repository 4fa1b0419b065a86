/// Turns scores into decisions: `scores[i] > threshold` (strictly) is `true`.
///
/// scikit-learn's `Binarizer(threshold:)`; a score equal to the threshold is negative.
public func binarize(scores: [Double], threshold: Double) -> [Bool] {
    scores.map { $0 > threshold }
}

/// Turns scores into labels: `positiveLabel` where `score > threshold`, else `negativeLabel`.
public func binarize(scores: [Double], threshold: Double, positiveLabel: Int, negativeLabel: Int) -> [Int] {
    scores.map { $0 > threshold ? positiveLabel : negativeLabel }
}
