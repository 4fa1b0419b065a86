import LabCore

/// What a classifier's `scores` mean.
public enum ScoreKind: String, Sendable, Codable {
    /// Class probabilities; each row sums to 1 (`predict_proba`).
    case probability
    /// Unbounded confidence values (`decision_function`); larger means more confident.
    case decision
}

/// A classifier's configuration: hyper-parameters only, validated in `fit`
/// (scikit-learn's estimator contract). Fitting returns a distinct fitted
/// type, so predicting before fitting cannot compile.
public protocol Classifier: Sendable {
    associatedtype Fitted: FittedClassifier
    /// Fits the model.
    /// - Parameters:
    ///   - x: `n × d` features.
    ///   - y: class codes in `0..<classCount`, one per row of `x`.
    ///   - classCount: number of classes (columns of `scores`); at least 2.
    /// - Throws: `ModelError` for invalid hyper-parameters or data.
    func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> Fitted
}

/// A fitted classifier.
public protocol FittedClassifier: Sendable {
    /// Number of classes; columns of `scores`.
    var classCount: Int { get }
    /// Whether `scores` are probabilities or decision values.
    var scoreKind: ScoreKind { get }
    /// Non-fatal notes raised while fitting (e.g. a convergence warning), in order.
    var warnings: [String] { get }
    /// `n × classCount` scores, one column per class code. For decision-function
    /// models with two classes, column 1 holds the decision value and column 0 its negation.
    func scores(_ x: FeatureMatrix) -> Matrix
    /// Predicted class codes; by default the arg-max of `scores` (ties to the lowest code).
    func predict(_ x: FeatureMatrix) -> [Int]
}

extension FittedClassifier {
    public var warnings: [String] { [] }

    public func predict(_ x: FeatureMatrix) -> [Int] {
        let s = scores(x)
        return (0..<s.rows).map { i in
            var best = 0
            for j in 1..<s.columns where s[i, j] > s[i, best] { best = j }
            return best
        }
    }
}

/// A regressor's configuration (hyper-parameters only).
public protocol Regressor: Sendable {
    associatedtype Fitted: FittedRegressor
    /// Fits the model to `n × d` features and `n` targets.
    func fit(_ x: FeatureMatrix, _ y: [Double]) throws -> Fitted
}

/// A fitted regressor.
public protocol FittedRegressor: Sendable {
    /// Non-fatal notes raised while fitting.
    var warnings: [String] { get }
    /// One prediction per row of `x`.
    func predict(_ x: FeatureMatrix) -> [Double]
}

extension FittedRegressor {
    public var warnings: [String] { [] }
}
