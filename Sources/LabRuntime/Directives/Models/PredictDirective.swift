import LabCore

/// `predict MODEL on DATA [threshold=t] [pos_label=…] as NAME`: labels and scores,
/// usable by `evaluate` like a model (threshold: score > t is positive).
enum PredictDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("model").first else { throw inv.failure("predict needs a model") }
        let name = path.joined(separator: ".")
        guard let value = ctx.session.lookup(path) else { throw inv.failure("nothing is bound to '\(name)'", at: part) }
        guard let (dataPath, dataPart) = try inv.path("data") else {
            throw inv.failure("predict needs the data: add 'on DATA'")
        }
        let data = try ctx.dataset(dataPath, in: inv, at: dataPart)
        let positive = try inv.text("pos_label").map { word -> Int in
            guard let k = data.classKeys.firstIndex(of: word) ?? data.classNames.firstIndex(of: word) else {
                throw inv.failure("pos_label=\(word) is not a class of '\(data.name)'", at: inv.option("pos_label"))
            }
            return k
        }
        var evaluation = try Evaluation.make(name, value, on: data, positive: positive, threshold: try inv.double("threshold"),
                                             inv: inv, at: part)
        let bound = inv.binding?.value.asName ?? "predictions"
        evaluation.model = bound
        ctx.session.bind(bound, .predictions(PredictionSet(data: data.name, evaluation: evaluation)))
        return [.table(summary(evaluation, bound: bound))]
    }

    /// Counts of each predicted class (or the range of predicted numbers).
    static func summary(_ e: Evaluation, bound: String) -> ResultTable {
        switch e.kind {
        case let .classification(truth, predicted, _, _):
            var predictedCounts = Array(repeating: 0, count: e.classKeys.count)
            var trueCounts = predictedCounts
            for p in predicted { predictedCounts[p] += 1 }
            for t in truth { trueCounts[t] += 1 }
            return ResultTable(caption: "Predictions `\(bound)` on \(e.data)", header: ["class", "predicted", "actual"],
                               rows: e.classNames.indices.map { [e.classNames[$0], String(predictedCounts[$0]), String(trueCounts[$0])] })
        case let .regression(_, predicted):
            let lo = predicted.min() ?? .nan, hi = predicted.max() ?? .nan
            let mean = predicted.isEmpty ? Double.nan : predicted.reduce(0, +) / Double(predicted.count)
            return ResultTable(caption: "Predictions `\(bound)` on \(e.data)", header: ["rows", "min", "mean", "max"],
                               rows: [[String(predicted.count), NumberText.fixed(lo, digits: 3), NumberText.fixed(mean, digits: 3), NumberText.fixed(hi, digits: 3)]])
        }
    }
}
