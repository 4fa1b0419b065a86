import LabCore

/// liblinear's dual coordinate descent for one binary L2-regularised SVM
/// (`solve_l2r_l1l2_svc`, Hsieh et al. 2008), with shrinking.
///
/// Dual: `min_α ½·αᵀ(Q + D)α − Σα` with `0 ≤ αᵢ ≤ U`, `Q_ij = yᵢyⱼ x̃ᵢ·x̃ⱼ` over rows
/// augmented with the constant `bias`; hinge: `D = 0, U = C`; squared hinge:
/// `D = 1/(2C), U = ∞`. Primal `w = Σ αᵢyᵢx̃ᵢ` is kept up to date. Stops when the
/// projected-gradient spread `max PG − min PG ≤ tolerance` over all rows, or
/// after `maxIterations` passes.
struct DualCoordinateDescent {
    let design: DesignMatrix
    let rowSquaredNorms: [Double]
    /// `±1` per row.
    let signs: [Double]
    let c: Double
    let loss: LinearSVM.Loss
    /// Value of the constant feature (1 with an intercept, 0 without).
    let bias: Double
    let maxIterations: Int
    let tolerance: Double

    /// The primal solution.
    struct Solution {
        var weights: [Double]
        var intercept: Double
        var converged: Bool
    }

    /// Runs the solver, shuffling the coordinate order with `generator`.
    func solve(using generator: inout SeededGenerator) -> Solution {
        let n = design.rows, d = design.columns
        let diag = loss == .hinge ? 0 : 0.5 / c
        let upper = loss == .hinge ? c : Double.infinity
        let qd = (0..<n).map { diag + rowSquaredNorms[$0] + bias * bias }
        var alpha = [Double](repeating: 0, count: n)
        // w[0..<d] are the weights, w[d] the bias feature's weight.
        var w = [Double](repeating: 0, count: d + 1)
        var index = Array(0..<n)
        var activeSize = n
        var pgMaxOld = Double.infinity, pgMinOld = -Double.infinity
        var iteration = 0
        var converged = false
        design.withRows { rows in
            w.withUnsafeMutableBufferPointer { wb in
                let wp = wb.baseAddress!
                while iteration < maxIterations {
                    var pgMaxNew = -Double.infinity, pgMinNew = Double.infinity
                    for i in 0..<max(activeSize - 1, 0) {
                        let j = i + generator.nextInt(below: activeSize - i)
                        index.swapAt(i, j)
                    }
                    var s = 0
                    while s < activeSize {
                        let i = index[s]
                        let yi = signs[i]
                        let g = yi * (rows.dot(i, wp) + wp[d] * bias) - 1 + alpha[i] * diag
                        var pg = 0.0
                        if alpha[i] == 0 {
                            if g > pgMaxOld {
                                activeSize -= 1
                                index.swapAt(s, activeSize)
                                continue
                            } else if g < 0 { pg = g }
                        } else if alpha[i] == upper {
                            if g < pgMinOld {
                                activeSize -= 1
                                index.swapAt(s, activeSize)
                                continue
                            } else if g > 0 { pg = g }
                        } else {
                            pg = g
                        }
                        pgMaxNew = max(pgMaxNew, pg)
                        pgMinNew = min(pgMinNew, pg)
                        if abs(pg) > 1e-12 && qd[i] > 0 {
                            let old = alpha[i]
                            alpha[i] = min(max(old - g / qd[i], 0), upper)
                            let delta = (alpha[i] - old) * yi
                            rows.axpy(i, delta, wp)
                            wp[d] += delta * bias
                        }
                        s += 1
                    }
                    iteration += 1
                    if pgMaxNew - pgMinNew <= tolerance {
                        if activeSize == n { converged = true; break }
                        activeSize = n
                        pgMaxOld = .infinity
                        pgMinOld = -.infinity
                        continue
                    }
                    pgMaxOld = pgMaxNew <= 0 ? .infinity : pgMaxNew
                    pgMinOld = pgMinNew >= 0 ? -.infinity : pgMinNew
                }
            }
        }
        return Solution(weights: Array(w[0..<d]), intercept: w[d] * bias, converged: converged)
    }
}
