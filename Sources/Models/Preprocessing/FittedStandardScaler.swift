import LabCore

/// Column statistics learned by `StandardScaler`; transforms any matrix with
/// the same number of columns.
public struct FittedStandardScaler: Equatable, Sendable {
    /// Column means subtracted (zeros when fitted with `withMean: false`; sklearn `mean_` otherwise).
    public let mean: [Double]
    /// Column divisors (sklearn `scale_`): standard deviation, or 1 for constant columns / `withStd: false`.
    public let scale: [Double]
    /// Population column variances (sklearn `var_`).
    public let variance: [Double]
    /// Rows seen when fitting (sklearn `n_samples_seen_`).
    public let sampleCount: Int

    /// `(x − mean) / scale`, column by column. Sparse input keeps its pattern
    /// (the scaler was fitted without centring in that case, or `mean` is applied
    /// only to stored values, so fit sparse data with `withMean: false`).
    /// - Throws: `LinearModelError.featureCountMismatch` when `x` has a different
    ///   number of columns; `.cannotCenterSparse` for sparse input with non-zero means.
    /// Complexity: O(n·d) dense, O(nnz) sparse.
    public func transform(_ x: FeatureMatrix) throws -> FeatureMatrix {
        let d = scale.count
        guard x.columns == d else { throw LinearModelError.featureCountMismatch(expected: d, got: x.columns) }
        switch x {
        case .dense(var m):
            m.values.withUnsafeMutableBufferPointer { v in
                for i in 0..<m.rows {
                    for j in 0..<d { v[i * d + j] = (v[i * d + j] - mean[j]) / scale[j] }
                }
            }
            return .dense(m)
        case .sparse(var m):
            guard mean.allSatisfy({ $0 == 0 }) else { throw LinearModelError.cannotCenterSparse }
            for p in 0..<m.values.count { m.values[p] /= scale[m.columnIndices[p]] }
            return .sparse(m)
        }
    }

    /// `z·scale + mean`: undoes `transform` on dense data.
    public func inverseTransform(_ x: Matrix) throws -> Matrix {
        let d = scale.count
        guard x.columns == d else { throw LinearModelError.featureCountMismatch(expected: d, got: x.columns) }
        var out = x
        for i in 0..<x.rows { for j in 0..<d { out.values[i * d + j] = x.values[i * d + j] * scale[j] + mean[j] } }
        return out
    }
}
