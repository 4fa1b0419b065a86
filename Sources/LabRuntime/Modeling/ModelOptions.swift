import LabScript
import LabCore
import Models

/// Reads a `train` directive's options into estimator configurations,
/// failing with a located message on a bad value.
struct ModelOptions {
    var inv: Invocation
    /// Receives one unit of progress per tree (forests) or epoch (SGD).
    var onProgress: (@Sendable (Int) -> Void)? = nil

    func int(_ key: String) throws -> Int? { try inv.int(key) }
    func double(_ key: String) throws -> Double? { try inv.double(key) }
    func text(_ key: String) throws -> String? { try inv.text(key) }

    func bool(_ key: String) throws -> Bool? { try inv.bool(key) }

    func seed() throws -> UInt64 {
        guard let s = try int("seed") else { return 0 }
        guard s >= 0 else { throw inv.failure("seed must be 0 or more", at: inv.option("seed")) }
        return UInt64(s)
    }

    /// `C` as scikit-learn spells it (`c` accepted too).
    func c() throws -> Double { try double("C") ?? double("c") ?? 1.0 }

    func choice<T>(_ key: String, _ map: [String: T]) throws -> T? {
        guard let word = try text(key) else { return nil }
        guard let value = map[word] else {
            throw inv.failure("option '\(key)' must be one of \(map.keys.sorted().joined(separator: ", ")), got '\(word)'",
                              at: inv.option(key))
        }
        return value
    }

    func criterion() throws -> SplitCriterion {
        try choice("criterion", ["gini": .gini, "entropy": .entropy, "log_loss": .logLoss]) ?? .gini
    }

    func maxFeatures(default fallback: MaxFeatures) throws -> MaxFeatures {
        guard let part = inv.option("max_features") else { return fallback }
        switch part.value {
        case .identifier("sqrt"), .string("sqrt"): return .sqrt
        case .identifier("log2"), .string("log2"): return .log2
        case .identifier("all"), .identifier("none"), .identifier("None"): return .all
        case .number(let x, _) where x == x.rounded() && x >= 1:
            let bound = inv.limits.maxFeatures
            guard x <= Double(bound) else {
                throw inv.failure("option 'max_features' must be in 1...\(bound) or a fraction, got \(part.value)", at: part)
            }
            return .count(Int(x))
        case .number(let x, _) where x > 0 && x < 1: return .fraction(x)
        default:
            throw inv.failure("max_features must be sqrt, log2, all, a count or a fraction, got \(part.value)", at: part)
        }
    }

    func dummy() throws -> DummyClassifier {
        let strategy: DummyClassifier.Strategy
        if let part = inv.option("constant"), try text("strategy") != "constant" {
            throw inv.failure("constant= applies to strategy=constant", at: part, hint: "add strategy=constant, or remove constant=")
        }
        switch try text("strategy") ?? "prior" {
        case "most_frequent": strategy = .mostFrequent
        case "prior": strategy = .prior
        case "stratified": strategy = .stratified
        case "uniform": strategy = .uniform
        case "constant":
            guard let c = try int("constant") else {
                throw inv.failure("strategy=constant needs constant=CLASS_CODE", at: inv.option("strategy"))
            }
            strategy = .constant(c)
        case let other:
            throw inv.failure("unknown strategy '\(other)'", at: inv.option("strategy"),
                              hint: "use most_frequent, prior, stratified, uniform or constant")
        }
        return DummyClassifier(strategy: strategy, seed: try seed())
    }

    func tree() throws -> DecisionTreeClassifier {
        DecisionTreeClassifier(criterion: try criterion(), maxDepth: try int("max_depth"),
                               minSamplesSplit: try int("min_samples_split") ?? 2,
                               minSamplesLeaf: try int("min_samples_leaf") ?? 1,
                               maxFeatures: try maxFeatures(default: .all), seed: try seed())
    }

    func forest() throws -> RandomForestClassifier {
        var model = RandomForestClassifier(nEstimators: try int("n_estimators") ?? 100, criterion: try criterion(),
                               maxDepth: try int("max_depth"), minSamplesSplit: try int("min_samples_split") ?? 2,
                               minSamplesLeaf: try int("min_samples_leaf") ?? 1,
                               maxFeatures: try maxFeatures(default: .sqrt),
                               bootstrap: try bool("bootstrap") ?? true, seed: try seed())
        model.onTreeGrown = onProgress
        return model
    }

    func logistic() throws -> LogisticRegression {
        LogisticRegression(c: try c(), maxIter: try int("max_iter") ?? 100, tol: try double("tol") ?? 1e-4,
                           fitIntercept: try bool("fit_intercept") ?? true)
    }

    func svm() throws -> LinearSVM {
        let loss = try choice("loss", ["hinge": LinearSVM.Loss.hinge, "squared_hinge": .squaredHinge]) ?? .squaredHinge
        return LinearSVM(c: try c(), loss: loss, maxIter: try int("max_iter") ?? 1000, tol: try double("tol") ?? 1e-4,
                         fitIntercept: try bool("fit_intercept") ?? true, probability: try bool("probability") ?? false,
                         seed: try seed())
    }

    func sgd() throws -> SGDClassifier {
        var model = SGDClassifier(alpha: try double("alpha") ?? 1e-4, epochs: try int("epochs") ?? 20, seed: try seed())
        model.onEpoch = onProgress
        return model
    }

    func treeRegressor() throws -> DecisionTreeRegressor {
        DecisionTreeRegressor(maxDepth: try int("max_depth"), minSamplesSplit: try int("min_samples_split") ?? 2,
                              minSamplesLeaf: try int("min_samples_leaf") ?? 1,
                              maxFeatures: try maxFeatures(default: .all), seed: try seed())
    }

    func dummyRegressor() throws -> DummyRegressor {
        DummyRegressor(strategy: try choice("strategy", ["mean": DummyRegressor.Strategy.mean, "median": .median]) ?? .mean)
    }
}
