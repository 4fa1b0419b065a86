import LabCore
import Metrics

extension EvaluationReport {
    /// Confusion matrix as a labelled table (rows: true class, columns: predicted class).
    mutating func addConfusion(_ e: Evaluation) throws {
        guard case let .classification(truth, predicted, _, _) = e.kind else {
            throw inv.failure("confusion_matrix needs class labels; '\(e.model)' predicts numbers", at: inv.option("metrics"))
        }
        let labels = settings.calculator.labels ?? e.labels
        let matrix = try compute { try confusionMatrix(yTrue: truth, yPred: predicted, labels: labels) }
        let header = [""] + labels.map { "predicted \(e.name($0))" }
        let rows = labels.indices.map { r in ["**true \(e.name(labels[r]))**"] + matrix[r].map(String.init) }
        addDetail(.table(ResultTable(caption: "Confusion matrix: \(e.model) on \(e.data)", header: header, rows: rows)))
        records.append(record(e, .confusion, fields: [("labels", .array(labels.map { keyJSON(e.key($0)) })),
                                                      ("matrix", .array(matrix.map { .numbers($0.map(Double.init)) }))]))
    }

    /// scikit-learn's classification report (per class, accuracy, macro and weighted averages).
    mutating func addReport(_ e: Evaluation) throws {
        guard case let .classification(truth, predicted, _, _) = e.kind else {
            throw inv.failure("report needs class labels; '\(e.model)' predicts numbers", at: inv.option("metrics"))
        }
        let labels = settings.calculator.labels ?? e.labels
        let report = try compute {
            try classificationReport(yTrue: truth, yPred: predicted, labels: labels, zeroDivision: settings.calculator.zeroDivision)
        }
        note(report.warnings, e, "report")
        func cells(_ row: ClassificationReport.Row) -> [String] {
            [row.precision, row.recall, row.f1Score].map { NumberText.fixed($0, digits: 4) } + [String(row.support)]
        }
        var rows: [[String]] = []
        var entries: [(String, JSONValue)] = []
        func entry(_ row: ClassificationReport.Row) -> JSONValue {
            .object([("precision", .number(row.precision)), ("recall", .number(row.recall)),
                     ("f1-score", .number(row.f1Score)), ("support", .number(Double(row.support)))])
        }
        for (k, row) in report.classes.enumerated() {
            rows.append([e.name(report.labels[k])] + cells(row))
            entries.append((e.key(report.labels[k]), entry(row)))
        }
        if let accuracy = report.accuracy {
            let support = report.macroAverage.support
            rows.append(["accuracy", "", "", NumberText.fixed(accuracy, digits: 4), String(support)])
            entries.append(("accuracy", .number(accuracy)))
        }
        if let micro = report.microAverage {
            rows.append(["micro avg"] + cells(micro))
            entries.append(("micro avg", entry(micro)))
        }
        rows.append(["macro avg"] + cells(report.macroAverage))
        rows.append(["weighted avg"] + cells(report.weightedAverage))
        entries += [("macro avg", entry(report.macroAverage)), ("weighted avg", entry(report.weightedAverage))]
        addDetail(.table(ResultTable(caption: "Classification report: \(e.model) on \(e.data)",
                                     header: ["", "precision", "recall", "f1-score", "support"], rows: rows)))
        records.append(record(e, .report, fields: [("report", .object(entries))]))
    }

    /// ROC or precision–recall curve points as a table and a record.
    mutating func addCurve(_ metric: MetricName, _ e: Evaluation) throws {
        guard case let .classification(truth, _, _, _) = e.kind, e.isBinary else {
            throw inv.failure("\(metric.rawValue) needs a binary target with scores", at: inv.option("metrics"))
        }
        let positive = settings.calculator.positive
        let scores = try compute { try settings.calculator.positiveScores(e) }
        let x: [Double], y: [Double], thresholds: [Double], header: [String]
        if metric == .rocCurve {
            let curve = try compute { try rocCurve(yTrue: truth, scores: scores, positiveLabel: positive) }
            note(curve.warnings, e, metric.rawValue)
            (x, y, thresholds) = (curve.falsePositiveRate, curve.truePositiveRate, curve.thresholds)
            header = ["threshold", "false positive rate", "true positive rate"]
        } else {
            let curve = try compute { try precisionRecallCurve(yTrue: truth, scores: scores, positiveLabel: positive) }
            note(curve.warnings, e, metric.rawValue)
            (x, y, thresholds) = (curve.recall, curve.precision, curve.thresholds)
            header = ["threshold", "recall", "precision"]
        }
        let rows = x.indices.map { i in
            [i < thresholds.count ? NumberText.fixed(thresholds[i], digits: 4) : "—",
             NumberText.fixed(x[i], digits: 4), NumberText.fixed(y[i], digits: 4)]
        }
        let title = metric == .rocCurve ? "ROC curve" : "Precision–recall curve"
        addDetail(.table(ResultTable(caption: "\(title): \(e.model) on \(e.data) (\(rows.count) points)", header: header, rows: rows)))
        records.append(record(e, metric, qualifiers: [("pos_label", keyJSON(e.classKeys[positive]))],
                              fields: [("x", .numbers(x)), ("y", .numbers(y)), ("thresholds", .numbers(thresholds))]))
    }

    /// Labels from cutting the positive-class score at each threshold (score > t is
    /// positive, scikit-learn's Binarizer), with the metrics at each cut.
    mutating func addThresholds(_ thresholds: [Double], for e: Evaluation) throws {
        guard case let .classification(truth, _, _, _) = e.kind, e.isBinary else {
            throw inv.failure("thresholds= needs a binary target", at: inv.option("thresholds"))
        }
        let positive = settings.calculator.positive
        let scores = try compute { try settings.calculator.positiveScores(e) }
        var rows: [[String]] = []
        let chosen = settings.metrics.filter { [.accuracy, .precision, .recall, .f1, .specificity, .fallOut].contains($0) }
        let metrics: [MetricName] = chosen.isEmpty ? [.accuracy, .precision, .recall, .f1] : chosen
        for t in thresholds {
            let predicted = scores.map { $0 > t ? positive : 1 - positive }
            var cut = e
            cut.kind = .classification(truth: truth, predicted: predicted, scores: nil, scoreKind: nil)
            let counts = try compute { try binaryCounts(yTrue: truth, yPred: predicted, labels: e.labels, positiveLabel: positive) }
            var row = [NumberText.shortest(t), String(counts.truePositives + counts.falsePositives)]
            for metric in metrics {
                var calculator = settings.calculator
                calculator.average = .binary
                let value = try compute { try calculator.scalar(metric, of: cut) }
                note(value.warnings, e, "\(metric.rawValue) at threshold \(NumberText.shortest(t))")
                row.append(NumberText.fixed(value.value, digits: 4))
                records.append(record(e, metric, qualifiers: [("threshold", .number(t))] + qualifiers(metric, e),
                                      fields: [("value", .number(value.value))]))
            }
            rows.append(row)
        }
        addDetail(.table(ResultTable(caption: "Cut-offs on the score of \(e.classNames[positive]): \(e.model) on \(e.data)",
                                     header: ["threshold", "predicted \(e.classNames[positive])"] + metrics.map(\.rawValue),
                                     rows: rows)))
    }
}
