/// A dense row-major tensor of `Float` values with its shape.
public struct FloatTensor: Equatable, Sendable {
    /// Dimensions, outermost first.
    public var shape: [Int]
    /// `shape.reduce(1, *)` values in row-major order.
    public var values: [Float]

    /// Creates a tensor; `values.count` must equal the product of `shape`.
    public init(shape: [Int], values: [Float]) {
        self.shape = shape
        self.values = values
    }
}
