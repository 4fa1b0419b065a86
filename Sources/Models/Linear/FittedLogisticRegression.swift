import Foundation
import LabCore

/// A fitted logistic regression; `scores` are class probabilities.
public struct FittedLogisticRegression: FittedClassifier, Codable {
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
        z.values.withUnsafeBufferPointer { zp in
            out.values.withUnsafeMutableBufferPointer { op in
                for i in 0..<x.rows {
                    LinearPrediction.softmax(zp.baseAddress! + i * k, k, into: op.baseAddress! + i * k)
                }
            }
        }
        return out
    }

    /// The most probable class per row: the same labels as the argmax of
    /// `scores` (ties to the lowest class), without building the probabilities
    /// except for rows within 10⁻³ (binary) or 10⁻⁶ (multinomial) of a tie.
    ///
    /// Complexity: O(n·d·k) for the linear predictors, then O(n·k).
    public func predict(_ x: FeatureMatrix) -> [Int] {
        let z = decisionFunction(x)
        if coefficients.rows == 1 {
            guard classCount == 2 else { return LinearPrediction.argmaxRows(scores(x)) }
            return z.values.map(LinearPrediction.binaryClass)
        }
        let k = coefficients.rows
        guard k == classCount, k > 1 else { return LinearPrediction.argmaxRows(scores(x)) }
        var scratch = [Double](repeating: 0, count: k)
        return z.values.withUnsafeBufferPointer { zp in
            scratch.withUnsafeMutableBufferPointer { sp in
                (0..<x.rows).map { i in
                    LinearPrediction.softmaxClass(zp.baseAddress! + i * k, k, scratch: sp.baseAddress!)
                }
            }
        }
    }
}
