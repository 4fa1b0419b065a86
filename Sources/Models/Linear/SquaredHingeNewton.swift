import LabCore

/// Primal Newton solver for one binary L2-regularised squared-hinge SVM, as
/// liblinear's `L2R_L2LOSS_SVC` primal solver (Lin, Weng & Keerthi 2008):
///
///     f(w̃) = ½‖w̃‖² + C · Σᵢ max(0, 1 − yᵢ·(w·xᵢ + b))²,   w̃ = (w, b)
///
/// (the intercept is a constant feature of value 1, penalised as in liblinear).
/// Each iteration solves `H·s = −∇f` by conjugate gradients, preconditioned
/// with `0.99·I + 0.01·diag(H)` (as liblinear ≥ 2.40 does), with the generalised Hessian
/// `H = I + 2C·X̃ᵀ D X̃` (`D` selects rows with positive slack) to a relative
/// residual of 0.1, then backtracks along `s` (Armijo,
/// η = 0.01) using cached margins so each trial step costs O(n). Stops when
/// `‖∇f‖ ≤ tolerance · ‖∇f(0)‖`.
struct SquaredHingeNewton {
    let design: DesignMatrix
    /// `±1` per row.
    let signs: [Double]
    let c: Double
    let fitIntercept: Bool
    let maxIterations: Int
    /// Relative gradient-norm tolerance.
    let tolerance: Double

    /// Returns the weights (`d`, then the intercept when fitted) and whether it converged.
    func solve() -> (parameters: [Double], converged: Bool) {
        let n = design.rows, d = design.columns, p = d + (fitIntercept ? 1 : 0)
        let bias = fitIntercept ? 1.0 : 0.0
        var w = [Double](repeating: 0, count: p)
        var margin = [Double](repeating: 0, count: n)   // x̃ᵢ·w̃
        var step = [Double](repeating: 0, count: n)     // x̃ᵢ·s
        var g = [Double](repeating: 0, count: p)
        var active: [Int] = []
        active.reserveCapacity(n)
        return design.withRows { rows in
            func rowDot(_ i: Int, _ v: UnsafeMutablePointer<Double>) -> Double {
                rows.dot(i, v) + (fitIntercept ? v[d] * bias : 0)
            }
            func rowAxpy(_ i: Int, _ a: Double, _ v: UnsafeMutablePointer<Double>) {
                rows.axpy(i, a, v)
                if fitIntercept { v[d] += a * bias }
            }
            /// Objective at margins `m + α·step`.
            func objective(_ alpha: Double, _ wNormSq: Double) -> Double {
                var total = 0.0
                for i in 0..<n {
                    let slack = 1 - signs[i] * (margin[i] + alpha * step[i])
                    if slack > 0 { total += slack * slack }
                }
                return 0.5 * wNormSq + c * total
            }
            /// Gradient at the current margins; refreshes the active set.
            func gradient() {
                for j in 0..<p { g[j] = w[j] }
                active.removeAll(keepingCapacity: true)
                g.withUnsafeMutableBufferPointer { gp in
                    for i in 0..<n {
                        let slack = 1 - signs[i] * margin[i]
                        if slack > 0 {
                            active.append(i)
                            rowAxpy(i, -2 * c * slack * signs[i], gp.baseAddress!)
                        }
                    }
                }
            }
            gradient()
            let g0 = LBFGS.norm(g)
            var f = objective(0, 0)
            var iteration = 0
            var s = [Double](repeating: 0, count: p), r = s, dir = s, hd = s, z = s, m = s
            while iteration < maxIterations {
                if LBFGS.norm(g) <= tolerance * g0 { return (w, true) }
                // liblinear's preconditioner M = 0.99·I + 0.01·diag(H).
                for j in 0..<p { m[j] = 1 }
                m.withUnsafeMutableBufferPointer { mp in
                    for i in active {
                        rows.axpySquares(i, 2 * c, mp.baseAddress!)
                        if fitIntercept { mp[d] += 2 * c * bias * bias }
                    }
                }
                // Preconditioned conjugate gradients on H·s = −g.
                for j in 0..<p { m[j] = 0.99 + 0.01 * m[j] }
                for j in 0..<p { s[j] = 0; r[j] = -g[j]; z[j] = r[j] / m[j]; dir[j] = z[j] }
                var rz = LBFGS.dot(r, z)
                let cgTolerance = 0.1 * LBFGS.norm(g)
                for _ in 0..<max(p, 1) where LBFGS.norm(r) > cgTolerance {
                    for j in 0..<p { hd[j] = dir[j] }
                    dir.withUnsafeMutableBufferPointer { dp in
                        hd.withUnsafeMutableBufferPointer { hp in
                            for i in active { rowAxpy(i, 2 * c * rowDot(i, dp.baseAddress!), hp.baseAddress!) }
                        }
                    }
                    let alpha = rz / LBFGS.dot(dir, hd)
                    LBFGS.axpy(alpha, dir, &s)
                    LBFGS.axpy(-alpha, hd, &r)
                    for j in 0..<p { z[j] = r[j] / m[j] }
                    let rzNew = LBFGS.dot(r, z)
                    for j in 0..<p { dir[j] = z[j] + (rzNew / rz) * dir[j] }
                    rz = rzNew
                }
                // Armijo backtracking along s with cached margins.
                s.withUnsafeMutableBufferPointer { sp in for i in 0..<n { step[i] = rowDot(i, sp.baseAddress!) } }
                let gs = LBFGS.dot(g, s), ww = LBFGS.dot(w, w), ws = LBFGS.dot(w, s), ss = LBFGS.dot(s, s)
                var alpha = 1.0, accepted = false
                for _ in 0..<20 {
                    let fNew = objective(alpha, ww + 2 * alpha * ws + alpha * alpha * ss)
                    if fNew - f <= 0.01 * alpha * gs {
                        f = fNew
                        accepted = true
                        break
                    }
                    alpha *= 0.5
                }
                guard accepted else { return (w, false) }
                LBFGS.axpy(alpha, s, &w)
                for i in 0..<n { margin[i] += alpha * step[i] }
                iteration += 1
                gradient()
            }
            return (w, LBFGS.norm(g) <= tolerance * g0)
        }
    }
}
