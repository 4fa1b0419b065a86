extension LBFGS {
    /// A step accepted by the line search.
    struct Step {
        /// Step length along the search direction.
        var length: Double
        /// Objective at the new point.
        var value: Double
    }

    /// Strong-Wolfe line search (Nocedal & Wright, Algorithms 3.5 and 3.6) with
    /// safeguarded cubic interpolation.
    ///
    /// Accepts `t` when `f(x + t·p) ≤ f + c1·t·slope` and `|∇f(x + t·p)·p| ≤ c2·|slope|`
    /// with SciPy's constants `c1 = 1e-3`, `c2 = 0.9`. On success `xNew` / `gNew`
    /// hold the accepted point and its gradient; returns nil when no acceptable
    /// step was found within `maxLineSearchSteps` evaluations.
    func lineSearch(_ objective: Objective, x: [Double], f: Double, slope: Double, direction: [Double],
                    initialStep: Double, xNew: inout [Double], gNew: inout [Double]) -> Step? {
        let c1 = 1e-3, c2 = 0.9
        var evaluations = 0
        func trial(_ t: Double) -> (f: Double, slope: Double) {
            evaluations += 1
            for j in 0..<x.count { xNew[j] = x[j] + t * direction[j] }
            let value = LBFGS.evaluate(objective, xNew, &gNew)
            return (value, LBFGS.dot(gNew, direction))
        }
        func sufficient(_ t: Double, _ ft: Double) -> Bool { ft <= f + c1 * t * slope }
        func curvature(_ dt: Double) -> Bool { abs(dt) <= -c2 * slope }

        var lo = (t: 0.0, f: f, d: slope)
        var hi: (t: Double, f: Double, d: Double)? = nil
        var t = initialStep
        // Bracketing phase: grow the step until the interval holds a Wolfe point.
        while hi == nil {
            guard evaluations < maxLineSearchSteps else { return nil }
            let (ft, dt) = trial(t)
            if !ft.isFinite || !sufficient(t, ft) || (evaluations > 1 && ft >= lo.f) {
                hi = (t, ft, dt)
            } else if curvature(dt) {
                return Step(length: t, value: ft)
            } else if dt >= 0 {
                hi = lo
                lo = (t, ft, dt)
            } else {
                lo = (t, ft, dt)
                t *= 4
            }
        }
        // Zoom phase: shrink [lo, hi] keeping lo the best sufficient-decrease point.
        guard var h = hi else { return nil }
        while evaluations < maxLineSearchSteps {
            let width = abs(h.t - lo.t)
            if width <= 1e-16 * max(1, abs(lo.t)) { break }
            let tc = LBFGS.cubicMinimizer(lo, h)
            let a = min(lo.t, h.t), b = max(lo.t, h.t)
            let t = (tc.isFinite && tc > a + 0.1 * width && tc < b - 0.1 * width) ? tc : 0.5 * (lo.t + h.t)
            let (ft, dt) = trial(t)
            if !ft.isFinite || !sufficient(t, ft) || ft >= lo.f {
                h = (t, ft, dt)
            } else {
                if curvature(dt) { return Step(length: t, value: ft) }
                if dt * (h.t - lo.t) >= 0 { h = lo }
                lo = (t, ft, dt)
            }
        }
        // Fall back on the best point with sufficient decrease, if any.
        guard lo.t > 0 else { return nil }
        let (ft, _) = trial(lo.t)
        return Step(length: lo.t, value: ft)
    }

    /// Minimiser of the cubic interpolating values and slopes at two points
    /// (NaN when the cubic has no minimiser).
    static func cubicMinimizer(_ p: (t: Double, f: Double, d: Double), _ q: (t: Double, f: Double, d: Double)) -> Double {
        let d1 = p.d + q.d - 3 * (p.f - q.f) / (p.t - q.t)
        let radicand = d1 * d1 - p.d * q.d
        guard radicand >= 0 else { return .nan }
        let d2 = (q.t - p.t).sign == .minus ? -radicand.squareRoot() : radicand.squareRoot()
        return q.t - (q.t - p.t) * (q.d + d2 - d1) / (q.d - p.d + 2 * d2)
    }
}
