import LabCore

/// Ordinary least squares, scikit-learn's `LinearRegression`.
///
/// Minimises `‖y − X·w − b‖²`. With an intercept, `X` and `y` are centred and
/// `b = ȳ − x̄·w`; `w` comes from a column-pivoted Householder QR of the
/// centred features (never the normal equations), accurate to about
/// `cond(X)·ε`. Sparse input is densified. Complexity: O(n·d²).
public struct LinearRegression: Regressor {
    /// Whether to fit an intercept (sklearn `fit_intercept`).
    public var fitIntercept: Bool

    /// Creates a configuration with scikit-learn's defaults.
    public init(fitIntercept: Bool = true) {
        self.fitIntercept = fitIntercept
    }

    /// Fits the model.
    /// - Throws: `ModelError` for empty, mismatched or non-finite data.
    public func fit(_ x: FeatureMatrix, _ y: [Double]) throws -> FittedLinearModel {
        try FittedLinearModel.validate(x, y)
        let centred = LeastSquares.centre(x, y, fitIntercept: fitIntercept)
        return FittedLinearModel(centred: centred, coefficients: LeastSquares.qrSolve(centred))
    }
}
