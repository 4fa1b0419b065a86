import Dispatch
import Foundation
import LabCore

/// A random forest of CART trees (scikit-learn's `RandomForestClassifier`):
/// each tree grows on a bootstrap sample, drawing `maxFeatures` features per
/// split; probabilities are the mean of the trees' leaf class fractions.
///
/// Seed for seed as `RandomForestClassifier(random_state=seed)`: the forest's
/// NumPy `RandomState(seed)` draws one seed per tree with
/// `randint(np.iinfo(np.int32).max)`; tree `k`'s own `RandomState` draws its
/// bootstrap rows with `randint(0, n, n)` (counted into sample weights) and
/// then seeds the tree's splitter stream, exactly as scikit-learn's trees.
/// All seeds are drawn before any tree grows and probabilities are summed in
/// tree order, so the fitted forest and its predictions are bit-identical to
/// scikit-learn's whatever the number of threads.
public struct RandomForestClassifier: Classifier {
    /// Number of trees (≥ 1).
    public var nEstimators: Int
    /// Impurity each tree minimises.
    public var criterion: SplitCriterion
    /// Maximum tree depth; `nil` for fully grown trees.
    public var maxDepth: Int?
    /// Fewest samples a node needs to be split (≥ 2).
    public var minSamplesSplit: Int
    /// Fewest samples each leaf keeps (≥ 1).
    public var minSamplesLeaf: Int
    /// Features considered per split.
    public var maxFeatures: MaxFeatures
    /// A split must decrease weighted impurity by at least this much (≥ 0).
    public var minImpurityDecrease: Double
    /// Whether each tree sees a bootstrap sample (else all rows).
    public var bootstrap: Bool
    /// scikit-learn's `random_state` (`0...2³² − 1`).
    public var seed: UInt64
    /// Threads used to grow trees; `nil` for all active processors.
    public var nJobs: Int?
    /// Called with 1 after each tree is grown (from the growing threads); for progress display.
    public var onTreeGrown: (@Sendable (Int) -> Void)?

    /// Creates a configuration; defaults are scikit-learn's (`n_jobs` aside).
    public init(nEstimators: Int = 100, criterion: SplitCriterion = .gini, maxDepth: Int? = nil,
                minSamplesSplit: Int = 2, minSamplesLeaf: Int = 1, maxFeatures: MaxFeatures = .sqrt,
                minImpurityDecrease: Double = 0, bootstrap: Bool = true, seed: UInt64 = 0, nJobs: Int? = nil) {
        self.nEstimators = nEstimators
        self.criterion = criterion
        self.maxDepth = maxDepth
        self.minSamplesSplit = minSamplesSplit
        self.minSamplesLeaf = minSamplesLeaf
        self.maxFeatures = maxFeatures
        self.minImpurityDecrease = minImpurityDecrease
        self.bootstrap = bootstrap
        self.seed = seed
        self.nJobs = nJobs
    }

    /// Fits `nEstimators` trees in parallel.
    /// - Throws: `ModelError` for invalid hyper-parameters, shapes, labels or non-finite features.
    /// - Complexity: O(d · n) presort once, then O(nEstimators · d · n · depth) over the threads.
    public func fit(_ x: FeatureMatrix, _ y: [Int], classCount: Int) throws -> FittedRandomForestClassifier {
        try FitInputValidation.require("nEstimators", nEstimators, atLeast: 1)
        if let jobs = nJobs { try FitInputValidation.require("nJobs", jobs, atLeast: 1) }
        try FitInputValidation.checkClassification(x, y, classCount: classCount)
        let treeConfig = DecisionTreeClassifier(
            criterion: criterion, maxDepth: maxDepth, minSamplesSplit: minSamplesSplit,
            minSamplesLeaf: minSamplesLeaf, maxFeatures: maxFeatures, minImpurityDecrease: minImpurityDecrease,
            seed: seed)
        let params = try treeConfig.parameters(featureCount: x.columns)
        guard let forestSeed = UInt32(exactly: seed) else {
            throw ModelError.invalidHyperParameter(
                name: "seed", value: "\(seed)", expected: "an integer in 0...4294967295")
        }
        var forestRandom = NumPyRandomState(seed: forestSeed)
        let treeSeeds = (0..<nEstimators).map { _ in UInt32(forestRandom.randint(Int(Int32.max))) }
        let data = CARTFeatures(x.denseMatrix())
        let n = x.rows
        let count = nEstimators
        let workers = min(count, max(1, nJobs ?? ProcessInfo.processInfo.activeProcessorCount))
        let slots = UnsafeMutableBufferPointer<TreeStructure?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        let grow = { (k: Int) in
            var weights: [Double]?
            if self.bootstrap {
                var rng = NumPyRandomState(seed: treeSeeds[k])
                var w = [Double](repeating: 0, count: n)
                for _ in 0..<n { w[rng.randint(0, n)] += 1 }
                weights = w
            }
            let random = SplitterRandom(scikitLearnRandomState: treeSeeds[k])
            slots[k] = treeConfig.growTree(data: data, labels: y, classCount: classCount, params: params,
                                           weights: weights, random: random)
            self.onTreeGrown?(1)
        }
        if workers == 1 {
            for k in 0..<count { grow(k) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for k in stride(from: w, to: count, by: workers) { grow(k) }
            }
        }
        return FittedRandomForestClassifier(trees: slots.compactMap { $0 }, classCount: classCount,
                                            featureCount: x.columns)
    }
}
