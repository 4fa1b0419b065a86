/// The parameters of one encoder layer, with query, key and value as slices of
/// one fused `[3H, H]` block so that the forward pass needs a single product.
final class TrainableLayer<S: TrainingScalar> {
    let qkvWeight: ParameterBlock<S>
    let qkvBias: ParameterBlock<S>
    /// Query, key, value weights and biases (views into the fused blocks), in that order.
    let projections: [Parameter<S>]
    let attentionOutput: Parameter<S>, attentionOutputBias: Parameter<S>
    let attentionNormScale: Parameter<S>, attentionNormShift: Parameter<S>
    let intermediate: Parameter<S>, intermediateBias: Parameter<S>
    let output: Parameter<S>, outputBias: Parameter<S>
    let outputNormScale: Parameter<S>, outputNormShift: Parameter<S>
    /// LoRA adapters on some of query/key/value (empty without LoRA).
    var adapters: [LoRAAdapter<S>] = []

    init(prefix: String, hidden h: Int, intermediate i: Int) {
        qkvWeight = ParameterBlock(count: 3 * h * h)
        qkvBias = ParameterBlock(count: 3 * h)
        var views: [Parameter<S>] = []
        for (index, part) in ["query", "key", "value"].enumerated() {
            views.append(Parameter(name: prefix + "attention.self.\(part).weight", shape: [h, h],
                                   block: qkvWeight, offset: index * h * h))
            views.append(Parameter(name: prefix + "attention.self.\(part).bias", shape: [h],
                                   block: qkvBias, offset: index * h))
        }
        projections = views
        attentionOutput = Parameter(name: prefix + "attention.output.dense.weight", shape: [h, h])
        attentionOutputBias = Parameter(name: prefix + "attention.output.dense.bias", shape: [h])
        attentionNormScale = Parameter(name: prefix + "attention.output.LayerNorm.weight", shape: [h])
        attentionNormShift = Parameter(name: prefix + "attention.output.LayerNorm.bias", shape: [h])
        intermediate = Parameter(name: prefix + "intermediate.dense.weight", shape: [i, h])
        intermediateBias = Parameter(name: prefix + "intermediate.dense.bias", shape: [i])
        output = Parameter(name: prefix + "output.dense.weight", shape: [h, i])
        outputBias = Parameter(name: prefix + "output.dense.bias", shape: [h])
        outputNormScale = Parameter(name: prefix + "output.LayerNorm.weight", shape: [h])
        outputNormShift = Parameter(name: prefix + "output.LayerNorm.bias", shape: [h])
    }

    /// The layer's own parameters in Hugging Face's order (adapters excluded).
    var parameters: [Parameter<S>] {
        projections + [attentionOutput, attentionOutputBias, attentionNormScale, attentionNormShift,
                       intermediate, intermediateBias, output, outputBias, outputNormScale, outputNormShift]
    }

    /// Whether any slice of the fused query/key/value block is trainable.
    var qkvTrainable: Bool { projections.contains { $0.isTrainable } }
}

/// One LoRA adapter: `Δ = scale · B · A` added to a projection, with dropout on its input.
final class LoRAAdapter<S: TrainingScalar> {
    let target: LoRATarget
    /// `lora_A.weight`, `[r, H]`.
    let a: Parameter<S>
    /// `lora_B.weight`, `[H, r]`.
    let b: Parameter<S>
    let scale: S
    let dropout: Double

    init(target: LoRATarget, prefix: String, hidden h: Int, options: LoRAOptions) {
        self.target = target
        let base = prefix + "attention.self.\(target.rawValue)."
        a = Parameter(name: base + "lora_A.weight", shape: [options.rank, h])
        b = Parameter(name: base + "lora_B.weight", shape: [h, options.rank])
        scale = S(options.scale)
        dropout = options.dropout
    }
}
