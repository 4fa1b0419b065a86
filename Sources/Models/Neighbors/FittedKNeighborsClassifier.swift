import LabCore

/// A fitted k-nearest-neighbours classifier; scores are the (weighted) share
/// of each class among the `k` nearest training rows (`predict_proba`).
public struct FittedKNeighborsClassifier: FittedClassifier, Codable {
    /// The stored training features.
    public let training: Matrix
    /// The stored training labels.
    public let labels: [Int]
    public let classCount: Int
    /// Neighbours consulted per query.
    public let nNeighbors: Int
    /// The vote weighting.
    public let weights: KNeighborsClassifier.Weights
    public var scoreKind: ScoreKind { .probability }

    /// Wraps a stored training set.
    public init(training: Matrix, labels: [Int], classCount: Int, nNeighbors: Int,
                weights: KNeighborsClassifier.Weights) {
        self.training = training
        self.labels = labels
        self.classCount = classCount
        self.nNeighbors = nNeighbors
        self.weights = weights
    }

    /// The `k` nearest training rows of each query row, nearest first, with
    /// their Euclidean distances; equal distances go to the lower training index.
    /// - Precondition: `x` has as many columns as the training set.
    /// - Complexity: O(n_query · n_train · (d + k)).
    public func neighbors(_ x: FeatureMatrix) -> [[(index: Int, distance: Double)]] {
        let q = x.denseMatrix()
        precondition(q.columns == training.columns, "expected \(training.columns) features, got \(q.columns)")
        let d = training.columns, n = training.rows, k = nNeighbors
        var result: [[(index: Int, distance: Double)]] = []
        result.reserveCapacity(q.rows)
        var bestIndex = [Int](repeating: 0, count: k)
        var bestDist = [Double](repeating: 0, count: k)
        training.values.withUnsafeBufferPointer { t in
            q.values.withUnsafeBufferPointer { qv in
                for i in 0..<q.rows {
                    var filled = 0
                    for j in 0..<n {
                        var s = 0.0
                        for f in 0..<d {
                            let diff = qv[i * d + f] - t[j * d + f]
                            s += diff * diff
                        }
                        if filled == k && s >= bestDist[k - 1] { continue }
                        // Insert after every entry with distance <= s (ties keep index order).
                        var p = filled == k ? k - 1 : filled
                        while p > 0 && bestDist[p - 1] > s {
                            bestDist[p] = bestDist[p - 1]
                            bestIndex[p] = bestIndex[p - 1]
                            p -= 1
                        }
                        bestDist[p] = s
                        bestIndex[p] = j
                        if filled < k { filled += 1 }
                    }
                    result.append((0..<k).map { (bestIndex[$0], bestDist[$0].squareRoot()) })
                }
            }
        }
        return result
    }

    /// `n × classCount` neighbour votes normalised to sum to 1.
    public func scores(_ x: FeatureMatrix) -> Matrix {
        let found = neighbors(x)
        var out = Matrix(rows: found.count, columns: classCount)
        for (i, list) in found.enumerated() {
            let exact = weights == .distance && list.contains { $0.distance == 0 }
            var total = 0.0
            for (index, distance) in list {
                let w: Double
                switch weights {
                case .uniform: w = 1
                case .distance: w = exact ? (distance == 0 ? 1 : 0) : 1 / distance
                }
                out.values[i * classCount + labels[index]] += w
                total += w
            }
            for c in 0..<classCount { out.values[i * classCount + c] /= total }
        }
        return out
    }
}
