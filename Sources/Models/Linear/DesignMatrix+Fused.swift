import LabCore

extension DesignMatrix {
    /// One fused pass for a loss gradient: for each row `i` in `range`, computes the `k`
    /// linear predictors `zᵢ = W·xᵢ + b`, lets `rowLoss` replace them in place by
    /// the residuals `∂lossᵢ/∂zᵢ` (returning `lossᵢ`), and accumulates
    /// `g[c*d + j] += residual_c · x[i,j]` and, when `biasGradient` is given,
    /// `biasGradient[c] += residual_c` — while the row is still in cache.
    ///
    /// Returns `Σᵢ lossᵢ`. `g` and `biasGradient` must be zeroed by the caller.
    /// Complexity: one pass over the stored values, O(n·d·k) dense, O(nnz·k) sparse.
    @inline(__always)
    func fusedGradient(rows range: Range<Int>, _ w: UnsafePointer<Double>, bias: UnsafePointer<Double>?, classes k: Int,
                       gradient g: UnsafeMutablePointer<Double>, biasGradient: UnsafeMutablePointer<Double>?,
                       scratch z: UnsafeMutablePointer<Double>,
                       rowLoss: (_ row: Int, _ z: UnsafeMutablePointer<Double>) -> Double) -> Double {
        let d = columns
        var total = 0.0
        switch x {
        case .dense(let m):
            m.values.withUnsafeBufferPointer { xv in
                for i in range {
                    let row = xv.baseAddress! + i &* d
                    for c in 0..<k { z[c] = (d > 0 ? DesignMatrix.dot(row, w + c &* d, d) : 0) + (bias?[c] ?? 0) }
                    total += rowLoss(i, z)
                    for c in 0..<k where z[c] != 0 {
                        if d > 0 { DesignMatrix.axpy(z[c], row, g + c &* d, d) }
                        biasGradient?[c] += z[c]
                    }
                }
            }
        case .sparse(let m):
            m.values.withUnsafeBufferPointer { vals in
                m.columnIndices.withUnsafeBufferPointer { cols in
                    m.rowOffsets.withUnsafeBufferPointer { offs in
                        for i in range {
                            let lo = offs[i], hi = offs[i + 1]
                            for c in 0..<k {
                                let wc = w + c &* d
                                var s = 0.0
                                var p = lo
                                while p < hi { s += vals[p] * wc[cols[p]]; p &+= 1 }
                                z[c] = s + (bias?[c] ?? 0)
                            }
                            total += rowLoss(i, z)
                            for c in 0..<k where z[c] != 0 {
                                let a = z[c], gc = g + c &* d
                                var p = lo
                                while p < hi { gc[cols[p]] += a * vals[p]; p &+= 1 }
                                biasGradient?[c] += a
                            }
                        }
                    }
                }
            }
        }
        return total
    }

    /// Number of row blocks a fused gradient pass is split into: 4 when the
    /// pass is large enough to pay for summing 4 partial gradients, else 1.
    /// Depends only on the data's shape, never on the machine, so results are
    /// identical everywhere (the blocks are run serially or concurrently, see
    /// `runsBlocksConcurrently`, with the same bits either way).
    func gradientBlockCount(classes k: Int) -> Int {
        let work = storedCount * k, reduction = 4 * k * (columns + 1)
        return rows >= 256 && work >= 65_536 && reduction * 4 <= work ? 4 : 1
    }

    /// Whether the row blocks of a fused gradient pass are worth handing to
    /// threads: only from 2²⁰ stored values × classes (≈ 0.5 ms of work per pass);
    /// below that the hand-off costs more than it saves. Affects speed only.
    func runsBlocksConcurrently(classes k: Int) -> Bool {
        storedCount * k >= 1_048_576
    }

    /// Number of stored values (all of them dense, the non-zeros sparse).
    private var storedCount: Int {
        switch x {
        case .dense(let m): return m.values.count
        case .sparse(let m): return m.values.count
        }
    }
}
