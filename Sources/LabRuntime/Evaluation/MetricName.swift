/// The metric names of the language (and of the results contract's `metric`).
enum MetricName: String, CaseIterable {
    case accuracy, precision, recall, f1, specificity
    case fallOut = "fall_out"
    case confusion = "confusion_matrix"
    case report
    case rocAUC = "roc_auc"
    case averagePrecision = "average_precision"
    case logLoss = "log_loss"
    case rocCurve = "roc_curve"
    case prCurve = "pr_curve"
    case mse, rmse, mae, r2

    /// Also accepted: `confusion` for `confusion_matrix`, `auc` for `roc_auc`, `ap` for `average_precision`.
    static let aliases: [String: MetricName] = ["confusion": .confusion, "auc": .rocAUC, "ap": .averagePrecision,
                                                "roc": .rocCurve, "pr": .prCurve]

    init?(word: String) {
        if let m = MetricName(rawValue: word) ?? MetricName.aliases[word] { self = m } else { return nil }
    }

    /// A single number per model (goes into the summary table).
    var isScalar: Bool {
        switch self {
        case .confusion, .report, .rocCurve, .prCurve: return false
        default: return true
        }
    }

    var isRegression: Bool { [.mse, .rmse, .mae, .r2].contains(self) }

    /// Metrics that depend on the averaging choice.
    var isAveraged: Bool { [.precision, .recall, .f1, .specificity, .fallOut].contains(self) }

    /// Needs scores rather than labels.
    var needsScores: Bool { [.rocAUC, .averagePrecision, .logLoss, .rocCurve, .prCurve].contains(self) }

    static let defaultClassification: [MetricName] = [.accuracy, .precision, .recall, .f1]
    static let defaultRegression: [MetricName] = [.mse, .rmse, .mae, .r2]
    static var allWords: [String] { allCases.map(\.rawValue) + aliases.keys.sorted() }
}
