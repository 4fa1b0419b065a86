import LabCore
import LabScript

/// `expect METRIC(MODEL[, MODEL] on DATA) OP VALUE [points=N]`: a checked claim
/// about a result, shown as pass or fail and recorded for `lab check` / `lab grade`.
/// A failed expectation does not stop `lab run`.
enum ExpectDirective {
    /// One model's measured value of the metric call `METRIC(MODEL on DATA)`.
    struct Measurement {
        var model: String
        var data: String
        var metric: MetricName
        var value: Double
        /// `average` / `pos_label`, as `evaluate` records them.
        var qualifiers: [(key: String, value: JSONValue)]
        /// Mistakes in evaluating this model on this data (training rows, scaling).
        var warnings: [MistakeWarnings.Warning]
    }

    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let expectation = inv.expectation else {
            throw inv.failure("expect needs METRIC(MODEL on DATA) OP VALUE, e.g. expect accuracy(tree on digits.test) >= 0.85")
        }
        let thresholdPart = Invocation.Part(value: expectation.threshold.value, location: expectation.threshold.location, length: expectation.threshold.length)
        guard let threshold = expectation.threshold.value.asDouble else {
            throw inv.failure("expect compares with a number, got \(expectation.threshold.value)", at: thresholdPart)
        }
        let points = try inv.double("points") ?? 1
        let written = ["average", "pos_label"].compactMap { key in inv.option(key).map { "\(key)=\($0.value)" } }
        var rows: [[String]] = []
        var outputs: [Output] = []
        for m in try measure(inv, &ctx) {
            let passed = expectation.op.value.holds(m.value, threshold)
            let claim = "\(m.metric.rawValue)(\(m.model) on \(m.data)) \(expectation.op.value.rawValue) \(NumberText.shortest(threshold))"
                + written.map { " " + $0 }.joined()
            rows.append([passed ? "✔ pass" : "✘ fail", "`\(claim)`", NumberText.fixed(m.value, digits: 4),
                         "\(NumberText.shortest(passed ? points : 0))/\(NumberText.shortest(points))"])
            ctx.records.append(ResultRecord(
                line: inv.line, directive: "expect", model: m.model, data: m.data, metric: m.metric.rawValue,
                qualifiers: m.qualifiers + [("op", .string(expectation.op.value.rawValue)), ("threshold", .number(threshold))],
                fields: [("value", .number(m.value)), ("passed", .bool(passed)), ("points", .number(points)),
                         ("earned", .number(passed ? points : 0))]))
            for warning in m.warnings {
                outputs.append(.warning(warning.message))
                ctx.records.append(MistakeWarnings.record(warning, directive: "expect", line: inv.line, model: m.model, data: m.data))
            }
        }
        return [.table(ResultTable(header: ["check", "claim", "measured", "points"], rows: rows,
                                   alignments: [.left, .left, .right, .right]))] + outputs
    }

    /// The metric of each model named in the expectation, on its data (shared with inline values).
    static func measure(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Measurement] {
        guard let expectation = inv.expectation else {
            throw inv.failure("expected METRIC(MODEL on DATA), e.g. accuracy(tree on digits.test)")
        }
        let metricPart = Invocation.Part(value: .identifier(expectation.metric.value), location: expectation.metric.location, length: expectation.metric.length)
        guard let metric = MetricName(word: expectation.metric.value), metric.isScalar else {
            throw inv.failure("\(inv.verb) needs a single-number metric, got '\(expectation.metric.value)'", at: metricPart,
                              hint: TrainDirective.suggestionHint(expectation.metric.value, MetricName.allCases.filter(\.isScalar).map(\.rawValue)))
        }
        let dataPart = Invocation.Part(value: .dotted(expectation.data.value), location: expectation.data.location, length: expectation.data.length)
        let data = try ctx.dataset(expectation.data.value, in: inv, at: dataPart)
        return try expectation.models.map { model in
            let modelPart = Invocation.Part(value: .identifier(model.value), location: model.location, length: model.length)
            guard let value = ctx.session.lookup(model.value.split(separator: ".").map(String.init)) else {
                throw inv.failure("nothing is bound to '\(model.value)'", at: modelPart)
            }
            let e = try Evaluation.make(model.value, value, on: data, positive: nil, threshold: nil, inv: inv, at: modelPart)
            let settings = try EvaluationSettings.read(inv, sample: e)
            let measured: Double
            do { measured = try settings.calculator.scalar(metric, of: e).value } catch {
                throw inv.failure("\(error)", at: metricPart)
            }
            return Measurement(model: model.value, data: data.name, metric: metric, value: measured,
                               qualifiers: EvaluationReport(inv: inv, settings: settings).qualifiers(metric, e),
                               warnings: MistakeWarnings.check(model.value, value, on: data))
        }
    }
}
