/// Counts of (true label, predicted label) pairs: rows are true labels, columns predicted.
///
/// `C[i][j]` = number of samples with `yTrue == labels[i]` and `yPred == labels[j]`
/// (scikit-learn `confusion_matrix`). Samples whose true or predicted label is not
/// in `labels` are ignored.
/// - Parameter labels: the row/column order; `nil` uses the sorted labels present in either array.
/// - Throws: `MetricError` on length mismatch, empty input, empty `labels`, or when no
///   label of `labels` occurs in `yTrue`.
/// - Complexity: O(n + k²).
public func confusionMatrix(yTrue: [Int], yPred: [Int], labels: [Int]? = nil) throws -> [[Int]] {
    try InputValidation.checkTargets(yTrue, yPred)
    let order: [Int]
    if let labels {
        if labels.isEmpty { throw MetricError.invalidArgument("'labels' should contain at least one label.") }
        if Set(labels).isDisjoint(with: yTrue) {
            throw MetricError.invalidArgument("At least one label specified must be in y_true")
        }
        order = labels
    } else {
        order = InputValidation.uniqueLabels(yTrue, yPred)
    }
    var position: [Int: Int] = [:]
    for (index, label) in order.enumerated() where position[label] == nil { position[label] = index }
    var matrix = Array(repeating: Array(repeating: 0, count: order.count), count: order.count)
    for (truth, prediction) in zip(yTrue, yPred) {
        if let row = position[truth], let column = position[prediction] { matrix[row][column] += 1 }
    }
    return matrix
}

/// The four cells of a binary confusion matrix for one positive label.
public struct BinaryCounts: Equatable, Sendable {
    /// True positives: positive and predicted positive.
    public let truePositives: Int
    /// False negatives: positive but predicted negative.
    public let falseNegatives: Int
    /// False positives: negative but predicted positive.
    public let falsePositives: Int
    /// True negatives: negative and predicted negative.
    public let trueNegatives: Int

    /// Creates the counts.
    public init(truePositives: Int, falseNegatives: Int, falsePositives: Int, trueNegatives: Int) {
        self.truePositives = truePositives
        self.falseNegatives = falseNegatives
        self.falsePositives = falsePositives
        self.trueNegatives = trueNegatives
    }
}

/// One-vs-rest counts of `positiveLabel` from the confusion matrix over `labels`.
///
/// With `C = confusionMatrix(labels:)` and `p` the index of `positiveLabel`:
/// tp = C[p][p], fn = row p − tp, fp = column p − tp, tn = ΣC − tp − fn − fp.
/// For two labels this is `confusion_matrix(...).ravel()` read around the positive class.
/// - Throws: as `confusionMatrix`, or `invalidArgument` when `positiveLabel` is not in `labels`.
public func binaryCounts(yTrue: [Int], yPred: [Int], labels: [Int], positiveLabel: Int) throws -> BinaryCounts {
    let matrix = try confusionMatrix(yTrue: yTrue, yPred: yPred, labels: labels)
    guard let index = labels.firstIndex(of: positiveLabel) else {
        throw MetricError.invalidArgument("positive label \(positiveLabel) is not one of the labels \(labels)")
    }
    return oneVsRestCounts(matrix, index)
}

/// One-vs-rest counts of class `index` in a square confusion matrix.
func oneVsRestCounts(_ matrix: [[Int]], _ index: Int) -> BinaryCounts {
    let total = matrix.reduce(0) { $0 + $1.reduce(0, +) }
    let truePositives = matrix[index][index]
    let falseNegatives = matrix[index].reduce(0, +) - truePositives
    let falsePositives = matrix.reduce(0) { $0 + $1[index] } - truePositives
    return BinaryCounts(
        truePositives: truePositives, falseNegatives: falseNegatives, falsePositives: falsePositives,
        trueNegatives: total - truePositives - falseNegatives - falsePositives)
}
