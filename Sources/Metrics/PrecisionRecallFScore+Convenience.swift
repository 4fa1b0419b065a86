/// Precision tp / (tp + fp) (scikit-learn `precision_score`; warns only about precision).
///
/// See `precisionRecallFScore` for the parameters; `.none` gives one value per label.
public func precision(
    yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int? = nil, average: Average = .binary,
    zeroDivision: ZeroDivision = .warn
) throws -> MetricValue {
    let scores = try precisionRecallFScore(
        yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positiveLabel, average: average,
        zeroDivision: zeroDivision, warnFor: [.precision])
    return MetricValue(values: scores.precision, warnings: scores.warnings)
}

/// Recall tp / (tp + fn) (scikit-learn `recall_score`; warns only about recall).
///
/// See `precisionRecallFScore` for the parameters; `.none` gives one value per label.
public func recall(
    yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int? = nil, average: Average = .binary,
    zeroDivision: ZeroDivision = .warn
) throws -> MetricValue {
    let scores = try precisionRecallFScore(
        yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positiveLabel, average: average,
        zeroDivision: zeroDivision, warnFor: [.recall])
    return MetricValue(values: scores.recall, warnings: scores.warnings)
}

/// F-beta (1+β²)·tp / ((1+β²)·tp + β²·fn + fp) (scikit-learn `fbeta_score`; warns only about F).
public func fBeta(
    yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int? = nil, average: Average = .binary,
    beta: Double, zeroDivision: ZeroDivision = .warn
) throws -> MetricValue {
    let scores = try precisionRecallFScore(
        yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positiveLabel, average: average,
        beta: beta, zeroDivision: zeroDivision, warnFor: [.fScore])
    return MetricValue(values: scores.fScore, warnings: scores.warnings)
}

/// F1 = 2·tp / (2·tp + fn + fp), the harmonic mean of precision and recall (`f1_score`).
public func f1(
    yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int? = nil, average: Average = .binary,
    zeroDivision: ZeroDivision = .warn
) throws -> MetricValue {
    try fBeta(yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positiveLabel, average: average,
              beta: 1, zeroDivision: zeroDivision)
}
