import LabScript

/// Specs of the model-selection directives: crossval, search. Options before
/// `on DATA` are the model's (as in `train`; for `search`, a list or range is a
/// grid axis); options after it are the procedure's.
enum ModelSelectionDirectiveSpecs {
    static let all: [RegisteredDirective] = [crossval, search]

    static let procedureOptions = [
        OptionSpec("folds", .integer, bounds: .work(lower: 2, .folds), summary: "after on: number of folds (default 5)"),
        OptionSpec("metrics", .list(.choice(ModelDirectiveSpecs.metricWords)), summary: "after on: metrics scored on each fold (default accuracy; regression r2)"),
        OptionSpec("metric", .choice(ModelDirectiveSpecs.metricWords), summary: "after on: the metric a search ranks by (default accuracy)"),
        OptionSpec("average", .choice(["binary", "macro", "micro", "weighted"]), summary: "after on: as for evaluate"),
        OptionSpec("pos_label", .any, summary: "after on: as for evaluate"),
        OptionSpec("labels", .list(.any), summary: "after on: as for evaluate"),
        OptionSpec("zero_division", .any, summary: "after on: as for evaluate"),
    ]

    /// Model options untyped (a search axis is a list or a range); checked per candidate when fitted.
    static let modelOptions: [OptionSpec] = {
        var names: [String] = []
        for kind in ModelCatalog.kinds { for o in kind.options where !names.contains(o.name) && o.name != "validate" { names.append(o.name) } }
        return names.sorted().map { name in
            // The kinds' bounds apply to every candidate value (each element, both ends of a range).
            let bounds = ModelCatalog.kinds.lazy.compactMap { $0.options.first { $0.name == name }?.bounds }.first
            if name == "seed" {
                return OptionSpec("seed", .list(.any), bounds: bounds, summary: "before on: the model's random_state; after on: shuffle the folds with this random_state")
            }
            let users = ModelCatalog.kinds.filter { $0.options.contains { $0.name == name } }.map(\.name)
            return OptionSpec(name, .list(.any), bounds: bounds, summary: "before on: for " + users.joined(separator: ", "))
        }
    }()

    static let crossval = RegisteredDirective(
        spec: DirectiveSpec(
            name: "crossval", summary: "cross-validate a model as scikit-learn's cross_validate with KFold / StratifiedKFold: fold scores, mean ± std",
            usage: "crossval KIND [model options] on DATA [folds=5] [stratify] [seed=S] [metrics=accuracy,f1]",
            positional: [SlotSpec("model kind", kind: .literal(choices: ModelCatalog.kinds.map(\.name)))],
            clauses: ["on": SlotSpec("data", kind: .reference)],
            options: modelOptions + procedureOptions,
            flags: ["stratify", "bootstrap", "probability", "fit_intercept"],
            optionsSplitBy: "on"),
        run: CrossvalDirective.run)

    static let search = RegisteredDirective(
        spec: DirectiveSpec(
            name: "search", summary: "grid search as scikit-learn's GridSearchCV: every candidate cross-validated, ranked, the best refitted as NAME",
            usage: "search KIND max_depth=1..6 criterion=gini,entropy [seed=0] on DATA [folds=5] [stratify] [seed=S] metric=f1 as NAME",
            positional: [SlotSpec("model kind", kind: .literal(choices: ModelCatalog.kinds.filter { $0.task == .classification }.map(\.name)))],
            clauses: ["on": SlotSpec("data", kind: .reference)],
            options: modelOptions + procedureOptions,
            flags: ["stratify", "bootstrap", "probability", "fit_intercept"],
            binding: .optional(defaultFromPositional: 0),
            optionsSplitBy: "on"),
        run: SearchDirective.run)
}
