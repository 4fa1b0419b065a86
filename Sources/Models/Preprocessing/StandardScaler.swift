import LabCore

/// Standardises features to zero mean and unit variance, scikit-learn's
/// `StandardScaler`: `z = (x − mean) / scale`, with the statistics of the
/// training data only.
///
/// `scale` is the population standard deviation (`ddof = 0`); columns that are
/// constant up to rounding (scikit-learn's `_is_constant_feature` bound) get
/// scale 1. Sparse input requires `withMean: false` (centring would densify it).
public struct StandardScaler: Sendable {
    /// Subtract the column means (sklearn `with_mean`).
    public var withMean: Bool
    /// Divide by the column standard deviations (sklearn `with_std`).
    public var withStd: Bool

    /// Creates a configuration with scikit-learn's defaults.
    public init(withMean: Bool = true, withStd: Bool = true) {
        self.withMean = withMean
        self.withStd = withStd
    }

    /// Computes the column statistics of `x` (two-pass mean and variance).
    /// - Throws: `ModelError.emptyTrainingSet`, `.nonFiniteFeature`, or
    ///   `LinearModelError.cannotCenterSparse`.
    /// Complexity: O(n·d) dense, O(nnz + d) sparse.
    public func fit(_ x: FeatureMatrix) throws -> FittedStandardScaler {
        try LinearValidation.checkFeatures(x, targets: x.rows)
        if case .sparse = x, withMean { throw LinearModelError.cannotCenterSparse }
        let n = x.rows, d = x.columns
        var mean = [Double](repeating: 0, count: d)
        var variance = [Double](repeating: 0, count: d)
        switch x {
        case .dense(let m):
            for i in 0..<n { for j in 0..<d { mean[j] += m.values[i * d + j] } }
            for j in 0..<d { mean[j] /= Double(n) }
            var correction = [Double](repeating: 0, count: d)
            for i in 0..<n {
                for j in 0..<d {
                    let e = m.values[i * d + j] - mean[j]
                    variance[j] += e * e
                    correction[j] += e
                }
            }
            // Corrected two-pass formula (Chan, Golub & LeVeque).
            for j in 0..<d { variance[j] = (variance[j] - correction[j] * correction[j] / Double(n)) / Double(n) }
        case .sparse(let m):
            for p in 0..<m.values.count { mean[m.columnIndices[p]] += m.values[p] }
            for j in 0..<d { mean[j] /= Double(n) }
            var nonZeros = [Int](repeating: 0, count: d)
            for p in 0..<m.values.count {
                let e = m.values[p] - mean[m.columnIndices[p]]
                variance[m.columnIndices[p]] += e * e
                nonZeros[m.columnIndices[p]] += 1
            }
            for j in 0..<d { variance[j] = (variance[j] + Double(n - nonZeros[j]) * mean[j] * mean[j]) / Double(n) }
        }
        var scale = [Double](repeating: 1, count: d)
        if withStd {
            let eps = Double.ulpOfOne, nn = Double(n)
            for j in 0..<d {
                let bound = nn * eps * variance[j] + (nn * mean[j] * eps) * (nn * mean[j] * eps)
                scale[j] = variance[j] <= bound ? 1 : variance[j].squareRoot()
            }
        }
        return FittedStandardScaler(
            mean: withMean ? mean : [Double](repeating: 0, count: d), scale: scale,
            variance: variance, sampleCount: n)
    }
}
