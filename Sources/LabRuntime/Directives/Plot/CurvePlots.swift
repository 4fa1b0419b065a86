import LabCore
import Metrics
import Plot

/// ROC, precision–recall, threshold and confusion-matrix charts of models on data.
enum CurvePlots {
    /// The models named in the second positional group, evaluated on `on DATA`.
    static func evaluations(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> ([Evaluation], String) {
        let names = try inv.names("what")
        guard !names.isEmpty else { throw inv.failure("name the models to plot, e.g. plot roc tree, forest on digits.test") }
        guard let (dataPath, dataPart) = try inv.path("data") else { throw inv.failure("plot needs the data: add 'on DATA'") }
        let data = try ctx.dataset(dataPath, in: inv, at: dataPart)
        let evaluations = try names.map { path, part -> Evaluation in
            guard let value = ctx.session.lookup(path) else {
                throw inv.failure("nothing is bound to '\(path.joined(separator: "."))'", at: part)
            }
            return try Evaluation.make(path.joined(separator: "."), value, on: data, positive: nil, threshold: nil, inv: inv, at: part)
        }
        return (evaluations, data.name)
    }

    static func draw(_ kind: String, _ evaluations: [Evaluation], dataName: String, inv: Invocation) throws -> Figure {
        guard let first = evaluations.first else { throw inv.failure("nothing to plot") }
        let settings = try EvaluationSettings.read(inv, sample: first)
        let calc = settings.calculator
        let title = try inv.text("title")
        func fail(_ error: Error) -> DirectiveFailure { inv.failure("\(error)") }
        switch kind {
        case "roc":
            let series = try evaluations.map { e -> Series in
                guard case let .classification(truth, _, _, _) = e.kind, e.isBinary else {
                    throw inv.failure("a ROC curve needs a binary target; '\(e.data)' has \(e.classKeys.count) classes")
                }
                do {
                    let curve = try rocCurve(yTrue: truth, scores: try calc.positiveScores(e), positiveLabel: calc.positive)
                    let auc = try rocAUC(yTrue: truth, scores: try calc.positiveScores(e), positiveLabel: calc.positive).value
                    return Series(label: "\(e.model) (AUC = \(NumberText.fixed(auc, digits: 3)))", x: curve.falsePositiveRate, y: curve.truePositiveRate)
                } catch { throw fail(error) }
            }
            return Chart.roc(series, title: title ?? "ROC curve on \(dataName)")
        case "pr":
            var prevalence: Double? = nil
            let series = try evaluations.map { e -> Series in
                guard case let .classification(truth, _, _, _) = e.kind, e.isBinary else {
                    throw inv.failure("a precision–recall curve needs a binary target; '\(e.data)' has \(e.classKeys.count) classes")
                }
                prevalence = Double(truth.filter { $0 == calc.positive }.count) / Double(max(truth.count, 1))
                do {
                    let curve = try precisionRecallCurve(yTrue: truth, scores: try calc.positiveScores(e), positiveLabel: calc.positive)
                    let ap = try averagePrecision(yTrue: truth, scores: try calc.positiveScores(e), positiveLabel: calc.positive).value
                    return Series(label: "\(e.model) (AP = \(NumberText.fixed(ap, digits: 3)))", x: curve.recall, y: curve.precision)
                } catch { throw fail(error) }
            }
            return Chart.precisionRecall(series, prevalence: prevalence, title: title ?? "Precision–recall curve on \(dataName)")
        case "thresholds":
            guard evaluations.count == 1, case let .classification(truth, _, _, _) = first.kind, first.isBinary else {
                throw inv.failure("plot thresholds takes one model with a binary target")
            }
            do {
                let curve = try precisionRecallCurve(yTrue: truth, scores: try calc.positiveScores(first), positiveLabel: calc.positive)
                return Chart.thresholds(thresholds: curve.thresholds, precision: curve.precision, recall: curve.recall,
                                        title: title ?? "Precision and recall against the threshold: \(first.model) on \(dataName)",
                                        marker: try inv.double("threshold"))
            } catch let error as MetricError { throw fail(error) }
        default:
            guard evaluations.count == 1, case let .classification(truth, predicted, _, _) = first.kind else {
                throw inv.failure("plot confusion takes one classifier")
            }
            let normalize = try inv.bool("normalize") ?? false
            let labels = calc.labels ?? first.labels
            let counts: [[Int]]
            do { counts = try confusionMatrix(yTrue: truth, yPred: predicted, labels: labels) } catch { throw fail(error) }
            let matrix = counts.map { row -> [Double] in
                let total = Double(row.reduce(0, +))
                return row.map { normalize ? (total > 0 ? Double($0) / total : 0) : Double($0) }
            }
            return Chart.confusion(matrix, labels: labels.map { first.classNames[$0] }, normalized: normalize,
                                   title: title ?? "Confusion matrix: \(first.model) on \(dataName)")
        }
    }
}
