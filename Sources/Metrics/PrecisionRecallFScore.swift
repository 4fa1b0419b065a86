/// Precision, recall and F-beta of a classification, as scikit-learn computes them.
public struct PrecisionRecallFScore: Sendable {
    /// tp / (tp + fp): one value per label for `.none`, else one value.
    public let precision: [Double]
    /// tp / (tp + fn): one value per label for `.none`, else one value.
    public let recall: [Double]
    /// (1 + β²)·tp / ((1 + β²)·tp + β²·fn + fp): one value per label for `.none`, else one.
    public let fScore: [Double]
    /// Number of true samples of each label (`.none` only, as scikit-learn).
    public let support: [Int]?
    /// `UndefinedMetricWarning`s for 0/0 scores under `zeroDivision: .warn`.
    public let warnings: [MetricWarning]
}

/// The three scores that can warn on 0/0 (scikit-learn's `warn_for`).
public enum PRFMetric: String, Sendable, CaseIterable {
    /// Precision: 0/0 when a label has no predicted samples.
    case precision
    /// Recall: 0/0 when a label has no true samples.
    case recall
    /// F-score: 0/0 when a label has neither.
    case fScore
}

/// Precision, recall, F-beta and support (scikit-learn `precision_recall_fscore_support`).
///
/// Per label ℓ: tp = #(y=ℓ ∧ ŷ=ℓ), pred = #(ŷ=ℓ), true = #(y=ℓ); precision = tp/pred,
/// recall = tp/true, F = (1+β²)·tp / (β²·true + pred). `.micro` sums the counts first;
/// `.macro` / `.weighted` average the per-label scores, skipping NaN.
/// - Parameters:
///   - labels: the labels to score, in result order (labels absent from the data score 0/0).
///   - positiveLabel: the label scored by `.binary` (required there, ignored otherwise).
///   - beta: weight of recall; `.infinity` gives recall, 0 gives precision.
///   - zeroDivision: the value of 0/0 scores.
///   - warnFor: which 0/0 scores produce warnings under `.warn`.
/// - Throws: `MetricError` on length mismatch, empty input, `.binary` on multiclass data
///   or with an absent positive label, or a missing `positiveLabel`.
/// - Complexity: O(n + k).
public func precisionRecallFScore(
    yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int? = nil, average: Average = .binary,
    beta: Double = 1, zeroDivision: ZeroDivision = .warn,
    warnFor: Set<PRFMetric> = Set(PRFMetric.allCases)
) throws -> PrecisionRecallFScore {
    try InputValidation.checkTargets(yTrue, yPred)
    var scored = labels
    if average == .binary {
        guard let positiveLabel else {
            throw MetricError.invalidArgument("average='binary' needs a positive label (pos_label).")
        }
        if TargetKind(yTrue, yPred) == .multiclass { throw MetricError.binaryAverageOnMulticlass }
        let present = InputValidation.uniqueLabels(yTrue, yPred)
        if !present.contains(positiveLabel) && present.count >= 2 {
            throw MetricError.invalidPositiveLabel(positiveLabel: positiveLabel, presentLabels: present)
        }
        scored = [positiveLabel]
    }
    var index: [Int: Int] = [:]
    for (position, label) in scored.enumerated() where index[label] == nil { index[label] = position }
    var tp = Array(repeating: 0, count: scored.count)
    var predicted = tp, actual = tp
    for (truth, prediction) in zip(yTrue, yPred) {
        if let i = index[truth] { actual[i] += 1 }
        if let j = index[prediction] { predicted[j] += 1 }
        if truth == prediction, let i = index[truth] { tp[i] += 1 }
    }
    // Duplicated labels score like their first occurrence.
    for (position, label) in scored.enumerated() {
        if let first = index[label], first != position {
            tp[position] = tp[first]; predicted[position] = predicted[first]; actual[position] = actual[first]
        }
    }
    if average == .micro {
        tp = [tp.reduce(0, +)]; predicted = [predicted.reduce(0, +)]; actual = [actual.reduce(0, +)]
    }
    var warnings: [MetricWarning] = []
    let warn = zeroDivision == .warn
    let precision = prfDivide(tp.map(Double.init), predicted.map(Double.init), zeroDivision,
                              warn && warnFor.contains(.precision) ? ("Precision is", "predicted") : nil, &warnings)
    let recall = prfDivide(tp.map(Double.init), actual.map(Double.init), zeroDivision,
                           warn && warnFor.contains(.recall) ? ("Recall is", "true") : nil, &warnings)
    let fScore: [Double]
    if beta == .infinity {
        fScore = recall
    } else if beta == 0 {
        fScore = precision
    } else {
        let beta2 = beta * beta
        let numerators = tp.map { (1 + beta2) * Double($0) }
        let denominators = zip(actual, predicted).map { beta2 * Double($0) + Double($1) }
        fScore = prfDivide(numerators, denominators, zeroDivision,
                           warn && warnFor.contains(.fScore) ? ("F-score is", "true nor predicted") : nil, &warnings)
    }
    if average == .none {
        return PrecisionRecallFScore(precision: precision, recall: recall, fScore: fScore,
                                     support: actual, warnings: warnings)
    }
    let weights = average == .weighted ? actual.map(Double.init) : nil
    return PrecisionRecallFScore(
        precision: [Summation.nanAverage(precision, weights: weights)],
        recall: [Summation.nanAverage(recall, weights: weights)],
        fScore: [Summation.nanAverage(fScore, weights: weights)],
        support: nil, warnings: warnings)
}

/// `_prf_divide`: element-wise division with 0/0 replaced by the zero-division value,
/// appending sklearn's warning when asked (`warning` = (subject, modifier)).
private func prfDivide(
    _ numerators: [Double], _ denominators: [Double], _ zeroDivision: ZeroDivision,
    _ warning: (String, String)?, _ warnings: inout [MetricWarning]
) -> [Double] {
    var anyZero = false
    let result = zip(numerators, denominators).map { numerator, denominator -> Double in
        if denominator == 0 { anyZero = true; return zeroDivision.value }
        return numerator / denominator
    }
    if anyZero, let (subject, modifier) = warning {
        let position = result.count == 1 ? "due to" : "in labels with"
        let message = "\(subject) ill-defined and being set to 0.0 \(position) no \(modifier) samples. "
            + "Use `zero_division` parameter to control this behavior."
        appendUnique([MetricWarning(.undefinedMetric, message)], to: &warnings)
    }
    return result
}
