/// Per-class one-vs-rest rates and their unweighted mean.
public struct OneVsRestRates: Sendable {
    /// One rate per label, in `labels` order (NaN where the denominator is 0).
    public let perClass: [Double]
    /// `np.mean(perClass)`: NaN if any class is NaN.
    public let macro: Double
}

/// True negative rate of `positiveLabel`: tn / (tn + fp); NaN when tn + fp = 0.
///
/// Counts come from the confusion matrix over `labels` (see `binaryCounts`).
/// - Throws: as `binaryCounts`.
public func specificity(yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int) throws -> Double {
    let counts = try binaryCounts(yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positiveLabel)
    return ratio(counts.trueNegatives, counts.trueNegatives + counts.falsePositives)
}

/// False positive rate (fall-out) of `positiveLabel`: fp / (fp + tn); NaN when fp + tn = 0.
///
/// Always `1 − specificity` up to rounding.
/// - Throws: as `binaryCounts`.
public func fallOut(yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int) throws -> Double {
    let counts = try binaryCounts(yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positiveLabel)
    return ratio(counts.falsePositives, counts.falsePositives + counts.trueNegatives)
}

/// One-vs-rest specificity tn/(tn+fp) of every label, plus the macro mean.
/// - Throws: as `confusionMatrix`.
public func specificity(yTrue: [Int], yPred: [Int], labels: [Int]) throws -> OneVsRestRates {
    try oneVsRestRates(yTrue, yPred, labels) { ratio($0.trueNegatives, $0.trueNegatives + $0.falsePositives) }
}

/// One-vs-rest fall-out fp/(fp+tn) of every label, plus the macro mean.
/// - Throws: as `confusionMatrix`.
public func fallOut(yTrue: [Int], yPred: [Int], labels: [Int]) throws -> OneVsRestRates {
    try oneVsRestRates(yTrue, yPred, labels) { ratio($0.falsePositives, $0.falsePositives + $0.trueNegatives) }
}

private func oneVsRestRates(
    _ yTrue: [Int], _ yPred: [Int], _ labels: [Int], _ rate: (BinaryCounts) -> Double
) throws -> OneVsRestRates {
    let matrix = try confusionMatrix(yTrue: yTrue, yPred: yPred, labels: labels)
    let perClass = labels.indices.map { rate(oneVsRestCounts(matrix, $0)) }
    return OneVsRestRates(perClass: perClass, macro: Summation.mean(perClass))
}

/// `numerator / denominator`, NaN when the denominator is 0.
private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? .nan : Double(numerator) / Double(denominator)
}
