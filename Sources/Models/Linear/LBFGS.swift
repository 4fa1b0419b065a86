/// Limited-memory BFGS minimiser for smooth unconstrained problems, with a
/// strong-Wolfe line search (see `LBFGS+LineSearch.swift`).
///
/// Stopping rules follow SciPy's L-BFGS-B as scikit-learn calls it:
/// - converged when the gradient's max-abs (the projected gradient, without
///   bounds) is `≤ gradientTolerance`;
/// - converged when the relative objective decrease
///   `(f_k − f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) ≤ functionTolerance`;
/// - stopped when `maxIterations` steps were taken, or the line search failed.
///
/// Memory: `2·m` vectors of the problem's size. Each iteration costs one
/// two-loop recursion (O(m·n)) plus the objective evaluations of the line search.
struct LBFGS {
    /// Number of correction pairs kept (SciPy's `maxcor`, default 10).
    var memory = 10
    /// Maximum number of iterations (scikit-learn's `max_iter`).
    var maxIterations = 100
    /// Gradient max-abs threshold (scikit-learn passes `tol` as `gtol`).
    var gradientTolerance = 1e-4
    /// Relative objective decrease threshold (scikit-learn: `64 · machine epsilon`).
    var functionTolerance = 64 * Double.ulpOfOne
    /// Maximum objective evaluations per line search (scikit-learn: `maxls=50`).
    var maxLineSearchSteps = 50

    /// Why the minimiser stopped.
    enum Status: Equatable {
        /// The gradient max-abs fell below the tolerance.
        case gradientConverged
        /// The objective stopped decreasing (relative change below tolerance).
        case functionConverged
        /// `maxIterations` were used up.
        case iterationLimit
        /// No step satisfying the Wolfe conditions was found.
        case lineSearchFailed
    }

    /// The minimiser's outcome.
    struct Result {
        /// The final point.
        var x: [Double]
        /// Objective at `x`.
        var value: Double
        /// Iterations taken.
        var iterations: Int
        /// Why it stopped.
        var status: Status
    }

    /// An objective: returns `f(x)` and writes `∇f(x)` into its second argument.
    typealias Objective = (_ x: UnsafeBufferPointer<Double>, _ gradient: UnsafeMutableBufferPointer<Double>) -> Double

    /// Minimises `objective` starting from `x0`.
    func minimize(from x0: [Double], _ objective: Objective) -> Result {
        let n = x0.count
        guard n > 0 else { return Result(x: x0, value: 0, iterations: 0, status: .gradientConverged) }
        var x = x0
        var g = [Double](repeating: 0, count: n)
        var f = LBFGS.evaluate(objective, x, &g)
        func small(_ g: [Double]) -> Bool { LBFGS.maxAbs(g) <= gradientTolerance }
        if small(g) {
            return Result(x: x, value: f, iterations: 0, status: .gradientConverged)
        }
        var s = [[Double]](), yv = [[Double]](), rho = [Double]()
        var direction = [Double](repeating: 0, count: n)
        var alpha = [Double](repeating: 0, count: memory)
        var xNew = x, gNew = g
        var iteration = 0
        while iteration < maxIterations {
            // Two-loop recursion: direction = −H·g.
            for j in 0..<n { direction[j] = -g[j] }
            for k in stride(from: s.count - 1, through: 0, by: -1) {
                alpha[k] = rho[k] * LBFGS.dot(s[k], direction)
                LBFGS.axpy(-alpha[k], yv[k], &direction)
            }
            if let last = s.indices.last {
                let gamma = LBFGS.dot(s[last], yv[last]) / LBFGS.dot(yv[last], yv[last])
                for j in 0..<n { direction[j] *= gamma }
            }
            for k in 0..<s.count {
                let beta = rho[k] * LBFGS.dot(yv[k], direction)
                LBFGS.axpy(alpha[k] - beta, s[k], &direction)
            }
            var slope = LBFGS.dot(g, direction)
            if !(slope < 0) {  // not a descent direction: restart from steepest descent
                s.removeAll(); yv.removeAll(); rho.removeAll()
                for j in 0..<n { direction[j] = -g[j] }
                slope = LBFGS.dot(g, direction)
            }
            let initialStep = s.isEmpty ? min(1.0, 1.0 / LBFGS.norm(direction)) : 1.0
            guard let step = lineSearch(objective, x: x, f: f, slope: slope, direction: direction,
                                        initialStep: initialStep, xNew: &xNew, gNew: &gNew) else {
                return Result(x: x, value: f, iterations: iteration, status: .lineSearchFailed)
            }
            iteration += 1
            var sk = [Double](repeating: 0, count: n), yk = sk
            for j in 0..<n { sk[j] = xNew[j] - x[j]; yk[j] = gNew[j] - g[j] }
            let sy = LBFGS.dot(sk, yk)
            if sy > Double.ulpOfOne * LBFGS.dot(yk, yk) {
                if s.count == memory { s.removeFirst(); yv.removeFirst(); rho.removeFirst() }
                s.append(sk); yv.append(yk); rho.append(1 / sy)
            }
            let fOld = f
            swap(&x, &xNew); swap(&g, &gNew); f = step.value
            if small(g) {
                return Result(x: x, value: f, iterations: iteration, status: .gradientConverged)
            }
            if (fOld - f) / max(abs(fOld), abs(f), 1) <= functionTolerance {
                return Result(x: x, value: f, iterations: iteration, status: .functionConverged)
            }
        }
        return Result(x: x, value: f, iterations: iteration, status: .iterationLimit)
    }

    static func evaluate(_ objective: Objective, _ x: [Double], _ g: inout [Double]) -> Double {
        x.withUnsafeBufferPointer { xp in g.withUnsafeMutableBufferPointer { objective(xp, $0) } }
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        guard !a.isEmpty else { return 0 }
        return a.withUnsafeBufferPointer { ap in
            b.withUnsafeBufferPointer { bp in DesignMatrix.dot(ap.baseAddress!, bp.baseAddress!, ap.count) }
        }
    }

    static func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in for j in 0..<yp.count { yp[j] += a * xp[j] } }
        }
    }

    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

    static func maxAbs(_ a: [Double]) -> Double { a.reduce(0) { max($0, abs($1)) } }
}
