/// Where one tensor lives in a safetensors file, as its header describes it.
public struct SafetensorsTensorInfo: Equatable, Sendable {
    /// The tensor's name (the header key).
    public let name: String
    /// Its element type.
    public let dtype: SafetensorsDType
    /// Its dimensions, outermost first (row-major).
    public let shape: [Int]
    /// Byte range `[begin, end)` relative to the start of the data section.
    public let dataOffsets: Range<Int>

    /// Number of elements: the product of `shape` (1 for a scalar).
    public var elementCount: Int { shape.reduce(1, *) }
}
