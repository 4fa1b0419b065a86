import Dispatch
import Foundation
import LabCore

/// scikit-learn's L2-penalised logistic objective, scaled by `1/n` as its lbfgs
/// solver minimises it:
///
///     f(W, b) = (1/n) · [ Σᵢ loss(yᵢ, W·xᵢ + b) + ‖W‖² / (2C) ]
///
/// Binary (`k = 1`): `loss = log(1 + e^z) − y·z` with `y ∈ {0, 1}`.
/// Multinomial (`k` classes): `loss = logΣ_c e^{z_c} − z_y`.
/// The intercept `b` is not penalised. Parameters are laid out as `k × d`
/// coefficients (row-major) followed by `k` intercepts when fitted.
final class LogisticLoss {
    let design: DesignMatrix
    let labels: [Int]
    let classes: Int
    let inverseC: Double
    let fitIntercept: Bool
    /// Row blocks evaluated concurrently (fixed by the data's shape).
    let blocks: Int
    /// Whether the blocks run on threads (large data only); the result is the same either way.
    let concurrent: Bool
    /// Per-block partial gradients (`blocks × parameterCount`) and logits scratch.
    private var partials: [Double]
    private var scratch: [Double]

    /// Prepares for `k` output columns (1 for binary).
    init(design: DesignMatrix, labels: [Int], classes k: Int, c: Double, fitIntercept: Bool) {
        self.design = design
        self.labels = labels
        self.classes = k
        self.inverseC = 1 / c
        self.fitIntercept = fitIntercept
        blocks = design.gradientBlockCount(classes: k)
        concurrent = design.runsBlocksConcurrently(classes: k)
        let count = k * design.columns + (fitIntercept ? k : 0)
        partials = [Double](repeating: 0, count: blocks > 1 ? blocks * count : 0)
        scratch = [Double](repeating: 0, count: blocks * k)
    }

    /// Number of parameters.
    var parameterCount: Int { classes * design.columns + (fitIntercept ? classes : 0) }

    /// Objective value; writes the gradient into `g`.
    ///
    /// Complexity: one fused pass over the features (O(n·d·k) dense, O(nnz·k) sparse),
    /// split into `blocks` row blocks run concurrently when large enough.
    func evaluate(_ w: UnsafeBufferPointer<Double>, _ g: UnsafeMutableBufferPointer<Double>) -> Double {
        let n = design.rows, d = design.columns, k = classes
        guard let wp = w.baseAddress, let gp = g.baseAddress else { return 0 }
        for j in 0..<g.count { g[j] = 0 }
        let total: Double
        if blocks == 1 {
            total = scratch.withUnsafeMutableBufferPointer { z in
                lossSum(rows: 0..<n, wp, gp, z.baseAddress!)
            }
        } else {
            // Fixed row blocks, partial sums reduced in block order: deterministic.
            let count = g.count, blockCount = blocks
            var totals = [Double](repeating: 0, count: blockCount)
            partials.withUnsafeMutableBufferPointer { pp in
                scratch.withUnsafeMutableBufferPointer { z in
                    totals.withUnsafeMutableBufferPointer { tp in
                        for j in 0..<pp.count { pp[j] = 0 }
                        let base = pp.baseAddress!, zs = z.baseAddress!, ts = tp.baseAddress!
                        let block = { (b: Int) in
                            let lo = n * b / blockCount, hi = n * (b + 1) / blockCount
                            ts[b] = self.lossSum(rows: lo..<hi, wp, base + b * count, zs + b * k)
                        }
                        if concurrent {
                            DispatchQueue.concurrentPerform(iterations: blockCount, execute: block)
                        } else {
                            for b in 0..<blockCount { block(b) }
                        }
                        for b in 0..<blockCount { for j in 0..<count { g[j] += base[b * count + j] } }
                    }
                }
            }
            total = totals.reduce(0, +)
        }
        var penalty = 0.0
        for j in 0..<(k * d) {
            penalty += w[j] * w[j]
            g[j] += inverseC * w[j]
        }
        let scale = 1 / Double(n)
        for j in 0..<g.count { g[j] *= scale }
        return scale * (total + 0.5 * inverseC * penalty)
    }

    /// Loss sum over `rows`, accumulating the data part of the gradient into `gp`.
    private func lossSum(rows: Range<Int>, _ wp: UnsafePointer<Double>, _ gp: UnsafeMutablePointer<Double>,
                         _ z: UnsafeMutablePointer<Double>) -> Double {
        let d = design.columns, k = classes
        let bias: UnsafePointer<Double>? = fitIntercept ? wp + k * d : nil
        let biasGradient: UnsafeMutablePointer<Double>? = fitIntercept ? gp + k * d : nil
        return labels.withUnsafeBufferPointer { y in
            if k == 1, d > 0, case .dense(let m) = design.x {
                return m.values.withUnsafeBufferPointer { xv in
                    LogisticLoss.denseBinaryLossSum(rows: rows, x: xv.baseAddress!, columns: d, labels: y.baseAddress!,
                                                    wp, bias: bias?[0] ?? 0, gradient: gp, biasGradient: biasGradient)
                }
            }
            if k == 1 {
                return design.fusedGradient(rows: rows, wp, bias: bias, classes: 1, gradient: gp,
                                            biasGradient: biasGradient, scratch: z) { i, z in LogisticLoss.binary(z, y[i]) }
            }
            return design.fusedGradient(rows: rows, wp, bias: bias, classes: k, gradient: gp,
                                        biasGradient: biasGradient, scratch: z) { i, z in LogisticLoss.multinomial(z, y[i], k) }
        }
    }

    /// Binary log-loss of one row; replaces `z` by the residual `σ(z) − y`.
    @inline(__always)
    static func binary(_ z: UnsafeMutablePointer<Double>, _ label: Int) -> Double {
        let zi = z[0], yi = Double(label)
        // softplus(z) = max(z, 0) + log1p(exp(−|z|)), stable for any z.
        let e = exp(-abs(zi))
        z[0] = (zi >= 0 ? 1 / (1 + e) : e / (1 + e)) - yi
        return max(zi, 0) + log1p(e) - yi * zi
    }

    /// Multinomial log-loss of one row; replaces `z` by `softmax(z) − onehot(y)`.
    @inline(__always)
    static func multinomial(_ z: UnsafeMutablePointer<Double>, _ label: Int, _ k: Int) -> Double {
        var top = -Double.infinity
        for c in 0..<k { top = max(top, z[c]) }
        let zy = z[label]
        var sum = 0.0
        for c in 0..<k {
            let e = exp(z[c] - top)
            z[c] = e
            sum += e
        }
        let inverse = 1 / sum
        for c in 0..<k { z[c] *= inverse }
        z[label] -= 1
        return top + log(sum) - zy
    }
}
