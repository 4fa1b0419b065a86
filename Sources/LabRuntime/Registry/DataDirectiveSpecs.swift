import LabScript

/// Specs of the data directives: load, show, relabel, split, scale, param.
enum DataDirectiveSpecs {
    static let all: [RegisteredDirective] = [load, show, relabel, split, scale, param]

    static let load = RegisteredDirective(
        spec: DirectiveSpec(
            name: "load", summary: "load a built-in dataset, a CSV/TSV/JSONL file or a folder of split files",
            usage: "load NAME|\"PATH\" [text=COLUMN] [label=COLUMN] [names=\"neg\",\"pos\"] [as NAME]",
            positional: [SlotSpec("dataset", kind: .source)],
            options: [OptionSpec("text", .string, summary: "the text column of a text dataset"),
                      OptionSpec("label", .string, summary: "the target column (default: target or label)"),
                      OptionSpec("target", .string, summary: "same as label"),
                      OptionSpec("names", .list(.string), summary: "display names of the classes, in sorted order of their values")],
            binding: .optional(defaultFromPositional: 0)),
        run: LoadDirective.run)

    static let show = RegisteredDirective(
        spec: DirectiveSpec(
            name: "show", summary: "shape, columns, class counts and first rows of a dataset",
            usage: "show DATA [rows=5]",
            positional: [SlotSpec("data", kind: .reference)],
            options: [OptionSpec("rows", .integer, bounds: .work(lower: 0, .rows), summary: "how many rows to list (default 5)")]),
        run: ShowDirective.run)

    static let relabel = RegisteredDirective(
        spec: DirectiveSpec(
            name: "relabel", summary: "make the target one-vs-rest: the positive value becomes 1, the rest 0",
            usage: "relabel DATA positive=VALUE [names=\"rest\",\"positive\"]",
            positional: [SlotSpec("data", kind: .reference)],
            options: [OptionSpec("positive", .any, summary: "the target value that becomes class 1"),
                      OptionSpec("names", .list(.string), summary: "display names of class 0 and class 1")],
            updates: .slot("data")),
        run: RelabelDirective.run)

    static let split = RegisteredDirective(
        spec: DirectiveSpec(
            name: "split", summary: "train/(validation)/test split exactly as scikit-learn's train_test_split(test_size=…, stratify=…, random_state=seed), or from an index file",
            usage: "split DATA test=0.25 [validation=0.1] [stratify] [seed=0] | split DATA indices=\"FILE.json\"",
            positional: [SlotSpec("data", kind: .reference)],
            options: [OptionSpec("test", .number, summary: "test share (0–1, rounded up) or row count; default 0.25"),
                      OptionSpec("validation", .number, summary: "validation share (of the rows left after the test part) or row count: a second train_test_split with the same seed"),
                      OptionSpec("seed", .integer, bounds: .fixed(0...4_294_967_295), summary: "random_state, 0 to 2^32 − 1 (default 0)"),
                      OptionSpec("shuffle", .bool, summary: "shuffle before splitting (default true; false: first rows train, last rows test)"),
                      OptionSpec("indices", .string, summary: "JSON file with train_indices / test_indices")],
            flags: ["stratify"],
            updates: .slot("data")),
        run: SplitDirective.run)

    static let scale = RegisteredDirective(
        spec: DirectiveSpec(
            name: "scale", summary: "standardise features with the statistics of DATA.train (in place, or as a new dataset NAME)",
            usage: "scale DATA [method=standard] [as NAME]",
            positional: [SlotSpec("data", kind: .reference)],
            options: [OptionSpec("method", .choice(["standard"]), summary: "standard: zero mean, unit variance")],
            binding: .optional(defaultFromPositional: nil),
            updates: .slotUnlessBound("data")),
        run: ScaleDirective.run)

    static let param = RegisteredDirective(
        spec: DirectiveSpec(
            name: "param", summary: "notebook parameters with defaults, overridable with --param NAME=VALUE",
            usage: "param NAME=VALUE …", definesParameters: true),
        run: ParamDirective.run)
}
