import LabCore
import Metrics

/// Accumulates an `evaluate` directive's tables, warnings and result records.
struct EvaluationReport {
    var inv: Invocation
    var settings: EvaluationSettings
    var records: [ResultRecord] = []
    /// Whether the summary needs a data column (several datasets evaluated).
    var showData = false
    private var summaryRows: [[String]] = []
    private var details: [Output] = []
    private var warnings: [String] = []

    init(inv: Invocation, settings: EvaluationSettings) {
        self.inv = inv
        self.settings = settings
    }

    /// Scalar metrics into the summary, the others as their own tables.
    mutating func add(_ e: Evaluation) throws {
        var row = showData ? [e.model, e.data] : [e.model]
        for metric in settings.metrics {
            switch metric {
            case .confusion: try addConfusion(e)
            case .report: try addReport(e)
            case .rocCurve, .prCurve: try addCurve(metric, e)
            default:
                let value = try compute { try settings.calculator.scalar(metric, of: e) }
                note(value.warnings, e, metric.rawValue)
                row.append(NumberText.fixed(value.value, digits: 4))
                records.append(record(e, metric, qualifiers: qualifiers(metric, e), fields: [("value", .number(value.value))]))
            }
        }
        if settings.metrics.contains(where: \.isScalar) { summaryRows.append(row) }
    }

    /// The summary table, then warnings, then detail tables.
    func outputs() -> [Output] {
        var out: [Output] = []
        let scalars = settings.metrics.filter(\.isScalar)
        if !scalars.isEmpty, !summaryRows.isEmpty {
            let data = showData ? "" : records.first?.data.map { " on \($0)" } ?? ""
            let keys = showData ? ["model", "data"] : ["model"]
            let caption = (try? inv.text("title")) ?? nil
            var table = ResultTable(caption: caption ?? "Metrics\(data)", header: keys + scalars.map(settings.title), rows: summaryRows)
            if showData { table.alignments[1] = .left }
            out.append(.table(table))
        }
        var seen = Set<String>()
        for w in warnings where seen.insert(w).inserted { out.append(.warning(w)) }
        return out + details
    }

    func compute<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as MetricError {
            throw inv.failure("\(error)", at: inv.option("metrics"))
        }
    }

    mutating func note(_ list: [MetricWarning], _ e: Evaluation, _ metric: String) {
        for w in list { warnings.append("\(metric) of `\(e.model)` on \(e.data): \(w.message)") }
    }

    func qualifiers(_ metric: MetricName, _ e: Evaluation) -> [(key: String, value: JSONValue)] {
        var q: [(key: String, value: JSONValue)] = []
        if metric.isAveraged { q.append(("average", .string(settings.calculator.average.rawValue))) }
        if e.isBinary, metric.isAveraged || metric.needsScores, settings.calculator.average == .binary || metric.needsScores {
            q.append(("pos_label", keyJSON(e.classKeys[settings.calculator.positive])))
        }
        return q
    }

    func record(_ e: Evaluation, _ metric: MetricName, qualifiers: [(key: String, value: JSONValue)] = [],
                fields: [(key: String, value: JSONValue)]) -> ResultRecord {
        ResultRecord(line: inv.line, directive: inv.verb, model: e.model, data: e.data, metric: metric.rawValue,
                     qualifiers: qualifiers, fields: fields)
    }

    /// A class key as JSON: a number when it reads as one.
    func keyJSON(_ key: String) -> JSONValue {
        if let x = Double(key) { return .number(x) }
        return .string(key)
    }

    mutating func addDetail(_ output: Output) { details.append(output) }
    mutating func addWarning(_ text: String) { warnings.append(text) }
}
