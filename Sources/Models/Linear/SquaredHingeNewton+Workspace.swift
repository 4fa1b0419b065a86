import LabCore

/// The Newton–CG iteration of `SquaredHingeNewton` on unsafe pointers into
/// buffers the caller owns (no captured arrays, so no runtime exclusivity
/// checks and no allocation per iteration). Arithmetic is performed in
/// exactly the order of the straightforward array version.
struct NewtonWorkspace {
    let rows: RowAccess
    let signs: UnsafePointer<Double>
    let n: Int, d: Int, p: Int
    let c: Double
    let fitIntercept: Bool
    /// Weights (`p`), margins `x̃ᵢ·w̃` and steps `x̃ᵢ·s` (`n`), vectors of length `p`.
    let w: UnsafeMutablePointer<Double>, margin: UnsafeMutablePointer<Double>, step: UnsafeMutablePointer<Double>
    let g: UnsafeMutablePointer<Double>, s: UnsafeMutablePointer<Double>, r: UnsafeMutablePointer<Double>
    let dir: UnsafeMutablePointer<Double>, hd: UnsafeMutablePointer<Double>
    let z: UnsafeMutablePointer<Double>, m: UnsafeMutablePointer<Double>
    /// Rows with positive slack (first `activeCount` entries).
    let active: UnsafeMutablePointer<Int>

    private var bias: Double { fitIntercept ? 1.0 : 0.0 }

    @inline(__always) private func dot(_ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>) -> Double {
        p > 0 ? DesignMatrix.dot(a, b, p) : 0
    }
    @inline(__always) private func norm(_ a: UnsafeMutablePointer<Double>) -> Double { dot(a, a).squareRoot() }

    @inline(__always) private func rowDot(_ i: Int, _ v: UnsafeMutablePointer<Double>) -> Double {
        rows.dot(i, v) + (fitIntercept ? v[d] * bias : 0)
    }
    @inline(__always) private func rowAxpy(_ i: Int, _ a: Double, _ v: UnsafeMutablePointer<Double>) {
        rows.axpy(i, a, v)
        if fitIntercept { v[d] += a * bias }
    }

    /// Objective at margins `m + α·step`.
    private func objective(_ alpha: Double, _ wNormSq: Double) -> Double {
        var total = 0.0
        for i in 0..<n {
            let slack = 1 - signs[i] * (margin[i] + alpha * step[i])
            if slack > 0 { total += slack * slack }
        }
        return 0.5 * wNormSq + c * total
    }

    /// Gradient at the current margins; refreshes the active set and returns its size.
    private func gradient() -> Int {
        for j in 0..<p { g[j] = w[j] }
        var count = 0
        for i in 0..<n {
            let slack = 1 - signs[i] * margin[i]
            if slack > 0 {
                active[count] = i
                count += 1
                rowAxpy(i, -2 * c * slack * signs[i], g)
            }
        }
        return count
    }

    /// `hd = dir + Σ_{active i} 2C·(x̃ᵢ·dir)·x̃ᵢ`, four dense rows at a time
    /// (same operations, same order as one row at a time).
    private func hessianProduct(activeCount: Int) {
        for j in 0..<p { hd[j] = dir[j] }
        var t = 0
        if let x = rows.denseRows, d > 0 {
            while t + 4 <= activeCount {
                let ra = x + active[t] &* d, rb = x + active[t + 1] &* d
                let rc = x + active[t + 2] &* d, re = x + active[t + 3] &* d
                let q = DesignMatrix.dot4(ra, rb, rc, re, dir, d)
                let extra = fitIntercept ? dir[d] * bias : 0
                let a = (2 * c * (q.0 + extra), 2 * c * (q.1 + extra), 2 * c * (q.2 + extra), 2 * c * (q.3 + extra))
                DesignMatrix.axpy4(a, ra, rb, rc, re, hd, d)
                if fitIntercept {
                    hd[d] += a.0 * bias; hd[d] += a.1 * bias; hd[d] += a.2 * bias; hd[d] += a.3 * bias
                }
                t += 4
            }
        }
        while t < activeCount {
            let i = active[t]
            rowAxpy(i, 2 * c * rowDot(i, dir), hd)
            t += 1
        }
    }

    /// Runs the Newton iterations; returns whether the gradient-norm criterion was met.
    func run(maxIterations: Int, tolerance: Double) -> Bool {
        var activeCount = gradient()
        let g0 = norm(g)
        var f = objective(0, 0)
        var iteration = 0
        while iteration < maxIterations {
            if norm(g) <= tolerance * g0 { return true }
            // liblinear's preconditioner M = 0.99·I + 0.01·diag(H).
            for j in 0..<p { m[j] = 1 }
            for t in 0..<activeCount {
                rows.axpySquares(active[t], 2 * c, m)
                if fitIntercept { m[d] += 2 * c * bias * bias }
            }
            // Preconditioned conjugate gradients on H·s = −g.
            for j in 0..<p { m[j] = 0.99 + 0.01 * m[j] }
            for j in 0..<p { s[j] = 0; r[j] = -g[j]; z[j] = r[j] / m[j]; dir[j] = z[j] }
            var rz = dot(r, z)
            let cgTolerance = 0.1 * norm(g)
            for _ in 0..<max(p, 1) {
                if !(norm(r) > cgTolerance) { break }
                hessianProduct(activeCount: activeCount)
                let alpha = rz / dot(dir, hd)
                for j in 0..<p { s[j] += alpha * dir[j] }
                for j in 0..<p { r[j] += -alpha * hd[j] }
                for j in 0..<p { z[j] = r[j] / m[j] }
                let rzNew = dot(r, z)
                for j in 0..<p { dir[j] = z[j] + (rzNew / rz) * dir[j] }
                rz = rzNew
            }
            // Armijo backtracking along s with cached margins.
            for i in 0..<n { step[i] = rowDot(i, s) }
            let gs = dot(g, s), ww = dot(w, w), ws = dot(w, s), ss = dot(s, s)
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
            guard accepted else { return false }
            for j in 0..<p { w[j] += alpha * s[j] }
            for i in 0..<n { margin[i] += alpha * step[i] }
            iteration += 1
            activeCount = gradient()
        }
        return norm(g) <= tolerance * g0
    }
}
