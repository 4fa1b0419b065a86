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
    /// `[B, heads, T, T]` attention probabilities, and the same after dropout.
    let probabilities = ScratchBuffer<S>(), droppedProbabilities = ScratchBuffer<S>()
    /// `[B, heads, T, T]` attention dropout multipliers.
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
    var length = 0
    var dropping = false
    /// Hidden states entering each layer and leaving the last one: `layers + 1` buffers `[N, H]`.
    var hidden: [ScratchBuffer<S>] = []
    var layers: [LayerTape<S>] = []
    /// Embedding LayerNorm normalised input, inverse deviations and dropout multipliers.
    let embeddingNormed = ScratchBuffer<S>(), embeddingInverse = ScratchBuffer<S>(), embeddingMask = ScratchBuffer<S>()
    /// Head: `[CLS]` states `[B, H]`, dense activation `[B, H]`, its dropout multipliers, dropped activation, logits.
    let cls = ScratchBuffer<S>(), headActivation = ScratchBuffer<S>(), headMask = ScratchBuffer<S>()
    let headDropped = ScratchBuffer<S>(), logits = ScratchBuffer<S>()

    func prepare(layerCount: Int) {
        while hidden.count < layerCount + 1 { hidden.append(ScratchBuffer()) }
        while layers.count < layerCount { layers.append(LayerTape()) }
    }
}
