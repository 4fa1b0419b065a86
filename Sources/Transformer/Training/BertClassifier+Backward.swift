/// Work buffers of the backward pass.
final class GradientScratch<S: TrainingScalar> {
    let hiddenA = ScratchBuffer<S>(), hiddenB = ScratchBuffer<S>(), summed = ScratchBuffer<S>()
    let inner = ScratchBuffer<S>(), qkv = ScratchBuffer<S>(), context = ScratchBuffer<S>()
    let probabilities = ScratchBuffer<S>(), adapterHidden = ScratchBuffer<S>(), adapterInput = ScratchBuffer<S>()
    let logits = ScratchBuffer<S>(), head = ScratchBuffer<S>(), headInput = ScratchBuffer<S>()
}

extension BertClassifier {
    /// Mean cross-entropy of the last forward pass's logits against `labels`, and its
    /// gradient with respect to the logits, `(softmax - target) / B`, left for `backward`.
    /// The target is one-hot, or with `smoothing` ε Hugging Face's `LabelSmoother`'s:
    /// the loss is `(1 - ε)·(-log p_label) + ε·mean_c(-log p_c)`, so the target is
    /// `(1 - ε)·onehot + ε/K`. Labels must be in `0..<numLabels`.
    func crossEntropy(labels: [Int], smoothing: Double = 0) -> Double {
        let classes = options.numLabels, batch = labels.count
        let logits = tape.logits.pointer
        let grad = scratch.logits.reserve(batch * classes)
        let keep = S(1 - smoothing), spread = S(smoothing / Double(classes))
        var total = 0.0
        for (b, label) in labels.enumerated() {
            let row = logits + b * classes, out = grad + b * classes
            var maximum = row[0]
            for c in 1..<classes where row[c] > maximum { maximum = row[c] }
            var sum: S = 0
            for c in 0..<classes { out[c] = S.exponential(row[c] - maximum); sum += out[c] }
            let logPartition = S.logarithm(sum) + maximum
            if smoothing > 0 {
                var everyClass: S = 0
                for c in 0..<classes { everyClass += logPartition - row[c] }
                total += Double(keep * (logPartition - row[label]) + spread * everyClass)
            } else {
                total += Double(logPartition - row[label])
            }
            for c in 0..<classes { out[c] = (out[c] / sum - (c == label ? keep : 0) - spread) / S(batch) }
        }
        return total / Double(max(batch, 1))
    }

    /// Adds the gradient of the loss whose logits-gradient `crossEntropy` left behind to
    /// every trainable parameter's gradient (products with frozen weights' gradients are skipped).
    func backward() {
        let h = config.hiddenSize, labels = options.numLabels
        let batch = tape.batchLengths.count, n = tape.tokenCount
        let dLogits = scratch.logits.pointer
        // Classifier.
        if classifier.isTrainable {
            S.gemm(transposeA: true, transposeB: false, m: labels, n: h, k: batch, alpha: 1, a: dLogits, lda: labels,
                   b: tape.headDropped.pointer, ldb: h, beta: 1, c: classifier.grad, ldc: h)
            TrainingKernels.addColumnSums(dLogits, rows: batch, n: labels, ld: labels, into: classifierBias.grad)
        }
        let dAct = scratch.head.reserve(batch * h)
        S.gemm(transposeA: false, transposeB: false, m: batch, n: h, k: labels, alpha: 1, a: dLogits, lda: labels,
               b: classifier.value, ldb: h, beta: 0, c: dAct, ldc: h)
        if tape.dropping { TrainingKernels.multiply(dAct, by: tape.headMask.pointer, count: batch * h) }
        let act = tape.headActivation.pointer
        switch options.head {
        case .bert: for index in 0..<(batch * h) { dAct[index] *= 1 - act[index] * act[index] }
        case .distilbert: for index in 0..<(batch * h) where act[index] <= 0 { dAct[index] = 0 }
        }
        if headDense.isTrainable {
            S.gemm(transposeA: true, transposeB: false, m: h, n: h, k: batch, alpha: 1, a: dAct, lda: h,
                   b: tape.cls.pointer, ldb: h, beta: 1, c: headDense.grad, ldc: h)
            TrainingKernels.addColumnSums(dAct, rows: batch, n: h, ld: h, into: headDenseBias.grad)
        }
        guard encoderNeedsGradient else { return }
        var dHidden = scratch.hiddenA.zeroed(n * h)
        var dOther = scratch.hiddenB.reserve(n * h)
        let dCls = scratch.headInput.reserve(batch * h)
        S.gemm(transposeA: false, transposeB: false, m: batch, n: h, k: h, alpha: 1, a: dAct, lda: h,
               b: headDense.value, ldb: h, beta: 0, c: dCls, ldc: h)
        for b in 0..<batch {
            let first = dHidden + tape.offsets[b] * h, source = dCls + b * h
            switch options.pooling {
            case .cls:
                first.update(from: source, count: h)
            case .mean:
                // The mean spreads its gradient evenly over the sequence's tokens.
                let count = tape.batchLengths[b], scale = 1 / S(max(count, 1))
                for t in 0..<count {
                    let row = first + t * h
                    for j in 0..<h { row[j] = source[j] * scale }
                }
            }
        }
        for index in stride(from: layers.count - 1, through: 0, by: -1) {
            layerBackward(layers[index], tape: tape.layers[index], input: tape.hidden[index].pointer,
                          dOutput: dHidden, dInput: dOther, rows: n)
            swap(&dHidden, &dOther)
        }
        embeddingBackward(dHidden, rows: n)
    }

