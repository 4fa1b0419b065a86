/// How a multiclass ROC AUC combines binary AUCs (scikit-learn `multi_class=`).
public enum MulticlassStrategy: String, Sendable {
    /// One-vs-rest: each class against all others, on its own probability column.
    case ovr
    /// One-vs-one (Hand & Till 2001): every pair of classes present in `yTrue`.
    case ovo
}

/// How the per-class (or per-pair) AUCs are averaged.
public enum MulticlassAverage: String, Sendable {
    /// Unweighted mean.
    case macro
    /// Weighted by class prevalence (OvR) or pair prevalence (OvO).
    case weighted
}

/// Multiclass ROC AUC on an n×k probability matrix (scikit-learn `roc_auc_score`).
///
/// Column j of `probabilities` is the probability of `labels[j]`; rows must sum to 1.
/// - OvR: AUC of (y = labelⱼ, column j) per label; macro mean, or weighted by the
///   number of true samples (absent labels count 0; all-zero weights give 0).
/// - OvO: for each pair (a, b) of labels present in `yTrue`, restricted to samples of a
///   or b, the mean of AUC(a vs b on column a) and AUC(b vs a on column b); macro mean,
///   or weighted by the pair's share of samples.
/// - Throws: `MetricError` on length mismatch, rows of the wrong width, rows not summing
///   to 1, or labels in `yTrue` missing from `labels`.
public func rocAUC(
    yTrue: [Int], probabilities: [[Double]], labels: [Int],
    multiClass: MulticlassStrategy = .ovr, average: MulticlassAverage = .macro
) throws -> MetricValue {
    try validateProbabilityMatrix(yTrue, probabilities, labels)
    if !probabilities.allSatisfy({ abs(1 - $0.reduce(0, +)) <= 1e-8 + 1e-5 * abs($0.reduce(0, +)) }) {
        throw MetricError.invalidArgument(
            "Target scores need to be probabilities for multiclass roc_auc, i.e. they should sum up to 1.0 over classes")
    }
    let labelSet = Set(labels)
    if yTrue.contains(where: { !labelSet.contains($0) }) {
        throw MetricError.invalidArgument("'y_true' contains labels not in parameter 'labels'")
    }
    var warnings: [MetricWarning] = []
    switch multiClass {
    case .ovr:
        var scores: [Double] = [], weights: [Double] = []
        for (column, label) in labels.enumerated() {
            let result = try rocAUC(yTrue: yTrue, scores: probabilities.map { $0[column] }, positiveLabel: label)
            appendUnique(result.warnings, to: &warnings)
            scores.append(result.value)
            weights.append(Double(yTrue.lazy.filter { $0 == label }.count))
        }
        if average == .macro { return MetricValue(Summation.mean(scores), warnings: warnings) }
        if Summation.pairwiseSum(weights) == 0 { return MetricValue(0, warnings: warnings) }
        let masked = zip(scores, weights).map { $1 == 0 ? 0 : $0 }
        return MetricValue(Summation.weightedAverage(masked, weights: weights) ?? 0, warnings: warnings)
    case .ovo:
        let present = labels.indices.filter { yTrue.contains(labels[$0]) }
        var pairScores: [Double] = [], prevalence: [Double] = []
        for (position, a) in present.enumerated() {
            for b in present[(position + 1)...] {
                let rows = yTrue.indices.filter { yTrue[$0] == labels[a] || yTrue[$0] == labels[b] }
                let truth = rows.map { yTrue[$0] }
                let aScore = try rocAUC(yTrue: truth, scores: rows.map { probabilities[$0][a] }, positiveLabel: labels[a])
                let bScore = try rocAUC(yTrue: truth, scores: rows.map { probabilities[$0][b] }, positiveLabel: labels[b])
                pairScores.append((aScore.value + bScore.value) / 2)
                prevalence.append(Double(rows.count) / Double(yTrue.count))
            }
        }
        if average == .macro { return MetricValue(Summation.mean(pairScores)) }
        return MetricValue(Summation.weightedAverage(pairScores, weights: prevalence) ?? .nan)
    }
}

/// Macro average precision over the classes present in `yTrue` (scikit-learn
/// `average_precision_score(y_true, y_proba)` on multiclass targets).
///
/// Column j of `probabilities` belongs to `labels[j]`; scikit-learn binarizes `yTrue`
/// by its *present* classes, so every label must occur in `yTrue`.
/// - Throws: `MetricError` on length mismatch, rows of the wrong width, or when the
///   classes present in `yTrue` are not exactly `labels`.
public func averagePrecision(yTrue: [Int], probabilities: [[Double]], labels: [Int]) throws -> MetricValue {
    try validateProbabilityMatrix(yTrue, probabilities, labels)
    if Set(yTrue) != Set(labels) || Set(labels).count != labels.count {
        throw MetricError.invalidArgument(
            "`y_score` needs to be of shape `(n_samples, n_classes)`, since `y_true` contains multiple classes. "
                + "Got `y_score.shape=(\(probabilities.count), \(labels.count))`.")
    }
    var scores: [Double] = [], warnings: [MetricWarning] = []
    for (column, label) in labels.enumerated() {
        let result = try BinaryRanking(yTrue: yTrue, scores: probabilities.map { $0[column] }, positiveLabel: label)
            .averagePrecision()
        appendUnique(result.warnings, to: &warnings)
        scores.append(result.value)
    }
    return MetricValue(Summation.mean(scores), warnings: warnings)
}

/// Shape and finiteness checks of an n×k probability matrix against `labels`.
func validateProbabilityMatrix(_ yTrue: [Int], _ probabilities: [[Double]], _ labels: [Int]) throws {
    try InputValidation.checkConsistentLength(yTrue.count, probabilities.count)
    if yTrue.isEmpty { throw MetricError.noSamples }
    for row in probabilities {
        if row.count != labels.count {
            throw MetricError.invalidArgument(
                "Number of given labels, \(labels.count), not equal to the number of columns in 'y_score', \(row.count)")
        }
        try InputValidation.checkFinite(row)
    }
}
