import Foundation
import LabCore
import Testing
@testable import Transformer

/// A Double-precision classifier on the tiny BERT, with head weights and biases large
/// enough that every gradient is well away from zero.
func tinyClassifier(head: ClassifierHeadKind = .bert, labels: Int = 3, dropout: Double = 0.1,
                    seed: UInt64 = 1, pooling: ClassifierPooling = .cls) throws -> BertClassifier<Double> {
    let model = try TinyBert()
    defer { model.remove() }
    let options = ClassifierOptions(numLabels: labels, head: head, hiddenDropout: dropout, attentionDropout: dropout,
                                    pooling: pooling)
    let classifier = try BertClassifier<Double>(config: TinyBert.config, options: options, seed: seed) { model.tensors[$0] }
    var generator = SeededGenerator(seed: 99)
    for parameter in classifier.headParameters {
        parameter.values = (0..<parameter.count).map { _ in generator.nextDouble() - 0.5 }
    }
    return classifier
}

/// The largest |analytic - central difference| / max(1, |analytic|) over a few coordinates of
/// every trainable parameter (its largest gradients plus seeded others), dropout masks fixed.
func worstGradientError(_ model: BertClassifier<Double>, batch: [[Int32]], labels: [Int],
                        smoothing: Double = 0) -> (error: Double, checked: Int) {
    func loss() -> Double {
        var generator = SeededGenerator(seed: 5)
        _ = model.forward(batch, training: true, generator: &generator)
        return model.crossEntropy(labels: labels, smoothing: smoothing)
    }
    model.zeroGradients()
    var generator = SeededGenerator(seed: 5)
    _ = model.accumulateGradients(batch, labels: labels, training: true, smoothing: smoothing, generator: &generator)
    var picker = SeededGenerator(seed: 17)
    var worst = 0.0, checked = 0
    let step = 1e-6
    for parameter in model.trainableParameters {
        let gradient = parameter.gradient
        let largest = gradient.indices.sorted { abs(gradient[$0]) > abs(gradient[$1]) }.prefix(3)
        let indices = Array(largest) + (0..<2).map { _ in picker.nextInt(below: parameter.count) }
        for index in indices {
            let original = parameter.value[index]
            parameter.value[index] = original + step
            let plus = loss()
            parameter.value[index] = original - step
            let minus = loss()
            parameter.value[index] = original
            let numeric = (plus - minus) / (2 * step)
            worst = max(worst, abs(numeric - gradient[index]) / max(1, abs(gradient[index])))
            checked += 1
        }
    }
    return (worst, checked)
}

private let gradientBatch = TinyBert.sequences([5, 3, 7, 1], seed: 21)

@Test func everyBertHeadGradientMatchesFiniteDifferencesWithDropout() throws {
    let model = try tinyClassifier(head: .bert)
    #expect(model.trainableParameters.count == 5 + 2 * 16 + 4)
    let result = worstGradientError(model, batch: gradientBatch, labels: [0, 2, 1, 2])
    #expect(result.checked > 200)
    #expect(result.error < 1e-8, "worst relative gradient error \(result.error)")
}

@Test func labelSmoothedGradientMatchesFiniteDifferences() throws {
    let model = try tinyClassifier(head: .bert)
    let result = worstGradientError(model, batch: gradientBatch, labels: [0, 2, 1, 2], smoothing: 0.1)
    #expect(result.checked > 200)
    #expect(result.error < 1e-8, "worst relative gradient error \(result.error)")
}

/// Hugging Face's `LabelSmoother`: `(1 - ε)·nll + ε·mean over classes of -log p`, averaged over the batch.
@Test func labelSmoothedLossIsTheLabelSmoothersMixOfNllAndTheMeanOverClasses() throws {
    let model = try tinyClassifier(head: .bert)
    let labels = [0, 2, 1, 2]
    let logits = try model.logits(ids: gradientBatch)
    let smoothing = 0.2
    var expected = 0.0
    for (row, label) in zip(logits, labels) {
        let logPartition = log(row.map { exp($0) }.reduce(0, +))
        let negativeLogs = row.map { logPartition - $0 }
        expected += (1 - smoothing) * negativeLogs[label] + smoothing * negativeLogs.reduce(0, +) / Double(row.count)
    }
    expected /= Double(labels.count)
    let plain = model.loss(gradientBatch, labels: labels).loss
    let smoothed = model.loss(gradientBatch, labels: labels, smoothing: smoothing).loss
    #expect(abs(smoothed - expected) < 1e-12, "\(smoothed) against \(expected)")
    #expect(abs(smoothed - plain) > 1e-3)
}

@Test func distilbertHeadGradientMatchesFiniteDifferences() throws {
    let model = try tinyClassifier(head: .distilbert, labels: 2)
    #expect(model.parameter(named: "pre_classifier.weight") != nil)
    let result = worstGradientError(model, batch: gradientBatch, labels: [1, 0, 0, 1])
    #expect(result.error < 1e-8, "worst relative gradient error \(result.error)")
}

@Test func meanPoolingGradientsMatchFiniteDifferencesForBothHeads() throws {
    for head in ClassifierHeadKind.allCases {
        let model = try tinyClassifier(head: head, labels: 2, pooling: .mean)
        let result = worstGradientError(model, batch: gradientBatch, labels: [0, 1, 1, 0])
        #expect(result.checked > 200)
        #expect(result.error < 1e-8, "\(head): worst relative gradient error \(result.error)")
    }
}

