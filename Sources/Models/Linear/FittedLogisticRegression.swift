import Foundation
import LabCore

/// A fitted logistic regression; `scores` are class probabilities.
public struct FittedLogisticRegression: FittedClassifier {
    /// Number of classes.
    public let classCount: Int
    /// `k × d` coefficients: one row (class 1's log-odds) for two classes,
    /// one row per class for more (sklearn `coef_`).
    public let coefficients: Matrix
    /// `k` intercepts (sklearn `intercept_`); centred to sum 0 for multinomial models.
    public let intercepts: [Double]
    /// L-BFGS iterations used (sklearn `n_iter_`).
    public let iterations: Int
    /// Convergence warnings raised while fitting.
    public let warnings: [String]

    /// Scores are probabilities.
    public var scoreKind: ScoreKind { .probability }

    /// Number of features the model was fitted on.
    public var featureCount: Int { coefficients.columns }

    /// `n × k` linear predictors `X·Wᵀ + b` (sklearn `decision_function`, `k = 1` for binary).
    public func decisionFunction(_ x: FeatureMatrix) -> Matrix {
        LinearPrediction.linear(x, coefficients: coefficients, intercepts: intercepts)
    }

    /// `n × classCount` probabilities: `[1 − σ(z), σ(z)]` for two classes, softmax otherwise.
    public func scores(_ x: FeatureMatrix) -> Matrix {
        let z = decisionFunction(x)
        var out = Matrix(rows: x.rows, columns: classCount)
        if coefficients.rows == 1 {
            for i in 0..<x.rows {
                let p = LinearPrediction.sigmoid(z.values[i])
                out.values[i * 2] = 1 - p
                out.values[i * 2 + 1] = p
            }
            return out
        }
        let k = classCount
        for i in 0..<x.rows {
            let base = i * k
            var top = -Double.infinity
            for c in 0..<k { top = max(top, z.values[base + c]) }
            var sum = 0.0
            for c in 0..<k {
                let e = exp(z.values[base + c] - top)
                out.values[base + c] = e
                sum += e
            }
            for c in 0..<k { out.values[base + c] /= sum }
        }
        return out
    }
}
