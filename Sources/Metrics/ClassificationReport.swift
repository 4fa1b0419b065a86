/// scikit-learn's `classification_report(output_dict=True)` as structured rows.
public struct ClassificationReport: Sendable {
    /// One line of the report.
    public struct Row: Sendable {
        /// Precision of the row.
        public let precision: Double
        /// Recall of the row.
        public let recall: Double
        /// F1 of the row (`"f1-score"`).
        public let f1Score: Double
        /// Number of true samples (for averages: the total over the labels).
        public let support: Int
    }

    /// Labels in report order.
    public let labels: [Int]
    /// Per-label rows, parallel to `labels`.
    public let classes: [Row]
    /// Micro-averaged precision, shown as `"accuracy"` when the labels cover every label
    /// present in the data (scikit-learn's rule); `nil` otherwise.
    public let accuracy: Double?
    /// The `"micro avg"` row, present exactly when `accuracy` is `nil`.
    public let microAverage: Row?
    /// The `"macro avg"` row.
    public let macroAverage: Row
    /// The `"weighted avg"` row.
    public let weightedAverage: Row
    /// Warnings raised for any row (deduplicated).
    public let warnings: [MetricWarning]
}

/// Builds the classification report (scikit-learn `classification_report`).
///
/// Per-label precision / recall / F1 / support, then micro (or accuracy), macro and
/// weighted averages, each computed by `precisionRecallFScore` with all warnings enabled.
/// - Parameters:
///   - labels: the labels to report, in order.
///   - zeroDivision: value of 0/0 scores (default: 0 with warnings).
/// - Throws: `MetricError` on length mismatch or empty input.
public func classificationReport(
    yTrue: [Int], yPred: [Int], labels: [Int], zeroDivision: ZeroDivision = .warn
) throws -> ClassificationReport {
    var warnings: [MetricWarning] = []
    func scores(_ average: Average) throws -> PrecisionRecallFScore {
        let result = try precisionRecallFScore(
            yTrue: yTrue, yPred: yPred, labels: labels, average: average, zeroDivision: zeroDivision)
        appendUnique(result.warnings, to: &warnings)
        return result
    }
    let perClass = try scores(.none)
    let support = perClass.support ?? []
    let total = support.reduce(0, +)
    let classes = labels.indices.map {
        ClassificationReport.Row(precision: perClass.precision[$0], recall: perClass.recall[$0],
                                 f1Score: perClass.fScore[$0], support: support[$0])
    }
    func row(_ result: PrecisionRecallFScore) -> ClassificationReport.Row {
        ClassificationReport.Row(precision: result.precision[0], recall: result.recall[0],
                                 f1Score: result.fScore[0], support: total)
    }
    let micro = try scores(.micro)
    let macro = try scores(.macro)
    let weighted = try scores(.weighted)
    let microIsAccuracy = Set(labels).isSuperset(of: InputValidation.uniqueLabels(yTrue, yPred))
    return ClassificationReport(
        labels: labels, classes: classes,
        accuracy: microIsAccuracy ? micro.precision[0] : nil,
        microAverage: microIsAccuracy ? nil : row(micro),
        macroAverage: row(macro), weightedAverage: row(weighted), warnings: warnings)
}
