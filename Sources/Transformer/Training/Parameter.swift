/// Zero-initialised storage for values and their gradients, shared by the
/// parameters that view it (the fused query/key/value block holds three).
final class ParameterBlock<S: TrainingScalar> {
    let count: Int
    let value: UnsafeMutablePointer<S>
    let grad: UnsafeMutablePointer<S>

    init(count: Int) {
        self.count = count
        value = .allocate(capacity: max(count, 1))
        value.initialize(repeating: 0, count: max(count, 1))
        grad = .allocate(capacity: max(count, 1))
        grad.initialize(repeating: 0, count: max(count, 1))
    }

    deinit {
        value.deallocate()
        grad.deallocate()
    }
}

/// One named tensor of a trainable model, addressed by its Hugging Face name
/// (`bert.encoder.layer.0.attention.self.query.weight`, `classifier.bias`, …).
///
/// Values and gradients live in a `ParameterBlock`; a parameter may be a slice of a
/// larger block (query, key and value are slices of one fused `[3H, H]` block).
public final class Parameter<S: TrainingScalar> {
    /// The Hugging Face tensor name.
    public let name: String
    /// Dimensions, outermost first (linear weights are `[out, in]`).
    public let shape: [Int]
    /// Whether the optimiser updates this tensor (false for a frozen base under LoRA).
    public internal(set) var isTrainable: Bool
    /// Whether AdamW applies weight decay: every weight except biases and LayerNorm tensors.
    public let decays: Bool
    let block: ParameterBlock<S>
    let offset: Int

    init(name: String, shape: [Int], block: ParameterBlock<S>, offset: Int = 0) {
        self.name = name
        self.shape = shape
        self.block = block
        self.offset = offset
        self.isTrainable = true
        self.decays = !(name.hasSuffix(".bias") || name.contains("LayerNorm"))
    }

    /// A parameter with its own zeroed storage.
    convenience init(name: String, shape: [Int]) {
        self.init(name: name, shape: shape, block: ParameterBlock(count: shape.reduce(1, *)))
    }

    /// Number of elements.
    public var count: Int { shape.reduce(1, *) }
    /// Start of the values.
    var value: UnsafeMutablePointer<S> { block.value + offset }
    /// Start of the gradient (accumulated by the backward pass).
    var grad: UnsafeMutablePointer<S> { block.grad + offset }

    /// A copy of the values.
    public var values: [S] {
        get { Array(UnsafeBufferPointer(start: value, count: count)) }
        set {
            precondition(newValue.count == count, "\(name): expected \(count) values, got \(newValue.count)")
            value.update(from: newValue, count: count)
        }
    }

    /// A copy of the gradient.
    public var gradient: [S] { Array(UnsafeBufferPointer(start: grad, count: count)) }

    /// Sets the gradient to zero.
    func zeroGradient() { grad.update(repeating: 0, count: count) }
}
