import LabCore

/// A fitted linear SVM; scores are decision values, or Platt probabilities
/// when fitted with `probability: true`.
public struct FittedLinearSVM: FittedClassifier, Codable {
    /// Number of classes.
    public let classCount: Int
    /// `k × d` weights: one row (class 1 vs 0) for two classes, one row per
    /// class (one-vs-rest) for more (sklearn `coef_`).
    public let coefficients: Matrix
    /// `k` intercepts (sklearn `intercept_`).
    public let intercepts: [Double]
    /// One Platt sigmoid per coefficient row, when fitted with `probability: true`.
    public internal(set) var calibration: [PlattScaling]?
    /// Convergence warnings raised while fitting.
    public let warnings: [String]

    /// `.probability` when calibrated, else `.decision`.
    public var scoreKind: ScoreKind { calibration == nil ? .decision : .probability }

    /// Number of features the model was fitted on.
    public var featureCount: Int { coefficients.columns }

    /// `n × k` decision values `X·Wᵀ + b` (sklearn `decision_function`; `k = 1` for binary).
    public func decisionFunction(_ x: FeatureMatrix) -> Matrix {
        LinearPrediction.linear(x, coefficients: coefficients, intercepts: intercepts)
    }

    /// `n × classCount` scores. Uncalibrated binary: `[−f, f]`; multiclass: one
    /// decision value per class. Calibrated: sigmoid probabilities, `[1 − p, p]`
    /// for two classes, per-class one-vs-rest probabilities normalised to sum 1 otherwise.
    public func scores(_ x: FeatureMatrix) -> Matrix {
        let z = decisionFunction(x)
        let n = x.rows, k = coefficients.rows
        var out = Matrix(rows: n, columns: classCount)
        if k == 1 {
            for i in 0..<n {
                let f = z.values[i]
                if let platt = calibration?.first {
                    let p = platt.probability(f)
                    out[i, 0] = 1 - p
                    out[i, 1] = p
                } else {
                    out[i, 0] = -f
                    out[i, 1] = f
                }
            }
            return out
        }
        guard let calibration else { return z }
        for i in 0..<n {
            var sum = 0.0
            for c in 0..<k {
                let p = calibration[c].probability(z[i, c])
                out[i, c] = p
                sum += p
            }
            for c in 0..<k { out[i, c] = sum > 0 ? out[i, c] / sum : 1 / Double(k) }
        }
        return out
    }

    /// The predicted class per row: the same labels as the argmax of `scores`
    /// (ties to the lowest class). Uncalibrated models read the decision values
    /// directly (binary: class 1 when `f > −f`, i.e. `f > 0`); calibrated ones
    /// take the argmax of their probabilities, as the default does.
    ///
    /// Complexity: O(n·d·k).
    public func predict(_ x: FeatureMatrix) -> [Int] {
        guard calibration == nil else { return LinearPrediction.argmaxRows(scores(x)) }
        let z = decisionFunction(x)
        if coefficients.rows == 1 { return z.values.map { $0 > -$0 ? 1 : 0 } }
        return LinearPrediction.argmaxRows(z)
    }
}
