/// Model input: dense features, or sparse ones (TF-IDF, bag of words).
///
/// Linear models (`logistic`, `svm`) and multinomial naive Bayes accept both;
/// models that need dense columns call `denseMatrix()`.
public enum FeatureMatrix: Equatable, Sendable {
    case dense(Matrix)
    case sparse(SparseMatrix)

    /// Number of rows (samples).
    public var rows: Int {
        switch self {
        case .dense(let m): return m.rows
        case .sparse(let m): return m.rows
        }
    }

    /// Number of columns (features).
    public var columns: Int {
        switch self {
        case .dense(let m): return m.columns
        case .sparse(let m): return m.columns
        }
    }

    /// The features as a dense matrix (converting sparse storage).
    public func denseMatrix() -> Matrix {
        switch self {
        case .dense(let m): return m
        case .sparse(let m): return m.dense()
        }
    }

    /// Dot product of row `i` with the dense vector `w`.
    @inlinable
    public func dot(row i: Int, _ w: [Double]) -> Double {
        switch self {
        case .dense(let m):
            var s = 0.0
            let base = i * m.columns
            for j in 0..<m.columns { s += m.values[base + j] * w[j] }
            return s
        case .sparse(let m):
            return m.dot(row: i, w)
        }
    }

    /// The rows at `indices`, in that order.
    public func selectingRows(_ indices: [Int]) -> FeatureMatrix {
        switch self {
        case .dense(let m): return .dense(m.selectingRows(indices))
        case .sparse(let m): return .sparse(m.selectingRows(indices))
        }
    }
}
