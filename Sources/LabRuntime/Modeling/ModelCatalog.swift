import LabCore
import LabScript
import Models

/// The model kinds `train` knows, their options (scikit-learn's names) and how
/// each builds and fits its estimator.
///
/// Adding a kind is one entry in ``kinds``; its options are checked before anything
/// runs (`train tree C=1` is an error listing the options of `tree`) and are read in
/// its `fit` closure through ``ModelOptions``.
enum ModelCatalog {
    /// What a kind predicts.
    enum Task { case classification, regression }

    /// One trainable kind.
    struct Kind {
        var name: String
        var task: Task
        /// The options this kind accepts (beyond `on` / `as`), checked by the checker.
        var options: [OptionSpec]
        /// scikit-learn's class, for the training summary.
        var estimator: String
        /// Fits on features and targets; options read through `ModelOptions`.
        var fit: (ModelOptions, FeatureMatrix, TrainingTarget) throws -> TrainedModel
    }

    /// Targets as the task needs them.
    enum TrainingTarget {
        case classes(codes: [Int], count: Int)
        case values([Double])
    }

    /// A fitted model of either task.
    enum TrainedModel {
        case classifier(any FittedClassifier)
        case regressor(any FittedRegressor)
    }

    static let kinds: [Kind] = [
        Kind(name: "dummy", task: .classification, options: [
            OptionSpec("strategy", .choice(["most_frequent", "prior", "stratified", "uniform", "constant"]), summary: "how to guess (default prior)"),
            OptionSpec("constant", .integer, bounds: .work(lower: 0, .rows), summary: "the class code predicted by strategy=constant"), ModelOptionSpecs.seed], estimator: "DummyClassifier") { o, x, y in
            try classify(o.dummy(), x, y)
        },
        Kind(name: "tree", task: .classification, options: ModelOptionSpecs.tree, estimator: "DecisionTreeClassifier") { o, x, y in
            try classify(o.tree(), x, y)
        },
        Kind(name: "forest", task: .classification, options: ModelOptionSpecs.tree + [
            OptionSpec("n_estimators", .integer, bounds: .work(lower: 1, .trees), summary: "number of trees (default 100)"),
            .flag("bootstrap", summary: "draw each tree's rows with replacement (default true)")], estimator: "RandomForestClassifier") { o, x, y in
            try classify(o.forest(), x, y)
        },
        Kind(name: "logistic", task: .classification, options: [
            ModelOptionSpecs.c, ModelOptionSpecs.lowerC, ModelOptionSpecs.maxIter, ModelOptionSpecs.tol, ModelOptionSpecs.fitIntercept], estimator: "LogisticRegression") { o, x, y in
            try classify(o.logistic(), x, y)
        },
        Kind(name: "svm", task: .classification, options: [
            ModelOptionSpecs.c, ModelOptionSpecs.lowerC,
            OptionSpec("loss", .choice(["hinge", "squared_hinge"]), summary: "default squared_hinge"),
            ModelOptionSpecs.maxIter, ModelOptionSpecs.tol, ModelOptionSpecs.fitIntercept,
            .flag("probability", summary: "calibrated probabilities (Platt scaling)"), ModelOptionSpecs.seed], estimator: "LinearSVC") { o, x, y in
            try classify(o.svm(), x, y)
        },
        Kind(name: "knn", task: .classification, options: [
            OptionSpec("n_neighbors", .integer, bounds: .work(lower: 1, .neighbors), summary: "neighbours that vote (default 5)"),
            OptionSpec("weights", .choice(["uniform", "distance"]), summary: "default uniform")], estimator: "KNeighborsClassifier") { o, x, y in
            try classify(o.knn(), x, y)
        },
        Kind(name: "naive_bayes", task: .classification, options: [
            OptionSpec("variant", .choice(["gaussian", "multinomial"]), summary: "default gaussian"),
            OptionSpec("var_smoothing", .number, summary: "gaussian: variance added for stability (default 1e-9)"),
            OptionSpec("alpha", .number, summary: "multinomial: additive smoothing (default 1)")], estimator: "GaussianNB / MultinomialNB") { o, x, y in
            let multinomial = try o.text("variant") == "multinomial"
            let unused = multinomial ? "var_smoothing" : "alpha"
            if let part = o.inv.option(unused) {
                throw o.inv.failure("\(unused)= does not apply to the \(multinomial ? "multinomial" : "gaussian") variant", at: part,
                                    hint: multinomial ? "multinomial naive Bayes takes alpha=" : "gaussian naive Bayes takes var_smoothing=; alpha= needs variant=multinomial")
            }
            if multinomial { return try classify(o.multinomialNB(), x, y) }
            return try classify(o.gaussianNB(), x, y)
        },
        Kind(name: "sgd", task: .classification, options: [
            OptionSpec("alpha", .number, summary: "regularisation strength (default 1e-4)"),
            OptionSpec("epochs", .integer, bounds: .work(lower: 0, .epochs), summary: "passes over the data (default 20)"), ModelOptionSpecs.seed,
            OptionSpec("validate", .name, summary: "data scored after every epoch")], estimator: "SGDClassifier") { o, x, y in
            try classify(o.sgd(), x, y)
        },
        Kind(name: "linear", task: .regression, options: [ModelOptionSpecs.fitIntercept], estimator: "LinearRegression") { o, x, y in
            try regress(LinearRegression(fitIntercept: o.bool("fit_intercept") ?? true), x, y)
        },
        Kind(name: "ridge", task: .regression, options: [
            OptionSpec("alpha", .number, summary: "regularisation strength (default 1)"), ModelOptionSpecs.fitIntercept], estimator: "Ridge") { o, x, y in
            try regress(Ridge(alpha: o.double("alpha") ?? 1.0, fitIntercept: o.bool("fit_intercept") ?? true), x, y)
        },
        Kind(name: "tree_regressor", task: .regression, options: [
            ModelOptionSpecs.maxDepth, ModelOptionSpecs.minSamplesSplit, ModelOptionSpecs.minSamplesLeaf,
            ModelOptionSpecs.maxFeatures, ModelOptionSpecs.seed], estimator: "DecisionTreeRegressor") { o, x, y in
            try regress(o.treeRegressor(), x, y)
        },
        Kind(name: "dummy_regressor", task: .regression, options: [
            OptionSpec("strategy", .choice(["mean", "median"]), summary: "default mean")], estimator: "DummyRegressor") { o, x, y in
            try regress(o.dummyRegressor(), x, y)
        },
    ]

    static let byName: [String: Kind] = Dictionary(uniqueKeysWithValues: kinds.map { ($0.name, $0) })

    /// The kinds as the checker sees them: each with its own options.
    static var variants: VariantSpec {
        VariantSpec(slot: "model kind", kinds: kinds.map { KindSpec($0.name, summary: $0.estimator, options: $0.options) })
    }

    private static func classify<C: Classifier>(_ model: C, _ x: FeatureMatrix, _ y: TrainingTarget) throws -> TrainedModel {
        guard case .classes(let codes, let count) = y else { throw ModelError.singleClass }
        return .classifier(try model.fit(x, codes, classCount: count))
    }

    private static func regress<R: Regressor>(_ model: R, _ x: FeatureMatrix, _ y: TrainingTarget) throws -> TrainedModel {
        guard case .values(let values) = y else { throw ModelError.emptyTrainingSet }
        return .regressor(try model.fit(x, values))
    }
}
