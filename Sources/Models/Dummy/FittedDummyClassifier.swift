import LabCore

/// A fitted dummy classifier.
public struct FittedDummyClassifier: FittedClassifier, Codable {
    /// The prediction rule.
    public let strategy: DummyClassifier.Strategy
    /// Seed of the random strategies' draws.
    public let seed: UInt64
    /// Training class frequencies `count_k / n` (`class_prior_`).
    public let priors: [Double]
    /// The most frequent training class (lowest code on ties).
    public let mostFrequent: Int
    public var classCount: Int { priors.count }
    public var scoreKind: ScoreKind { .probability }

    /// Wraps fitted priors.
    public init(strategy: DummyClassifier.Strategy, seed: UInt64, priors: [Double], mostFrequent: Int) {
        self.strategy = strategy
        self.seed = seed
        self.priors = priors
        self.mostFrequent = mostFrequent
    }

    /// `n × k` probabilities: one-hot, priors, one-hot random draws, or uniform.
    public func scores(_ x: FeatureMatrix) -> Matrix {
        let k = classCount
        var out = Matrix(rows: x.rows, columns: k)
        switch strategy {
        case .mostFrequent, .constant, .stratified:
            for (i, c) in predict(x).enumerated() { out.values[i * k + c] = 1 }
        case .prior:
            for i in 0..<x.rows { for c in 0..<k { out.values[i * k + c] = priors[c] } }
        case .uniform:
            // 1 / n_classes_ over the training classes (scikit-learn's columns).
            let seen = (0..<k).filter { priors[$0] > 0 }
            for i in 0..<x.rows { for c in seen { out.values[i * k + c] = 1 / Double(seen.count) } }
        }
        return out
    }

    /// Predicted classes, as `DummyClassifier(random_state=seed)` predicts them:
    /// each call starts a fresh `RandomState(seed)`; `.uniform` draws
    /// `randint(n_classes, size=n)` over the training classes (so predictions are
    /// not the arg-max of its flat probabilities) and `.stratified` draws
    /// `multinomial(1, class_prior_)` per row, as scikit-learn does.
    public func predict(_ x: FeatureMatrix) -> [Int] {
        var rng = NumPyRandomState(seed: UInt32(truncatingIfNeeded: seed))
        // scikit-learn's classes_: the classes seen in training, in code order.
        let seen = (0..<classCount).filter { priors[$0] > 0 }
        switch strategy {
        case .mostFrequent, .prior:
            return Array(repeating: mostFrequent, count: x.rows)
        case .constant(let c):
            return Array(repeating: c, count: x.rows)
        case .uniform:
            return (0..<x.rows).map { _ in seen[rng.randint(seen.count)] }
        case .stratified:
            let seenPriors = seen.map { priors[$0] }
            return (0..<x.rows).map { _ in seen[rng.multinomialOne(seenPriors)] }
        }
    }
}
