import LabScript

/// Spec of `plot`.
enum PlotDirectiveSpecs {
    static let all: [RegisteredDirective] = [plot]

    static let plot = RegisteredDirective(
        spec: DirectiveSpec(
            name: "plot", summary: "draw a chart (SVG) of models on data, or of a dataset",
            usage: "plot roc|pr|thresholds|confusion MODEL[, MODEL…] on DATA | plot bars|image|line|scatter DATA | plot loss MODEL | plot search MODEL",
            positional: [SlotSpec("kind", kind: .literal(choices: PlotDirective.kinds)),
                         SlotSpec("what", kind: .reference, allowsList: true)],
            clauses: ["on": SlotSpec("data", kind: .reference, required: false)],
            options: [OptionSpec("title", .string, summary: "chart title"),
                      OptionSpec("normalize", .bool, summary: "confusion: rows as shares of the true class"),
                      OptionSpec("threshold", .number, summary: "thresholds: mark this cut-off"),
                      OptionSpec("index", .integer, summary: "image: which row"),
                      OptionSpec("count", .integer, summary: "image: a grid of the first COUNT rows"),
                      OptionSpec("columns", .integer, summary: "image grid: images per row"),
                      OptionSpec("x", .string, summary: "line/scatter: x column"),
                      OptionSpec("y", .string, summary: "line/scatter: y column"),
                      OptionSpec("pos_label", .any, summary: "the positive class"),
                      OptionSpec("labels", .list(.any), summary: "confusion: the label set")],
            flags: ["normalize"]),
        run: PlotDirective.run)
}
