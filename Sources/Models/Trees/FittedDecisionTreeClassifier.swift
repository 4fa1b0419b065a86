import LabCore

/// A fitted decision tree classifier; scores are the class fractions of the
/// leaf each sample reaches (`predict_proba`).
public struct FittedDecisionTreeClassifier: FittedClassifier, Codable {
    /// The fitted nodes (scikit-learn's `tree_`).
    public let tree: TreeStructure
    public let classCount: Int
    /// Number of training features.
    public let featureCount: Int
    public var scoreKind: ScoreKind { .probability }

    /// Wraps a grown tree.
    public init(tree: TreeStructure, classCount: Int, featureCount: Int) {
        self.tree = tree
        self.classCount = classCount
        self.featureCount = featureCount
    }

    /// `n × classCount` leaf class fractions.
    /// - Precondition: `x` has `featureCount` columns.
    public func scores(_ x: FeatureMatrix) -> Matrix {
        let dense = x.denseMatrix()
        precondition(dense.columns == featureCount, "expected \(featureCount) features, got \(dense.columns)")
        var out = Matrix(rows: dense.rows, columns: classCount)
        let leaves = tree.apply(dense)
        for (i, leaf) in leaves.enumerated() {
            for c in 0..<classCount { out.values[i * classCount + c] = tree.values[leaf, c] }
        }
        return out
    }

    /// The class of the leaf each row reaches: the argmax of its class
    /// fractions (ties to the lowest class), the same labels as the argmax of
    /// `scores`, without building the `n × classCount` matrix; each leaf's
    /// class is worked out once.
    /// - Precondition: `x` has `featureCount` columns.
    public func predict(_ x: FeatureMatrix) -> [Int] {
        let dense = x.denseMatrix()
        precondition(dense.columns == featureCount, "expected \(featureCount) features, got \(dense.columns)")
        let k = classCount
        var leafClass = [Int](repeating: -1, count: tree.nodeCount)
        return tree.apply(dense).map { leaf in
            if leafClass[leaf] >= 0 { return leafClass[leaf] }
            var best = 0
            for c in 1..<max(k, 1) where tree.values[leaf, c] > tree.values[leaf, best] { best = c }
            leafClass[leaf] = best
            return best
        }
    }

    /// Mean decrease in impurity per feature, summing to 1 (`feature_importances_`).
    public var featureImportances: [Double] { tree.featureImportances(featureCount: featureCount) }
}
