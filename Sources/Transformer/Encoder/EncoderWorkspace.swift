/// Work buffers reused across batches so the forward pass allocates nothing per layer.
///
/// Grows (never shrinks) to the largest batch seen: `rows` = sequences × padded length.
final class EncoderWorkspace {
    /// Hidden states, two buffers used alternately (current / next) `[rows, H]`.
    private(set) var hiddenA: UnsafeMutablePointer<Float>
    private(set) var hiddenB: UnsafeMutablePointer<Float>
    /// Stacked query/key/value projections `[rows, 3H]`.
    private(set) var qkv: UnsafeMutablePointer<Float>
    /// Attention context (heads concatenated) `[rows, H]`.
    private(set) var context: UnsafeMutablePointer<Float>
    /// Feed-forward activations `[rows, I]`.
    private(set) var intermediate: UnsafeMutablePointer<Float>
    /// Attention scores of one head `[T, T]`.
    private(set) var scores: UnsafeMutablePointer<Float>
    /// Additive key mask of one sequence `[T]`.
    private(set) var mask: UnsafeMutablePointer<Float>

    private let hiddenSize: Int
    private let intermediateSize: Int
    private var rowCapacity = 0
    private var lengthCapacity = 0

    init(hiddenSize: Int, intermediateSize: Int) {
        self.hiddenSize = hiddenSize
        self.intermediateSize = intermediateSize
        hiddenA = .allocate(capacity: 1)
        hiddenB = .allocate(capacity: 1)
        qkv = .allocate(capacity: 1)
        context = .allocate(capacity: 1)
        intermediate = .allocate(capacity: 1)
        scores = .allocate(capacity: 1)
        mask = .allocate(capacity: 1)
    }

    deinit { release() }

    /// Ensures room for `rows` token rows and sequences of up to `length` tokens.
    func reserve(rows: Int, length: Int) {
        if rows > rowCapacity {
            hiddenA.deallocate(); hiddenB.deallocate(); qkv.deallocate()
            context.deallocate(); intermediate.deallocate()
            hiddenA = Self.zeroed(rows * hiddenSize)
            hiddenB = Self.zeroed(rows * hiddenSize)
            qkv = Self.zeroed(rows * 3 * hiddenSize)
            context = Self.zeroed(rows * hiddenSize)
            intermediate = Self.zeroed(rows * intermediateSize)
            rowCapacity = rows
        }
        if length > lengthCapacity {
            scores.deallocate(); mask.deallocate()
            scores = Self.zeroed(length * length)
            mask = Self.zeroed(length)
            lengthCapacity = length
        }
    }

    private static func zeroed(_ count: Int) -> UnsafeMutablePointer<Float> {
        let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: max(count, 1))
        return pointer
    }

    private func release() {
        for pointer in [hiddenA, hiddenB, qkv, context, intermediate, scores, mask] { pointer.deallocate() }
    }
}
