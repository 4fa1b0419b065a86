import LabCore

/// A fitted decision tree classifier; scores are the class fractions of the
/// leaf each sample reaches (`predict_proba`).
public struct FittedDecisionTreeClassifier: FittedClassifier {
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

    /// Mean decrease in impurity per feature, summing to 1 (`feature_importances_`).
    public var featureImportances: [Double] { tree.featureImportances(featureCount: featureCount) }
}
