import Foundation
import LabCore

/// Multinomial naive Bayes for counts or TF-IDF weights (scikit-learn's
/// `MultinomialNB`); dense or sparse features.
public struct MultinomialNB: Classifier {
    /// Additive (Laplace/Lidstone) smoothing (≥ 0).
    public var alpha: Double
    /// Learn class priors from the data; else uniform.
    public var fitPrior: Bool
    /// Explicit class priors, overriding `fitPrior`.
    public var classPrior: [Double]?

    /// Creates a configuration; defaults are scikit-learn's.
    public init(alpha: Double = 1.0, fitPrior: Bool = true, classPrior: [Double]? = nil) {
        self.alpha = alpha
        self.fitPrior = fitPrior
        self.classPrior = classPrior
    }

    /// Estimates `log P(f | k) = log(N_kf + α) − log Σ_f (N_kf + α)` and the class log-priors.
    /// - Throws: `ModelError`, `NaiveBayesError.negativeFeature` or `.invalidPriors`.
    /// - Complexity: O(nnz + k · d).
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedMultinomialNB {
        guard alpha >= 0, alpha.isFinite else {
            throw ModelError.invalidHyperParameter(name: "alpha", value: "\(alpha)", expected: "a finite number >= 0")
        }
        try FitInputValidation.checkClassification(x, y, classCount: classCount)
        if let p = classPrior { try NaiveBayesError.validate(p, classCount: classCount) }
        let d = x.columns, k = classCount
        var featureCounts = [Double](repeating: 0, count: k * d)
        var classCounts = [Double](repeating: 0, count: k)
        func add(row i: Int, column f: Int, value v: Double) throws {
            guard v >= 0 else { throw NaiveBayesError.negativeFeature(row: i, column: f, value: v) }
            featureCounts[y[i] * d + f] += v
        }
        switch x {
        case .dense(let m):
            for i in 0..<m.rows { for f in 0..<d { try add(row: i, column: f, value: m.values[i * d + f]) } }
        case .sparse(let m):
            for i in 0..<m.rows {
                for p in m.rowOffsets[i]..<m.rowOffsets[i + 1] {
                    try add(row: i, column: m.columnIndices[p], value: m.values[p])
                }
            }
        }
        for label in y { classCounts[label] += 1 }
        var logProb = [Double](repeating: 0, count: k * d)
        for c in 0..<k {
            var total = 0.0
            for f in 0..<d { total += featureCounts[c * d + f] + alpha }
            let logTotal = Foundation.log(total)
            for f in 0..<d { logProb[c * d + f] = Foundation.log(featureCounts[c * d + f] + alpha) - logTotal }
        }
        let logPrior: [Double]
        if let p = classPrior {
            logPrior = p.map { Foundation.log($0) }
        } else if fitPrior {
            let n = classCounts.reduce(0, +)
            logPrior = classCounts.map { Foundation.log($0) - Foundation.log(n) }
        } else {
            logPrior = Array(repeating: -Foundation.log(Double(k)), count: k)
        }
        return FittedMultinomialNB(featureLogProb: Matrix(rows: k, columns: d, values: logProb),
                                   classLogPrior: logPrior)
    }
}

/// A fitted multinomial naive Bayes model.
public struct FittedMultinomialNB: FittedClassifier, Codable {
    /// `k × d` smoothed `log P(feature | class)` (`feature_log_prob_`).
    public let featureLogProb: Matrix
    /// `log P(class)` (`class_log_prior_`).
    public let classLogPrior: [Double]
    public var classCount: Int { classLogPrior.count }
    public var scoreKind: ScoreKind { .probability }

    /// Wraps fitted parameters.
    public init(featureLogProb: Matrix, classLogPrior: [Double]) {
        self.featureLogProb = featureLogProb
        self.classLogPrior = classLogPrior
    }

    /// `n × k` joint log-likelihoods `x · featureLogProbᵀ + classLogPrior` (sparse rows stay sparse).
    /// - Precondition: `x` has as many columns as the training set.
    public func jointLogLikelihood(_ x: FeatureMatrix) -> Matrix {
        let k = classCount
        precondition(x.columns == featureLogProb.columns,
                     "expected \(featureLogProb.columns) features, got \(x.columns)")
        var out = Matrix(rows: x.rows, columns: k)
        for c in 0..<k {
            let w = featureLogProb.row(c)
            for i in 0..<x.rows { out.values[i * k + c] = x.dot(row: i, w) + classLogPrior[c] }
        }
        return out
    }

    /// `n × k` posterior class probabilities.
    public func scores(_ x: FeatureMatrix) -> Matrix { naiveBayesProbabilities(jointLogLikelihood(x)) }
}
