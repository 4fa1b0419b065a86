import Metrics

/// Binary and multiclass outputs of a golden case, computed with our API.
struct ClassificationParity {
    let golden: GoldenCase
    let c: GoldenComparison
    let yTrue: [Int]
    let yPred: [Int]
    let labels: [Int]

    init(_ golden: GoldenCase, _ comparison: GoldenComparison) {
        self.golden = golden
        c = comparison
        labels = golden.codec.codes(golden.inputs["labels"])
        yTrue = golden.codec.codes(golden.inputs["y_true"])
        yPred = golden.codec.codes(golden.inputs["y_pred"])
    }

    private var scores: [Double] { (golden.inputs["y_score"]?.elements ?? []).map { $0.double ?? .nan } }
    private var probabilities: [[Double]] {
        (golden.inputs["y_proba"]?.elements ?? []).map { $0.elements.map { $0.double ?? .nan } }
    }
    private var positive: Int { golden.codec.code(golden.inputs["pos_label"] ?? .null) }

    func runBinary() throws {
        for (key, expected) in golden.outputs.members {
            c.check(key, expected) { try binaryOutput(key, expected) }
        }
    }

    func runMulticlass() throws {
        for (key, expected) in golden.outputs.members {
            c.check(key, expected) { try multiclassOutput(key, expected) }
        }
    }

    private func binaryOutput(_ key: String, _ expected: GoldenJSON) throws {
        switch key {
        case "accuracy", "confusion_matrix", "confusion_matrix_default_labels", "report":
            try commonOutput(key, expected)
        case "precision", "recall", "f1": try scoreFamily(key, expected, positiveLabel: positive)
        case "counts":
            let counts = try binaryCounts(yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positive)
            c.exact("counts.tp", counts.truePositives, expected["tp"])
            c.exact("counts.fn", counts.falseNegatives, expected["fn"])
            c.exact("counts.fp", counts.falsePositives, expected["fp"])
            c.exact("counts.tn", counts.trueNegatives, expected["tn"])
        case "specificity":
            c.close(key, try specificity(yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positive), expected)
        case "fall_out":
            c.close(key, try fallOut(yTrue: yTrue, yPred: yPred, labels: labels, positiveLabel: positive), expected)
        case "pr_curve":
            let curve = try precisionRecallCurve(yTrue: yTrue, scores: scores, positiveLabel: positive)
            c.warned(key, curve.warnings)
            c.close("pr_curve.precision", curve.precision, expected["precision"])
            c.close("pr_curve.recall", curve.recall, expected["recall"])
            c.close("pr_curve.thresholds", curve.thresholds, expected["thresholds"])
        case "roc_curve", "roc_curve_all_points":
            let curve = try rocCurve(yTrue: yTrue, scores: scores, positiveLabel: positive,
                                     dropIntermediate: key == "roc_curve")
            c.warned(key, curve.warnings)
            c.close("\(key).fpr", curve.falsePositiveRate, expected["fpr"])
            c.close("\(key).tpr", curve.truePositiveRate, expected["tpr"])
            c.close("\(key).thresholds", curve.thresholds, expected["thresholds"])
        case "average_precision":
            let result = try averagePrecision(yTrue: yTrue, scores: scores, positiveLabel: positive)
            c.warned(key, result.warnings)
            c.close(key, result.value, expected)
        case "roc_auc":
            let result = try rocAUC(yTrue: yTrue, scores: scores, positiveLabel: positive)
            c.warned(key, result.warnings)
            c.close(key, result.value, expected)
        case "log_loss":
            let result = try logLoss(yTrue: yTrue, probabilities: scores, positiveLabel: positive)
            c.warned(key, result.warnings)
            c.close(key, result.value, expected)
        case "binarizer":
            for (threshold, outputs) in expected.members {
                c.check("binarizer.\(threshold)", outputs) { try binarizerOutputs(threshold, outputs) }
            }
        default: c.fail(key, "output not handled by the parity test")
        }
    }

    private func multiclassOutput(_ key: String, _ expected: GoldenJSON) throws {
        switch key {
        case "accuracy", "confusion_matrix", "confusion_matrix_default_labels", "report":
            try commonOutput(key, expected)
        case "precision", "recall", "f1": try scoreFamily(key, expected, positiveLabel: nil)
        case "specificity", "fall_out":
            let rates = key == "specificity"
                ? try specificity(yTrue: yTrue, yPred: yPred, labels: labels)
                : try fallOut(yTrue: yTrue, yPred: yPred, labels: labels)
            c.close("\(key).per_class", rates.perClass, expected["per_class"])
            c.close("\(key).macro", rates.macro, expected["macro"])
        case "log_loss":
            let result = try logLoss(yTrue: yTrue, probabilities: probabilities, labels: labels)
            c.warned(key, result.warnings)
            c.close(key, result.value, expected)
        case "roc_auc":
            for (variant, value) in expected.members {
                let path = "roc_auc.\(variant)"
                c.check(path, value) {
                    let parts = variant.split(separator: "_").map(String.init)
                    guard parts.count == 2, let strategy = MulticlassStrategy(rawValue: parts[0]),
                          let average = MulticlassAverage(rawValue: parts[1])
                    else { return c.fail(path, "unknown variant") }
                    let result = try rocAUC(yTrue: yTrue, probabilities: probabilities, labels: labels,
                                            multiClass: strategy, average: average)
                    c.warned(path, result.warnings)
                    c.close(path, result.value, value)
                }
            }
        case "average_precision_macro":
            let result = try averagePrecision(yTrue: yTrue, probabilities: probabilities, labels: labels)
            c.warned(key, result.warnings)
            c.close(key, result.value, expected)
        default: c.fail(key, "output not handled by the parity test")
        }
    }