@Test func loraAdapterGradientsMatchFiniteDifferencesAndBaseIsFrozen() throws {
    let model = try tinyClassifier(head: .distilbert, labels: 2)
    try model.attachLoRA(LoRAOptions(rank: 2, alpha: 4, dropout: 0.1), seed: 3)
    var generator = SeededGenerator(seed: 8)
    for layer in model.layers {
        for adapter in layer.adapters { adapter.b.values = (0..<adapter.b.count).map { _ in generator.nextDouble() - 0.5 } }
    }
    let trainable = model.trainableParameters.map(\.name)
    #expect(trainable.contains("bert.encoder.layer.1.attention.self.value.lora_B.weight"))
    #expect(!trainable.contains { $0.contains("key.lora") })
    #expect(trainable.filter { $0.contains("lora_") }.count == 2 * 2 * 2)
    #expect(trainable.contains("pre_classifier.weight") && trainable.contains("classifier.bias"))
    #expect(!trainable.contains("bert.encoder.layer.0.attention.self.query.weight"))
    let result = worstGradientError(model, batch: gradientBatch, labels: [1, 0, 0, 1])
    #expect(result.error < 1e-8, "worst relative gradient error \(result.error)")
    // The frozen base accumulates no gradient.
    #expect(model.parameter(named: "bert.encoder.layer.0.intermediate.dense.weight")!.gradient.allSatisfy { $0 == 0 })
}

@Test func loraOnEveryLinearLayerGradientsMatchFiniteDifferences() throws {
    let model = try tinyClassifier(head: .bert, labels: 2)
    try model.attachLoRA(LoRAOptions(rank: 2, alpha: 4, dropout: 0.1, targets: LoRATarget.named("all-linear")!), seed: 3)
    var generator = SeededGenerator(seed: 8)
    for layer in model.layers {
        for adapter in layer.adapters { adapter.b.values = (0..<adapter.b.count).map { _ in generator.nextDouble() - 0.5 } }
    }
    let shapes = Dictionary(uniqueKeysWithValues: model.trainableParameters.map { ($0.name, $0.shape) })
    // Six adapted layers per layer; A is [r, in] and B [out, r] (intermediate 16, hidden 8).
    #expect(shapes.keys.filter { $0.contains("lora_") }.count == 2 * 6 * 2)
    #expect(shapes["bert.encoder.layer.1.output.dense.lora_A.weight"] == [2, 16])
    #expect(shapes["bert.encoder.layer.1.intermediate.dense.lora_B.weight"] == [16, 2])
    #expect(shapes["bert.encoder.layer.0.attention.output.dense.lora_A.weight"] == [2, 8])
    #expect(shapes["bert.encoder.layer.0.output.dense.weight"] == nil)
    let result = worstGradientError(model, batch: gradientBatch, labels: [1, 0, 0, 1])
    #expect(result.error < 1e-8, "worst relative gradient error \(result.error)")
    #expect(model.parameter(named: "bert.encoder.layer.0.output.dense.weight")!.gradient.allSatisfy { $0 == 0 })
}

@Test func loraTargetWordsNameLayersAndPEFTsGroups() {
    #expect(LoRATarget.named("dense") == [.attentionOutput, .intermediate, .output])
    #expect(LoRATarget.named("all-linear") == [.query, .key, .value, .attentionOutput, .intermediate, .output])
    #expect(LoRATarget.named("attention_output").map { $0.map(\.modulePath) } == ["attention.output.dense"])
    #expect(LoRATarget.named("pooler") == nil)
}

/// Eval logits equal a naive Double reference: the encoder, then the pooler on the `[CLS]`
/// state or on the mean of the token states, then the classifier.
@Test(arguments: ClassifierPooling.allCases)
func evalLogitsMatchTheNaiveReferenceForwardThroughThePooler(pooling: ClassifierPooling) throws {
    let tiny = try TinyBert()
    defer { tiny.remove() }
    let options = ClassifierOptions(numLabels: 2, pooling: pooling)
    let model = try BertClassifier<Double>(config: TinyBert.config, options: options, seed: 4) { tiny.tensors[$0] }
    let reference = NaiveBert(config: TinyBert.config, w: tiny.tensors)
    let ids = TinyBert.sequences([6, 2, 9], seed: 4)
    let logits = try model.logits(ids: ids)
    let dense = model.headDense.values, bias = model.headDenseBias.values
    let classifierWeight = model.classifier.values, classifierBias = model.classifierBias.values
    let h = TinyBert.config.hiddenSize
    for (sequence, row) in zip(ids, logits) {
        let states = reference.forward(sequence)
        let mean = (0..<h).map { j in states.reduce(0.0) { $0 + $1[j] } / Double(states.count) }
        // The [CLS] state and the mean differ, so the pooling in effect decides the logits.
        #expect(states.count > 1 && states[0] != mean)
        let read = pooling == .cls ? states[0] : mean
        let pooled = (0..<h).map { o in Foundation.tanh(bias[o] + (0..<h).reduce(0.0) { $0 + dense[o * h + $1] * read[$1] }) }
        let expected = (0..<2).map { c in classifierBias[c] + (0..<h).reduce(0.0) { $0 + classifierWeight[c * h + $1] * pooled[$1] } }
        #expect(zip(row, expected).allSatisfy { abs($0 - $1) < 1e-10 })
    }
}
