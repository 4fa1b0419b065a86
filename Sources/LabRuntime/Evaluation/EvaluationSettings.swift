import Metrics

/// The options of `evaluate` (and `plot`) that shape metrics, resolved against the classes.
struct EvaluationSettings {
    var metrics: [MetricName]
    var calculator: MetricCalculator
    /// Written `average=`, or nil when chosen automatically.
    var averageWritten: Bool
    /// Keys named by `labels=` that are not classes of the data, in the order written;
    /// they take the codes after the data's classes and score as absent classes (scikit-learn's `labels=`).
    var absentLabels: [String] = []

    /// Reads `metrics=`, `average=`, `pos_label=`, `labels=`, `zero_division=` for evaluations sharing classes.
    static func read(_ inv: Invocation, sample e: Evaluation) throws -> EvaluationSettings {
        var metrics: [MetricName] = []
        if let words = try inv.words("metrics") {
            for word in words {
                guard let metric = MetricName(word: word) else {
                    throw inv.failure("unknown metric '\(word)'", at: inv.option("metrics"),
                                      hint: TrainDirective.suggestionHint(word, MetricName.allCases.map(\.rawValue)))
                }
                if !metrics.contains(metric) { metrics.append(metric) }
            }
        } else if case .regression = e.kind {
            metrics = MetricName.defaultRegression
        } else {
            metrics = MetricName.defaultClassification
        }
        let positive = try positiveCode(inv, e)
        var average: Average = e.isBinary ? .binary : .macro
        if let word = try inv.text("average") {
            guard let a = Average(rawValue: word), a != .none else {
                throw inv.failure("average must be binary, macro, micro or weighted, got '\(word)'", at: inv.option("average"))
            }
            if a == .binary && !e.isBinary {
                throw inv.failure("average=binary needs two classes; '\(e.data)' has \(e.classKeys.count)", at: inv.option("average"),
                                  hint: "use average=macro, micro or weighted")
            }
            average = a
        }
        var zero: ZeroDivision = .warn
        if let word = try inv.text("zero_division") {
            switch word {
            case "warn": zero = .warn
            case "0": zero = .zero
            case "1": zero = .one
            case "nan": zero = .nan
            default: throw inv.failure("zero_division must be warn, 0, 1 or nan, got '\(word)'", at: inv.option("zero_division"))
            }
        }
        var labels: [Int]? = nil
        var absent: [String] = []
        if let words = try inv.words("labels") {
            let numericClasses = e.classKeys.allSatisfy { Double($0) != nil }
            labels = try words.map { word in
                if let code = code(of: word, in: e) { return code }
                // A class absent from the data: allowed when it is of the classes' kind (number or text).
                guard (Double(word) != nil) == numericClasses else {
                    throw inv.failure("labels= names '\(word)', which is not a class of '\(e.data)' and not of its kind (classes: \(e.classNames.joined(separator: ", ")))", at: inv.option("labels"))
                }
                if let k = absent.firstIndex(of: word) { return e.classKeys.count + k }
                absent.append(word)
                return e.classKeys.count + absent.count - 1
            }
        }
        return EvaluationSettings(
            metrics: metrics,
            calculator: MetricCalculator(average: average, positive: positive, zeroDivision: zero, labels: labels),
            averageWritten: inv.option("average") != nil, absentLabels: absent)
    }

    /// `pos_label=` as a class code (by value or display name); default: the second class (scikit-learn's pos_label=1).
    static func positiveCode(_ inv: Invocation, _ e: Evaluation) throws -> Int {
        guard let word = try inv.text("pos_label") else { return e.classKeys.count > 1 ? 1 : 0 }
        guard e.isBinary else {
            throw inv.failure("pos_label= applies to a binary target; '\(e.data)' has \(e.classKeys.count) classes (\(e.classNames.joined(separator: ", ")))",
                              at: inv.option("pos_label"), hint: "remove pos_label=, or relabel the data one-vs-rest first")
        }
        guard let code = code(of: word, in: e) else {
            throw inv.failure("pos_label=\(word) is not a class of '\(e.data)' (classes: \(e.classNames.joined(separator: ", ")))", at: inv.option("pos_label"))
        }
        return code
    }

    static func code(of word: String, in e: Evaluation) -> Int? {
        if let k = e.classKeys.firstIndex(of: word) { return k }
        if let k = e.classNames.firstIndex(of: word) { return k }
        if let x = Double(word), let k = e.classKeys.firstIndex(where: { Double($0) == x }) { return k }
        return nil
    }

    /// Column title of a metric in the summary table (`f1 (macro)` when not binary).
    func title(_ metric: MetricName) -> String {
        if metric.isAveraged, calculator.average != .binary { return "\(metric.rawValue) (\(calculator.average.rawValue))" }
        return metric.rawValue
    }
}
