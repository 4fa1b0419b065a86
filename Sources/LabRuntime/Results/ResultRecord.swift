/// One entry of the results contract (`Outputs/NAME.json`, `lab run --results FILE`).
///
/// Keys are written in a fixed order; numbers at full precision; non-finite
/// numbers as the strings `"inf"`, `"-inf"`, `"nan"`.
public struct ResultRecord: Sendable, Equatable {
    /// 1-based ordinal of the lab block that made it (set by the runner).
    public var block: Int?
    /// 1-based ordinal of the directive within its block (set by the runner).
    public var step: Int?
    /// 1-based line of the directive in the notebook without output regions
    /// (the runner sets it, so it does not move when regions are added).
    public var line: Int
    /// The directive's verb (`evaluate`, `predict`, `expect`, …).
    public var directive: String
    /// The model evaluated, or the predictions' name.
    public var model: String?
    /// The data it was evaluated on (`digits.test`).
    public var data: String?
    /// Metric name as in the language (`accuracy`, `roc_curve`, `confusion_matrix`, …);
    /// empty for a record that is not a metric — a warning, a split's indices (then left out of the JSON).
    public var metric: String
    /// Extra qualifiers in order (`average`, `class`, `threshold`, `pos_label`…).
    public var qualifiers: [(key: String, value: JSONValue)]
    /// The payload: `value`, or `x`/`y`/`thresholds`, or `labels`/`matrix`.
    public var fields: [(key: String, value: JSONValue)]

    public init(line: Int, directive: String, model: String?, data: String?, metric: String,
                qualifiers: [(key: String, value: JSONValue)] = [], fields: [(key: String, value: JSONValue)]) {
        self.line = line
        self.directive = directive
        self.model = model
        self.data = data
        self.metric = metric
        self.qualifiers = qualifiers
        self.fields = fields
    }

    public static func == (a: ResultRecord, b: ResultRecord) -> Bool {
        a.json == b.json
    }

    /// The record as a JSON value with its keys in contract order.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let block { pairs.append(("block", .number(Double(block)))) }
        if let step { pairs.append(("step", .number(Double(step)))) }
        pairs += [("line", .number(Double(line))), ("directive", .string(directive))]
        if let model { pairs.append(("model", .string(model))) }
        if let data { pairs.append(("data", .string(data))) }
        if !metric.isEmpty { pairs.append(("metric", .string(metric))) }
        pairs += qualifiers.map { ($0.key, $0.value) }
        pairs += fields.map { ($0.key, $0.value) }
        return .object(pairs)
    }
}
