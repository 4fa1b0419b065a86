/// A warning that scikit-learn would raise while computing a metric.
///
/// Metrics never print; they return their warnings so the caller (a notebook
/// cell, a test) decides how to show them. `description` is
/// `"Category: message"`, e.g. `"UndefinedMetricWarning: Precision is ill-defined …"`.
public struct MetricWarning: Hashable, Sendable, CustomStringConvertible {
    /// The Python warning class scikit-learn uses.
    public enum Category: String, Sendable {
        /// `sklearn.exceptions.UndefinedMetricWarning`.
        case undefinedMetric = "UndefinedMetricWarning"
        /// Python's plain `UserWarning`.
        case user = "UserWarning"
    }

    /// Which warning class.
    public let category: Category
    /// The warning text, exactly as scikit-learn words it.
    public let message: String

    /// Creates a warning.
    public init(_ category: Category, _ message: String) {
        self.category = category
        self.message = message
    }

    /// `"Category: message"`, the form Python prints.
    public var description: String { "\(category.rawValue): \(message)" }
}

extension MetricWarning {
    /// `confusion_matrix` found a single label in `y_true` and `y_pred` (1×1 result).
    public static let singleLabelConfusionMatrix = MetricWarning(
        .user,
        "A single label was found in 'y_true' and 'y_pred'. For the confusion matrix to have "
            + "the correct shape, use the 'labels' parameter to pass all known labels.")

    /// ROC AUC with a single class in `y_true` (the score is NaN).
    public static let rocAUCSingleClass = MetricWarning(
        .undefinedMetric, "Only one class is present in y_true. ROC AUC score is not defined in that case.")

    /// `precision_recall_curve` with no positive sample (recall is set to 1).
    public static let noPositiveClassForRecall = MetricWarning(
        .user, "No positive class found in y_true, recall is set to one for all thresholds.")

    /// `roc_curve` with no negative sample (FPR is NaN).
    public static let rocNoNegativeSamples = MetricWarning(
        .undefinedMetric, "No negative samples in y_true, false positive value should be meaningless")

    /// `roc_curve` with no positive sample (TPR is NaN).
    public static let rocNoPositiveSamples = MetricWarning(
        .undefinedMetric, "No positive samples in y_true, true positive value should be meaningless")

    /// `r2_score` with fewer than two samples (the score is NaN).
    public static let r2TooFewSamples = MetricWarning(
        .undefinedMetric, "R^2 score is not well-defined with less than two samples.")

    /// `log_loss` with probability rows that do not sum to one.
    public static let probabilitiesDoNotSumToOne = MetricWarning(
        .user, "The y_prob values do not sum to one. Make sure to pass probabilities.")
}

/// Appends warnings to a list, keeping only the first occurrence of each
/// (Python's default warning filter shows a repeated warning once).
func appendUnique(_ new: [MetricWarning], to list: inout [MetricWarning]) {
    for warning in new where !list.contains(warning) {
        list.append(warning)
    }
}
