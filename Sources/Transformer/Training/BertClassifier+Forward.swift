import LabCore

extension BertClassifier {
    /// The logits `[B, labels]` of `batch`, keeping every activation in the tape for
    /// `backward`. With `training`, dropout multipliers are drawn from `generator`
    /// (embeddings, attention probabilities, attention output, feed-forward output,
    /// LoRA inputs and the head, in that order); without it, dropout is the identity.
    ///
    /// The sequences are packed: row `offsets[b] + t` holds token `t` of sequence `b`, and
    /// attention runs per sequence over its own tokens. This computes exactly what a padded
    /// batch with masked keys computes (Hugging Face's dynamic padding), without the padding's work.
    /// Ids must be valid (non-empty, in the vocabulary, within the position table).
    /// Complexity per layer: O(N·H·(4H + 2I)) in `gemm` plus O(Σ Lᵦ²·H) attention, N = Σ Lᵦ.
    func forward(_ batch: [[Int32]], training: Bool, generator: inout SeededGenerator) -> UnsafeMutablePointer<S> {
        tape.prepare(layerCount: layers.count)
        tape.ids = batch
        tape.batchLengths = batch.map(\.count)
        var offsets = [0]
        for count in tape.batchLengths { offsets.append(offsets[offsets.count - 1] + count) }
        tape.offsets = offsets
        tape.dropping = training
        let h = config.hiddenSize, n = tape.tokenCount
        let eps = S(config.layerNormEps)

        // Embeddings: LayerNorm(word + position + type 0), then dropout.
        let summed = tape.embeddingNormed.reserve(n * h)
        for (b, ids) in batch.enumerated() {
            for t in 0..<ids.count {
                let id = Int(ids[t])
                let row = summed + (offsets[b] + t) * h
                let w = wordEmbeddings.value + id * h, p = positionEmbeddings.value + t * h, s = tokenTypeEmbeddings.value
                for j in 0..<h { row[j] = w[j] + p[j] + s[j] }
            }
        }
        let first = tape.hidden[0].reserve(n * h)
        TrainingKernels.layerNorm(summed, inverse: tape.embeddingInverse.reserve(n), out: first, rows: n, n: h,
                                  scale: embeddingNormScale.value, shift: embeddingNormShift.value, eps: eps)
        if training {
            let mask = tape.embeddingMask.reserve(n * h)
            TrainingKernels.dropoutMask(mask, count: n * h, rate: options.hiddenDropout, generator: &generator)
            TrainingKernels.multiply(first, by: mask, count: n * h)
        }
        for (index, layer) in layers.enumerated() {
            layerForward(layer, tape: tape.layers[index], input: tape.hidden[index].pointer,
                         output: tape.hidden[index + 1].reserve(n * h), rows: n, training: training, generator: &generator)
        }
        return headForward(training: training, generator: &generator)
    }

