/// Fraction of samples whose predicted label equals the true label.
///
/// `accuracy = (1/n) Σ 1[ŷᵢ = yᵢ]` (scikit-learn `accuracy_score`).
/// - Throws: `MetricError` on length mismatch or empty input.
/// - Complexity: O(n).
public func accuracy(yTrue: [Int], yPred: [Int]) throws -> Double {
    try InputValidation.checkTargets(yTrue, yPred)
    var correct = 0
    for (truth, prediction) in zip(yTrue, yPred) where truth == prediction { correct += 1 }
    return Double(correct) / Double(yTrue.count)
}
