import Foundation
import LabCore

/// A logistic model fitted by `SGDClassifier`: `k` output rows of weights
/// (one for two classes) and intercepts.
///
/// Weights are stored as `scale · stored` so that the L2 decay of every step
/// is one multiplication (the trick of scikit-learn's `WeightVector`).
public struct FittedSGDClassifier: FittedClassifier, Codable {
    public let classCount: Int
    public let featureCount: Int
    /// Stored weights, output rows × features, row-major; the weights are `scale ·` these.
    private var stored: [Double]
    private var scale = 1.0
    public private(set) var intercepts: [Double]

    /// Output rows × features, row-major.
    public var weights: [Double] { stored.map { $0 * scale } }
    public var scoreKind: ScoreKind { .probability }

    /// Outputs: 1 for two classes (sigmoid), else one per class (softmax).
    var outputs: Int { classCount == 2 ? 1 : classCount }

    init(classCount: Int, featureCount: Int) {
        self.classCount = classCount
        self.featureCount = featureCount
        let k = classCount == 2 ? 1 : classCount
        stored = [Double](repeating: 0, count: k * featureCount)
        intercepts = [Double](repeating: 0, count: k)
    }

    /// Logits of row `i`.
    func logits(_ x: FeatureMatrix, row i: Int) -> [Double] {
        (0..<outputs).map { o in
            let base = o * featureCount
            var dot = 0.0
            switch x {
            case .dense(let m):
                let rowBase = i * m.columns
                for j in 0..<featureCount { dot += stored[base + j] * m.values[rowBase + j] }
            case .sparse(let m):
                for k in m.rowOffsets[i]..<m.rowOffsets[i + 1] { dot += stored[base + m.columnIndices[k]] * m.values[k] }
            }
            return scale * dot + intercepts[o]
        }
    }

    /// Class probabilities of one row from its logits.
    func probabilities(_ z: [Double]) -> [Double] {
        if classCount == 2 {
            let p = 1 / (1 + exp(-z[0]))
            return [1 - p, p]
        }
        let m = z.max() ?? 0
        let e = z.map { exp($0 - m) }
        let s = e.reduce(0, +)
        return e.map { $0 / s }
    }

    /// d loss / d logits for row `i`: `p − y` per output.
    func outputGradient(_ x: FeatureMatrix, row i: Int, label: Int, into g: inout [Double]) {
        let p = probabilities(logits(x, row: i))
        if classCount == 2 {
            g[0] = p[1] - (label == 1 ? 1 : 0)
        } else {
            for c in 0..<classCount { g[c] = p[c] - (c == label ? 1 : 0) }
        }
    }

    /// One SGD step: weight decay, then the loss gradient on the row's non-zeros.
    mutating func step(_ x: FeatureMatrix, row i: Int, gradient g: [Double], eta: Double, alpha: Double) {
        scale *= 1 - eta * alpha
        if scale < 1e-9 {
            for k in stored.indices { stored[k] *= scale }
            scale = 1
        }
        for o in 0..<outputs where g[o] != 0 {
            let base = o * featureCount
            let a = eta * g[o] / scale
            switch x {
            case .dense(let m):
                let rowBase = i * m.columns
                for j in 0..<featureCount { stored[base + j] -= a * m.values[rowBase + j] }
            case .sparse(let m):
                for k in m.rowOffsets[i]..<m.rowOffsets[i + 1] { stored[base + m.columnIndices[k]] -= a * m.values[k] }
            }
            intercepts[o] -= eta * g[o]
        }
    }

    /// Mean log loss over the rows of `x` (probabilities clipped to [1e-15, 1 − 1e-15]).
    func meanLogLoss(_ x: FeatureMatrix, _ y: [Int]) -> Double {
        guard x.rows > 0 else { return .nan }
        var total = 0.0
        for i in 0..<x.rows {
            let p = probabilities(logits(x, row: i))[y[i]]
            total -= log(min(max(p, 1e-15), 1 - 1e-15))
        }
        return total / Double(x.rows)
    }

    public func scores(_ x: FeatureMatrix) -> Matrix {
        var out = Matrix(rows: x.rows, columns: classCount)
        for i in 0..<x.rows {
            let p = probabilities(logits(x, row: i))
            for c in 0..<classCount { out[i, c] = p[c] }
        }
        return out
    }
}
