/// A grow-only buffer reused from batch to batch, so a training step allocates
/// nothing once the longest batch has been seen.
final class ScratchBuffer<S: TrainingScalar> {
    private(set) var pointer: UnsafeMutablePointer<S>
    private(set) var capacity: Int

    init() {
        pointer = .allocate(capacity: 1)
        capacity = 0
    }

    deinit { pointer.deallocate() }

    /// Ensures room for `count` values and returns the start (contents unspecified).
    @discardableResult
    func reserve(_ count: Int) -> UnsafeMutablePointer<S> {
        if count > capacity {
            pointer.deallocate()
            pointer = .allocate(capacity: count)
            pointer.initialize(repeating: 0, count: count)
            capacity = count
        }
        return pointer
    }

    /// Ensures room for `count` values and sets them to zero.
    @discardableResult
    func zeroed(_ count: Int) -> UnsafeMutablePointer<S> {
        let start = reserve(count)
        start.update(repeating: 0, count: count)
        return start
    }
}

/// Activations of one layer kept for the backward pass.
final class LayerTape<S: TrainingScalar> {
    /// `[N, 3H]` fused query/key/value.
    let qkv = ScratchBuffer<S>()
    /// Attention probabilities per sequence and head (`Lᵦ × Lᵦ` each, packed), and the same after dropout.
    let probabilities = ScratchBuffer<S>(), droppedProbabilities = ScratchBuffer<S>()
    /// Attention dropout multipliers, laid out as the probabilities.
    let attentionMask = ScratchBuffer<S>()
    /// `[N, H]` attention context (heads concatenated).
    let context = ScratchBuffer<S>()
    /// `[N, H]` dropout multipliers after the attention output and after the feed-forward output.
    let attentionOutputMask = ScratchBuffer<S>(), outputMask = ScratchBuffer<S>()
    /// LayerNorm normalised inputs `[N, H]` and inverse deviations `[N]`.
    let attentionNormed = ScratchBuffer<S>(), attentionInverse = ScratchBuffer<S>()
    let outputNormed = ScratchBuffer<S>(), outputInverse = ScratchBuffer<S>()
    /// `[N, H]` output of the attention block (input of the feed-forward block).
    let attended = ScratchBuffer<S>()
    /// `[N, I]` feed-forward pre-activation and GELU output.
    let preActivation = ScratchBuffer<S>(), activation = ScratchBuffer<S>()
    /// Per adapter: dropped input `[N, H]`, its dropout multipliers `[N, H]` and `A·x` `[N, r]`.
    var adapterInputs: [ScratchBuffer<S>] = [], adapterMasks: [ScratchBuffer<S>] = [], adapterHidden: [ScratchBuffer<S>] = []

    func ensureAdapters(_ count: Int) {
        while adapterInputs.count < count {
            adapterInputs.append(ScratchBuffer()); adapterMasks.append(ScratchBuffer()); adapterHidden.append(ScratchBuffer())
        }
    }
}

/// Everything the forward pass of one batch keeps for its backward pass.
final class ForwardTape<S: TrainingScalar> {
    var ids: [[Int32]] = []
    var batchLengths: [Int] = []
    /// Row of each sequence's first token in the packed `[N, ·]` buffers (`B + 1` entries, last = N).
    var offsets: [Int] = [0]
    var dropping = false
    /// Hidden states entering each layer and leaving the last one: `layers + 1` buffers `[N, H]`.
    var hidden: [ScratchBuffer<S>] = []
    var layers: [LayerTape<S>] = []
    /// Embedding LayerNorm normalised input, inverse deviations and dropout multipliers.
    let embeddingNormed = ScratchBuffer<S>(), embeddingInverse = ScratchBuffer<S>(), embeddingMask = ScratchBuffer<S>()
    /// Head: `[CLS]` states `[B, H]`, dense activation `[B, H]`, its dropout multipliers, dropped activation, logits.
    let cls = ScratchBuffer<S>(), headActivation = ScratchBuffer<S>(), headMask = ScratchBuffer<S>()
    let headDropped = ScratchBuffer<S>(), logits = ScratchBuffer<S>()

    /// N: the tokens of the batch.
    var tokenCount: Int { offsets.last ?? 0 }

    /// Entries of the per-sequence, per-head attention matrices: `heads · Σ Lᵦ²`.
    func attentionCount(heads: Int) -> Int { heads * batchLengths.reduce(0) { $0 + $1 * $1 } }

    func prepare(layerCount: Int) {
        while hidden.count < layerCount + 1 { hidden.append(ScratchBuffer()) }
        while layers.count < layerCount { layers.append(LayerTape()) }
    }
}
