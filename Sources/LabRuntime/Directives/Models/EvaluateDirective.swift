import LabCore
import Metrics

/// `evaluate M1, M2 on DATA [metrics=…] [average=…] [pos_label=…] [labels=…] [thresholds=…]`
/// or `evaluate PREDS truth=COL score=COL|pred=COL metrics=…`: one table for all
/// models and scalar metrics, then confusion matrices, reports, threshold and curve tables.
enum EvaluateDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        let evaluations = try gather(inv, &ctx)
        guard let first = evaluations.first else { throw inv.failure("evaluate needs at least one model") }
        let settings = try EvaluationSettings.read(inv, sample: first)
        var report = EvaluationReport(inv: inv, settings: settings)
        for e in evaluations { try report.add(e) }
        if let thresholds = try inv.numbers("thresholds") {
            for e in evaluations { try report.addThresholds(thresholds, for: e) }
        }
        ctx.records += report.records
        return report.outputs()
    }

    /// The evaluations named by the directive, in order.
    static func gather(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Evaluation] {
        let names = try inv.names(at: 0)
        guard !names.isEmpty else { throw inv.failure("evaluate needs a model, e.g. evaluate tree on digits.test") }
        let onData = try inv.clausePath("on")
        let regression = try (inv.words("metrics") ?? []).contains { MetricName(word: $0)?.isRegression == true }
        return try names.map { path, part in
            let name = path.joined(separator: ".")
            guard let value = ctx.session.lookup(path) else { throw inv.failure("nothing is bound to '\(name)'", at: part) }
            if case .dataset(let data) = value, inv.option("truth") != nil {
                return try Evaluation.external(data, inv: inv, regression: regression)
            }
            guard let (dataPath, dataPart) = onData else {
                throw inv.failure("evaluate needs the data: add 'on DATA', e.g. on digits.test")
            }
            let data = try ctx.dataset(dataPath, in: inv, at: dataPart)
            let positive = try inv.text("pos_label").flatMap { data.classKeys.firstIndex(of: $0) ?? data.classNames.firstIndex(of: $0) }
            return try Evaluation.make(name, value, on: data, positive: positive, threshold: nil, inv: inv, at: part)
        }
    }
}
