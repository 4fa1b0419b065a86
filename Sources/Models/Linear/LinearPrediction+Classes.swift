import Foundation
import LabCore

extension LinearPrediction {
    /// Per-row index of the largest entry, ties to the lowest index, NaN never
    /// winning: exactly the `FittedClassifier.predict` default applied to `m`.
    ///
    /// Complexity: O(rows · columns), unchecked indexing.
    static func argmaxRows(_ m: Matrix) -> [Int] {
        let n = m.rows, k = m.columns
        guard k > 1 else { return [Int](repeating: 0, count: n) }
        return m.values.withUnsafeBufferPointer { v in
            (0..<n).map { i in
                let row = v.baseAddress! + i &* k
                var best = 0
                for j in 1..<k where row[j] > row[best] { best = j }
                return best
            }
        }
    }

    /// The class the binary probability columns `[1 − σ(z), σ(z)]` pick
    /// (1 when `σ(z) > 1 − σ(z)`, else 0), without `exp` when `|z|` makes the answer
    /// certain: for `z > 10⁻³`, `σ(z) > 0.50024`; for `z < −10⁻³`, `σ(z) < 0.49976`.
    /// Near zero (and for NaN) it evaluates the probabilities exactly as `scores` does.
    @inline(__always)
    static func binaryClass(_ z: Double) -> Int {
        if z > 1e-3 { return 1 }
        if z < -1e-3 { return 0 }
        let p = sigmoid(z)
        return p > 1 - p ? 1 : 0
    }

    /// Writes `softmax(z)` for one row of `k` logits into `out` (max-shifted;
    /// the computation `FittedLogisticRegression.scores` uses).
    @inline(__always)
    static func softmax(_ z: UnsafePointer<Double>, _ k: Int, into out: UnsafeMutablePointer<Double>) {
        var top = -Double.infinity
        for c in 0..<k { top = max(top, z[c]) }
        var sum = 0.0
        for c in 0..<k {
            let e = exp(z[c] - top)
            out[c] = e
            sum += e
        }
        for c in 0..<k { out[c] /= sum }
    }

    /// The class the softmax probabilities of one row of `k` logits pick
    /// (argmax, ties to the lowest index). When every logit is finite and the
    /// largest beats all others by more than 10⁻⁶, the winner's probability
    /// `1/Σ` exceeds every other `e^{z−top}/Σ ≤ (1 − 10⁻⁶)/Σ` after rounding, so
    /// the logit argmax is returned directly; otherwise the probabilities are
    /// computed as `scores` does (`scratch` holds `k` values).
    @inline(__always)
    static func softmaxClass(_ z: UnsafePointer<Double>, _ k: Int, scratch: UnsafeMutablePointer<Double>) -> Int {
        var best = 0, finite = true
        for c in 0..<k {
            if !z[c].isFinite { finite = false }
            if z[c] > z[best] { best = c }
        }
        if finite {
            var clear = true
            for c in 0..<k where c != best && !(z[best] - z[c] > 1e-6) { clear = false }
            if clear { return best }
        }
        softmax(z, k, into: scratch)
        best = 0
        for c in 1..<max(k, 1) where scratch[c] > scratch[best] { best = c }
        return best
    }
}
