/// One entry of the results contract (`Outputs/NAME.json`, `lab run --results FILE`).
///
/// Keys are written in a fixed order; numbers at full precision; non-finite
/// numbers as the strings `"inf"`, `"-inf"`, `"nan"`.
public struct ResultRecord: Sendable, Equatable {
    /// 1-based line of the directive in the notebook.
    public var line: Int
    /// The directive's verb (`evaluate`, `predict`, `expect`, …).
    public var directive: String
    /// The model evaluated, or the predictions' name.
    public var model: String?
    /// The data it was evaluated on (`digits.test`).
    public var data: String?
    /// Metric name as in the language (`accuracy`, `roc_curve`, `confusion_matrix`, …);
    /// `nil` for records that are not a metric (a split's indices).
    public var metric: String?
    /// Extra qualifiers in order (`average`, `class`, `threshold`, `pos_label`…).
    public var qualifiers: [(key: String, value: JSONValue)]
    /// The payload: `value`, or `x`/`y`/`thresholds`, or `labels`/`matrix`.
    public var fields: [(key: String, value: JSONValue)]

    public init(line: Int, directive: String, model: String?, data: String?, metric: String?,
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
        var pairs: [(String, JSONValue)] = [("line", .number(Double(line))), ("directive", .string(directive))]
        if let model { pairs.append(("model", .string(model))) }
        if let data { pairs.append(("data", .string(data))) }
        if let metric { pairs.append(("metric", .string(metric))) }
        pairs += qualifiers.map { ($0.key, $0.value) }
        pairs += fields.map { ($0.key, $0.value) }
        return .object(pairs)
    }
}
