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
    /// LoRA adapters on some of the layer's linear layers (empty without LoRA).
    var adapters: [LoRAAdapter<S>] = []
    let hidden: Int, intermediateSize: Int

    init(prefix: String, hidden h: Int, intermediate i: Int) {
        hidden = h
        intermediateSize = i
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

    /// `(in, out)` features of the linear layer `target` names.
    func features(of target: LoRATarget) -> (in: Int, out: Int) {
        switch target {
        case .query, .key, .value, .attentionOutput: return (hidden, hidden)
        case .intermediate: return (hidden, intermediateSize)
        case .output: return (intermediateSize, hidden)
        }
    }

    /// The `[out, in]` weight of the linear layer `target` names (for query/key/value, its view into the fused block).
    func weight(of target: LoRATarget) -> Parameter<S> {
        if let block = target.fusedBlock { return projections[2 * block] }
        switch target {
        case .attentionOutput: return attentionOutput
        case .intermediate: return intermediate
        default: return output
        }
    }

    /// The adapters whose target `targets` accepts, with their slots in `adapters` (the tape's index for them).
    func adapters(on targets: (LoRATarget) -> Bool) -> [(slot: Int, adapter: LoRAAdapter<S>)] {
        adapters.enumerated().filter { targets($0.element.target) }.map { ($0.offset, $0.element) }
    }

    /// Whether any slice of the fused query/key/value block is trainable.
    var qkvTrainable: Bool { projections.contains { $0.isTrainable } }
}

/// One LoRA adapter: `Δ = scale · B · A` added to a linear layer, with dropout on its input.
final class LoRAAdapter<S: TrainingScalar> {
    let target: LoRATarget
    /// `lora_A.weight`, `[r, in]`.
    let a: Parameter<S>
    /// `lora_B.weight`, `[out, r]`.
    let b: Parameter<S>
    let scale: S
    let dropout: Double
    /// Input and output features of the adapted layer.
    let inFeatures: Int, outFeatures: Int

    init(target: LoRATarget, prefix: String, features: (in: Int, out: Int), options: LoRAOptions) {
        self.target = target
        let base = prefix + target.modulePath + "."
        inFeatures = features.in
        outFeatures = features.out
        a = Parameter(name: base + "lora_A.weight", shape: [options.rank, features.in])
        b = Parameter(name: base + "lora_B.weight", shape: [features.out, options.rank])
        scale = S(options.scale)
        dropout = options.dropout
    }

    /// The rank r.
    var rank: Int { a.shape[0] }

    /// `weight += scale · B · A` for the adapted layer's `[out, in]` weight.
    func merge(into weight: UnsafeMutablePointer<S>) {
        S.gemm(transposeA: false, transposeB: false, m: outFeatures, n: inFeatures, k: rank, alpha: scale,
               a: b.value, lda: rank, b: a.value, ldb: inFeatures, beta: 1, c: weight, ldc: inFeatures)
    }
}
