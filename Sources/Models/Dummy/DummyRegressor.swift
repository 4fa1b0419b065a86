import LabCore

/// A baseline regressor that predicts one number (scikit-learn's `DummyRegressor`).
public struct DummyRegressor: Regressor {
    /// The number predicted.
    public enum Strategy: Equatable, Sendable {
        /// The training mean (`"mean"`, the default).
        case mean
        /// The training median (`"median"`; mean of the two middle values for even n).
        case median
    }

    /// The prediction rule.
    public var strategy: Strategy

    /// Creates a configuration; defaults are scikit-learn's.
    public init(strategy: Strategy = .mean) {
        self.strategy = strategy
    }

    /// Computes the constant.
    /// - Throws: `ModelError` for a bad shape or a non-finite target.
    public func fit(_ x: FeatureMatrix, _ y: [Double]) throws -> FittedDummyRegressor {
        try FitInputValidation.checkRegression(.dense(Matrix(rows: y.count, columns: 0)), y)
        try FitInputValidation.checkShape(rows: x.rows, targets: y.count)
        switch strategy {
        case .mean:
            return FittedDummyRegressor(constant: y.reduce(0, +) / Double(y.count))
        case .median:
            let sorted = y.sorted()
            let mid = sorted.count / 2
            let median = sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
            return FittedDummyRegressor(constant: median)
        }
    }
}

/// A fitted dummy regressor.
public struct FittedDummyRegressor: FittedRegressor, Codable {
    /// The value predicted for every row (`constant_`).
    public let constant: Double

    /// Wraps the constant.
    public init(constant: Double) { self.constant = constant }

    /// `constant` for each row of `x`.
    public func predict(_ x: FeatureMatrix) -> [Double] { Array(repeating: constant, count: x.rows) }
}
