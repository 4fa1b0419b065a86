import LabScript

/// Spec of `plot`: the options common to every chart, then each kind's own.
enum PlotDirectiveSpecs {
    static let all: [RegisteredDirective] = [plot]

    static let posLabel = OptionSpec("pos_label", .any, summary: "the positive class")

    /// The plot kinds and the options each accepts besides the common ones.
    static let kinds: [KindSpec] = [
        KindSpec("roc", summary: "ROC curves of models on data", options: [posLabel]),
        KindSpec("pr", summary: "precision–recall curves of models on data", options: [posLabel]),
        KindSpec("thresholds", summary: "precision and recall against the threshold, one model",
                 options: [posLabel, OptionSpec("threshold", .number, summary: "mark this cut-off")]),
        KindSpec("confusion", summary: "confusion matrix of one classifier",
                 options: [.flag("normalize", summary: "rows as shares of the true class"),
                           OptionSpec("labels", .list(.any), summary: "the label set")]),
        KindSpec("bars", summary: "rows per class of a dataset"),
        KindSpec("image", summary: "one image row of a dataset, or a grid of the first rows",
                 options: [OptionSpec("index", .integer, bounds: .work(lower: 0, .rows), summary: "which row (default 0)"),
                           OptionSpec("count", .integer, bounds: .work(lower: 1, .images), summary: "a grid of the first COUNT rows"),
                           OptionSpec("columns", .integer, bounds: .work(lower: 1, .images), summary: "images per grid row")]),
        KindSpec("line", summary: "one numeric column against another, or predictions against truth",
                 options: [OptionSpec("x", .string, summary: "x column"), OptionSpec("y", .string, summary: "y column")]),
        KindSpec("scatter", summary: "one numeric column against another, or predictions against truth",
                 options: [OptionSpec("x", .string, summary: "x column"), OptionSpec("y", .string, summary: "y column")]),
        KindSpec("loss", summary: "loss per epoch of a model trained in epochs"),
        KindSpec("history", summary: "same as loss"),
        KindSpec("search", summary: "mean score of a grid search against one parameter, one line per value of the others"),
    ]

    static let plot = RegisteredDirective(
        spec: DirectiveSpec(
            name: "plot", summary: "draw a chart (SVG) of models on data, or of a dataset",
            usage: "plot roc|pr|thresholds|confusion MODEL[, MODEL…] on DATA | plot bars|image|line|scatter DATA | plot loss MODEL | plot search MODEL",
            positional: [SlotSpec("kind", kind: .literal(choices: kinds.map(\.name))),
                         SlotSpec("what", kind: .reference, allowsList: true)],
            clauses: ["on": SlotSpec("data", kind: .reference, required: false)],
            options: [OptionSpec("title", .string, summary: "chart title"),
                      OptionSpec("width", .number, bounds: .work(lower: 16, .pixels), summary: "shown width in pixels (the chart scales; height follows unless given)"),
                      OptionSpec("height", .number, bounds: .work(lower: 16, .pixels), summary: "shown height in pixels")],
            variants: VariantSpec(slot: "kind", kinds: kinds)),
        run: PlotDirective.run)
}
