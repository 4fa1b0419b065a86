import LabCore

/// Mistakes in how a model is evaluated that its numbers do not show: scoring it on
/// rows it was trained on, or on features scaled differently from its training data.
///
/// Each warning is a function of the model (what it was trained on, and how that
/// data was scaled) and of the data it is evaluated on — both inputs the directive reads.
enum MistakeWarnings {
    /// One warning: a stable kind for the record and a sentence for the reader.
    struct Warning: Equatable {
        /// `training_rows` or `feature_scaling`.
        var kind: String
        var message: String
        /// For a model scored on its own training rows: the data and the advice, so
        /// several models on the same data read as one warning.
        var ownRows: (data: String, advice: String)? = nil

        static func == (a: Warning, b: Warning) -> Bool { a.kind == b.kind && a.message == b.message }
    }

    /// The warning lines for a directive's warnings, models scored on the same training
    /// rows merged into one line (`… the training rows of `a`, `b` and `c` …`).
    static func lines(_ warnings: [(model: String, warning: Warning)]) -> [String] {
        var lines: [String] = []
        var grouped: [String: [String]] = [:]
        var order: [(String, String)] = []
        for (model, warning) in warnings {
            guard let own = warning.ownRows else { lines.append(warning.message); continue }
            if grouped[own.data] == nil { order.append((own.data, own.advice)) }
            grouped[own.data, default: []].append(model)
        }
        for (data, advice) in order {
            let models = grouped[data] ?? []
            guard models.count > 1 else {
                lines.append("`\(data)` holds the training rows of `\(models.first ?? "")`, so this score overstates how it does on new data; \(advice).")
                continue
            }
            let names = models.dropLast().map { "`\($0)`" }.joined(separator: ", ") + " and `\(models.last ?? "")`"
            lines.append("`\(data)` holds the training rows of \(names), so these scores overstate how they do on new data; \(advice).")
        }
        return lines
    }

    /// The warnings for evaluating the model `name` (bound to `value`) on `data`.
    static func check(_ name: String, _ value: SessionValue, on data: Dataset) -> [Warning] {
        guard let trainedOn = value.trainedOn else { return [] }
        var warnings: [Warning] = []
        let base = trainedOn.split(separator: ".").first.map(String.init) ?? trainedOn
        if data.name == trainedOn {
            let advice = trainedOn.hasSuffix(".train") ? "evaluate on `\(base).test`" : "split `\(base)` and train on `\(base).train`"
            warnings.append(Warning(
                kind: "training_rows",
                message: "`\(data.name)` holds the training rows of `\(name)`, so this score overstates how it does on new data; \(advice).",
                ownRows: (data.name, advice)))
        } else if data.name.hasPrefix(trainedOn + ".") {
            warnings.append(Warning(
                kind: "training_rows",
                message: "`\(name)` was trained on all of `\(trainedOn)`, so `\(data.name)` holds training rows and this score overstates how it does on new data; train on `\(trainedOn).train`."))
        }
        let modelScaling = value.featureScaling, dataScaling = data.featureScaling
        if modelScaling != dataScaling {
            let trained = modelScaling.map { "\($0)-scaled" } ?? "unscaled"
            let given = dataScaling.map { "\($0)-scaled" } ?? "unscaled"
            warnings.append(Warning(
                kind: "feature_scaling",
                message: "`\(name)` was trained on \(trained) features (`\(trainedOn)`) but `\(data.name)` holds \(given) ones; evaluate it on data scaled the same way."))
        }
        return warnings
    }

    /// The record of a warning: no metric, `warning` and `message` as its payload.
    static func record(_ warning: Warning, directive: String, line: Int, model: String, data: String) -> ResultRecord {
        ResultRecord(line: line, directive: directive, model: model, data: data, metric: "",
                     fields: [("warning", .string(warning.kind)), ("message", .string(warning.message))])
    }
}
