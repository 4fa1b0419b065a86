import Foundation
import LabCore
import Testing
@testable import Transformer

/// A Float classifier on the tiny BERT (HF-initialised head) and a toy task:
/// label 1 when the first token is below 25.
private func toyRun(_ options: FineTuneOptions, lora: LoRAOptions? = nil, head: ClassifierHeadKind = .bert)
    throws -> (model: BertClassifier<Float>, tuner: FineTuner<Float>, train: LabeledSequences, validation: LabeledSequences) {
    let tiny = try TinyBert()
    defer { tiny.remove() }
    let model = try BertClassifier<Float>(config: TinyBert.config, options: ClassifierOptions(numLabels: 2, head: head),
                                          seed: options.seed) { tiny.tensors[$0]?.map(Float.init) }
    if let lora { try model.attachLoRA(lora, seed: options.seed) }
    func data(_ seed: UInt64, count: Int) -> LabeledSequences {
        var generator = SeededGenerator(seed: seed)
        let ids = TinyBert.sequences((0..<count).map { _ in 2 + generator.nextInt(below: 10) }, seed: seed)
        return LabeledSequences(ids: ids, labels: ids.map { $0[0] < 25 ? 1 : 0 })
    }
    return (model, try FineTuner(model: model, options: options), data(31, count: 48), data(32, count: 24))
}

private func toyOptions(epochs: Int = 4, seed: UInt64 = 0) -> FineTuneOptions {
    var options = FineTuneOptions()
    options.epochs = epochs
    options.learningRate = 3e-3
    options.batchSize = 8
    options.weightDecay = 0.01
    options.warmupRatio = 0.1
    options.seed = seed
    return options
}

@Test func fullFineTuningLowersTheTrainingLossAndKeepsTheBestEpoch() throws {
    var options = toyOptions(epochs: 10)
    options.learningRate = 1e-2
    let run = try toyRun(options)
    let result = try run.tuner.train(run.train, validation: run.validation)
    #expect(result.epochs.count == 10 && result.epochs.allSatisfy { $0.steps == 6 })
    #expect(result.epochs.last!.trainingLoss < result.epochs.first!.trainingLoss * 0.75)
    let accuracies = result.epochs.map { $0.validationAccuracy! }
    let best = accuracies.indices.first { accuracies[$0] == accuracies.max()! }! + 1
    #expect(result.bestEpoch == best)
    // The model holds the best epoch's weights afterwards.
    #expect(run.tuner.evaluate(run.validation).accuracy == accuracies[best - 1])
}

@Test func sameSeedGivesTheSameLossCurveAndAnotherSeedAnother() throws {
    let first = try toyRun(toyOptions(epochs: 2, seed: 3))
    let second = try toyRun(toyOptions(epochs: 2, seed: 3))
    let other = try toyRun(toyOptions(epochs: 2, seed: 4))
    let a = try first.tuner.train(first.train).stepLosses
    let b = try second.tuner.train(second.train).stepLosses
    let c = try other.tuner.train(other.train).stepLosses
    #expect(a == b)
    #expect(a != c)
    #expect(first.model.classifier.values == second.model.classifier.values)
}

