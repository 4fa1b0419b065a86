import LabCore
import Models

/// The model kinds `train` knows, their options (scikit-learn's names) and how
/// each builds and fits its estimator.
enum ModelCatalog {
    /// What a kind predicts.
    enum Task { case classification, regression }

    /// One trainable kind.
    struct Kind {
        var name: String
        var task: Task
        /// Option names this kind accepts (beyond `on` / `as`).
        var options: [String]
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

    static let treeOptions = ["criterion", "max_depth", "min_samples_split", "min_samples_leaf", "max_features", "seed"]

    static let kinds: [Kind] = [
        Kind(name: "dummy", task: .classification, options: ["strategy", "constant", "seed"], estimator: "DummyClassifier") { o, x, y in
            try classify(o.dummy(), x, y)
        },
        Kind(name: "tree", task: .classification, options: treeOptions, estimator: "DecisionTreeClassifier") { o, x, y in
            try classify(o.tree(), x, y)
        },
        Kind(name: "forest", task: .classification, options: treeOptions + ["n_estimators", "bootstrap"], estimator: "RandomForestClassifier") { o, x, y in
            try classify(o.forest(), x, y)
        },
        Kind(name: "logistic", task: .classification, options: ["C", "max_iter", "tol", "fit_intercept"], estimator: "LogisticRegression") { o, x, y in
            try classify(o.logistic(), x, y)
        },
        Kind(name: "svm", task: .classification, options: ["C", "loss", "max_iter", "tol", "fit_intercept", "probability", "seed"], estimator: "LinearSVC") { o, x, y in
            try classify(o.svm(), x, y)
        },
        Kind(name: "knn", task: .classification, options: ["n_neighbors", "weights"], estimator: "KNeighborsClassifier") { o, x, y in
            try classify(o.knn(), x, y)
        },
        Kind(name: "naive_bayes", task: .classification, options: ["variant", "var_smoothing", "alpha"], estimator: "GaussianNB / MultinomialNB") { o, x, y in
            if try o.text("variant") == "multinomial" { return try classify(o.multinomialNB(), x, y) }
            return try classify(o.gaussianNB(), x, y)
        },
        Kind(name: "sgd", task: .classification, options: ["alpha", "epochs", "seed", "validate"], estimator: "SGDClassifier") { o, x, y in
            try classify(o.sgd(), x, y)
        },
        Kind(name: "linear", task: .regression, options: ["fit_intercept"], estimator: "LinearRegression") { o, x, y in
            try regress(LinearRegression(fitIntercept: o.bool("fit_intercept") ?? true), x, y)
        },
        Kind(name: "ridge", task: .regression, options: ["alpha", "fit_intercept"], estimator: "Ridge") { o, x, y in
            try regress(Ridge(alpha: o.double("alpha") ?? 1.0, fitIntercept: o.bool("fit_intercept") ?? true), x, y)
        },
        Kind(name: "tree_regressor", task: .regression, options: ["max_depth", "min_samples_split", "min_samples_leaf", "max_features", "seed"], estimator: "DecisionTreeRegressor") { o, x, y in
            try regress(o.treeRegressor(), x, y)
        },
        Kind(name: "dummy_regressor", task: .regression, options: ["strategy"], estimator: "DummyRegressor") { o, x, y in
            try regress(o.dummyRegressor(), x, y)
        },
    ]

    static let byName: [String: Kind] = Dictionary(uniqueKeysWithValues: kinds.map { ($0.name, $0) })

    /// Every option any kind accepts, sorted (the `train` spec's list).
    static var allOptions: [String] { Array(Set(kinds.flatMap(\.options))).sorted() }

    private static func classify<C: Classifier>(_ model: C, _ x: FeatureMatrix, _ y: TrainingTarget) throws -> TrainedModel {
        guard case .classes(let codes, let count) = y else { throw ModelError.singleClass }
        return .classifier(try model.fit(x, codes, classCount: count))
    }

    private static func regress<R: Regressor>(_ model: R, _ x: FeatureMatrix, _ y: TrainingTarget) throws -> TrainedModel {
        guard case .values(let values) = y else { throw ModelError.emptyTrainingSet }
        return .regressor(try model.fit(x, values))
    }
}
