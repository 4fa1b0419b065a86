import LabCore

/// A feature matrix seen by the linear solvers: batched products with a block
/// of weight vectors (`product`, `fusedGradient` in `DesignMatrix+Fused.swift`),
/// unsafe per-row access (`withRows`, `RowAccess.swift`) and SIMD dot / axpy.
///
/// Weights are stored row-major as `k × d` (one row per class or output), so
/// `Z = X·Wᵀ` is `n × k`. Dense rows use contiguous `SIMD4` loops; sparse rows
/// touch only their non-zeros. No allocation happens inside the kernels.
struct DesignMatrix: Sendable {
    /// The features.
    let x: FeatureMatrix

    /// Number of rows.
    var rows: Int { x.rows }
    /// Number of columns.
    var columns: Int { x.columns }

    /// `z[i*k + c] = Σ_j x[i,j]·w[c*d + j] + bias[c]` for every row `i` and class `c`.
    ///
    /// Complexity: O(n·d·k) dense, O(nnz·k) sparse.
    func product(_ w: UnsafeBufferPointer<Double>, bias: UnsafeBufferPointer<Double>?,
                 classes k: Int, into z: UnsafeMutableBufferPointer<Double>) {
        let d = columns
        guard d > 0 else {
            for i in 0..<rows { for c in 0..<k { z[i * k + c] = bias?[c] ?? 0 } }
            return
        }
        switch x {
        case .dense(let m):
            m.values.withUnsafeBufferPointer { xv in
                // Four rows at a time (`dot4`: the same bits as `dot`, more parallelism).
                var i = 0
                while i + 4 <= m.rows {
                    let row = xv.baseAddress! + i * d
                    for c in 0..<k {
                        let q = DesignMatrix.dot4(row, row + d, row + 2 * d, row + 3 * d, w.baseAddress! + c * d, d)
                        let b = bias?[c] ?? 0
                        z[i * k + c] = q.0 + b
                        z[(i + 1) * k + c] = q.1 + b
                        z[(i + 2) * k + c] = q.2 + b
                        z[(i + 3) * k + c] = q.3 + b
                    }
                    i += 4
                }
                for i in i..<m.rows {
                    let row = xv.baseAddress! + i * d
                    for c in 0..<k {
                        let s = DesignMatrix.dot(row, w.baseAddress! + c * d, d)
                        z[i * k + c] = s + (bias?[c] ?? 0)
                    }
                }
            }
        case .sparse(let m):
            m.values.withUnsafeBufferPointer { vals in
                m.columnIndices.withUnsafeBufferPointer { cols in
                    m.rowOffsets.withUnsafeBufferPointer { offs in
                        for i in 0..<m.rows {
                            let lo = offs[i], hi = offs[i + 1]
                            for c in 0..<k {
                                let wc = w.baseAddress! + c * d
                                var s = 0.0
                                var p = lo
                                while p < hi { s += vals[p] * wc[cols[p]]; p += 1 }
                                z[i * k + c] = s + (bias?[c] ?? 0)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Squared Euclidean norm of every row.
    func rowSquaredNorms() -> [Double] {
        switch x {
        case .dense(let m):
            return m.values.withUnsafeBufferPointer { xv in
                (0..<m.rows).map { i in
                    let row = xv.baseAddress! + i * m.columns
                    return DesignMatrix.dot(row, row, m.columns)
                }
            }
        case .sparse(let m):
            return (0..<m.rows).map { i in
                var s = 0.0
                for p in m.rowOffsets[i]..<m.rowOffsets[i + 1] { s += m.values[p] * m.values[p] }
                return s
            }
        }
    }

    /// Dot product of `n` contiguous doubles, eight lanes at a time (two
    /// `SIMD4` accumulators), then the remainder.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ n: Int) -> Double {
        var acc0 = SIMD4<Double>(), acc1 = SIMD4<Double>()
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var j = 0
        while j + 8 <= n {
            acc0 += ra.loadUnaligned(fromByteOffset: j &* 8, as: SIMD4<Double>.self)
                * rb.loadUnaligned(fromByteOffset: j &* 8, as: SIMD4<Double>.self)
            acc1 += ra.loadUnaligned(fromByteOffset: j &* 8 &+ 32, as: SIMD4<Double>.self)
                * rb.loadUnaligned(fromByteOffset: j &* 8 &+ 32, as: SIMD4<Double>.self)
            j &+= 8
        }
        var s = (acc0 + acc1).sum()
        while j < n { s += a[j] * b[j]; j &+= 1 }
        return s
    }

    /// `y[j] += a·x[j]` for `n` contiguous doubles, four lanes at a time.
    @inline(__always)
    static func axpy(_ a: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ n: Int) {
        let rx = UnsafeRawPointer(x), ry = UnsafeMutableRawPointer(y)
        let av = SIMD4<Double>(repeating: a)
        var j = 0
        while j + 4 <= n {
            let v = ry.loadUnaligned(fromByteOffset: j &* 8, as: SIMD4<Double>.self)
                + av * rx.loadUnaligned(fromByteOffset: j &* 8, as: SIMD4<Double>.self)
            ry.storeBytes(of: v, toByteOffset: j &* 8, as: SIMD4<Double>.self)
            j &+= 4
        }
        while j < n { y[j] += a * x[j]; j &+= 1 }
    }
}
