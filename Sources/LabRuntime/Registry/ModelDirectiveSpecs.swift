import LabScript

/// Specs of the modelling directives: train, predict, evaluate, expect, save.
enum ModelDirectiveSpecs {
    static let all: [RegisteredDirective] = [train, predict, evaluate, compare, expect, save]

    static let compare = CompareDirective.registered

    static let metricWords = MetricName.allWords

    static let train = RegisteredDirective(
        spec: DirectiveSpec(
            name: "train", summary: "fit a model on a dataset (scikit-learn's hyper-parameter names)",
            usage: "train KIND [options] on DATA [as NAME]   (KIND: \(ModelCatalog.kinds.map(\.name).joined(separator: ", ")), transformer)",
            positional: [SlotSpec("model kind", kind: .literal(choices: ModelCatalog.kinds.map(\.name) + ["transformer"]))],
            clauses: ["on": SlotSpec("data", kind: .reference)],
            variants: VariantSpec(slot: ModelCatalog.variants.slot,
                                  kinds: ModelCatalog.variants.kinds + [TransformerTrainDirective.kindSpec]),
            binding: .optional(defaultFromPositional: 0)),
        run: TrainDirective.run)

    static let predict = RegisteredDirective(
        spec: DirectiveSpec(
            name: "predict", summary: "labels and scores of a model on a dataset; threshold= cuts the positive-class score (score > t)",
            usage: "predict MODEL on DATA [threshold=0.5] [pos_label=CLASS] as NAME",
            positional: [SlotSpec("model", kind: .reference)],
            clauses: ["on": SlotSpec("data", kind: .reference)],
            options: [OptionSpec("threshold", .number, summary: "score above which a row is positive"),
                      OptionSpec("pos_label", .any, summary: "the positive class (default: the second class)")],
            binding: .required),
        run: PredictDirective.run)

    static let evaluate = RegisteredDirective(
        spec: DirectiveSpec(
            name: "evaluate", summary: "metrics of one or more models on a dataset, or of prediction columns",
            usage: "evaluate MODEL[, MODEL…] on DATA [metrics=accuracy,precision,recall,f1] | evaluate TABLE truth=COL score=COL|pred=COL metrics=…",
            positional: [SlotSpec("models", kind: .reference, allowsList: true)],
            clauses: ["on": SlotSpec("data", kind: .reference, allowsList: true, required: false)],
            options: [
                OptionSpec("metrics", .list(.choice(metricWords)), summary: "which metrics (default accuracy, precision, recall, f1; regression: mse, rmse, mae, r2)"),
                OptionSpec("average", .choice(["binary", "macro", "micro", "weighted"]), summary: "averaging of precision/recall/f1 (default binary for two classes, else macro)"),
                OptionSpec("pos_label", .any, summary: "the positive class (default: the second class)"),
                OptionSpec("labels", .list(.any), summary: "the label set scored, as scikit-learn's labels="),
                OptionSpec("zero_division", .any, summary: "warn (default, acts as 0), 0, 1 or nan"),
                OptionSpec("thresholds", .list(.number), summary: "also tabulate metrics at these cut-offs of the positive score"),
                OptionSpec("truth", .string, summary: "column of true labels (external predictions)"),
                OptionSpec("score", .list(.string), summary: "column of positive-class scores, or one probability column per class (external predictions)"),
                OptionSpec("pred", .string, summary: "column of predicted labels (external predictions)"),
                OptionSpec("threshold", .number, summary: "cut-off for score= when pred= is absent (default 0.5)"),
                OptionSpec("title", .string, summary: "caption of the metrics table (default: Metrics on DATA)"),
            ]),
        run: EvaluateDirective.run)

    static let expect = RegisteredDirective(
        spec: DirectiveSpec(
            name: "expect", summary: "a checked claim about a result, for lab check and lab grade",
            usage: "expect METRIC(MODEL on DATA) >=|>|<=|<|== VALUE [points=1]",
            positional: [SlotSpec("metric", kind: .literal(choices: MetricName.allCases.filter(\.isScalar).map(\.rawValue)))],
            options: [OptionSpec("points", .number, bounds: .fixed(0...1_000_000), summary: "points earned when the claim holds"),
                      OptionSpec("average", .choice(["binary", "macro", "micro", "weighted"]), summary: "as for evaluate"),
                      OptionSpec("pos_label", .any, summary: "as for evaluate")]),
        run: ExpectDirective.run)

    static let save = RegisteredDirective(
        spec: DirectiveSpec(
            name: "save", summary: "write a fine-tuned transformer as a Hugging Face model folder",
            usage: "save MODEL to \"FOLDER\"",
            positional: [SlotSpec("model", kind: .reference)],
            clauses: ["to": SlotSpec("folder", kind: .source)]),
        run: SaveDirective.run)
}
