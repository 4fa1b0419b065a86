import LabCore

/// k-nearest-neighbours classification by brute force with the Euclidean
/// distance (scikit-learn's `KNeighborsClassifier`, `algorithm="brute"`).
public struct KNeighborsClassifier: Classifier {
    /// How neighbours vote.
    public enum Weights: String, Equatable, Sendable, Codable {
        /// Every neighbour counts 1 (`"uniform"`, the default).
        case uniform
        /// A neighbour counts `1 / distance`; neighbours at distance 0, if any,
        /// take all the weight (`"distance"`).
        case distance
    }

    /// Neighbours consulted per query (`1...n`).
    public var nNeighbors: Int
    /// The vote weighting.
    public var weights: Weights

    /// Creates a configuration; defaults are scikit-learn's.
    public init(nNeighbors: Int = 5, weights: Weights = .uniform) {
        self.nNeighbors = nNeighbors
        self.weights = weights
    }

    /// Stores the training set (densified).
    /// - Throws: `ModelError` for bad shapes, labels, non-finite features, or
    ///   `nNeighbors` outside `1...n`.
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedKNeighborsClassifier {
        try FitInputValidation.require("nNeighbors", nNeighbors, atLeast: 1)
        try FitInputValidation.checkClassification(x, y, classCount: classCount)
        guard nNeighbors <= x.rows else {
            throw ModelError.invalidHyperParameter(
                name: "nNeighbors", value: "\(nNeighbors)",
                expected: "at most the number of training samples (\(x.rows))")
        }
        return FittedKNeighborsClassifier(
            training: x.denseMatrix(), labels: y, classCount: classCount, nNeighbors: nNeighbors, weights: weights)
    }
}
