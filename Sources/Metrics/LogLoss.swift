import Foundation

/// Binary log loss (cross-entropy) of the probabilities of `positiveLabel`.
///
/// scikit-learn `log_loss(y_true == pos, p)`: the probability of the true class, clipped
/// to [ε, 1 − ε] with ε = 2.22e-16 (float64 machine epsilon; the behaviour of 1.9.1,
/// where the `eps` parameter is gone), enters −(1/n) Σ log pᵢ (NumPy pairwise sum).
/// - Throws: `MetricError` on length mismatch, empty input, non-finite values, a
///   probability outside [0, 1], or a single class in `yTrue`.
public func logLoss(yTrue: [Int], probabilities: [Double], positiveLabel: Int) throws -> MetricValue {
    try InputValidation.checkFinite(probabilities)
    try checkProbabilityRange(probabilities)
    try InputValidation.checkConsistentLength(probabilities.count, yTrue.count)
    if yTrue.isEmpty { throw MetricError.noSamples }
    let isPositive = yTrue.map { $0 == positiveLabel }
    if let first = isPositive.first, isPositive.allSatisfy({ $0 == first }) {
        throw MetricError.invalidArgument(
            "y_true contains only one label (\(first ? "True" : "False")). Please provide the list of all "
                + "expected class labels explicitly through the labels argument.")
    }
    let losses = zip(isPositive, probabilities).map { positive, p in
        -log(clipProbability(positive ? p : 1 - p))
    }
    return MetricValue(Summation.mean(losses))
}

/// Multiclass log loss on an n×k probability matrix (scikit-learn `log_loss(..., labels:)`).
///
/// Column j holds the probability of `labels[j]`. Each row's true-class probability is
/// clipped to [ε, 1 − ε]; loss = −(1/n) Σ log p. Rows not summing to 1 (within
/// √ε relative) give scikit-learn's `UserWarning`.
/// - Throws: `MetricError` on length mismatch, empty input, non-finite values, a
///   probability outside [0, 1], fewer than two labels, a row width other than
///   `labels.count`, or a true label missing from `labels`.
public func logLoss(yTrue: [Int], probabilities: [[Double]], labels: [Int]) throws -> MetricValue {
    for row in probabilities { try InputValidation.checkFinite(row) }
    try checkProbabilityRange(probabilities.flatMap { $0 })
    try InputValidation.checkConsistentLength(probabilities.count, yTrue.count)
    if yTrue.isEmpty { throw MetricError.noSamples }
    var column: [Int: Int] = [:]
    for (index, label) in labels.enumerated() where column[label] == nil { column[label] = index }
    let undeclared = Set(yTrue.filter { column[$0] == nil }).sorted()
    if !undeclared.isEmpty {
        throw MetricError.invalidArgument(
            "y_true contains values {\(undeclared.map(String.init).joined(separator: ", "))} not belonging "
                + "to the passed labels \(labels).")
    }
    if column.count < 2 {
        throw MetricError.invalidArgument("The labels array needs to contain at least two labels, got \(labels).")
    }
    var warnings: [MetricWarning] = []
    let tolerance = 1e-8 + (Double.ulpOfOne).squareRoot()
    if probabilities.contains(where: { abs($0.reduce(0, +) - 1) > tolerance }) {
        warnings.append(.probabilitiesDoNotSumToOne)
    }
    var losses: [Double] = []
    losses.reserveCapacity(yTrue.count)
    for (label, row) in zip(yTrue, probabilities) {
        guard let index = column[label], row.count == labels.count else {
            throw MetricError.invalidArgument(
                "The number of classes in labels is different from that in y_prob. Classes found in labels: \(labels)")
        }
        losses.append(-log(clipProbability(row[index])))
    }
    return MetricValue(Summation.mean(losses), warnings: warnings)
}

/// Clips to [ε, 1 − ε], ε = float64 machine epsilon.
private func clipProbability(_ p: Double) -> Double {
    min(max(p, Double.ulpOfOne), 1 - Double.ulpOfOne)
}

private func checkProbabilityRange(_ values: [Double]) throws {
    guard let high = values.max(), let low = values.min() else { return }
    if high > 1 { throw MetricError.invalidArgument("y_prob contains values greater than 1: \(high)") }
    if low < 0 { throw MetricError.invalidArgument("y_prob contains values lower than 0: \(low)") }
}
