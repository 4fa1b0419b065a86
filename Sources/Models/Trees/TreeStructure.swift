import LabCore

/// A fitted binary tree stored as parallel node arrays, laid out like
/// scikit-learn's `tree_` (nodes in depth-first pre-order, root at 0).
///
/// A sample goes left at node `i` when `x[feature[i]] <= threshold[i]`, the
/// feature value first rounded to `Float` as scikit-learn does. Leaves have
/// `childrenLeft == childrenRight == -1` and `feature == threshold == -2`.
public struct TreeStructure: Equatable, Sendable, Codable {
    /// Left child of each node, `-1` for a leaf.
    public var childrenLeft: [Int]
    /// Right child of each node, `-1` for a leaf.
    public var childrenRight: [Int]
    /// Split feature of each node, `-2` for a leaf.
    public var feature: [Int]
    /// Split threshold of each node, `-2` for a leaf.
    public var threshold: [Double]
    /// Impurity of each node (Gini, entropy in bits, or mean squared error).
    public var impurity: [Double]
    /// Distinct training samples reaching each node (`n_node_samples`).
    public var nodeSampleCounts: [Int]
    /// Weighted training samples reaching each node (bootstrap counts in a forest).
    public var weightedNodeSampleCounts: [Double]
    /// `nodeCount × width` node values: class fractions (classification) or the mean target (regression).
    public var values: Matrix

    /// Number of nodes.
    public var nodeCount: Int { childrenLeft.count }

    /// Number of leaves.
    public var leafCount: Int { childrenLeft.reduce(0) { $0 + ($1 == -1 ? 1 : 0) } }

    /// Depth of the deepest leaf (0 for a single leaf).
    public var depth: Int {
        var depths = [Int](repeating: 0, count: nodeCount)
        var deepest = 0
        for i in 0..<nodeCount where childrenLeft[i] != -1 {
            depths[childrenLeft[i]] = depths[i] + 1
            depths[childrenRight[i]] = depths[i] + 1
            deepest = max(deepest, depths[i] + 1)
        }
        return deepest
    }

    /// The leaf reached by the row starting at `row[0]`.
    /// - Complexity: O(depth).
    @inline(__always)
    func leaf(of row: UnsafePointer<Double>) -> Int {
        var node = 0
        while childrenLeft[node] != -1 {
            let v = Double(Float(row[feature[node]]))
            node = v <= threshold[node] ? childrenLeft[node] : childrenRight[node]
        }
        return node
    }

    /// The leaf index reached by each row of `x` (scikit-learn's `apply`).
    /// - Precondition: `x` has at least as many columns as the training data.
    public func apply(_ x: Matrix) -> [Int] {
        x.values.withUnsafeBufferPointer { buf in
            (0..<x.rows).map { i in
                guard let base = buf.baseAddress else { return 0 }
                return leaf(of: base + i * x.columns)
            }
        }
    }

    /// Impurity-based feature importances (mean decrease in impurity),
    /// normalised to sum to 1 unless the tree is a single leaf.
    ///
    /// `importance[f] = Σ_{nodes split on f} (w·imp − w_L·imp_L − w_R·imp_R) / w_root`.
    public func featureImportances(featureCount: Int) -> [Double] {
        var importances = [Double](repeating: 0, count: featureCount)
        for i in 0..<nodeCount where childrenLeft[i] != -1 {
            let l = childrenLeft[i], r = childrenRight[i]
            importances[feature[i]] += weightedNodeSampleCounts[i] * impurity[i]
                - weightedNodeSampleCounts[l] * impurity[l] - weightedNodeSampleCounts[r] * impurity[r]
        }
        guard let root = weightedNodeSampleCounts.first, root > 0 else { return importances }
        for f in 0..<featureCount { importances[f] /= root }
        let total = importances.reduce(0, +)
        if total > 0 { for f in 0..<featureCount { importances[f] /= total } }
        return importances
    }
}