    private func layerForward(_ layer: TrainableLayer<S>, tape lt: LayerTape<S>, input x: UnsafeMutablePointer<S>,
                              output: UnsafeMutablePointer<S>, rows n: Int, training: Bool, generator: inout SeededGenerator) {
        let h = config.hiddenSize, i = config.intermediateSize, eps = S(config.layerNormEps)
        let qkv = lt.qkv.reserve(n * 3 * h)
        TrainingKernels.broadcast(layer.qkvBias.value, into: qkv, rows: n, n: 3 * h, ld: 3 * h)
        S.gemm(transposeA: false, transposeB: true, m: n, n: 3 * h, k: h, alpha: 1, a: x, lda: h,
               b: layer.qkvWeight.value, ldb: h, beta: 1, c: qkv, ldc: 3 * h)
        lt.ensureAdapters(layer.adapters.count)
        for (slot, adapter) in layer.adapters(on: { $0.fusedBlock != nil }) {
            adapterForward(adapter, tape: lt, slot: slot, input: x, output: qkv + (adapter.target.fusedBlock ?? 0) * h,
                           ldOutput: 3 * h, rows: n, training: training, generator: &generator)
        }
        attentionForward(tape: lt, qkv: qkv, training: training, generator: &generator)

        // attended = LayerNorm(dropout(context · Woᵀ + bo) + x)
        let summed = lt.attentionNormed.reserve(n * h)
        TrainingKernels.broadcast(layer.attentionOutputBias.value, into: summed, rows: n, n: h, ld: h)
        S.gemm(transposeA: false, transposeB: true, m: n, n: h, k: h, alpha: 1, a: lt.context.pointer, lda: h,
               b: layer.attentionOutput.value, ldb: h, beta: 1, c: summed, ldc: h)
        for (slot, adapter) in layer.adapters(on: { $0 == .attentionOutput }) {
            adapterForward(adapter, tape: lt, slot: slot, input: lt.context.pointer, output: summed, ldOutput: h,
                           rows: n, training: training, generator: &generator)
        }
        if training {
            let mask = lt.attentionOutputMask.reserve(n * h)
            TrainingKernels.dropoutMask(mask, count: n * h, rate: options.hiddenDropout, generator: &generator)
            TrainingKernels.multiply(summed, by: mask, count: n * h)
        }
        for index in 0..<(n * h) { summed[index] += x[index] }
        let attended = lt.attended.reserve(n * h)
        TrainingKernels.layerNorm(summed, inverse: lt.attentionInverse.reserve(n), out: attended, rows: n, n: h,
                                  scale: layer.attentionNormScale.value, shift: layer.attentionNormShift.value, eps: eps)

        // output = LayerNorm(dropout(GELU(attended · W1ᵀ + b1) · W2ᵀ + b2) + attended)
        let pre = lt.preActivation.reserve(n * i), act = lt.activation.reserve(n * i)
        TrainingKernels.broadcast(layer.intermediateBias.value, into: pre, rows: n, n: i, ld: i)
        S.gemm(transposeA: false, transposeB: true, m: n, n: i, k: h, alpha: 1, a: attended, lda: h,
               b: layer.intermediate.value, ldb: h, beta: 1, c: pre, ldc: i)
        for (slot, adapter) in layer.adapters(on: { $0 == .intermediate }) {
            adapterForward(adapter, tape: lt, slot: slot, input: attended, output: pre, ldOutput: i,
                           rows: n, training: training, generator: &generator)
        }
        for index in 0..<(n * i) { act[index] = TrainingKernels.gelu(pre[index]) }
        let summed2 = lt.outputNormed.reserve(n * h)
        TrainingKernels.broadcast(layer.outputBias.value, into: summed2, rows: n, n: h, ld: h)
        S.gemm(transposeA: false, transposeB: true, m: n, n: h, k: i, alpha: 1, a: act, lda: i,
               b: layer.output.value, ldb: i, beta: 1, c: summed2, ldc: h)
        for (slot, adapter) in layer.adapters(on: { $0 == .output }) {
            adapterForward(adapter, tape: lt, slot: slot, input: act, output: summed2, ldOutput: h,
                           rows: n, training: training, generator: &generator)
        }
        if training {
            let mask = lt.outputMask.reserve(n * h)
            TrainingKernels.dropoutMask(mask, count: n * h, rate: options.hiddenDropout, generator: &generator)
            TrainingKernels.multiply(summed2, by: mask, count: n * h)
        }
        for index in 0..<(n * h) { summed2[index] += attended[index] }
        TrainingKernels.layerNorm(summed2, inverse: lt.outputInverse.reserve(n), out: output, rows: n, n: h,
                                  scale: layer.outputNormScale.value, shift: layer.outputNormShift.value, eps: eps)
    }

    /// Adds `scale · B · A · dropout(x)` to the adapted layer's output `output` (rows of stride
    /// `ldOutput`), keeping the dropped input and `A · dropout(x)` in the tape's `slot`.
    private func adapterForward(_ adapter: LoRAAdapter<S>, tape lt: LayerTape<S>, slot: Int, input x: UnsafePointer<S>,
                                output: UnsafeMutablePointer<S>, ldOutput: Int, rows n: Int, training: Bool,
                                generator: inout SeededGenerator) {
        let width = adapter.inFeatures, rank = adapter.rank
        let dropped = lt.adapterInputs[slot].reserve(n * width)
        dropped.update(from: x, count: n * width)
        if training {
            let mask = lt.adapterMasks[slot].reserve(n * width)
            TrainingKernels.dropoutMask(mask, count: n * width, rate: adapter.dropout, generator: &generator)
            TrainingKernels.multiply(dropped, by: mask, count: n * width)
        }
        let inner = lt.adapterHidden[slot].reserve(n * rank)
        S.gemm(transposeA: false, transposeB: true, m: n, n: rank, k: width, alpha: 1, a: dropped, lda: width,
               b: adapter.a.value, ldb: width, beta: 0, c: inner, ldc: rank)
        S.gemm(transposeA: false, transposeB: true, m: n, n: adapter.outFeatures, k: rank, alpha: adapter.scale, a: inner, lda: rank,
               b: adapter.b.value, ldb: rank, beta: 1, c: output, ldc: ldOutput)
    }

