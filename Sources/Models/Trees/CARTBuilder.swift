import LabCore

/// Grows one CART tree depth-first, exactly like scikit-learn's
/// `DepthFirstTreeBuilder` with the `best` splitter: nodes numbered in
/// pre-order, leaves when pure, too small or too deep.
///
/// Each feature's presorted row order is partitioned stably down the tree, so
/// a node's rows are contiguous and sorted in every feature without sorting.
/// Rows with weight 0 (not drawn by a bootstrap) are left out entirely.
/// - Complexity: O(d · n) per tree level, after the O(d · n) radix presort in `CARTFeatures`.
final class CARTBuilder<Statistics: CARTStatistics> {
    let data: CARTFeatures
    let stats: Statistics
    let params: CARTParameters
    var random: SplitterRandom
    /// Training rows, features, and active (weight > 0) rows.
    let n: Int, d: Int, m: Int
    let weights: UnsafeMutablePointer<Double>
    /// Per feature, the active rows of each node, contiguous and sorted: `order[f * m + k]`.
    let order: UnsafeMutablePointer<Int32>
    let goesLeft: UnsafeMutablePointer<Bool>
    let scratch: UnsafeMutablePointer<Int32>
    /// scikit-learn's `features` / `constant_features` arrays, carried from node to node.
    let features: UnsafeMutablePointer<Int>
    let constantFeatures: UnsafeMutablePointer<Int>

    /// - Parameters:
    ///   - weights: per-row sample weights (bootstrap counts); `nil` for all ones.
    ///   - random: the splitter's stream; it orders the features visited at each node.
    init(data: CARTFeatures, statistics: Statistics, params: CARTParameters,
         weights rowWeights: [Double]?, random: SplitterRandom) {
        self.data = data
        self.stats = statistics
        self.params = params
        self.random = random
        let n = data.rowCount, d = data.featureCount
        self.n = n
        self.d = d
        let w = UnsafeMutablePointer<Double>.allocate(capacity: max(1, n))
        let keep = UnsafeMutablePointer<Int>.allocate(capacity: max(1, n))
        defer { keep.deallocate() }
        var active = 0
        if let rw = rowWeights {
            for i in 0..<n {
                w[i] = rw[i]
                keep[i] = rw[i] > 0 ? 1 : 0
                active += keep[i]
            }
        } else {
            w.initialize(repeating: 1, count: max(1, n))
            keep.initialize(repeating: 1, count: max(1, n))
            active = n
        }
        // One extra slot: the branch-free filter below writes one past the last kept row.
        let ord = UnsafeMutablePointer<Int32>.allocate(capacity: d * active + 1)
        data.sortedRows.withUnsafeBufferPointer { sorted in
            guard let src = sorted.baseAddress else { return }
            var k = 0
            for i in 0..<(d * n) {
                let row = src[i]
                ord[k] = row
                k &+= keep[Int(row)]
            }
        }
        weights = w
        m = active
        order = ord
        goesLeft = .allocate(capacity: max(1, n))
        goesLeft.initialize(repeating: false, count: max(1, n))
        scratch = .allocate(capacity: max(1, m))
        features = .allocate(capacity: max(1, d))
        for f in 0..<d { features[f] = f }
        constantFeatures = .allocate(capacity: max(1, d))
        constantFeatures.initialize(repeating: 0, count: max(1, d))
    }

    deinit {
        weights.deallocate()
        order.deallocate()
        goesLeft.deallocate()
        scratch.deallocate()
        features.deallocate()
        constantFeatures.deallocate()
    }

    /// A node waiting on the stack.
    private struct Pending {
        var start: Int, end: Int, depth: Int, parent: Int, isLeft: Bool
        var impurity: Double
        /// `-1` when every feature's order holds this node contiguously; else the
        /// one feature that does (children of the deepest split are not partitioned).
        var validFeature: Int
        /// Features known to be constant here (`n_constant_features`).
        var constantCount: Int
    }

    /// Grows the tree.
    func build() -> TreeStructure {
        var left: [Int] = [], right: [Int] = [], feature: [Int] = [], threshold: [Double] = []
        var impurity: [Double] = [], counts: [Int] = [], weighted: [Double] = [], values: [Double] = []
        let width = stats.valueWidth
        let valueBuffer = UnsafeMutablePointer<Double>.allocate(capacity: width)
        defer { valueBuffer.deallocate() }
        var rootWeight = 0.0
        var stack = [Pending(start: 0, end: m, depth: 0, parent: -1, isLeft: false, impurity: .nan, validFeature: -1,
                             constantCount: 0)]
        data.columns.withUnsafeBufferPointer { colsBuffer in
            guard let cols = colsBuffer.baseAddress else { return }
            while let rec = stack.popLast() {
                let count = rec.end - rec.start
                let rows = order + max(rec.validFeature, 0) * m + rec.start
                stats.beginNode(rows: rows, count: count, weights: weights)
                var nodeImpurity = rec.impurity
                if rec.parent == -1 {
                    nodeImpurity = stats.nodeImpurity()
                    rootWeight = stats.weightedTotal
                }
                let nodeWeight = stats.weightedTotal
                stats.writeNodeValue(valueBuffer)
                var isLeaf = rec.depth >= params.maxDepth || count < params.minSamplesSplit
                    || count < 2 * params.minSamplesLeaf || nodeImpurity <= Double.ulpOfOne
                    || rec.validFeature >= 0
                var split: CARTSplit?
                var constants = rec.constantCount
                if !isLeaf {
                    (split, constants) = bestSplit(start: rec.start, count: count, cols: cols,
                                                   knownConstants: rec.constantCount)
                    if let s = split {
                        let improvement = (nodeWeight / rootWeight) * (nodeImpurity
                            - s.weightRight / nodeWeight * s.impurityRight
                            - s.weightLeft / nodeWeight * s.impurityLeft)
                        if improvement + Double.ulpOfOne < params.minImpurityDecrease { split = nil }
                    }
                    isLeaf = split == nil
                }
                let id = left.count
                if rec.parent >= 0 {
                    if rec.isLeft { left[rec.parent] = id } else { right[rec.parent] = id }
                }
                left.append(-1)
                right.append(-1)
                feature.append(split?.feature ?? -2)
                threshold.append(split?.threshold ?? -2)
                impurity.append(nodeImpurity)
                counts.append(count)
                weighted.append(nodeWeight)
                values.append(contentsOf: UnsafeBufferPointer(start: valueBuffer, count: width))
                guard let s = split else { continue }
                let childrenSplit = rec.depth + 1 < params.maxDepth
                if childrenSplit { partition(start: rec.start, count: count, split: s) }
                let valid = childrenSplit ? -1 : s.feature
                stack.append(Pending(start: rec.start + s.position, end: rec.end, depth: rec.depth + 1, parent: id,
                                     isLeft: false, impurity: s.impurityRight, validFeature: valid,
                                     constantCount: constants))
                stack.append(Pending(start: rec.start, end: rec.start + s.position, depth: rec.depth + 1, parent: id,
                                     isLeft: true, impurity: s.impurityLeft, validFeature: valid,
                                     constantCount: constants))
            }
        }
        return TreeStructure(
            childrenLeft: left, childrenRight: right, feature: feature, threshold: threshold,
            impurity: impurity, nodeSampleCounts: counts, weightedNodeSampleCounts: weighted,
            values: Matrix(rows: left.count, columns: width, values: values))
    }
}
