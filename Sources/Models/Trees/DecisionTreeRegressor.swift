import LabCore

/// A CART regression tree minimising squared error (scikit-learn's
/// `DecisionTreeRegressor(criterion="squared_error")`, `best` splitter).
public struct DecisionTreeRegressor: Regressor {
    /// Maximum depth; `nil` grows until leaves are pure or too small.
    public var maxDepth: Int?
    /// Fewest samples a node needs to be split (≥ 2).
    public var minSamplesSplit: Int
    /// Fewest samples each leaf keeps (≥ 1).
    public var minSamplesLeaf: Int
    /// Features considered per split.
    public var maxFeatures: MaxFeatures
    /// A split must decrease weighted impurity by at least this much (≥ 0).
    public var minImpurityDecrease: Double
    /// scikit-learn's `random_state` (`0..<2³²`): orders the features visited at each split.
    public var seed: UInt64

    /// Creates a configuration; defaults are scikit-learn's.
    public init(maxDepth: Int? = nil, minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1,
                maxFeatures: MaxFeatures = .all, minImpurityDecrease: Double = 0, seed: UInt64 = 0) {
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.minImpurityDecrease = minImpurityDecrease
        self.seed = seed
    }

    /// Fits the tree; leaves predict the mean target of their samples.
    /// - Throws: `ModelError` for invalid hyper-parameters, shapes, or non-finite values.
    public func fit(_ x: FeatureMatrix, _ y: [Double]) throws -> FittedDecisionTreeRegressor {
        try FitInputValidation.checkRegression(x, y)
        let params = try CARTParameters(
            maxDepth: maxDepth, minSamplesSplit: minSamplesSplit, minSamplesLeaf: minSamplesLeaf,
            maxFeatures: maxFeatures, minImpurityDecrease: minImpurityDecrease, featureCount: x.columns)
        let builder = CARTBuilder(data: CARTFeatures(x.denseMatrix()), statistics: SquaredErrorStatistics(targets: y),
                                  params: params, weights: nil,
                                  random: try DecisionTreeClassifier.splitterRandom(seed: seed))
        return FittedDecisionTreeRegressor(tree: builder.build(), featureCount: x.columns)
    }
}

/// A fitted regression tree.
public struct FittedDecisionTreeRegressor: FittedRegressor, Codable {
    /// The fitted nodes; `values` holds each node's mean target.
    public let tree: TreeStructure
    /// Number of training features.
    public let featureCount: Int

    /// Wraps a grown tree.
    public init(tree: TreeStructure, featureCount: Int) {
        self.tree = tree
        self.featureCount = featureCount
    }

    /// The mean training target of the leaf each row reaches.
    /// - Precondition: `x` has `featureCount` columns.
    public func predict(_ x: FeatureMatrix) -> [Double] {
        let dense = x.denseMatrix()
        precondition(dense.columns == featureCount, "expected \(featureCount) features, got \(dense.columns)")
        return tree.apply(dense).map { tree.values[$0, 0] }
    }

    /// Mean decrease in squared error per feature, summing to 1.
    public var featureImportances: [Double] { tree.featureImportances(featureCount: featureCount) }
}
