/// The best split of a node.
struct CARTSplit {
    var feature: Int
    /// Number of the node's rows that go left (in the feature's sorted order).
    var position: Int
    var threshold: Double
    var impurityLeft = 0.0, impurityRight = 0.0
    var weightLeft = 0.0, weightRight = 0.0
}

/// scikit-learn's `FEATURE_THRESHOLD`: values closer than this count as equal.
private let featureThreshold = 1e-7

extension CARTBuilder {
    /// Finds the split with the largest proxy improvement among the features
    /// drawn for this node, porting scikit-learn's `node_split_best` feature
    /// loop: features are drawn without replacement by Fisher–Yates from the
    /// splitter's stream, known-constant features are skipped, and the first
    /// best split drawn wins ties. Returns the split (`nil` when none is valid)
    /// and the number of features now known to be constant.
    func bestSplit(start: Int, count: Int, cols: UnsafePointer<Double>,
                   knownConstants nKnown: Int) -> (CARTSplit?, Int) {
        var best: CARTSplit?
        var bestProxy = -Double.infinity
        var fI = d, nVisited = 0, nFound = 0, nDrawn = 0, nTotal = nKnown
        while fI > nTotal && (nVisited < params.maxFeatures || nVisited <= nFound + nDrawn) {
            nVisited += 1
            var fJ = random.int(nDrawn, fI - nFound)
            if fJ < nKnown {
                swapFeatures(nDrawn, fJ)
                nDrawn += 1
                continue
            }
            fJ += nFound
            if !evaluate(feature: features[fJ], start: start, count: count, cols: cols,
                         best: &best, bestProxy: &bestProxy) {
                swapFeatures(fJ, nTotal)
                nFound += 1
                nTotal += 1
                continue
            }
            fI -= 1
            swapFeatures(fI, fJ)
        }
        // Keep the known constants in their original order for siblings; record the new ones.
        features.update(from: constantFeatures, count: nKnown)
        (constantFeatures + nKnown).update(from: features + nKnown, count: nFound)
        return (finish(best, start: start), nTotal)
    }

    @inline(__always)
    private func swapFeatures(_ i: Int, _ j: Int) {
        let t = features[i]
        features[i] = features[j]
        features[j] = t
    }

    /// Fills in the children's impurities and weights of the chosen split.
    private func finish(_ best: CARTSplit?, start: Int) -> CARTSplit? {
        guard var split = best else { return nil }
        let seg = order + split.feature * m + start
        stats.resetLeft()
        for k in 0..<split.position {
            let r = Int(seg[k])
            stats.moveLeft(row: r, weight: weights[r])
        }
        (split.impurityLeft, split.impurityRight) = stats.childImpurities()
        split.weightLeft = stats.weightedLeft
        split.weightRight = stats.weightedTotal - stats.weightedLeft
        return split
    }

    /// Scans every threshold of feature `f` in the node; returns `false` when the
    /// feature is constant there (it then does not count as visited).
    @inline(__always)
    private func evaluate(feature f: Int, start: Int, count: Int, cols: UnsafePointer<Double>,
                          best: inout CARTSplit?, bestProxy: inout Double) -> Bool {
        let seg = order + f * m + start
        let col = cols + f * n
        if col[Int(seg[count - 1])] <= col[Int(seg[0])] + featureThreshold { return false }
        let minLeaf = params.minSamplesLeaf
        stats.resetLeft()
        var current = col[Int(seg[0])]
        for p in 0..<(count - 1) {
            let r = Int(seg[p])
            stats.moveLeft(row: r, weight: weights[r])
            let next = col[Int(seg[p + 1])]
            if next > current + featureThreshold {
                let nLeft = p + 1
                if nLeft >= minLeaf && count - nLeft >= minLeaf {
                    let proxy = stats.proxyImprovement()
                    if proxy > bestProxy {
                        bestProxy = proxy
                        best = CARTSplit(feature: f, position: nLeft, threshold: current / 2.0 + next / 2.0)
                    }
                }
            }
            current = next
        }
        return true
    }

    /// Reorders every other feature's segment stably so the left child's rows come first.
    func partition(start: Int, count: Int, split: CARTSplit) {
        let bestSeg = order + split.feature * m + start
        for k in 0..<count { goesLeft[Int(bestSeg[k])] = k < split.position }
        for g in 0..<d where g != split.feature {
            let seg = order + g * m + start
            var l = 0, r = 0
            for k in 0..<count {
                let row = seg[k]
                let isLeft = goesLeft[Int(row)] ? 1 : 0
                // Branch-free: write to both sides, advance one.
                seg[l] = row
                scratch[r] = row
                l &+= isLeft
                r &+= 1 &- isLeft
            }
            (seg + l).update(from: scratch, count: r)
        }
    }
}
