import LabScript

/// Directive specs resembling the runtime's, for checker tests.
enum TestSpecs {
    static let models = ["dummy", "tree", "forest", "logistic", "knn", "transformer"]
    static let metrics = [
        "accuracy", "precision", "recall", "f1", "specificity", "fall_out", "confusion", "confusion_matrix",
        "report", "roc_auc", "average_precision", "log_loss", "mse", "rmse", "mae", "r2",
    ]
    static let reference = SlotSpec("data", kind: .reference)

    static let all: [DirectiveSpec] = [
        DirectiveSpec(
            name: "load", summary: "Load a dataset.", usage: "load SOURCE [options] [as NAME]",
            positional: [SlotSpec("source", kind: .source)],
            options: [OptionSpec("text", .identifier), OptionSpec("label", .identifier)],
            binding: .optional(defaultFromPositional: 0)),
        DirectiveSpec(
            name: "show", summary: "Show a dataset.", usage: "show DATA [rows=N]",
            positional: [reference], options: [OptionSpec("rows", .integer)]),
        DirectiveSpec(
            name: "relabel", summary: "One-vs-rest target.", usage: "relabel DATA positive=LABEL [names=A,B]",
            positional: [reference], options: [OptionSpec("positive", .any), OptionSpec("names", .list(.string))]),
        DirectiveSpec(
            name: "split", summary: "Split a dataset.", usage: "split DATA test=F [validation=F] [stratify] [seed=N]",
            positional: [reference],
            options: [OptionSpec("test", .number), OptionSpec("validation", .number), OptionSpec("seed", .integer)],
            flags: ["stratify", "shuffle"]),
        DirectiveSpec(
            name: "scale", summary: "Standardise features.", usage: "scale DATA [method=standard|minmax]",
            positional: [reference], options: [OptionSpec("method", .choice(["standard", "minmax"]))]),
        DirectiveSpec(
            name: "param", summary: "Notebook parameters.", usage: "param NAME=VALUE…", definesParameters: true),
        DirectiveSpec(
            name: "tokenize", summary: "Tokenize text.", usage: "tokenize DATA with wordpiece|tfidf [options] [as NAME]",
            positional: [reference],
            clauses: ["with": SlotSpec("tokenizer", kind: .literal(choices: ["wordpiece", "tfidf"]))],
            options: [OptionSpec("model", .identifier), OptionSpec("max_length", .integer), OptionSpec("ngrams", .range)],
            binding: .optional(defaultFromPositional: nil)),
        DirectiveSpec(
            name: "embed", summary: "Frozen features.", usage: "embed DATA with MODEL [pooling=cls|mean] [as NAME]",
            positional: [reference], clauses: ["with": SlotSpec("model", kind: .literal(choices: nil))],
            options: [OptionSpec("pooling", .choice(["cls", "mean"]))], binding: .optional(defaultFromPositional: nil)),
        DirectiveSpec(
            name: "train", summary: "Fit a model.", usage: "train MODEL [options] on DATA [as NAME]",
            positional: [SlotSpec("model", kind: .literal(choices: models))],
            clauses: ["on": reference],
            options: [
                OptionSpec("max_depth", .integer), OptionSpec("seed", .integer), OptionSpec("model", .identifier),
                OptionSpec("epochs", .integer), OptionSpec("lr", .number), OptionSpec("batch", .integer),
                OptionSpec("lora", .integer), OptionSpec("validate", .name), OptionSpec("strategy", .string),
            ],
            binding: .optional(defaultFromPositional: 0)),
        DirectiveSpec(
            name: "predict", summary: "Predict.", usage: "predict MODEL on DATA [threshold=T] as NAME",
            positional: [SlotSpec("model", kind: .reference)], clauses: ["on": reference],
            options: [OptionSpec("threshold", .number)], binding: .required),
        DirectiveSpec(
            name: "evaluate", summary: "Metrics table.", usage: "evaluate MODEL, … on DATA metrics=…",
            positional: [SlotSpec("models", kind: .reference, allowsList: true)],
            clauses: ["on": SlotSpec("data", kind: .reference, required: false)],
            options: [
                OptionSpec("metrics", .list(.choice(metrics))), OptionSpec("truth", .identifier),
                OptionSpec("score", .identifier), OptionSpec("pred", .identifier),
                OptionSpec("average", .choice(["binary", "macro", "micro", "weighted"])),
                OptionSpec("pos_label", .any), OptionSpec("labels", .list(.any)),
            ]),
        DirectiveSpec(
            name: "plot", summary: "Draw a chart.", usage: "plot KIND TARGET, … [on DATA] [options]",
            positional: [
                SlotSpec("kind", kind: .literal(choices: ["roc", "pr", "thresholds", "confusion", "bars", "image", "loss"])),
                SlotSpec("targets", kind: .reference, allowsList: true),
            ],
            clauses: ["on": SlotSpec("data", kind: .reference, required: false)],
            options: [OptionSpec("index", .integer)]),
        DirectiveSpec(
            name: "expect", summary: "Assert a metric.", usage: "expect METRIC(MODEL on DATA) OP VALUE [points=N]",
            positional: [SlotSpec("metric", kind: .literal(choices: metrics))],
            options: [OptionSpec("points", .number)]),
        DirectiveSpec(
            name: "save", summary: "Save a model.", usage: "save MODEL to PATH",
            positional: [SlotSpec("model", kind: .reference)], clauses: ["to": SlotSpec("path", kind: .source)]),
    ]

    static let checker = Checker(specs: all)

    /// Parses and checks `text` as lines 1… of `lab.md`.
    static func diagnose(_ text: String, predefined: Set<String> = [], parameters: Set<String> = []) -> [Diagnostic] {
        checker.parseAndCheck(
            SourceLine.lines(of: text), file: "lab.md", predefinedNames: predefined, parameters: parameters
        ).diagnostics
    }
}
