import LabCore

/// L2-penalised least squares, scikit-learn's `Ridge` (its `cholesky` solver).
///
/// Minimises `‖y − X·w − b‖² + α·‖w‖²`; the intercept is not penalised (data
/// are centred, `b = ȳ − x̄·w`). Solves `(XᵀX + αI)·w = Xᵀy` by Cholesky, falling
/// back to QR least squares when `α = 0` leaves the system singular. Sparse
/// input is densified. Complexity: O(n·d² + d³).
public struct Ridge: Regressor {
    /// Regularisation strength (sklearn `alpha`); ≥ 0.
    public var alpha: Double
    /// Whether to fit an intercept (sklearn `fit_intercept`).
    public var fitIntercept: Bool

    /// Creates a configuration with scikit-learn's defaults.
    public init(alpha: Double = 1.0, fitIntercept: Bool = true) {
        self.alpha = alpha
        self.fitIntercept = fitIntercept
    }

    /// Fits the model.
    /// - Throws: `ModelError` for a negative `alpha` or invalid data.
    public func fit(_ x: FeatureMatrix, _ y: [Double]) throws -> FittedLinearModel {
        guard alpha.isFinite && alpha >= 0 else {
            throw ModelError.invalidHyperParameter(name: "alpha", value: "\(alpha)", expected: "a finite number >= 0")
        }
        try FittedLinearModel.validate(x, y)
        let centred = LeastSquares.centre(x, y, fitIntercept: fitIntercept)
        if let w = LeastSquares.choleskySolve(centred, alpha: alpha) {
            return FittedLinearModel(centred: centred, coefficients: w)
        }
        return FittedLinearModel(centred: centred, coefficients: LeastSquares.qrSolve(centred),
                                 warnings: ["singular matrix in Ridge with alpha=0; used a least-squares solution instead"])
    }
}
