/// Resolved, validated growth limits for one CART tree.
struct CARTParameters: Sendable {
    /// Deepest allowed depth (`Int.max` for unlimited).
    var maxDepth: Int
    /// Fewest distinct samples a node needs to be split.
    var minSamplesSplit: Int
    /// Fewest distinct samples each child must keep.
    var minSamplesLeaf: Int
    /// Non-constant features to evaluate per node (`featureCount` = all).
    var maxFeatures: Int
    /// Smallest weighted impurity decrease that justifies a split.
    var minImpurityDecrease: Double

    /// Validates scikit-learn-style hyper-parameters and resolves `maxFeatures`.
    /// - Throws: `ModelError.invalidHyperParameter` naming the offending parameter.
    init(maxDepth: Int?, minSamplesSplit: Int, minSamplesLeaf: Int, maxFeatures: MaxFeatures,
         minImpurityDecrease: Double, featureCount: Int) throws {
        if let depth = maxDepth { try FitInputValidation.require("maxDepth", depth, atLeast: 1) }
        try FitInputValidation.require("minSamplesSplit", minSamplesSplit, atLeast: 2)
        try FitInputValidation.require("minSamplesLeaf", minSamplesLeaf, atLeast: 1)
        guard minImpurityDecrease >= 0, minImpurityDecrease.isFinite else {
            throw ModelError.invalidHyperParameter(
                name: "minImpurityDecrease", value: "\(minImpurityDecrease)", expected: "a finite number >= 0")
        }
        self.maxDepth = maxDepth ?? Int.max
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = try maxFeatures.resolved(featureCount: featureCount)
        self.minImpurityDecrease = minImpurityDecrease
    }
}
