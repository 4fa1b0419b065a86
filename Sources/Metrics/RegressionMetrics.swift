/// Mean squared error (1/n) Σ (yᵢ − ŷᵢ)² (scikit-learn `mean_squared_error`).
/// - Throws: `MetricError` on length mismatch, empty or non-finite input.
public func meanSquaredError(yTrue: [Double], yPred: [Double]) throws -> Double {
    try checkRegressionTargets(yTrue, yPred)
    return Summation.mean(zip(yTrue, yPred).map { ($0 - $1) * ($0 - $1) })
}

/// Root mean squared error √MSE (scikit-learn `root_mean_squared_error`).
/// - Throws: `MetricError` on length mismatch, empty or non-finite input.
public func rootMeanSquaredError(yTrue: [Double], yPred: [Double]) throws -> Double {
    try meanSquaredError(yTrue: yTrue, yPred: yPred).squareRoot()
}

/// Mean absolute error (1/n) Σ |yᵢ − ŷᵢ| (scikit-learn `mean_absolute_error`).
/// - Throws: `MetricError` on length mismatch, empty or non-finite input.
public func meanAbsoluteError(yTrue: [Double], yPred: [Double]) throws -> Double {
    try checkRegressionTargets(yTrue, yPred)
    return Summation.mean(zip(yTrue, yPred).map { abs($1 - $0) })
}

/// Coefficient of determination R² = 1 − SS_res / SS_tot (scikit-learn `r2_score`).
///
/// SS_res = Σ (yᵢ − ŷᵢ)², SS_tot = Σ (yᵢ − ȳ)². For constant `yTrue` (SS_tot = 0):
/// with `forceFinite` the score is 1 for a perfect prediction and 0 otherwise;
/// without it, 1 − SS_res/0 (−inf, or NaN for 0/0). Fewer than two samples give NaN
/// with an `UndefinedMetricWarning`.
/// - Throws: `MetricError` on length mismatch, empty or non-finite input.
public func r2Score(yTrue: [Double], yPred: [Double], forceFinite: Bool = true) throws -> MetricValue {
    try checkRegressionTargets(yTrue, yPred)
    if yTrue.count < 2 { return MetricValue(.nan, warnings: [.r2TooFewSamples]) }
    let numerator = Summation.pairwiseSum(zip(yTrue, yPred).map { ($0 - $1) * ($0 - $1) })
    let mean = Summation.mean(yTrue)
    let denominator = Summation.pairwiseSum(yTrue.map { ($0 - mean) * ($0 - mean) })
    if !forceFinite { return MetricValue(1 - numerator / denominator) }
    if denominator != 0 && numerator != 0 { return MetricValue(1 - numerator / denominator) }
    if numerator != 0 { return MetricValue(0) }
    return MetricValue(1)
}

private func checkRegressionTargets(_ yTrue: [Double], _ yPred: [Double]) throws {
    try InputValidation.checkConsistentLength(yTrue.count, yPred.count)
    if yTrue.isEmpty { throw MetricError.noSamples }
    try InputValidation.checkFinite(yTrue)
    try InputValidation.checkFinite(yPred)
}
