import LabCore

/// A baseline that ignores the features (scikit-learn's `DummyClassifier`).
public struct DummyClassifier: Classifier {
    /// How the dummy predicts.
    public enum Strategy: Equatable, Sendable, Codable {
        /// Predicts the most frequent class; probabilities one-hot on it (`"most_frequent"`, the default).
        case mostFrequent
        /// Predicts the most frequent class; probabilities are the class priors (`"prior"`).
        case prior
        /// Draws each prediction from the class priors; probabilities one-hot on the draw (`"stratified"`).
        case stratified
        /// Draws each prediction uniformly; probabilities `1/k` (`"uniform"`).
        case uniform
        /// Always predicts this class code; probabilities one-hot on it (`"constant"`).
        case constant(Int)
    }

    /// The prediction rule.
    public var strategy: Strategy
    /// scikit-learn's `random_state` (`0...2³² − 1`) for `.stratified` and `.uniform`;
    /// every `scores`/`predict` call restarts from it, so repeated calls agree.
    public var seed: UInt64

    /// Creates a configuration; defaults are scikit-learn's.
    public init(strategy: Strategy = .mostFrequent, seed: UInt64 = 0) {
        self.strategy = strategy
        self.seed = seed
    }

    /// Records the class priors `count_k / n` (features are only checked for shape).
    /// - Throws: `ModelError` for a bad shape or label, or a `.constant` class outside `0..<classCount`.
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedDummyClassifier {
        try FitInputValidation.checkShape(rows: x.rows, targets: y.count)
        try FitInputValidation.checkClassification(.dense(Matrix(rows: y.count, columns: 0)), y, classCount: classCount)
        if case .constant(let c) = strategy, c < 0 || c >= classCount {
            throw ModelError.invalidHyperParameter(
                name: "constant", value: "\(c)", expected: "a class code in 0..<\(classCount)")
        }
        guard UInt32(exactly: seed) != nil else {
            throw ModelError.invalidHyperParameter(
                name: "seed", value: "\(seed)", expected: "an integer in 0...4294967295")
        }
        var counts = [Double](repeating: 0, count: classCount)
        for label in y { counts[label] += 1 }
        let priors = counts.map { $0 / Double(y.count) }
        var mode = 0
        for c in 1..<classCount where counts[c] > counts[mode] { mode = c }
        return FittedDummyClassifier(strategy: strategy, seed: seed, priors: priors, mostFrequent: mode)
    }
}