    /// Whether any encoder tensor or adapter is trainable (otherwise the backward stops at the head).
    var encoderNeedsGradient: Bool {
        encoderParameters.contains(where: \.isTrainable) || layers.contains { !$0.adapters.isEmpty }
    }

    private func layerBackward(_ layer: TrainableLayer<S>, tape lt: LayerTape<S>, input x: UnsafePointer<S>,
                               dOutput: UnsafeMutablePointer<S>, dInput: UnsafeMutablePointer<S>, rows n: Int) {
        let h = config.hiddenSize, i = config.intermediateSize
        let full = layer.attentionOutput.isTrainable
        // Output LayerNorm → dSum (= d of dropped FFN output and of the residual `attended`).
        let dSum = scratch.summed.reserve(n * h)
        TrainingKernels.layerNormBackward(dOutput, normed: lt.outputNormed.pointer, inverse: lt.outputInverse.pointer,
                                          scale: layer.outputNormScale.value, dx: dSum, rows: n, n: h,
                                          dScale: full ? layer.outputNormScale.grad : nil, dShift: full ? layer.outputNormShift.grad : nil)
        let dAttended = dOutput  // reuse: dOutput is no longer needed
        dAttended.update(from: dSum, count: n * h)
        if tape.dropping { TrainingKernels.multiply(dSum, by: lt.outputMask.pointer, count: n * h) }
        if full {
            S.gemm(transposeA: true, transposeB: false, m: h, n: i, k: n, alpha: 1, a: dSum, lda: h,
                   b: lt.activation.pointer, ldb: i, beta: 1, c: layer.output.grad, ldc: i)
            TrainingKernels.addColumnSums(dSum, rows: n, n: h, ld: h, into: layer.outputBias.grad)
        }
        let dInner = scratch.inner.reserve(n * i)
        S.gemm(transposeA: false, transposeB: false, m: n, n: i, k: h, alpha: 1, a: dSum, lda: h,
               b: layer.output.value, ldb: i, beta: 0, c: dInner, ldc: i)
        for (slot, adapter) in layer.adapters(on: { $0 == .output }) {
            adapterBackward(adapter, tape: lt, slot: slot, dOutput: dSum, ldOutput: h, dInput: dInner, rows: n)
        }
        let pre = lt.preActivation.pointer
        for index in 0..<(n * i) { dInner[index] *= TrainingKernels.geluDerivative(pre[index]) }
        if full {
            S.gemm(transposeA: true, transposeB: false, m: i, n: h, k: n, alpha: 1, a: dInner, lda: i,
                   b: lt.attended.pointer, ldb: h, beta: 1, c: layer.intermediate.grad, ldc: h)
            TrainingKernels.addColumnSums(dInner, rows: n, n: i, ld: i, into: layer.intermediateBias.grad)
        }
        for (slot, adapter) in layer.adapters(on: { $0 == .intermediate }) {
            adapterBackward(adapter, tape: lt, slot: slot, dOutput: dInner, ldOutput: i, dInput: dAttended, rows: n)
        }
        S.gemm(transposeA: false, transposeB: false, m: n, n: h, k: i, alpha: 1, a: dInner, lda: i,
               b: layer.intermediate.value, ldb: h, beta: 1, c: dAttended, ldc: h)

        // Attention LayerNorm → dSum (= d of dropped attention output and of the residual x).
        TrainingKernels.layerNormBackward(dAttended, normed: lt.attentionNormed.pointer, inverse: lt.attentionInverse.pointer,
                                          scale: layer.attentionNormScale.value, dx: dSum, rows: n, n: h,
                                          dScale: full ? layer.attentionNormScale.grad : nil, dShift: full ? layer.attentionNormShift.grad : nil)
        dInput.update(from: dSum, count: n * h)
        if tape.dropping { TrainingKernels.multiply(dSum, by: lt.attentionOutputMask.pointer, count: n * h) }
        if full {
            S.gemm(transposeA: true, transposeB: false, m: h, n: h, k: n, alpha: 1, a: dSum, lda: h,
                   b: lt.context.pointer, ldb: h, beta: 1, c: layer.attentionOutput.grad, ldc: h)
            TrainingKernels.addColumnSums(dSum, rows: n, n: h, ld: h, into: layer.attentionOutputBias.grad)
        }
        let dContext = scratch.context.reserve(n * h)
        S.gemm(transposeA: false, transposeB: false, m: n, n: h, k: h, alpha: 1, a: dSum, lda: h,
               b: layer.attentionOutput.value, ldb: h, beta: 0, c: dContext, ldc: h)
        for (slot, adapter) in layer.adapters(on: { $0 == .attentionOutput }) {
            adapterBackward(adapter, tape: lt, slot: slot, dOutput: dSum, ldOutput: h, dInput: dContext, rows: n)
        }
        let dQKV = scratch.qkv.reserve(n * 3 * h)
        attentionBackward(tape: lt, dContext: dContext, dQKV: dQKV)

        if layer.qkvTrainable {
            S.gemm(transposeA: true, transposeB: false, m: 3 * h, n: h, k: n, alpha: 1, a: dQKV, lda: 3 * h,
                   b: x, ldb: h, beta: 1, c: layer.qkvWeight.grad, ldc: h)
            TrainingKernels.addColumnSums(dQKV, rows: n, n: 3 * h, ld: 3 * h, into: layer.qkvBias.grad)
        }
        S.gemm(transposeA: false, transposeB: false, m: n, n: h, k: 3 * h, alpha: 1, a: dQKV, lda: 3 * h,
               b: layer.qkvWeight.value, ldb: h, beta: 1, c: dInput, ldc: h)
        for (slot, adapter) in layer.adapters(on: { $0.fusedBlock != nil }) {
            adapterBackward(adapter, tape: lt, slot: slot, dOutput: dQKV + (adapter.target.fusedBlock ?? 0) * h, ldOutput: 3 * h,
                            dInput: dInput, rows: n)
        }
    }

