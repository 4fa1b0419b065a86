import LabCore

/// A fitted random forest; scores are the mean of the trees' leaf class
/// fractions (scikit-learn's soft voting, `predict_proba`).
public struct FittedRandomForestClassifier: FittedClassifier, Codable {
    /// The fitted trees, in seed-stream order.
    public let trees: [TreeStructure]
    public let classCount: Int
    /// Number of training features.
    public let featureCount: Int
    public var scoreKind: ScoreKind { .probability }

    /// Wraps grown trees.
    public init(trees: [TreeStructure], classCount: Int, featureCount: Int) {
        self.trees = trees
        self.classCount = classCount
        self.featureCount = featureCount
    }

    /// `n × classCount` mean leaf class fractions, summed in tree order.
    /// - Precondition: `x` has `featureCount` columns.
    /// - Complexity: O(n · trees · depth).
    public func scores(_ x: FeatureMatrix) -> Matrix {
        let dense = x.denseMatrix()
        precondition(dense.columns == featureCount, "expected \(featureCount) features, got \(dense.columns)")
        var out = Matrix(rows: dense.rows, columns: classCount)
        let k = classCount
        out.values.withUnsafeMutableBufferPointer { acc in
            for tree in trees {
                let leaves = tree.apply(dense)
                tree.values.values.withUnsafeBufferPointer { v in
                    for (i, leaf) in leaves.enumerated() {
                        for c in 0..<k { acc[i * k + c] += v[leaf * k + c] }
                    }
                }
            }
            let scale = Double(trees.count)
            for j in 0..<acc.count { acc[j] /= scale }
        }
        return out
    }

    /// Mean of the trees' normalised impurity importances, renormalised
    /// (`feature_importances_`); single-leaf trees are skipped.
    public var featureImportances: [Double] {
        var mean = [Double](repeating: 0, count: featureCount)
        let grown = trees.filter { $0.nodeCount > 1 }
        guard !grown.isEmpty else { return mean }
        for tree in grown {
            for (f, v) in tree.featureImportances(featureCount: featureCount).enumerated() { mean[f] += v }
        }
        let total = mean.reduce(0, +)
        return total > 0 ? mean.map { $0 / total } : mean
    }
}
