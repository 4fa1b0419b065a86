/// Running target statistics for CART's split search: totals of a node, and
/// the part of them that lies left of the current candidate split.
///
/// Implementations mirror scikit-learn's `Criterion` arithmetic so that the
/// same split wins; they are classes holding preallocated buffers, so the
/// search loop never allocates.
protocol CARTStatistics: AnyObject {
    /// Width of a node value (classes, or 1 for regression).
    var valueWidth: Int { get }
    /// Weighted size of the current node.
    var weightedTotal: Double { get }
    /// Weighted size of the left part.
    var weightedLeft: Double { get }
    /// Sets the node to the given rows with their weights; the left part is empty.
    func beginNode(rows: UnsafePointer<Int32>, count: Int, weights: UnsafePointer<Double>)
    /// Empties the left part.
    func resetLeft()
    /// Moves `row` (weight `weight`) from the right part to the left part.
    func moveLeft(row: Int, weight: Double)
    /// A quantity that orders candidate splits like the impurity decrease does.
    func proxyImprovement() -> Double
    /// Impurities of the left and right parts.
    func childImpurities() -> (left: Double, right: Double)
    /// Impurity of the whole node.
    func nodeImpurity() -> Double
    /// Writes the node value (`valueWidth` numbers) to `destination`.
    func writeNodeValue(_ destination: UnsafeMutablePointer<Double>)
}
