import LabCore

extension BertClassifier {
    /// Checks that every sequence is non-empty, fits the position table and uses ids of the vocabulary.
    /// - Throws: `TransformerError.emptySequence` / `.sequenceTooLong` / `.tokenOutOfRange`.
    public func validate(_ ids: [[Int32]]) throws {
        for (index, sequence) in ids.enumerated() {
            guard !sequence.isEmpty else { throw TransformerError.emptySequence(index: index) }
            guard sequence.count <= config.maxPositionEmbeddings else {
                throw TransformerError.sequenceTooLong(index: index, length: sequence.count, maximum: config.maxPositionEmbeddings)
            }
            if let position = sequence.firstIndex(where: { $0 < 0 || Int($0) >= config.vocabSize }) {
                throw TransformerError.tokenOutOfRange(index: index, position: position, id: sequence[position], vocabSize: config.vocabSize)
            }
        }
    }

    /// The logits of each sequence (eval mode: no dropout), one row of `numLabels` per sequence.
    /// - Throws: as `validate`.
    @_specialize(where S == Float)
    public func logits(ids: [[Int32]], batchSize: Int = 64) throws -> [[S]] {
        try validate(ids)
        var generator = SeededGenerator(seed: 0)
        var rows: [[S]] = []
        rows.reserveCapacity(ids.count)
        let labels = options.numLabels
        for start in stride(from: 0, to: ids.count, by: max(batchSize, 1)) {
            let batch = Array(ids[start..<min(start + max(batchSize, 1), ids.count)])
            let out = forward(batch, training: false, generator: &generator)
            for b in 0..<batch.count { rows.append(Array(UnsafeBufferPointer(start: out + b * labels, count: labels))) }
        }
        return rows
    }

    /// One forward and backward pass over `batch` with `labels`: adds the gradient of the
    /// mean cross-entropy (label-smoothed by `smoothing`, see `crossEntropy`) to the
    /// trainable parameters' gradients and returns the loss.
    /// With `training`, dropout draws from `generator`. Ids and labels must be valid
    /// (`validate`, labels in `0..<numLabels`).
    @_specialize(where S == Float)
    public func accumulateGradients(_ batch: [[Int32]], labels: [Int], training: Bool, smoothing: Double = 0,
                                    generator: inout SeededGenerator) -> Double {
        _ = forward(batch, training: training, generator: &generator)
        let loss = crossEntropy(labels: labels, smoothing: smoothing)
        backward()
        return loss
    }

    /// Mean cross-entropy of `batch` in eval mode (label-smoothed by `smoothing`), without gradients.
    @_specialize(where S == Float)
    public func loss(_ batch: [[Int32]], labels: [Int], smoothing: Double = 0) -> (loss: Double, logits: [[S]]) {
        var generator = SeededGenerator(seed: 0)
        let out = forward(batch, training: false, generator: &generator)
        let loss = crossEntropy(labels: labels, smoothing: smoothing)
        let classes = options.numLabels
        return (loss, (0..<batch.count).map { Array(UnsafeBufferPointer(start: out + $0 * classes, count: classes)) })
    }

    /// Sets every parameter's gradient to zero.
    public func zeroGradients() {
        for parameter in parameters { parameter.zeroGradient() }
    }
}
