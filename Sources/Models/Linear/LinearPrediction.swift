import Foundation
import LabCore

/// Prediction helpers shared by the fitted linear models.
enum LinearPrediction {
    /// `n × k` matrix `X·Wᵀ + b`. Columns of `x` beyond the model's are ignored
    /// and missing ones read as zero, so a mismatched input cannot crash;
    /// callers that want an error use `LinearModelError.featureCountMismatch`.
    static func linear(_ x: FeatureMatrix, coefficients w: Matrix, intercepts: [Double]) -> Matrix {
        let k = w.rows
        let input = conformed(x, columns: w.columns)
        var out = Matrix(rows: x.rows, columns: k)
        guard x.rows > 0 else { return out }
        w.values.withUnsafeBufferPointer { wp in
            intercepts.withUnsafeBufferPointer { bp in
                out.values.withUnsafeMutableBufferPointer { op in
                    DesignMatrix(x: input).product(wp, bias: bp, classes: k, into: op)
                }
            }
        }
        return out
    }

    /// The logistic function `1 / (1 + e^{−z})`, stable for any `z`.
    @inline(__always)
    static func sigmoid(_ z: Double) -> Double {
        z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }

    /// `x` with exactly `columns` columns (dropping extra ones, zero-filling missing ones).
    static func conformed(_ x: FeatureMatrix, columns d: Int) -> FeatureMatrix {
        guard x.columns != d else { return x }
        switch x {
        case .dense(let m):
            var out = Matrix(rows: m.rows, columns: d)
            let shared = min(d, m.columns)
            for i in 0..<m.rows { for j in 0..<shared { out.values[i * d + j] = m.values[i * m.columns + j] } }
            return .dense(out)
        case .sparse(let m):
            var offsets = [0], cols: [Int] = [], vals: [Double] = []
            for i in 0..<m.rows {
                for p in m.rowOffsets[i]..<m.rowOffsets[i + 1] where m.columnIndices[p] < d {
                    cols.append(m.columnIndices[p]); vals.append(m.values[p])
                }
                offsets.append(cols.count)
            }
            return .sparse(SparseMatrix(rows: m.rows, columns: d, rowOffsets: offsets, columnIndices: cols, values: vals))
        }
    }
}
