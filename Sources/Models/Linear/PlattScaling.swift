import Foundation

/// A Platt sigmoid `P(y = 1 | f) = 1 / (1 + exp(A·f + B))` mapping decision
/// values to probabilities.
public struct PlattScaling: Equatable, Sendable, Codable {
    /// Slope `A` (negative when larger decision values mean class 1).
    public let a: Double
    /// Offset `B`.
    public let b: Double

    /// Creates a sigmoid from its two parameters.
    public init(a: Double, b: Double) {
        self.a = a
        self.b = b
    }

    /// The probability of the positive class for decision value `f`.
    public func probability(_ f: Double) -> Double {
        let t = f * a + b
        return t >= 0 ? exp(-t) / (1 + exp(-t)) : 1 / (1 + exp(t))
    }

    /// Fits `A`, `B` by libsvm's `sigmoid_train`: Newton's method with
    /// backtracking on the regularised targets `(N₊+1)/(N₊+2)` and `1/(N₋+2)`
    /// (Lin, Lin & Weng 2007, "A note on Platt's probabilistic outputs").
    ///
    /// Complexity: O(n) per Newton step, at most 100 steps.
    public static func fit(decisionValues f: [Double], labels: [Bool]) -> PlattScaling {
        let prior1 = Double(labels.filter { $0 }.count)
        let prior0 = Double(labels.count) - prior1
        let maxIterations = 100, minStep = 1e-10, sigma = 1e-12, eps = 1e-5
        let hiTarget = (prior1 + 1) / (prior1 + 2), loTarget = 1 / (prior0 + 2)
        let t = labels.map { $0 ? hiTarget : loTarget }
        var a = 0.0, b = log((prior0 + 1) / (prior1 + 1))

        func objective(_ a: Double, _ b: Double) -> Double {
            var value = 0.0
            for i in 0..<f.count {
                let fApB = f[i] * a + b
                value += fApB >= 0 ? t[i] * fApB + log1p(exp(-fApB)) : (t[i] - 1) * fApB + log1p(exp(fApB))
            }
            return value
        }

        var fval = objective(a, b)
        for _ in 0..<maxIterations {
            var h11 = sigma, h22 = sigma, h21 = 0.0, g1 = 0.0, g2 = 0.0
            for i in 0..<f.count {
                let fApB = f[i] * a + b
                let p: Double, q: Double
                if fApB >= 0 {
                    p = exp(-fApB) / (1 + exp(-fApB)); q = 1 / (1 + exp(-fApB))
                } else {
                    p = 1 / (1 + exp(fApB)); q = exp(fApB) / (1 + exp(fApB))
                }
                let d2 = p * q
                h11 += f[i] * f[i] * d2
                h22 += d2
                h21 += f[i] * d2
                let d1 = t[i] - p
                g1 += f[i] * d1
                g2 += d1
            }
            if abs(g1) < eps && abs(g2) < eps { break }
            let det = h11 * h22 - h21 * h21
            let dA = -(h22 * g1 - h21 * g2) / det
            let dB = -(-h21 * g1 + h11 * g2) / det
            let gd = g1 * dA + g2 * dB
            var step = 1.0
            while step >= minStep {
                let newA = a + step * dA, newB = b + step * dB
                let newF = objective(newA, newB)
                if newF < fval + 0.0001 * step * gd {
                    a = newA; b = newB; fval = newF
                    break
                }
                step /= 2
            }
            if step < minStep { break }  // libsvm: "Line search fails in two-class probability estimates"
        }
        return PlattScaling(a: a, b: b)
    }
}
