import Metrics

/// `classification_report(output_dict=True)` against `ClassificationReport`.
struct ReportParity {
    let c: GoldenComparison
    let labels: [Int]
    let codec: LabelCodec

    init(_ comparison: GoldenComparison, _ labels: [Int], _ codec: LabelCodec) {
        c = comparison
        self.labels = labels
        self.codec = codec
    }

    func compare(_ yTrue: [Int], _ yPred: [Int], _ expected: GoldenJSON) throws {
        let report = try classificationReport(yTrue: yTrue, yPred: yPred, labels: labels)
        c.warned("report", report.warnings)
        var expectedKeys = ["macro avg", "weighted avg"]
        for (index, label) in labels.enumerated() {
            let key = codec.value(label).pythonString
            expectedKeys.append(key)
            row("report.\(key)", report.classes[index], expected[key])
        }
        if let accuracy = report.accuracy {
            expectedKeys.append("accuracy")
            c.close("report.accuracy", accuracy, expected["accuracy"])
        }
        if let micro = report.microAverage {
            expectedKeys.append("micro avg")
            row("report.micro avg", micro, expected["micro avg"])
        }
        row("report.macro avg", report.macroAverage, expected["macro avg"])
        row("report.weighted avg", report.weightedAverage, expected["weighted avg"])
        if Set(expectedKeys) != Set(expected.members.map(\.0)) {
            c.fail("report", "rows \(expectedKeys.sorted()), golden has \(expected.members.map(\.0).sorted())")
        }
    }

    private func row(_ path: String, _ row: ClassificationReport.Row, _ expected: GoldenJSON?) {
        guard let expected else { return c.fail(path, "missing in golden report") }
        c.close("\(path).precision", row.precision, expected["precision"])
        c.close("\(path).recall", row.recall, expected["recall"])
        c.close("\(path).f1-score", row.f1Score, expected["f1-score"])
        c.exact("\(path).support", row.support, expected["support"])
    }
}