@Test(arguments: ["query,value", "all-linear"])
func loraTrainsOnlyAdaptersAndHeadAndMergesToTheSameLogits(targets: String) throws {
    var options = toyOptions(epochs: 3)
    options.learningRate = 1e-2
    let lora = LoRAOptions(rank: 2, alpha: 4, dropout: 0.1, targets: targets.split(separator: ",").flatMap { LoRATarget.named(String($0))! })
    let run = try toyRun(options, lora: lora, head: .distilbert)
    let adaptedNames = lora.targets.map { "bert.encoder.layer.0.\($0.modulePath).weight" }
    let frozenBefore = adaptedNames.map { run.model.parameter(named: $0)!.values }
    let result = try run.tuner.train(run.train, validation: run.validation)
    #expect(result.epochs.last!.trainingLoss < result.epochs.first!.trainingLoss)
    #expect(adaptedNames.map { run.model.parameter(named: $0)!.values } == frozenBefore)
    let adapted = try run.model.logits(ids: run.validation.ids)
    run.model.mergeLoRA()
    for (name, before) in zip(adaptedNames, frozenBefore) { #expect(run.model.parameter(named: name)!.values != before, "\(name)") }
    #expect(run.model.parameters.allSatisfy { !$0.name.contains("lora") })
    let merged = try run.model.logits(ids: run.validation.ids)
    #expect(zip(adapted.joined(), merged.joined()).allSatisfy { abs($0 - $1) < 1e-4 })
}

@Test func trainableSummaryCountsLikePEFT() throws {
    let run = try toyRun(toyOptions(), lora: LoRAOptions(rank: 2, alpha: 4), head: .distilbert)
    // Adapters: 2 layers × (query, value) × (A [2,8] + B [8,2]) = 128; head: 8·8+8 + 2·8+2 = 90.
    // All: embeddings 624 + 2 layers × 600 + head 90 + adapters 128 = 2,042.
    #expect(run.model.trainableSummary == "trainable params: 218 || all params: 2,042 || trainable%: 10.6758")
}

@Test func weightDecaySkipsBiasesAndLayerNorm() throws {
    let run = try toyRun(toyOptions())
    let decaying = Set(run.model.parameters.filter(\.decays).map(\.name))
    #expect(decaying.contains("bert.embeddings.word_embeddings.weight"))
    #expect(decaying.contains("bert.encoder.layer.1.attention.self.key.weight"))
    #expect(decaying.contains("classifier.weight") && decaying.contains("bert.pooler.dense.weight"))
    #expect(!decaying.contains("bert.embeddings.LayerNorm.weight"))
    #expect(!decaying.contains("bert.encoder.layer.0.output.LayerNorm.weight"))
    #expect(!decaying.contains { $0.hasSuffix(".bias") })
    // With zero gradients AdamW only decays: weights shrink by (1 - lr·λ), biases stay.
    let weight = run.model.classifier, bias = run.model.classifierBias
    bias.values = [0.5, -0.5]
    run.model.zeroGradients()
    let before = weight.values
    AdamW<Float>(weightDecay: 0.1).update([weight, bias], learningRate: 0.5)
    #expect(zip(weight.values, before).allSatisfy { abs($0 - $1 * 0.95) < 1e-7 })
    #expect(bias.values == [0.5, -0.5])
}

@Test func adamFirstStepMovesEachWeightByTheLearningRate() {
    let parameter = Parameter<Double>(name: "w.bias", shape: [3])
    parameter.values = [1, 1, 1]
    parameter.grad.update(from: [0.3, -2, 1e-3], count: 3)
    AdamW<Double>().update([parameter], learningRate: 0.01)
    let expected = [1 - 0.01 * 0.3 / (0.3 + 1e-8), 1 + 0.01 * 2 / (2 + 1e-8), 1 - 0.01 * 1e-3 / (1e-3 + 1e-8)]
    #expect(zip(parameter.values, expected).allSatisfy { abs($0 - $1) < 1e-12 })
}

@Test func scheduleWarmsUpThenDecaysLinearlyToZero() {
    let schedule = LinearSchedule(peak: 1, totalSteps: 20, warmupRatio: 0.1)
    #expect(schedule.warmupSteps == 2)
    #expect([0, 1, 2, 11, 20].map(schedule.rate(at:)) == [0, 0.5, 1, 0.5, 0])
    #expect(LinearSchedule(peak: 2, totalSteps: 4, warmupRatio: 0).rate(at: 0) == 2)
}

@Test func clippingScalesTheGlobalNormToOne() {
    let a = Parameter<Double>(name: "a.weight", shape: [2]), b = Parameter<Double>(name: "b.weight", shape: [1])
    a.grad.update(from: [3, 0], count: 2)
    b.grad.update(from: [4], count: 1)
    #expect(clipGradientNorm([a, b], maxNorm: 1) == 5)
    #expect(abs(a.gradient[0] - 3 / (5 + 1e-6)) < 1e-12 && abs(b.gradient[0] - 4 / (5 + 1e-6)) < 1e-12)
    #expect(clipGradientNorm([a, b], maxNorm: 10) < 1.0001)
    #expect(abs(b.gradient[0] - 4 / (5 + 1e-6)) < 1e-12)
}

@Test func aBatchGivesEachSequenceTheLogitsItHasAloneAndBatchesAreShuffledPerEpoch() throws {
    let run = try toyRun(toyOptions())
    // Packed batches compute what padded, masked batches compute: no sequence sees another.
    let ids = TinyBert.sequences([3, 11, 1, 7, 24], seed: 51)
    let together = try run.model.logits(ids: ids, batchSize: 5)
    for (sequence, row) in zip(ids, together) {
        let alone = try run.model.logits(ids: [sequence], batchSize: 1)[0]
        #expect(zip(row, alone).allSatisfy { abs($0 - $1) < 1e-5 })
    }
    let lengths = run.train.ids.map(\.count)
    let first = run.tuner.epochBatches(lengths: lengths, epoch: 1), second = run.tuner.epochBatches(lengths: lengths, epoch: 2)
    #expect(first != second)
    #expect(first.joined().sorted() == Array(0..<48) && first.map(\.count) == [8, 8, 8, 8, 8, 8])
}

@Test func badLabelsAndOptionsAreTypedErrors() throws {
    let run = try toyRun(toyOptions())
    let bad = LabeledSequences(ids: run.train.ids, labels: run.train.labels.map { _ in 2 })
    #expect(throws: TransformerError.labelOutOfRange(index: 0, label: 2, numLabels: 2)) { try run.tuner.train(bad) }
    #expect(TransformerError.labelOutOfRange(index: 0, label: 2, numLabels: 2).description == "example 0 has label 2, outside 0..<2")
    var options = toyOptions()
    options.warmupRatio = 1.5
    #expect(throws: TransformerError.invalidTrainingOption(name: "warmup", reason: "must be a ratio in [0, 1]")) {
        try FineTuner(model: run.model, options: options)
    }
    options = toyOptions()
    options.labelSmoothing = 1
    #expect(throws: TransformerError.invalidTrainingOption(name: "label_smoothing", reason: "must be in [0, 1)")) {
        try FineTuner(model: run.model, options: options)
    }
    #expect(throws: TransformerError.invalidTrainingData("the training set has 48 sequences but 0 labels")) {
        try run.tuner.train(LabeledSequences(ids: run.train.ids, labels: []))
    }
}
