import LabCore
import LabScript
import Metrics
import Models

/// `compare MODEL[, MODEL…] on DATA[, DATA…] [methods="…",…] [title="…"]`: the closing
/// table of a lab, one row per model, each scored on its own data (one dataset for every
/// model, or one per model in order): method, data, accuracy, trainable parameters and
/// training seconds per epoch, with one record per row.
///
/// Trainable parameters: for a fine-tuned transformer, the trainable count of its PEFT-style
/// summary (adapters and head under LoRA, everything under full fine-tuning); for a linear
/// model (`logistic`, `svm`, `sgd`), scikit-learn's `coef_.size + intercept_.size`; "—"
/// for models without such a count (trees, neighbours, naive Bayes, dummies). Seconds per
/// epoch: a fine-tuned transformer's training seconds averaged over its epochs; "—" otherwise.
enum CompareDirective {
    static let registered = RegisteredDirective(
        spec: DirectiveSpec(
            name: "compare", summary: "one table comparing models, each on its own data: method, accuracy, trainable parameters, seconds per epoch",
            usage: "compare MODEL[, MODEL…] on DATA[, DATA…] [methods=\"…\",\"…\"] [title=\"…\"]   (one DATA for every model, or one per model)",
            positional: [SlotSpec("models", kind: .reference, allowsList: true)],
            clauses: ["on": SlotSpec("data", kind: .reference, allowsList: true)],
            options: [
                OptionSpec("methods", .list(.string), summary: "how each model was made, one per model (default: the estimator, or full fine-tuning / LoRA r=R)"),
                OptionSpec("title", .string, summary: "caption of the table (default: Comparison)"),
            ]),
        run: run)

    static let header = ["model", "method", "data", "accuracy", "trainable parameters", "seconds per epoch"]

    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        let models = try inv.names("models")
        let data = try EvaluateDirective.dataPaths(inv)
        guard !models.isEmpty, !data.isEmpty else { throw inv.failure("compare needs models and data, e.g. compare svm, ft on rt.test") }
        guard data.count == 1 || data.count == models.count else {
            throw inv.failure("compare pairs each model with its data: \(models.count) models, \(data.count) datasets",
                              at: inv.slot("data"), hint: "give one dataset for every model, or one per model in the same order")
        }
        let methods = try inv.words("methods")
        if let methods, methods.count != models.count {
            throw inv.failure("methods= names \(methods.count) methods for \(models.count) models", at: inv.option("methods"),
                              hint: "one quoted description per model, in order")
        }
        var rows: [[String]] = [], warnings: [(model: String, warning: MistakeWarnings.Warning)] = []
        for (index, (path, part)) in models.enumerated() {
            let name = path.joined(separator: ".")
            guard let value = ctx.session.lookup(path) else { throw inv.failure("nothing is bound to '\(name)'", at: part) }
            guard case .classifier(let trained) = value else {
                throw inv.failure("compare reports the accuracy of classifiers; '\(name)' is \(value.isRegressor ? "a regressor" : value.kindDescription)", at: part)
            }
            let (dataPath, dataPart) = data[data.count == 1 ? 0 : index]
            let dataset = try ctx.dataset(dataPath, in: inv, at: dataPart)
            let evaluation = try Evaluation.make(name, value, on: dataset, positive: nil, threshold: nil, inv: inv, at: dataPart)
            guard case .classification(let truth, let predicted, _, _) = evaluation.kind else {
                throw inv.failure("compare reports the accuracy of classifiers; '\(name)' is not one", at: part)
            }
            let score: Double
            do { score = try accuracy(yTrue: truth, yPred: predicted) } catch {
                throw inv.failure("cannot score '\(name)' on '\(dataset.name)': \(error)", at: dataPart)
            }
            let row = Row(model: name, method: methods?[index] ?? method(of: trained), data: dataset.name, accuracy: score,
                          trainable: trainableParameters(of: trained.model),
                          secondsPerEpoch: (trained.model as? FineTunedTransformer)?.training?.secondsPerEpoch)
            rows.append(row.cells)
            ctx.records.append(row.record(line: inv.line))
            let found = MistakeWarnings.check(name, value, on: dataset)
            warnings += found.map { (name, $0) }
            for warning in found {
                ctx.records.append(MistakeWarnings.record(warning, directive: inv.verb, line: inv.line, model: name, data: dataset.name))
            }
        }
        let table = ResultTable(caption: try inv.text("title") ?? "Comparison", header: header, rows: rows,
                                alignments: [.left, .left, .left, .right, .right, .right])
        return [.table(table)] + MistakeWarnings.lines(warnings).map(Output.warning)
    }

    /// One row of the table and its record.
    struct Row {
        var model: String, method: String, data: String
        var accuracy: Double
        var trainable: Int?
        var secondsPerEpoch: Double?

        var cells: [String] {
            [model, method, data, NumberText.fixed(accuracy, digits: 4), trainable.map(grouped) ?? "—",
             secondsPerEpoch.map { NumberText.fixed($0, digits: 1) } ?? "—"]
        }

        /// `{…, "metric": "accuracy", "value": …, "method": …, "trainable_parameters": … | null, "seconds_per_epoch": … | null}`.
        func record(line: Int) -> ResultRecord {
            ResultRecord(line: line, directive: "compare", model: model, data: data, metric: "accuracy", fields: [
                ("value", .number(accuracy)), ("method", .string(method)),
                ("trainable_parameters", trainable.map { .number(Double($0)) } ?? .null),
                ("seconds_per_epoch", secondsPerEpoch.map(JSONValue.number) ?? .null),
            ])
        }
    }

    /// How a model was made, when `methods=` does not say: `full fine-tuning` / `LoRA r=8`
    /// for a fine-tuned transformer, else scikit-learn's estimator and the data it was fitted on.
    static func method(of trained: TrainedClassifier) -> String {
        if let transformer = trained.model as? FineTunedTransformer {
            return transformer.training?.method ?? "fine-tuned transformer loaded from `\(transformer.source.lastPathComponent)`"
        }
        let estimator = ModelCatalog.kinds.first { $0.name == trained.kind }?.estimator ?? trained.kind
        return "\(estimator) on `\(trained.trainedOn)`"
    }

    /// The parameters training fitted: see the type's documentation; nil where no such count applies.
    static func trainableParameters(of model: any FittedClassifier) -> Int? {
        switch model {
        case let transformer as FineTunedTransformer: return transformer.training?.trainableParameters
        case let svm as FittedLinearSVM: return svm.coefficients.values.count + svm.intercepts.count
        case let logistic as FittedLogisticRegression: return logistic.coefficients.values.count + logistic.intercepts.count
        case let sgd as FittedSGDClassifier: return sgd.weights.count + sgd.intercepts.count
        default: return nil
        }
    }

    /// `22714370` → `22,714,370`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}

private extension SessionValue {
    var isRegressor: Bool { if case .regressor = self { return true } else { return false } }
}