    /// Backward of `x ↦ scale · B · A · dropout(x)` added to a layer's output, from that output's
    /// gradient `dOutput` (rows of stride `ldOutput`): accumulates `A` and `B`'s gradients and adds the
    /// input's gradient to `dInput` (`[N, in]`).
    private func adapterBackward(_ adapter: LoRAAdapter<S>, tape lt: LayerTape<S>, slot: Int, dOutput dOut: UnsafePointer<S>,
                                 ldOutput: Int, dInput: UnsafeMutablePointer<S>, rows n: Int) {
        let width = adapter.inFeatures, outWidth = adapter.outFeatures, rank = adapter.rank
        let inner = lt.adapterHidden[slot].pointer, dropped = lt.adapterInputs[slot].pointer
        // dB += scale · dOutᵀ · inner; dInner = scale · dOut · B; dA += dInnerᵀ · dropped; dx += (dInner · A) ⊙ mask.
        S.gemm(transposeA: true, transposeB: false, m: outWidth, n: rank, k: n, alpha: adapter.scale, a: dOut, lda: ldOutput,
               b: inner, ldb: rank, beta: 1, c: adapter.b.grad, ldc: rank)
        let dInner = scratch.adapterHidden.reserve(n * rank)
        S.gemm(transposeA: false, transposeB: false, m: n, n: rank, k: outWidth, alpha: adapter.scale, a: dOut, lda: ldOutput,
               b: adapter.b.value, ldb: rank, beta: 0, c: dInner, ldc: rank)
        S.gemm(transposeA: true, transposeB: false, m: rank, n: width, k: n, alpha: 1, a: dInner, lda: rank,
               b: dropped, ldb: width, beta: 1, c: adapter.a.grad, ldc: width)
        let dDropped = scratch.adapterInput.reserve(n * width)
        S.gemm(transposeA: false, transposeB: false, m: n, n: width, k: rank, alpha: 1, a: dInner, lda: rank,
               b: adapter.a.value, ldb: width, beta: 0, c: dDropped, ldc: width)
        if tape.dropping { TrainingKernels.multiply(dDropped, by: lt.adapterMasks[slot].pointer, count: n * width) }
        for index in 0..<(n * width) { dInput[index] += dDropped[index] }
    }

