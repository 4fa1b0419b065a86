import LabCore
import Metrics

/// `evaluate M1, M2 on DATA [metrics=…] [average=…] [pos_label=…] [labels=…] [thresholds=…]`
/// or `evaluate PREDS truth=COL score=COL|pred=COL metrics=…`: one table for all
/// models and scalar metrics, then confusion matrices, reports, threshold and curve tables.
enum EvaluateDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        let (evaluations, warnings) = try gather(inv, &ctx)
        guard let first = evaluations.first else { throw inv.failure("evaluate needs at least one model") }
        var settings = try EvaluationSettings.read(inv, sample: first)
        let thresholds = try inv.numbers("thresholds")
        if thresholds != nil, inv.option("metrics") == nil { settings.metrics = [] }
        var report = EvaluationReport(inv: inv, settings: settings)
        report.showData = Set(evaluations.map(\.data)).count > 1
        for var e in evaluations {
            e.absentKeys = settings.absentLabels
            try report.add(e)
        }
        if let thresholds {
            for e in evaluations { try report.addThresholds(thresholds, for: e) }
        }
        for line in MistakeWarnings.lines(warnings.map { ($0.0, $0.2) }) { report.addWarning(line) }
        for (model, data, warning) in warnings {
            report.records.append(MistakeWarnings.record(warning, directive: inv.verb, line: inv.line, model: model, data: data))
        }
        ctx.records += report.records
        return report.outputs()
    }

    /// The evaluations named by the directive, in order.
    static func gather(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> ([Evaluation], [(String, String, MistakeWarnings.Warning)]) {
        var warnings: [(String, String, MistakeWarnings.Warning)] = []
        let names = try inv.names("models")
        guard !names.isEmpty else { throw inv.failure("evaluate needs a model, e.g. evaluate tree on digits.test") }
        let onData = try dataPaths(inv)
        let regression = try (inv.words("metrics") ?? []).contains { MetricName(word: $0)?.isRegression == true }
        var evaluations: [Evaluation] = []
        for (path, part) in names {
            let name = path.joined(separator: ".")
            guard let value = ctx.session.lookup(path) else { throw inv.failure("nothing is bound to '\(name)'", at: part) }
            if case .dataset(let data) = value, inv.option("truth") != nil {
                evaluations.append(try Evaluation.external(data, inv: inv, regression: regression))
                continue
            }
            for key in ["truth", "score", "pred", "threshold"] {
                if let part = inv.option(key) {
                    throw inv.failure("\(key)= applies to predictions stored as columns of a dataset; '\(name)' is \(value.kindDescription)",
                                      at: part, hint: key == "threshold" ? "to cut a model's scores, use thresholds=… or predict … threshold=" : "remove \(key)=")
                }
            }
            guard !onData.isEmpty else {
                throw inv.failure("evaluate needs the data: add 'on DATA', e.g. on digits.test")
            }
            for (dataPath, dataPart) in onData {
                let data = try ctx.dataset(dataPath, in: inv, at: dataPart)
                let positive = try inv.text("pos_label").flatMap { data.classKeys.firstIndex(of: $0) ?? data.classNames.firstIndex(of: $0) }
                evaluations.append(try Evaluation.make(name, value, on: data, positive: positive, threshold: nil, inv: inv, at: part))
                warnings += MistakeWarnings.check(name, value, on: data).map { (name, data.name, $0) }
            }
        }
        return (evaluations, warnings)
    }

    /// The datasets after `on` (one or several, comma-separated).
    static func dataPaths(_ inv: Invocation) throws -> [(path: [String], part: Invocation.Part)] {
        guard let part = inv.slot("data") else { return [] }
        return try part.value.elements.map { element in
            guard let path = element.asPath else { throw inv.failure("'on' expects dataset names, got \(element)", at: part) }
            return (path, part)
        }
    }
}
