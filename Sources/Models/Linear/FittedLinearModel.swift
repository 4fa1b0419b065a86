import LabCore

/// A fitted linear regressor: `ŷ = X·w + b`.
public struct FittedLinearModel: FittedRegressor, Codable {
    /// `d` coefficients (sklearn `coef_`).
    public let coefficients: [Double]
    /// The intercept (sklearn `intercept_`), `ȳ − x̄·w` when fitted, else 0.
    public let intercept: Double
    /// Non-fatal notes raised while fitting.
    public let warnings: [String]

    /// Creates a model from its parameters.
    public init(coefficients: [Double], intercept: Double, warnings: [String] = []) {
        self.coefficients = coefficients
        self.intercept = intercept
        self.warnings = warnings
    }

    /// One prediction per row of `x`.
    public func predict(_ x: FeatureMatrix) -> [Double] {
        let w = Matrix(rows: 1, columns: coefficients.count, values: coefficients)
        return LinearPrediction.linear(x, coefficients: w, intercepts: [intercept]).values
    }
}

extension FittedLinearModel {
    /// Builds the fitted model from coefficients solved on centred data.
    init(centred c: LeastSquares.Centred, coefficients w: [Double], warnings: [String] = []) {
        var b = c.yMean
        for j in 0..<w.count { b -= c.xMean[j] * w[j] }
        self.init(coefficients: w, intercept: b, warnings: warnings)
    }

    /// Throws unless `x` and `y` are a valid, finite training set.
    static func validate(_ x: FeatureMatrix, _ y: [Double]) throws {
        try LinearValidation.checkFeatures(x, targets: y.count)
        if let bad = y.firstIndex(where: { !$0.isFinite }) {
            throw LinearModelError.nonFiniteTarget(row: bad)
        }
    }
}
