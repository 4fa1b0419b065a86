/// Hyper-parameters of a fine-tuning run, named and defaulted as Hugging Face's `TrainingArguments`.
public struct FineTuneOptions: Equatable, Sendable {
    /// Passes over the training data.
    public var epochs: Int = 3
    /// Peak learning rate of AdamW.
    public var learningRate: Double = 5e-5
    /// Training sequences per step (the last batch of an epoch may be smaller).
    public var batchSize: Int = 16
    /// Sequences per evaluation batch.
    public var evalBatchSize: Int = 64
    /// Decoupled weight decay (not on biases or LayerNorm).
    public var weightDecay: Double = 0
    /// Fraction of all steps spent warming the rate up linearly from 0.
    public var warmupRatio: Double = 0
    /// Global gradient-norm clip.
    public var maxGradNorm: Double = 1
    /// Label smoothing ε of the cross-entropy (Hugging Face's `label_smoothing_factor`):
    /// the target puts 1 - ε on the label and ε spread evenly over every class.
    public var labelSmoothing: Double = 0
    /// Layer-wise learning-rate decay (`LayerwiseRateDecay`): each encoder layer trains at this
    /// factor times the rate of the layer above it; 1 (the Trainer's behaviour) trains all alike.
    public var layerDecay: Double = 1
    /// Seed of shuffling, dropout and new weights.
    public var seed: UInt64 = 0
    /// Group sequences of similar length into batches (Hugging Face's `group_by_length`).
    public var groupByLength: Bool = false
    /// Stop each epoch after this many steps (benchmarks and debugging); nil runs whole epochs.
    public var maxStepsPerEpoch: Int? = nil

    /// The Trainer's defaults.
    public init() {}

    /// The first unusable option, as a typed error.
    public func validate() throws {
        func fail(_ name: String, _ reason: String) -> TransformerError { .invalidTrainingOption(name: name, reason: reason) }
        if epochs < 1 { throw fail("epochs", "must be at least 1, got \(epochs)") }
        if !(learningRate > 0) || !learningRate.isFinite { throw fail("lr", "must be a positive number") }
        if batchSize < 1 { throw fail("batch", "must be at least 1, got \(batchSize)") }
        if evalBatchSize < 1 { throw fail("eval_batch", "must be at least 1, got \(evalBatchSize)") }
        if !(weightDecay >= 0) || !weightDecay.isFinite { throw fail("weight_decay", "must be a non-negative number") }
        if !(warmupRatio >= 0 && warmupRatio <= 1) { throw fail("warmup", "must be a ratio in [0, 1]") }
        if !(labelSmoothing >= 0 && labelSmoothing < 1) { throw fail("label_smoothing", "must be in [0, 1)") }
        if !(layerDecay > 0 && layerDecay <= 1) { throw fail("layer_decay", "must be in (0, 1]") }
        if !(maxGradNorm > 0) { throw fail("max_grad_norm", "must be positive") }
        if let steps = maxStepsPerEpoch, steps < 1 { throw fail("max_steps", "must be at least 1") }
    }
}

/// Token ids of sequences (special tokens included) with their class labels.
public struct LabeledSequences: Sendable {
    /// One id sequence per example.
    public var ids: [[Int32]]
    /// One label in `0..<numLabels` per example.
    public var labels: [Int]

    /// Pairs `ids` with `labels` (same count, checked by the trainer).
    public init(ids: [[Int32]], labels: [Int]) {
        self.ids = ids
        self.labels = labels
    }
}

/// One row of the per-epoch table.
public struct EpochRecord: Equatable, Sendable {
    /// 1-based epoch.
    public var epoch: Int
    /// Mean training loss over the epoch's steps.
    public var trainingLoss: Double
    /// Mean validation cross-entropy (nil without validation data).
    public var validationLoss: Double?
    /// Validation accuracy (nil without validation data).
    public var validationAccuracy: Double?
    /// Wall-clock seconds of the epoch's training steps (evaluation excluded).
    public var seconds: Double
    /// Optimisation steps taken in the epoch.
    public var steps: Int
}

/// What a fine-tuning run produced.
public struct FineTuneResult: Sendable {
    /// One record per epoch.
    public var epochs: [EpochRecord]
    /// The epoch whose weights the model holds at the end: the best by validation
    /// accuracy (earliest on ties), or the last without validation data.
    public var bestEpoch: Int
    /// The loss of every optimisation step, in order.
    public var stepLosses: [Double]
}

/// Progress of a run, reported after every step.
public struct FineTuneProgress: Sendable {
    public var epoch: Int
    public var step: Int
    public var stepsPerEpoch: Int
    public var loss: Double
    /// Seconds since the epoch started.
    public var elapsed: Double
}
