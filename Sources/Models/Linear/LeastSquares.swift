import LabCore

/// Dense least-squares solvers used by `LinearRegression` and `Ridge`, on
/// column-centred data (so the intercept comes from the means and is never penalised).
enum LeastSquares {
    /// Centred copy of `x` in column-major order, with the column means and the centred `y`.
    struct Centred {
        /// `n × d` centred features, column-major: column `j` is `a[j*n ..< (j+1)*n]`.
        var a: [Double]
        var rows: Int
        var columns: Int
        var xMean: [Double]
        var yMean: Double
        var y: [Double]
    }

    /// Centres `x` (densified) and `y` when `fitIntercept`; two-pass means.
    static func centre(_ x: FeatureMatrix, _ y: [Double], fitIntercept: Bool) -> Centred {
        let m = x.denseMatrix()
        let n = m.rows, d = m.columns
        var xMean = [Double](repeating: 0, count: d)
        var yMean = 0.0
        if fitIntercept {
            for i in 0..<n { for j in 0..<d { xMean[j] += m.values[i * d + j] } }
            for j in 0..<d { xMean[j] /= Double(n) }
            yMean = y.reduce(0, +) / Double(n)
        }
        var a = [Double](repeating: 0, count: n * d)
        for i in 0..<n { for j in 0..<d { a[j * n + i] = m.values[i * d + j] - xMean[j] } }
        return Centred(a: a, rows: n, columns: d, xMean: xMean, yMean: yMean, y: y.map { $0 - yMean })
    }

    /// Least squares `min ‖A·w − y‖` by Householder QR with column pivoting.
    ///
    /// Columns whose pivot falls below `max(n, d)·ε·|R₀₀|` are treated as
    /// dependent and get coefficient 0 (a basic solution; scikit-learn's `lstsq`
    /// returns the minimum-norm one, which differs only for rank-deficient data).
    /// Complexity: O(n·d²).
    static func qrSolve(_ c: Centred) -> [Double] {
        let n = c.rows, d = c.columns
        var a = c.a, y = c.y
        var perm = Array(0..<d)
        var norms = (0..<d).map { j in (0..<n).reduce(0.0) { $0 + a[j * n + $1] * a[j * n + $1] } }
        let steps = min(n, d)
        var rank = 0
        var r00 = 0.0
        for k in 0..<steps {
            // Pivot: the remaining column with the largest residual norm.
            var p = k
            for j in (k + 1)..<max(d, k + 1) where norms[j] > norms[p] { p = j }
            if p != k {
                for i in 0..<n { a.swapAt(k * n + i, p * n + i) }
                norms.swapAt(k, p); perm.swapAt(k, p)
            }
            var alpha = 0.0
            for i in k..<n { alpha += a[k * n + i] * a[k * n + i] }
            alpha = alpha.squareRoot()
            if k == 0 { r00 = alpha }
            if alpha <= Double(max(n, d)) * Double.ulpOfOne * r00 || alpha == 0 { break }
            if a[k * n + k] > 0 { alpha = -alpha }
            // Householder vector v = x − alpha·e₁ stored in place.
            a[k * n + k] -= alpha
            var vv = 0.0
            for i in k..<n { vv += a[k * n + i] * a[k * n + i] }
            for j in (k + 1)..<max(d, k + 1) {
                var s = 0.0
                for i in k..<n { s += a[k * n + i] * a[j * n + i] }
                let f = 2 * s / vv
                for i in k..<n { a[j * n + i] -= f * a[k * n + i] }
                norms[j] = 0
                for i in (k + 1)..<n { norms[j] += a[j * n + i] * a[j * n + i] }
            }
            var s = 0.0
            for i in k..<n { s += a[k * n + i] * y[i] }
            let f = 2 * s / vv
            for i in k..<n { y[i] -= f * a[k * n + i] }
            a[k * n + k] = alpha  // R's diagonal
            rank += 1
        }
        // Back substitution on the leading rank × rank block of R.
        var z = [Double](repeating: 0, count: d)
        for k in stride(from: rank - 1, through: 0, by: -1) {
            var s = y[k]
            for j in (k + 1)..<max(rank, k + 1) { s -= a[j * n + k] * z[j] }
            z[k] = s / a[k * n + k]
        }
        var w = [Double](repeating: 0, count: d)
        for k in 0..<d { w[perm[k]] = z[k] }
        return w
    }

    /// Ridge solution `(AᵀA + αI)⁻¹ Aᵀy` by Cholesky factorisation; nil when the
    /// matrix is not numerically positive definite (only possible with `α = 0`).
    /// Complexity: O(n·d² + d³).
    static func choleskySolve(_ c: Centred, alpha: Double) -> [Double]? {
        let n = c.rows, d = c.columns
        var g = [Double](repeating: 0, count: d * d)
        var b = [Double](repeating: 0, count: d)
        c.a.withUnsafeBufferPointer { ap in
            for j in 0..<d {
                let cj = ap.baseAddress! + j * n
                for k in 0...j { g[j * d + k] = DesignMatrix.dot(cj, ap.baseAddress! + k * n, n) }
                g[j * d + j] += alpha
                c.y.withUnsafeBufferPointer { b[j] = DesignMatrix.dot(cj, $0.baseAddress!, n) }
            }
        }
        // In-place lower Cholesky factor L (row-major, lower triangle).
        for j in 0..<d {
            var s = g[j * d + j]
            for k in 0..<j { s -= g[j * d + k] * g[j * d + k] }
            guard s > 0 && s.isFinite else { return nil }
            let l = s.squareRoot()
            g[j * d + j] = l
            for i in (j + 1)..<max(d, j + 1) {
                var t = g[i * d + j]
                for k in 0..<j { t -= g[i * d + k] * g[j * d + k] }
                g[i * d + j] = t / l
            }
        }
        for i in 0..<d {  // L·u = b
            var s = b[i]
            for k in 0..<i { s -= g[i * d + k] * b[k] }
            b[i] = s / g[i * d + i]
        }
        for i in stride(from: d - 1, through: 0, by: -1) {  // Lᵀ·w = u
            var s = b[i]
            for k in (i + 1)..<max(d, i + 1) { s -= g[k * d + i] * b[k] }
            b[i] = s / g[i * d + i]
        }
        return b
    }
}