    /// From `dContext` `[N, H]` fills `dQKV` `[N, 3H]` through P·V, dropout, softmax and QKᵀ/√d.
    private func attentionBackward(tape lt: LayerTape<S>, dContext: UnsafePointer<S>, dQKV: UnsafeMutablePointer<S>) {
        let h = config.hiddenSize, d = config.headSize, heads = config.numAttentionHeads
        let qkv = lt.qkv.pointer, scale = 1 / S(d).squareRoot()
        let used = tape.dropping ? lt.droppedProbabilities.pointer : lt.probabilities.pointer
        let dP = scratch.probabilities.reserve((tape.batchLengths.max() ?? 0) * (tape.batchLengths.max() ?? 0))
        var offset = 0
        for (b, length) in tape.batchLengths.enumerated() {
            let square = length * length
            let base = qkv + tape.offsets[b] * 3 * h, dBase = dQKV + tape.offsets[b] * 3 * h
            let dc = dContext + tape.offsets[b] * h
            for head in 0..<heads {
                let q = base + head * d, k = base + h + head * d, v = base + 2 * h + head * d
                let dq = dBase + head * d, dk = dBase + h + head * d, dv = dBase + 2 * h + head * d
                // dV = P̃ᵀ · dC ; dP̃ = dC · Vᵀ
                S.gemm(transposeA: true, transposeB: false, m: length, n: d, k: length, alpha: 1, a: used + offset, lda: length,
                       b: dc + head * d, ldb: h, beta: 0, c: dv, ldc: 3 * h)
                S.gemm(transposeA: false, transposeB: true, m: length, n: length, k: d, alpha: 1, a: dc + head * d, lda: h,
                       b: v, ldb: 3 * h, beta: 0, c: dP, ldc: length)
                if tape.dropping { TrainingKernels.multiply(dP, by: lt.attentionMask.pointer + offset, count: square) }
                TrainingKernels.softmaxBackward(dP, probabilities: lt.probabilities.pointer + offset, rows: length, n: length)
                // dQ = scale · dS · K ; dK = scale · dSᵀ · Q
                S.gemm(transposeA: false, transposeB: false, m: length, n: d, k: length, alpha: scale, a: dP, lda: length,
                       b: k, ldb: 3 * h, beta: 0, c: dq, ldc: 3 * h)
                S.gemm(transposeA: true, transposeB: false, m: length, n: d, k: length, alpha: scale, a: dP, lda: length,
                       b: q, ldb: 3 * h, beta: 0, c: dk, ldc: 3 * h)
                offset += square
            }
        }
    }

    /// Embedding LayerNorm and dropout backward, then scatter-adds into the word, position
    /// and token-type tables.
    private func embeddingBackward(_ dHidden: UnsafeMutablePointer<S>, rows n: Int) {
        guard wordEmbeddings.isTrainable || embeddingNormScale.isTrainable else { return }
        let h = config.hiddenSize
        if tape.dropping { TrainingKernels.multiply(dHidden, by: tape.embeddingMask.pointer, count: n * h) }
        let dSum = scratch.summed.reserve(n * h)
        TrainingKernels.layerNormBackward(dHidden, normed: tape.embeddingNormed.pointer, inverse: tape.embeddingInverse.pointer,
                                          scale: embeddingNormScale.value, dx: dSum, rows: n, n: h,
                                          dScale: embeddingNormScale.grad, dShift: embeddingNormShift.grad)
        for (b, count) in tape.batchLengths.enumerated() {
            for t in 0..<count {
                let row = dSum + (tape.offsets[b] + t) * h
                let id = Int(tape.ids[b][t])
                let w = wordEmbeddings.grad + id * h, p = positionEmbeddings.grad + t * h, s = tokenTypeEmbeddings.grad
                for j in 0..<h { w[j] += row[j]; p[j] += row[j]; s[j] += row[j] }
            }
        }
    }
}
