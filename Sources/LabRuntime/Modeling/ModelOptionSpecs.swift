import LabScript

/// Hyper-parameters shared by several model kinds, with scikit-learn's names.
/// Each ``ModelCatalog/Kind`` lists the ones it accepts; an option used by one kind
/// only may be written in that kind's entry directly.
enum ModelOptionSpecs {
    static let seed = OptionSpec("seed", .integer, bounds: .fixed(0...4_294_967_295), summary: "seed of the random generator (scikit-learn's random_state; default 0)")
    static let criterion = OptionSpec("criterion", .choice(["gini", "entropy", "log_loss"]), summary: "split quality (default gini)")
    static let maxDepth = OptionSpec("max_depth", .integer, bounds: .work(lower: 1, .depth), summary: "deepest level of the tree (default: unlimited)")
    static let minSamplesSplit = OptionSpec("min_samples_split", .integer, bounds: .work(lower: 2, .rows), summary: "rows a node needs to be split (default 2)")
    static let minSamplesLeaf = OptionSpec("min_samples_leaf", .integer, bounds: .work(lower: 1, .rows), summary: "rows each leaf keeps at least (default 1)")
    static let maxFeatures = OptionSpec("max_features", .any, summary: "features tried per split: sqrt, log2, all, a count or a fraction")
    static let c = OptionSpec("C", .number, summary: "inverse regularisation strength (default 1)")
    static let lowerC = OptionSpec("c", .number, summary: "same as C")
    static let maxIter = OptionSpec("max_iter", .integer, bounds: .work(lower: 1, .iterations), summary: "iteration limit of the solver")
    static let tol = OptionSpec("tol", .number, summary: "stopping tolerance of the solver (default 1e-4)")
    static let fitIntercept = OptionSpec.flag("fit_intercept", summary: "fit a constant term (default true)")
    static let alpha = OptionSpec("alpha", .number, summary: "regularisation strength")

    /// The options of the CART trees.
    static let tree = [criterion, maxDepth, minSamplesSplit, minSamplesLeaf, maxFeatures, seed]
}
