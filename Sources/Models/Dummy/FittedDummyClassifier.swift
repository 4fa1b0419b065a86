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
            for j in out.values.indices { out.values[j] = 1 / Double(k) }
        }
        return out
    }

    /// Predicted classes. `.uniform` draws them at random (so they are not the
    /// arg-max of its flat probabilities), as scikit-learn does.
    public func predict(_ x: FeatureMatrix) -> [Int] {
        var rng = SeededGenerator(seed: seed)
        switch strategy {
        case .mostFrequent, .prior:
            return Array(repeating: mostFrequent, count: x.rows)
        case .constant(let c):
            return Array(repeating: c, count: x.rows)
        case .uniform:
            return (0..<x.rows).map { _ in rng.nextInt(below: classCount) }
        case .stratified:
            return (0..<x.rows).map { _ in
                let u = rng.nextDouble()
                var cumulative = 0.0
                var last = 0
                for c in 0..<classCount where priors[c] > 0 {
                    cumulative += priors[c]
                    last = c
                    if u < cumulative { return c }
                }
                return last
            }
        }
    }
}
