import Metrics

/// Computes one scalar metric of an `Evaluation`, with scikit-learn's definitions.
struct MetricCalculator {
    /// How precision / recall / F1 are averaged, and which class is positive.
    var average: Average
    var positive: Int
    var zeroDivision: ZeroDivision
    /// scikit-learn's `labels=`: the label set (and order) to score; nil for every class.
    var labels: [Int]? = nil

    /// The value and any warnings scikit-learn would raise.
    func scalar(_ metric: MetricName, of e: Evaluation) throws -> MetricValue {
        switch e.kind {
        case let .regression(truth, predicted):
            switch metric {
            case .mse: return MetricValue(try meanSquaredError(yTrue: truth, yPred: predicted))
            case .rmse: return MetricValue(try rootMeanSquaredError(yTrue: truth, yPred: predicted))
            case .mae: return MetricValue(try meanAbsoluteError(yTrue: truth, yPred: predicted))
            case .r2: return try r2Score(yTrue: truth, yPred: predicted)
            default: throw MetricError.invalidArgument("\(metric.rawValue) needs class labels; '\(e.model)' predicts numbers")
            }
        case let .classification(truth, predicted, _, _):
            let labels = self.labels ?? e.labels
            switch metric {
            case .accuracy: return MetricValue(try accuracy(yTrue: truth, yPred: predicted))
            case .precision:
                return try precision(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: positive, average: average, zeroDivision: zeroDivision)
            case .recall:
                return try recall(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: positive, average: average, zeroDivision: zeroDivision)
            case .f1:
                return try f1(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: positive, average: average, zeroDivision: zeroDivision)
            case .specificity:
                if average == .binary { return MetricValue(try specificity(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: positive)) }
                return MetricValue(try specificity(yTrue: truth, yPred: predicted, labels: labels).macro)
            case .fallOut:
                if average == .binary { return MetricValue(try fallOut(yTrue: truth, yPred: predicted, labels: labels, positiveLabel: positive)) }
                return MetricValue(try fallOut(yTrue: truth, yPred: predicted, labels: labels).macro)
            case .rocAUC:
                if e.isBinary { return try rocAUC(yTrue: truth, scores: try positiveScores(e), positiveLabel: positive) }
                return try rocAUC(yTrue: truth, probabilities: try probabilities(e, for: metric), labels: labels)
            case .averagePrecision:
                if e.isBinary { return try averagePrecision(yTrue: truth, scores: try positiveScores(e), positiveLabel: positive) }
                return try Metrics.averagePrecision(yTrue: truth, probabilities: try probabilities(e, for: metric), labels: labels)
            case .logLoss:
                let rows = try probabilities(e, for: metric)
                if e.isBinary { return try logLoss(yTrue: truth, probabilities: rows.map { $0[positive] }, positiveLabel: positive) }
                return try logLoss(yTrue: truth, probabilities: rows, labels: labels)
            default:
                throw MetricError.invalidArgument("\(metric.rawValue) needs numeric predictions; '\(e.model)' predicts classes")
            }
        }
    }

    /// The positive class's score column.
    func positiveScores(_ e: Evaluation) throws -> [Double] {
        guard let s = e.scores(for: positive) else {
            throw MetricError.invalidArgument("'\(e.model)' has no scores; ranking metrics need score= or a model")
        }
        return s
    }

    func probabilities(_ e: Evaluation, for metric: MetricName) throws -> [[Double]] {
        guard let rows = e.probabilityRows else {
            throw MetricError.invalidArgument("\(metric.rawValue) needs class probabilities; '\(e.model)' gives decision values (train svm with probability=true)")
        }
        return rows
    }
}
