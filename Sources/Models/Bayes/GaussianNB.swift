import Foundation
import LabCore

/// Gaussian naive Bayes (scikit-learn's `GaussianNB`): per class, independent
/// normal features with the class mean and variance.
public struct GaussianNB: Classifier {
    /// Fraction of the largest feature variance added to every variance (≥ 0).
    public var varSmoothing: Double
    /// Class priors; `nil` uses the training class frequencies.
    public var priors: [Double]?

    /// Creates a configuration; defaults are scikit-learn's.
    public init(varSmoothing: Double = 1e-9, priors: [Double]? = nil) {
        self.varSmoothing = varSmoothing
        self.priors = priors
    }

    /// Estimates class means `θ_kf`, variances `σ²_kf + ε` with
    /// `ε = varSmoothing · max_f Var(x_f)`, and priors.
    /// - Throws: `ModelError` for invalid input, `NaiveBayesError.invalidPriors`.
    /// - Complexity: O(n · d).
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedGaussianNB {
        guard varSmoothing >= 0, varSmoothing.isFinite else {
            throw ModelError.invalidHyperParameter(
                name: "varSmoothing", value: "\(varSmoothing)", expected: "a finite number >= 0")
        }
        try FitInputValidation.checkClassification(x, y, classCount: classCount)
        if let p = priors { try NaiveBayesError.validate(p, classCount: classCount) }
        let m = x.denseMatrix()
        let n = m.rows, d = m.columns, k = classCount
        var counts = [Double](repeating: 0, count: k)
        var means = [Double](repeating: 0, count: k * d)
        var variances = [Double](repeating: 0, count: k * d)
        for i in 0..<n {
            counts[y[i]] += 1
            for f in 0..<d { means[y[i] * d + f] += m.values[i * d + f] }
        }
        for c in 0..<k where counts[c] > 0 { for f in 0..<d { means[c * d + f] /= counts[c] } }
        for i in 0..<n {
            for f in 0..<d {
                let diff = m.values[i * d + f] - means[y[i] * d + f]
                variances[y[i] * d + f] += diff * diff
            }
        }
        var largest = 0.0
        for f in 0..<d {
            var mean = 0.0
            for i in 0..<n { mean += m.values[i * d + f] }
            mean /= Double(n)
            var v = 0.0
            for i in 0..<n { let diff = m.values[i * d + f] - mean; v += diff * diff }
            largest = max(largest, v / Double(n))
        }
        let epsilon = varSmoothing * largest
        for c in 0..<k {
            for f in 0..<d {
                variances[c * d + f] = counts[c] > 0 ? variances[c * d + f] / counts[c] + epsilon : 1
            }
        }
        let classPriors = priors ?? counts.map { $0 / Double(n) }
        return FittedGaussianNB(
            means: Matrix(rows: k, columns: d, values: means),
            variances: Matrix(rows: k, columns: d, values: variances),
            priors: classPriors, epsilon: epsilon)
    }
}

/// A fitted Gaussian naive Bayes model.
public struct FittedGaussianNB: FittedClassifier, Codable {
    /// `k × d` class means (`theta_`).
    public let means: Matrix
    /// `k × d` smoothed class variances (`var_`).
    public let variances: Matrix
    /// Class priors (`class_prior_`); a class absent from training has prior 0.
    public let priors: [Double]
    /// The variance added to every feature (`epsilon_`).
    public let epsilon: Double
    public var classCount: Int { priors.count }
    public var scoreKind: ScoreKind { .probability }

    /// Wraps fitted parameters.
    public init(means: Matrix, variances: Matrix, priors: [Double], epsilon: Double) {
        self.means = means
        self.variances = variances
        self.priors = priors
        self.epsilon = epsilon
    }

    /// `n × k` joint log-likelihoods
    /// `log π_k − ½ Σ_f log(2π σ²_kf) − ½ Σ_f (x_f − θ_kf)² / σ²_kf`.
    /// - Precondition: `x` has as many columns as the training set.
    public func jointLogLikelihood(_ x: FeatureMatrix) -> Matrix {
        let m = x.denseMatrix()
        let d = means.columns, k = classCount
        precondition(m.columns == d, "expected \(d) features, got \(m.columns)")
        var out = Matrix(rows: m.rows, columns: k)
        for c in 0..<k {
            let logPrior = Foundation.log(priors[c])
            var norm = 0.0
            for f in 0..<d { norm += Foundation.log(2 * Double.pi * variances[c, f]) }
            for i in 0..<m.rows {
                var s = 0.0
                for f in 0..<d {
                    let diff = m.values[i * d + f] - means[c, f]
                    s += diff * diff / variances[c, f]
                }
                out.values[i * k + c] = logPrior + (-0.5 * norm - 0.5 * s)
            }
        }
        return out
    }

    /// `n × k` posterior class probabilities.
    public func scores(_ x: FeatureMatrix) -> Matrix { naiveBayesProbabilities(jointLogLikelihood(x)) }
}
