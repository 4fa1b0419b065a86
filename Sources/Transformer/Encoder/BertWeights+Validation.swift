/// Consistency checks of weights held in memory against a configuration.
extension BertWeights {
    /// Throws when any array's element count differs from what `config` implies, or the
    /// configuration itself is unusable, so that the forward pass never reads out of bounds.
    /// - Throws: `TransformerError.weightShape` (the name is the Hugging Face tensor name)
    ///   or `.invalidConfig`.
    public func validate(against config: BertConfig) throws {
        if let problem = config.problem { throw TransformerError.invalidConfig(path: "<in memory>", reason: problem) }
        let h = config.hiddenSize, i = config.intermediateSize
        func check(_ values: [Float], _ name: String, _ shape: [Int]) throws {
            guard values.count == shape.reduce(1, *) else {
                throw TransformerError.weightShape(name: name, expected: shape, actual: [values.count])
            }
        }
        try check(wordEmbeddings, "embeddings.word_embeddings.weight", [config.vocabSize, h])
        try check(positionEmbeddings, "embeddings.position_embeddings.weight", [config.maxPositionEmbeddings, h])
        try check(tokenTypeEmbeddings, "embeddings.token_type_embeddings.weight", [config.typeVocabSize, h])
        try check(embeddingNormScale, "embeddings.LayerNorm.weight", [h])
        try check(embeddingNormShift, "embeddings.LayerNorm.bias", [h])
        guard layers.count == config.numHiddenLayers else {
            throw TransformerError.weightShape(name: "encoder.layer", expected: [config.numHiddenLayers], actual: [layers.count])
        }
        for (index, layer) in layers.enumerated() {
            let p = "encoder.layer.\(index)."
            try check(layer.qkvWeight, p + "attention.self.{query,key,value}.weight", [3 * h, h])
            try check(layer.qkvBias, p + "attention.self.{query,key,value}.bias", [3 * h])
            try check(layer.attentionOutputWeight, p + "attention.output.dense.weight", [h, h])
            try check(layer.attentionOutputBias, p + "attention.output.dense.bias", [h])
            try check(layer.attentionNormScale, p + "attention.output.LayerNorm.weight", [h])
            try check(layer.attentionNormShift, p + "attention.output.LayerNorm.bias", [h])
            try check(layer.intermediateWeight, p + "intermediate.dense.weight", [i, h])
            try check(layer.intermediateBias, p + "intermediate.dense.bias", [i])
            try check(layer.outputWeight, p + "output.dense.weight", [h, i])
            try check(layer.outputBias, p + "output.dense.bias", [h])
            try check(layer.outputNormScale, p + "output.LayerNorm.weight", [h])
            try check(layer.outputNormShift, p + "output.LayerNorm.bias", [h])
        }
    }
}
