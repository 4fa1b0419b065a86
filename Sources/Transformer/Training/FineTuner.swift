import Foundation
import LabCore

/// Trains a `BertClassifier` as Hugging Face's Trainer does: AdamW with weight decay on
/// weights only, linear warm-up and decay, gradient-norm clipping, seeded shuffling each
/// epoch, dynamic batches (packed: no padding work), evaluation each epoch and the best epoch kept by
/// validation accuracy. Deterministic for a seed: the same loss curve on rerun.
public final class FineTuner<S: TrainingScalar> {
    /// The model being trained (its trainable parameters change in place).
    public let model: BertClassifier<S>
    /// The run's hyper-parameters.
    public let options: FineTuneOptions

    /// Prepares a run; nothing is computed until `train`.
    /// - Throws: `TransformerError.invalidTrainingOption` for an unusable option.
    public init(model: BertClassifier<S>, options: FineTuneOptions) throws {
        try options.validate()
        self.model = model
        self.options = options
    }

    /// Steps in one epoch over `count` examples (the last partial batch kept), capped by `maxStepsPerEpoch`.
    public func stepsPerEpoch(examples count: Int) -> Int {
        let full = (count + options.batchSize - 1) / options.batchSize
        return options.maxStepsPerEpoch.map { min($0, full) } ?? full
    }

    /// Trains for `options.epochs` epochs, evaluating on `validation` after each one, and
    /// leaves the model holding the best epoch's weights.
    /// - Throws: `TransformerError` for invalid ids, labels or empty data.
    @_specialize(where S == Float)
    public func train(_ data: LabeledSequences, validation: LabeledSequences? = nil,
                      progress: ((FineTuneProgress) -> Void)? = nil) throws -> FineTuneResult {
        try check(data, name: "training")
        if let validation { try check(validation, name: "validation") }
        let perEpoch = stepsPerEpoch(examples: data.ids.count)
        let schedule = LinearSchedule(peak: options.learningRate, totalSteps: perEpoch * options.epochs,
                                      warmupRatio: options.warmupRatio)
        let optimizer = AdamW<S>(weightDecay: options.weightDecay)
        let trainable = model.trainableParameters
        let layerwise = LayerwiseRateDecay(decay: options.layerDecay, layerCount: model.layers.count)
        let rateScales = options.layerDecay < 1 ? trainable.map { layerwise.scale(of: $0.name) } : nil
        var records: [EpochRecord] = [], stepLosses: [Double] = []
        var best: (epoch: Int, accuracy: Double, weights: [[S]])?
        var globalStep = 0
        // The optimiser zeroes each gradient as it reads it, so only the first step needs this.
        for parameter in trainable { parameter.zeroGradient() }
        for epoch in 1...options.epochs {
            let started = Date()
            let batches = epochBatches(lengths: data.ids.map(\.count), epoch: epoch).prefix(perEpoch)
            var epochLoss = 0.0
            for (index, batchIndices) in batches.enumerated() {
                let ids = batchIndices.map { data.ids[$0] }, labels = batchIndices.map { data.labels[$0] }
                var dropout = SeededGenerator(seed: options.seed, stream: 0x1_0000_0000 + UInt64(globalStep))
                let loss = model.accumulateGradients(ids, labels: labels, training: true, smoothing: options.labelSmoothing,
                                                     generator: &dropout)
                let clip = clipCoefficient(norm: gradientNorm(trainable), maxNorm: options.maxGradNorm)
                optimizer.update(trainable, learningRate: schedule.rate(at: globalStep), rateScales: rateScales, gradientScale: clip,
                                 zeroingGradients: true)
                globalStep += 1
                epochLoss += loss
                stepLosses.append(loss)
                progress?(FineTuneProgress(epoch: epoch, step: index + 1, stepsPerEpoch: perEpoch, loss: loss,
                                           elapsed: Date().timeIntervalSince(started)))
            }
            let seconds = Date().timeIntervalSince(started)
            var record = EpochRecord(epoch: epoch, trainingLoss: epochLoss / Double(max(batches.count, 1)),
                                     validationLoss: nil, validationAccuracy: nil, seconds: seconds, steps: batches.count)
            if let validation {
                let score = evaluate(validation)
                record.validationLoss = score.loss
                record.validationAccuracy = score.accuracy
                if best == nil || score.accuracy > best!.accuracy {
                    best = (epoch, score.accuracy, trainable.map(\.values))
                }
            }
            records.append(record)
        }
        var bestEpoch = options.epochs
        if let best {
            bestEpoch = best.epoch
            for (parameter, values) in zip(trainable, best.weights) { parameter.values = values }
        }
        return FineTuneResult(epochs: records, bestEpoch: bestEpoch, stepLosses: stepLosses)
    }

    /// Mean cross-entropy (label-smoothed as in training, as the Trainer reports it) and accuracy over `data` in eval mode, in batches of `evalBatchSize`
    /// taken in order; a prediction is the first class of highest logit.
    @_specialize(where S == Float)
    public func evaluate(_ data: LabeledSequences) -> (loss: Double, accuracy: Double, predictions: [Int]) {
        var total = 0.0, correct = 0
        var predictions: [Int] = []
        for start in stride(from: 0, to: data.ids.count, by: options.evalBatchSize) {
            let end = min(start + options.evalBatchSize, data.ids.count)
            let ids = Array(data.ids[start..<end]), labels = Array(data.labels[start..<end])
            let result = model.loss(ids, labels: labels, smoothing: options.labelSmoothing)
            total += result.loss * Double(ids.count)
            for (row, label) in zip(result.logits, labels) {
                let predicted = row.indices.max { row[$0] < row[$1] } ?? 0
                predictions.append(predicted)
                if predicted == label { correct += 1 }
            }
        }
        let count = Double(max(data.ids.count, 1))
        return (total / count, Double(correct) / count, predictions)
    }

    /// The epoch's batches of example indices: a seeded shuffle, optionally grouped by length
    /// (mega-batches of 50 batches sorted longest first, as Hugging Face's `LengthGroupedSampler`).
    public func epochBatches(lengths: [Int], epoch: Int) -> [[Int]] {
        let count = lengths.count
        var order = Array(0..<count)
        var generator = SeededGenerator(seed: options.seed, stream: UInt64(epoch))
        generator.shuffle(&order)
        if options.groupByLength {
            let mega = 50 * options.batchSize
            order = stride(from: 0, to: count, by: mega).flatMap { start in
                order[start..<min(start + mega, count)].enumerated()
                    .sorted { (lengths[$0.element], -$0.offset) > (lengths[$1.element], -$1.offset) }
                    .map(\.element)
            }
        }
        return stride(from: 0, to: count, by: options.batchSize).map {
            Array(order[$0..<min($0 + options.batchSize, count)])
        }
    }

    private func check(_ data: LabeledSequences, name: String) throws {
        guard !data.ids.isEmpty else { throw TransformerError.invalidTrainingData("the \(name) set is empty") }
        guard data.ids.count == data.labels.count else {
            throw TransformerError.invalidTrainingData("the \(name) set has \(data.ids.count) sequences but \(data.labels.count) labels")
        }
        try model.validate(data.ids)
        if let index = data.labels.firstIndex(where: { $0 < 0 || $0 >= model.options.numLabels }) {
            throw TransformerError.labelOutOfRange(index: index, label: data.labels[index], numLabels: model.options.numLabels)
        }
    }
}
