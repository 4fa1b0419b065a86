import Foundation
import LabCore

/// Turns per-class joint log-likelihoods into probabilities:
/// `p_k = exp(jll_k − log Σ_j exp(jll_j))` (scikit-learn's `predict_proba`
/// for naive Bayes), computed stably by subtracting the row maximum.
func naiveBayesProbabilities(_ jll: Matrix) -> Matrix {
    var out = jll
    let k = jll.columns
    for i in 0..<jll.rows {
        var top = -Double.infinity
        for c in 0..<k { top = max(top, jll.values[i * k + c]) }
        guard top.isFinite else { continue }
        var s = 0.0
        for c in 0..<k { s += Foundation.exp(jll.values[i * k + c] - top) }
        let lse = top + Foundation.log(s)
        for c in 0..<k { out.values[i * k + c] = Foundation.exp(jll.values[i * k + c] - lse) }
    }
    return out
}
