import Foundation

/// Weighted class counts for classification trees: Gini or entropy (bits).
///
/// Gini `1 − Σ c_k² / w²`, entropy `−Σ (c_k/w) log₂(c_k/w)`; the proxy is
/// `−w_R·imp_R − w_L·imp_L`, exactly as scikit-learn computes it.
final class ClassCountStatistics: CARTStatistics {
    let valueWidth: Int
    private let labels: UnsafeMutablePointer<Int32>
    private let total: UnsafeMutablePointer<Double>
    private let left: UnsafeMutablePointer<Double>
    private let useGini: Bool
    private(set) var weightedTotal = 0.0
    private(set) var weightedLeft = 0.0

    /// - Parameters:
    ///   - labels: class code per training row, in `0..<classCount`.
    ///   - criterion: the impurity.
    init(labels y: [Int], classCount: Int, criterion: SplitCriterion) {
        valueWidth = classCount
        useGini = criterion == .gini
        labels = .allocate(capacity: max(1, y.count))
        for (i, c) in y.enumerated() { labels[i] = Int32(c) }
        total = .allocate(capacity: classCount)
        left = .allocate(capacity: classCount)
        total.initialize(repeating: 0, count: classCount)
        left.initialize(repeating: 0, count: classCount)
    }

    deinit {
        labels.deallocate()
        total.deallocate()
        left.deallocate()
    }

    func beginNode(rows: UnsafePointer<Int32>, count: Int, weights: UnsafePointer<Double>) {
        total.update(repeating: 0, count: valueWidth)
        var w = 0.0
        for k in 0..<count {
            let r = Int(rows[k])
            total[Int(labels[r])] += weights[r]
            w += weights[r]
        }
        weightedTotal = w
        resetLeft()
    }

    @inline(__always)
    func resetLeft() {
        left.update(repeating: 0, count: valueWidth)
        weightedLeft = 0
    }

    @inline(__always)
    func moveLeft(row: Int, weight: Double) {
        left[Int(labels[row])] += weight
        weightedLeft += weight
    }

    @inline(__always)
    func proxyImprovement() -> Double {
        let (l, r) = childImpurities()
        return -(weightedTotal - weightedLeft) * r - weightedLeft * l
    }

    @inline(__always)
    func childImpurities() -> (left: Double, right: Double) {
        let wL = weightedLeft, wR = weightedTotal - weightedLeft
        if useGini {
            var sqL = 0.0, sqR = 0.0
            for c in 0..<valueWidth {
                let cl = left[c], cr = total[c] - left[c]
                sqL += cl * cl
                sqR += cr * cr
            }
            return (1.0 - sqL / (wL * wL), 1.0 - sqR / (wR * wR))
        }
        var eL = 0.0, eR = 0.0
        for c in 0..<valueWidth {
            let cl = left[c], cr = total[c] - left[c]
            if cl > 0 { let p = cl / wL; eL -= p * (Foundation.log(p) / Foundation.log(2.0)) }
            if cr > 0 { let p = cr / wR; eR -= p * (Foundation.log(p) / Foundation.log(2.0)) }
        }
        return (eL, eR)
    }

    func nodeImpurity() -> Double {
        let w = weightedTotal
        if useGini {
            var sq = 0.0
            for c in 0..<valueWidth { sq += total[c] * total[c] }
            return 1.0 - sq / (w * w)
        }
        var e = 0.0
        for c in 0..<valueWidth where total[c] > 0 {
            let p = total[c] / w
            e -= p * (Foundation.log(p) / Foundation.log(2.0))
        }
        return e
    }

    func writeNodeValue(_ destination: UnsafeMutablePointer<Double>) {
        for c in 0..<valueWidth { destination[c] = total[c] / weightedTotal }
    }
}
