import LabCore
import Testing
@testable import Transformer

// Layer-wise learning-rate decay: the head at the peak rate, each encoder layer `decay` times
// the rate of the layer above it, the embeddings lowest.

@Test func eachLayerTrainsAtDecayTimesTheRateOfTheLayerAboveIt() {
    let layerwise = LayerwiseRateDecay(decay: 0.5, layerCount: 6)
    #expect(layerwise.scale(of: "classifier.weight") == 1)
    #expect(layerwise.scale(of: "bert.pooler.dense.bias") == 1)
    #expect(layerwise.scale(of: "pre_classifier.weight") == 1)
    #expect(layerwise.scale(of: "bert.encoder.layer.5.output.dense.weight") == 0.5)
    #expect(layerwise.scale(of: "bert.encoder.layer.4.attention.self.query.lora_A.weight") == 0.25)
    #expect(layerwise.scale(of: "bert.encoder.layer.0.attention.output.LayerNorm.weight") == 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5)
    #expect(layerwise.scale(of: "bert.embeddings.word_embeddings.weight") == 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5 * 0.5)
    // A layer index the encoder does not have is not an encoder layer.
    #expect(layerwise.depth(of: "bert.encoder.layer.6.output.dense.weight") == 7)
    #expect(LayerwiseRateDecay(decay: 1, layerCount: 6).scale(of: "bert.embeddings.LayerNorm.bias") == 1)
}

@Test func aRateScaleUpdatesAParameterAsIfItsOwnRateHadBeenGiven() {
    func parameter(_ name: String) -> Parameter<Float> {
        let p = Parameter<Float>(name: name, shape: [21])
        p.values = (0..<21).map { Float($0) * 0.1 - 1 }
        p.grad.update(from: (0..<21).map { Float($0 % 5) * 0.01 - 0.02 }, count: 21)
        return p
    }
    let together = [parameter("a.weight"), parameter("b.weight")]
    let alone = [parameter("a.weight"), parameter("b.weight")]
    AdamW<Float>(weightDecay: 0.1).update(together, learningRate: 0.01, rateScales: [1, 0.25])
    AdamW<Float>(weightDecay: 0.1).update([alone[0]], learningRate: 0.01)
    AdamW<Float>(weightDecay: 0.1).update([alone[1]], learningRate: 0.01 * 0.25)
    #expect(together[0].values == alone[0].values)
    #expect(together[1].values == alone[1].values)
    #expect(together[1].values != together[0].values)
}

@Test func aTinyLayerDecayLeavesTheEmbeddingsAsPretrainedWhileTheHeadTrains() throws {
    let tiny = try TinyBert()
    defer { tiny.remove() }
    let model = try BertClassifier<Float>(config: TinyBert.config, options: ClassifierOptions(numLabels: 2), seed: 0) {
        tiny.tensors[$0]?.map(Float.init)
    }
    var options = FineTuneOptions()
    options.epochs = 2
    options.learningRate = 1e-2
    options.batchSize = 4
    options.layerDecay = 1e-4
    let ids = TinyBert.sequences([3, 5, 7, 4, 6, 8, 3, 5], seed: 9)
    let embeddings = model.trainableParameters.first { $0.name == "bert.embeddings.word_embeddings.weight" }!
    let before = embeddings.values, classifierBefore = model.classifier.values
    _ = try FineTuner(model: model, options: options).train(LabeledSequences(ids: ids, labels: ids.map { Int($0[1] % 2) }))
    let moved = zip(before, embeddings.values).map { abs($0 - $1) }.max() ?? 0
    #expect(moved < 1e-6)
    #expect(zip(classifierBefore, model.classifier.values).contains { abs($0 - $1) > 1e-3 })
}

@Test func aLayerDecayOutsideZeroToOneIsATypedError() throws {
    let tiny = try TinyBert()
    defer { tiny.remove() }
    let model = try BertClassifier<Float>(config: TinyBert.config, options: ClassifierOptions(numLabels: 2), seed: 0) {
        tiny.tensors[$0]?.map(Float.init)
    }
    for decay in [0, 1.5, .nan] {
        var options = FineTuneOptions()
        options.layerDecay = decay
        #expect(throws: TransformerError.invalidTrainingOption(name: "layer_decay", reason: "must be in (0, 1]")) {
            try FineTuner(model: model, options: options)
        }
    }
    #expect(TransformerError.invalidTrainingOption(name: "layer_decay", reason: "must be in (0, 1]").description.contains("layer_decay"))
}