    /// softmax(QKᵀ/√d) · V per sequence (over its own tokens) and head.
    private func attentionForward(tape lt: LayerTape<S>, qkv: UnsafeMutablePointer<S>, training: Bool,
                                  generator: inout SeededGenerator) {
        let h = config.hiddenSize, d = config.headSize, heads = config.numAttentionHeads
        let total = tape.attentionCount(heads: heads)
        let probabilities = lt.probabilities.reserve(total)
        var used = probabilities
        if training {
            let mask = lt.attentionMask.reserve(total)
            TrainingKernels.dropoutMask(mask, count: total, rate: options.attentionDropout, generator: &generator)
            used = lt.droppedProbabilities.reserve(total)
        }
        let context = lt.context.reserve(tape.tokenCount * h)
        let scale = 1 / S(d).squareRoot()
        var offset = 0
        for (b, length) in tape.batchLengths.enumerated() {
            let base = qkv + tape.offsets[b] * 3 * h, square = length * length
            for head in 0..<heads {
                let scores = probabilities + offset
                let q = base + head * d, k = base + h + head * d, v = base + 2 * h + head * d
                S.gemm(transposeA: false, transposeB: true, m: length, n: length, k: d, alpha: scale, a: q, lda: 3 * h,
                       b: k, ldb: 3 * h, beta: 0, c: scores, ldc: length)
                TrainingKernels.maskedSoftmax(scores, rows: length, n: length, valid: length)
                if training {
                    let mask = lt.attentionMask.pointer + offset, dropped = used + offset
                    for index in 0..<square { dropped[index] = scores[index] * mask[index] }
                }
                S.gemm(transposeA: false, transposeB: false, m: length, n: d, k: length, alpha: 1, a: used + offset, lda: length,
                       b: v, ldb: 3 * h, beta: 0, c: context + tape.offsets[b] * h + head * d, ldc: h)
                offset += square
            }
        }
    }

    /// The head on each sequence's pooled state (`[CLS]` or the token mean): dense + tanh (pooler) or + ReLU (pre-classifier),
    /// dropout, classifier. Returns the logits `[B, labels]`.
    private func headForward(training: Bool, generator: inout SeededGenerator) -> UnsafeMutablePointer<S> {
        let h = config.hiddenSize, labels = options.numLabels
        let batch = tape.batchLengths.count
        let last = tape.hidden[layers.count].pointer
        let cls = tape.cls.reserve(batch * h)
        for b in 0..<batch {
            let first = last + tape.offsets[b] * h, out = cls + b * h
            switch options.pooling {
            case .cls:
                out.update(from: first, count: h)
            case .mean:
                let count = tape.batchLengths[b]
                out.update(from: first, count: h)
                for t in 1..<max(count, 1) {
                    let row = first + t * h
                    for j in 0..<h { out[j] += row[j] }
                }
                let scale = 1 / S(max(count, 1))
                for j in 0..<h { out[j] *= scale }
            }
        }
        let act = tape.headActivation.reserve(batch * h)
        TrainingKernels.broadcast(headDenseBias.value, into: act, rows: batch, n: h, ld: h)
        S.gemm(transposeA: false, transposeB: true, m: batch, n: h, k: h, alpha: 1, a: cls, lda: h,
               b: headDense.value, ldb: h, beta: 1, c: act, ldc: h)
        switch options.head {
        case .bert: for index in 0..<(batch * h) { act[index] = S.hyperbolicTangent(act[index]) }
        case .distilbert: for index in 0..<(batch * h) where act[index] < 0 { act[index] = 0 }
        }
        let dropped = tape.headDropped.reserve(batch * h)
        dropped.update(from: act, count: batch * h)
        if training {
            let mask = tape.headMask.reserve(batch * h)
            TrainingKernels.dropoutMask(mask, count: batch * h, rate: options.classifierDropout, generator: &generator)
            TrainingKernels.multiply(dropped, by: mask, count: batch * h)
        }
        let logits = tape.logits.reserve(batch * labels)
        TrainingKernels.broadcast(classifierBias.value, into: logits, rows: batch, n: labels, ld: labels)
        S.gemm(transposeA: false, transposeB: true, m: batch, n: labels, k: h, alpha: 1, a: dropped, lda: h,
               b: classifier.value, ldb: h, beta: 1, c: logits, ldc: labels)
        return logits
    }
}
