import LabCore

/// Unsafe per-row access to a feature matrix, for coordinate-descent solvers
/// that touch one row at a time. Valid only inside `DesignMatrix.withRows`.
struct RowAccess {
    fileprivate let dense: UnsafePointer<Double>?
    fileprivate let values: UnsafePointer<Double>?
    fileprivate let columnIndices: UnsafePointer<Int>?
    fileprivate let offsets: UnsafePointer<Int>?
    /// Number of columns.
    let columns: Int

    /// Base address of the rows when the features are dense (row `i` starts at
    /// `dense + i·columns`), else `nil`.
    var denseRows: UnsafePointer<Double>? { dense }

    /// `Σ_j x[i,j]·w[j]`.
    @inline(__always)
    func dot(_ i: Int, _ w: UnsafeMutablePointer<Double>) -> Double {
        if let dense {
            return DesignMatrix.dot(dense + i * columns, UnsafePointer(w), columns)
        }
        guard let values, let columnIndices, let offsets else { return 0 }
        var s = 0.0
        var p = offsets[i]
        let hi = offsets[i + 1]
        while p < hi { s += values[p] * w[columnIndices[p]]; p += 1 }
        return s
    }

    /// `w[j] += a·x[i,j]` for every column `j`.
    @inline(__always)
    func axpy(_ i: Int, _ a: Double, _ w: UnsafeMutablePointer<Double>) {
        if let dense {
            DesignMatrix.axpy(a, dense + i * columns, w, columns)
            return
        }
        guard let values, let columnIndices, let offsets else { return }
        var p = offsets[i]
        let hi = offsets[i + 1]
        while p < hi { w[columnIndices[p]] += a * values[p]; p += 1 }
    }
}

extension RowAccess {
    /// `v[j] += a·x[i,j]²` for every column `j` (diagonal of `XᵀDX`).
    @inline(__always)
    func axpySquares(_ i: Int, _ a: Double, _ v: UnsafeMutablePointer<Double>) {
        if let dense {
            let row = dense + i * columns
            for j in 0..<columns { v[j] += a * row[j] * row[j] }
            return
        }
        guard let values, let columnIndices, let offsets else { return }
        var p = offsets[i]
        let hi = offsets[i + 1]
        while p < hi { v[columnIndices[p]] += a * values[p] * values[p]; p += 1 }
    }
}

extension DesignMatrix {
    /// Runs `body` with unsafe row access to the features.
    func withRows<R>(_ body: (RowAccess) -> R) -> R {
        switch x {
        case .dense(let m):
            return m.values.withUnsafeBufferPointer { v in
                body(RowAccess(dense: v.baseAddress, values: nil, columnIndices: nil, offsets: nil, columns: m.columns))
            }
        case .sparse(let m):
            return m.values.withUnsafeBufferPointer { v in
                m.columnIndices.withUnsafeBufferPointer { ci in
                    m.rowOffsets.withUnsafeBufferPointer { o in
                        body(RowAccess(dense: nil, values: v.baseAddress, columnIndices: ci.baseAddress,
                                       offsets: o.baseAddress, columns: m.columns))
                    }
                }
            }
        }
    }
}
