import LabCore

/// A CART decision tree classifier (scikit-learn's `DecisionTreeClassifier`
/// with the `best` splitter).
///
/// Splits at the midpoint of consecutive distinct sorted values, choosing the
/// largest weighted impurity decrease; leaves hold class fractions. Features
/// are visited in the order scikit-learn's splitter draws them for
/// `random_state=seed` (its MT19937 seeding and xorshift stream are
/// reproduced), so ties between equally good splits, and the features drawn
/// when `maxFeatures` is not `.all`, match scikit-learn's: the same seed grows
/// the same tree.
public struct DecisionTreeClassifier: Classifier {
    /// Impurity to minimise.
    public var criterion: SplitCriterion
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
    public init(criterion: SplitCriterion = .gini, maxDepth: Int? = nil, minSamplesSplit: Int = 2,
                minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .all, minImpurityDecrease: Double = 0,
                seed: UInt64 = 0) {
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.minImpurityDecrease = minImpurityDecrease
        self.seed = seed
    }

    /// Fits the tree. Sparse features are densified.
    /// - Throws: `ModelError` for invalid hyper-parameters, shapes, labels or non-finite features.
    /// - Complexity: O(d · n · depth).
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedDecisionTreeClassifier {
        try FitInputValidation.checkClassification(x, y, classCount: classCount)
        let params = try parameters(featureCount: x.columns)
        let data = CARTFeatures(x.denseMatrix())
        let tree = growTree(data: data, labels: y, classCount: classCount, params: params,
                            weights: nil, random: try DecisionTreeClassifier.splitterRandom(seed: seed))
        return FittedDecisionTreeClassifier(tree: tree, classCount: classCount, featureCount: x.columns)
    }

    /// Validated growth limits for `featureCount` columns.
    func parameters(featureCount: Int) throws -> CARTParameters {
        try CARTParameters(maxDepth: maxDepth, minSamplesSplit: minSamplesSplit, minSamplesLeaf: minSamplesLeaf,
                           maxFeatures: maxFeatures, minImpurityDecrease: minImpurityDecrease,
                           featureCount: featureCount)
    }

    /// scikit-learn's splitter stream for `random_state=seed`.
    /// - Throws: `ModelError.invalidHyperParameter` for a seed of 2³² or more (as scikit-learn).
    static func splitterRandom(seed: UInt64) throws -> SplitterRandom {
        guard let s = UInt32(exactly: seed) else {
            throw ModelError.invalidHyperParameter(
                name: "seed", value: "\(seed)", expected: "an integer in 0...4294967295")
        }
        return SplitterRandom(scikitLearnRandomState: s)
    }

    /// Grows one classification tree on prepared data (shared with the forest).
    func growTree(data: CARTFeatures, labels: [Int], classCount: Int, params: CARTParameters,
                  weights: [Double]?, random: SplitterRandom) -> TreeStructure {
        let stats = ClassCountStatistics(labels: labels, classCount: classCount, criterion: criterion)
        return CARTBuilder(data: data, statistics: stats, params: params, weights: weights, random: random).build()
    }
}
