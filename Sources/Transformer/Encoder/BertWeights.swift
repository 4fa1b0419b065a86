/// The weights of one post-LayerNorm BERT layer, row-major, linear weights as `[out, in]`.
public struct BertLayerWeights: Sendable {
    /// Query, key and value weights stacked: `[3H, H]` (rows 0..<H query, H..<2H key, 2H..<3H value).
    public var qkvWeight: [Float]
    /// Query, key and value biases stacked: `[3H]`.
    public var qkvBias: [Float]
    /// Attention output projection `[H, H]`.
    public var attentionOutputWeight: [Float]
    /// Attention output bias `[H]`.
    public var attentionOutputBias: [Float]
    /// Scale `[H]` of the LayerNorm after the attention residual.
    public var attentionNormScale: [Float]
    /// Shift `[H]` of the LayerNorm after the attention residual.
    public var attentionNormShift: [Float]
    /// Feed-forward expansion `[I, H]`.
    public var intermediateWeight: [Float]
    /// Feed-forward expansion bias `[I]`.
    public var intermediateBias: [Float]
    /// Feed-forward contraction `[H, I]`.
    public var outputWeight: [Float]
    /// Feed-forward contraction bias `[H]`.
    public var outputBias: [Float]
    /// Scale `[H]` of the LayerNorm after the feed-forward residual.
    public var outputNormScale: [Float]
    /// Shift `[H]` of the LayerNorm after the feed-forward residual.
    public var outputNormShift: [Float]
}

/// All weights of a BERT encoder (Hugging Face `BertModel` layout, pooler excluded).
public struct BertWeights: Sendable {
    /// Word embeddings `[V, H]`.
    public var wordEmbeddings: [Float]
    /// Absolute position embeddings `[P, H]`.
    public var positionEmbeddings: [Float]
    /// Token-type embeddings `[types, H]` (row 0 is used).
    public var tokenTypeEmbeddings: [Float]
    /// Embedding LayerNorm scale `[H]`.
    public var embeddingNormScale: [Float]
    /// Embedding LayerNorm shift `[H]`.
    public var embeddingNormShift: [Float]
    /// The transformer layers, first to last.
    public var layers: [BertLayerWeights]

    /// Reads the weights named as Hugging Face's `BertModel` (optionally prefixed `bert.`)
    /// and checks every shape against `config`.
    /// - Throws: `TransformerError.missingWeight` / `.weightShape`, or a wrapped `SafetensorsError`.
    public static func load(from file: SafetensorsFile, config: BertConfig) throws -> BertWeights {
        let prefix = file.info("embeddings.word_embeddings.weight") == nil
            && file.info("bert.embeddings.word_embeddings.weight") != nil ? "bert." : ""
        let h = config.hiddenSize, i = config.intermediateSize
        func tensor(_ name: String, _ shape: [Int], alternative: String? = nil) throws -> [Float] {
            var full = prefix + name
            if file.info(full) == nil, let alternative { full = prefix + alternative }
            guard file.info(full) != nil else { throw TransformerError.missingWeight(prefix + name) }
            let loaded: FloatTensor
            do { loaded = try file.floatTensor(full) } catch let error as SafetensorsError {
                throw TransformerError.safetensors(error)
            }
            guard loaded.shape == shape else {
                throw TransformerError.weightShape(name: full, expected: shape, actual: loaded.shape)
            }
            return loaded.values
        }
        func norm(_ base: String) throws -> ([Float], [Float]) {
            (try tensor(base + ".weight", [h], alternative: base + ".gamma"),
             try tensor(base + ".bias", [h], alternative: base + ".beta"))
        }
        let embeddingNorm = try norm("embeddings.LayerNorm")
        var layers: [BertLayerWeights] = []
        for index in 0..<config.numHiddenLayers {
            let base = "encoder.layer.\(index)."
            let attentionNorm = try norm(base + "attention.output.LayerNorm")
            let outputNorm = try norm(base + "output.LayerNorm")
            layers.append(BertLayerWeights(
                qkvWeight: try tensor(base + "attention.self.query.weight", [h, h])
                    + tensor(base + "attention.self.key.weight", [h, h])
                    + tensor(base + "attention.self.value.weight", [h, h]),
                qkvBias: try tensor(base + "attention.self.query.bias", [h])
                    + tensor(base + "attention.self.key.bias", [h])
                    + tensor(base + "attention.self.value.bias", [h]),
                attentionOutputWeight: try tensor(base + "attention.output.dense.weight", [h, h]),
                attentionOutputBias: try tensor(base + "attention.output.dense.bias", [h]),
                attentionNormScale: attentionNorm.0, attentionNormShift: attentionNorm.1,
                intermediateWeight: try tensor(base + "intermediate.dense.weight", [i, h]),
                intermediateBias: try tensor(base + "intermediate.dense.bias", [i]),
                outputWeight: try tensor(base + "output.dense.weight", [h, i]),
                outputBias: try tensor(base + "output.dense.bias", [h]),
                outputNormScale: outputNorm.0, outputNormShift: outputNorm.1))
        }
        return BertWeights(
            wordEmbeddings: try tensor("embeddings.word_embeddings.weight", [config.vocabSize, h]),
            positionEmbeddings: try tensor("embeddings.position_embeddings.weight", [config.maxPositionEmbeddings, h]),
            tokenTypeEmbeddings: try tensor("embeddings.token_type_embeddings.weight", [config.typeVocabSize, h]),
            embeddingNormScale: embeddingNorm.0, embeddingNormShift: embeddingNorm.1,
            layers: layers)
    }
}
