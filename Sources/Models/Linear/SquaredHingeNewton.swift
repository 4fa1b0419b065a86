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
///
/// The iteration itself lives in `SquaredHingeNewton+Workspace.swift`, on
/// unsafe pointers into buffers allocated once here.
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
        var w = [Double](repeating: 0, count: p)
        // margin (n), step (n), then g, s, r, dir, hd, z, m (p each).
        var buffer = [Double](repeating: 0, count: max(1, 2 * n + 7 * p))
        var active = [Int](repeating: 0, count: max(1, n))
        let converged = design.withRows { rows in
            signs.withUnsafeBufferPointer { sg in
                w.withUnsafeMutableBufferPointer { wb in
                    buffer.withUnsafeMutableBufferPointer { bb in
                        active.withUnsafeMutableBufferPointer { ab in
                            let base = bb.baseAddress!
                            let space = NewtonWorkspace(
                                rows: rows, signs: sg.baseAddress!, n: n, d: d, p: p, c: c,
                                fitIntercept: fitIntercept, w: wb.baseAddress!,
                                margin: base, step: base + n, g: base + 2 * n, s: base + 2 * n + p,
                                r: base + 2 * n + 2 * p, dir: base + 2 * n + 3 * p, hd: base + 2 * n + 4 * p,
                                z: base + 2 * n + 5 * p, m: base + 2 * n + 6 * p, active: ab.baseAddress!)
                            return space.run(maxIterations: maxIterations, tolerance: tolerance)
                        }
                    }
                }
            }
        }
        return (w, converged)
    }
}