    /// Outputs shared by binary and multiclass cases.
    private func commonOutput(_ key: String, _ expected: GoldenJSON) throws {
        switch key {
        case "accuracy": c.close(key, try accuracy(yTrue: yTrue, yPred: yPred), expected)
        case "confusion_matrix":
            let order = golden.codec.codes(expected["labels"])
            c.matrix(key, try confusionMatrix(yTrue: yTrue, yPred: yPred, labels: order), expected)
            if order.count == 1 { c.warned(key, [.singleLabelConfusionMatrix]) }
        case "confusion_matrix_default_labels":
            // Without `labels:` we sort the codes; scikit-learn sorts the label values. Those
            // orders agree when `labels` is sorted; otherwise pass scikit-learn's order explicitly.
            let sortedCodes = Array(Set(yTrue).union(yPred)).sorted()
            let order = golden.codec.codes(expected["labels"])
            let matrix = order == sortedCodes
                ? try confusionMatrix(yTrue: yTrue, yPred: yPred)
                : try confusionMatrix(yTrue: yTrue, yPred: yPred, labels: order)
            if Set(order) != Set(sortedCodes) { c.fail(key, "default labels differ") }
            c.matrix(key, matrix, expected)
            if matrix.count == 1 { c.warned(key, [.singleLabelConfusionMatrix]) }
        case "report": try ReportParity(c, labels, golden.codec).compare(yTrue, yPred, expected)
        default: c.fail(key, "output not handled by the parity test")
        }
    }

    /// precision / recall / f1 with every average and the zero_division variants.
    private func scoreFamily(_ metric: String, _ expected: GoldenJSON, positiveLabel: Int?) throws {
        func score(_ average: Average, _ zeroDivision: ZeroDivision = .warn) throws -> MetricValue {
            switch metric {
            case "precision": return try precision(yTrue: yTrue, yPred: yPred, labels: labels,
                                                   positiveLabel: positiveLabel, average: average, zeroDivision: zeroDivision)
            case "recall": return try recall(yTrue: yTrue, yPred: yPred, labels: labels,
                                             positiveLabel: positiveLabel, average: average, zeroDivision: zeroDivision)
            default: return try f1(yTrue: yTrue, yPred: yPred, labels: labels,
                                   positiveLabel: positiveLabel, average: average, zeroDivision: zeroDivision)
            }
        }
        for (variant, value) in expected.members {
            let path = "\(metric).\(variant)"
            c.check(path, value) {
                if variant.hasPrefix("zero_division_") {
                    let average: Average = variant == "zero_division_binary" ? .binary : .macro
                    for (setting, number) in value.members {
                        let zero: ZeroDivision = setting == "0" ? .zero : setting == "1" ? .one : .nan
                        let subpath = "\(path).\(setting)"
                        c.check(subpath, number) {
                            let result = try score(average, zero)
                            c.warned(subpath, result.warnings)
                            c.close(subpath, result.value, number)
                        }
                    }
                    return
                }
                let average: Average = variant == "per_class" ? .none : Average(rawValue: variant) ?? .binary
                if Average(rawValue: variant) == nil && variant != "per_class" { return c.fail(path, "unknown variant") }
                let result = try score(average)
                c.warned(path, result.warnings)
                if average == .none { c.close(path, result.values, value) } else { c.close(path, result.value, value) }
            }
        }
    }

    /// One `binarizer.<t>` entry: predictions and their metrics at threshold t.
    private func binarizerOutputs(_ threshold: String, _ expected: GoldenJSON) throws {
        guard let t = Double(threshold) else { return c.fail("binarizer.\(threshold)", "bad threshold") }
        let negative = labels.first { $0 != positive } ?? positive
        let predicted = binarize(scores: scores, threshold: t, positiveLabel: positive, negativeLabel: negative)
        let prefix = "binarizer.\(threshold)"
        for (key, value) in expected.members {
            let path = "\(prefix).\(key)"
            c.check(path, value) {
                switch key {
                case "y_pred":
                    let wanted = golden.codec.codes(value)
                    if wanted != predicted { c.fail(path, "predictions differ") }
                case "confusion_matrix":
                    let order = golden.codec.codes(value["labels"])
                    c.matrix(path, try confusionMatrix(yTrue: yTrue, yPred: predicted, labels: order), value)
                case "accuracy": c.close(path, try accuracy(yTrue: yTrue, yPred: predicted), value)
                case "precision", "recall", "f1":
                    let result: MetricValue
                    switch key {
                    case "precision": result = try precision(yTrue: yTrue, yPred: predicted, labels: labels, positiveLabel: positive)
                    case "recall": result = try recall(yTrue: yTrue, yPred: predicted, labels: labels, positiveLabel: positive)
                    default: result = try f1(yTrue: yTrue, yPred: predicted, labels: labels, positiveLabel: positive)
                    }
                    c.warned(path, result.warnings)
                    c.close(path, result.value, value)
                default: c.fail(path, "output not handled by the parity test")
                }
            }
        }
    }
}
