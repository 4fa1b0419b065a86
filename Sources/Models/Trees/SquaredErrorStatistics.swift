/// Weighted target sums for regression trees (scikit-learn's `squared_error`).
///
/// Node impurity `Σw·y²/w − (Σw·y/w)²`; proxy `S_L²/w_L + S_R²/w_R`; node value the weighted mean.
final class SquaredErrorStatistics: CARTStatistics {
    let valueWidth = 1
    private let targets: UnsafeMutablePointer<Double>
    private var sumTotal = 0.0, squareTotal = 0.0
    private var sumLeft = 0.0, squareLeft = 0.0
    private(set) var weightedTotal = 0.0
    private(set) var weightedLeft = 0.0

    /// - Parameter y: target per training row.
    init(targets y: [Double]) {
        targets = .allocate(capacity: max(1, y.count))
        for (i, v) in y.enumerated() { targets[i] = v }
    }

    deinit { targets.deallocate() }

    func beginNode(rows: UnsafePointer<Int32>, count: Int, weights: UnsafePointer<Double>) {
        var w = 0.0, s = 0.0, sq = 0.0
        for k in 0..<count {
            let r = Int(rows[k])
            let wy = weights[r] * targets[r]
            w += weights[r]
            s += wy
            sq += wy * targets[r]
        }
        weightedTotal = w
        sumTotal = s
        squareTotal = sq
        resetLeft()
    }

    @inline(__always)
    func resetLeft() {
        sumLeft = 0
        squareLeft = 0
        weightedLeft = 0
    }

    @inline(__always)
    func moveLeft(row: Int, weight: Double) {
        let wy = weight * targets[row]
        sumLeft += wy
        squareLeft += wy * targets[row]
        weightedLeft += weight
    }

    @inline(__always)
    func proxyImprovement() -> Double {
        let sumRight = sumTotal - sumLeft
        return sumLeft * sumLeft / weightedLeft + sumRight * sumRight / (weightedTotal - weightedLeft)
    }

    func childImpurities() -> (left: Double, right: Double) {
        let wL = weightedLeft, wR = weightedTotal - weightedLeft
        let meanL = sumLeft / wL, meanR = (sumTotal - sumLeft) / wR
        return (squareLeft / wL - meanL * meanL, (squareTotal - squareLeft) / wR - meanR * meanR)
    }

    func nodeImpurity() -> Double {
        let mean = sumTotal / weightedTotal
        return squareTotal / weightedTotal - mean * mean
    }

    func writeNodeValue(_ destination: UnsafeMutablePointer<Double>) {
        destination[0] = sumTotal / weightedTotal
    }
}
