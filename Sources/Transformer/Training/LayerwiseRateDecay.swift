/// Layer-wise learning-rate decay, as ELECTRA (Clark et al., 2020) and BEiT's `layer_decay`
/// fine-tune: the head keeps the peak rate, the top encoder layer trains at `decay` times it,
/// the layer below at `decay²`, …, and the embeddings at `decay^(L+1)` for L layers. The lower
/// layers, which hold the most general features, move least.
public struct LayerwiseRateDecay: Equatable, Sendable {
    /// Factor between one layer's rate and the rate of the layer above it, in (0, 1].
    public var decay: Double
    /// Encoder layers L.
    public var layerCount: Int

    /// The decay `decay` over an encoder of `layerCount` layers.
    public init(decay: Double, layerCount: Int) {
        self.decay = decay
        self.layerCount = layerCount
    }

    /// 0 for the embeddings, i + 1 for `bert.encoder.layer.i.` (its LoRA adapters included),
    /// L + 1 for everything above the encoder (pooler, pre-classifier, classifier).
    public func depth(of name: String) -> Int {
        if name.hasPrefix("bert.embeddings.") { return 0 }
        let layerPrefix = "bert.encoder.layer."
        if name.hasPrefix(layerPrefix),
           let index = Int(name.dropFirst(layerPrefix.count).prefix { $0 != "." }), (0..<layerCount).contains(index) {
            return index + 1
        }
        return layerCount + 1
    }

    /// The multiplier of the peak rate for the tensor called `name`: `decay^(L + 1 - depth)`.
    public func scale(of name: String) -> Double {
        var result = 1.0
        for _ in 0..<(layerCount + 1 - depth(of: name)) { result *= decay }
        return result
    }
}
