/// The forward pass of one padded batch: embeddings, then post-LN transformer layers.
extension BertEncoder {
    /// Runs `batch` (all sequences validated, right-padded to `length`) and returns the
    /// buffer holding the last hidden states `[batch.count × length, H]` inside `workspace`.
    ///
    /// Complexity per layer: O(rows · H · (4H + 2I)) in `sgemm` plus O(B · T² · H) attention.
    func forward(_ batch: [[Int32]], length: Int) -> UnsafeMutablePointer<Float> {
        let h = config.hiddenSize
        let rows = batch.count * length
        workspace.reserve(rows: rows, length: length)
        var current = workspace.hiddenA
        var next = workspace.hiddenB
        embed(batch, length: length, into: current)
        let eps = Float(config.layerNormEps)
        for layer in weights.layers {
            attention(layer, batch: batch, length: length, hidden: current)
            // next = LayerNorm(context · Woᵀ + bo + current)
            layer.attentionOutputBias.withUnsafeBufferPointer { RowKernels.broadcastRows($0.baseAddress!, into: next, rows: rows, n: h) }
            layer.attentionOutputWeight.withUnsafeBufferPointer { w in
                BLAS.gemmTransposedB(m: rows, n: h, k: h, a: workspace.context, lda: h, b: w.baseAddress!, ldb: h,
                                     beta: 1, c: next, ldc: h)
            }
            layer.attentionNormScale.withUnsafeBufferPointer { scale in
                layer.attentionNormShift.withUnsafeBufferPointer { shift in
                    RowKernels.addLayerNorm(next, residual: current, rows: rows, n: h,
                                            scale: scale.baseAddress!, shift: shift.baseAddress!, eps: eps)
                }
            }
            swap(&current, &next)
            feedForward(layer, rows: rows, hidden: current, output: next)
            layer.outputNormScale.withUnsafeBufferPointer { scale in
                layer.outputNormShift.withUnsafeBufferPointer { shift in
                    RowKernels.addLayerNorm(next, residual: current, rows: rows, n: h,
                                            scale: scale.baseAddress!, shift: shift.baseAddress!, eps: eps)
                }
            }
            swap(&current, &next)
        }
        return current
    }

    /// `out[row] = LayerNorm(word[id] + position[t] + tokenType[0])`; padding uses id 0.
    private func embed(_ batch: [[Int32]], length: Int, into out: UnsafeMutablePointer<Float>) {
        let h = config.hiddenSize
        weights.wordEmbeddings.withUnsafeBufferPointer { word in
            weights.positionEmbeddings.withUnsafeBufferPointer { position in
                weights.tokenTypeEmbeddings.withUnsafeBufferPointer { type in
                    for (b, ids) in batch.enumerated() {
                        for t in 0..<length {
                            let id = t < ids.count ? Int(ids[t]) : 0
                            let row = out + (b * length + t) * h
                            let w = word.baseAddress! + id * h, p = position.baseAddress! + t * h
                            let s = type.baseAddress!
                            for j in 0..<h { row[j] = w[j] + p[j] + s[j] }
                        }
                    }
                }
            }
        }
        weights.embeddingNormScale.withUnsafeBufferPointer { scale in
            weights.embeddingNormShift.withUnsafeBufferPointer { shift in
                RowKernels.addLayerNorm(out, residual: nil, rows: batch.count * length, n: h,
                                        scale: scale.baseAddress!, shift: shift.baseAddress!,
                                        eps: Float(config.layerNormEps))
            }
        }
    }

    /// `output = GELU(hidden · W1ᵀ + b1) · W2ᵀ + b2` (residual and LayerNorm left to the caller).
    private func feedForward(_ layer: BertLayerWeights, rows: Int, hidden: UnsafeMutablePointer<Float>,
                             output: UnsafeMutablePointer<Float>) {
        let h = config.hiddenSize, i = config.intermediateSize
        let inner = workspace.intermediate
        layer.intermediateBias.withUnsafeBufferPointer { RowKernels.broadcastRows($0.baseAddress!, into: inner, rows: rows, n: i) }
        layer.intermediateWeight.withUnsafeBufferPointer { w in
            BLAS.gemmTransposedB(m: rows, n: i, k: h, a: hidden, lda: h, b: w.baseAddress!, ldb: h,
                                 beta: 1, c: inner, ldc: i)
        }
        RowKernels.gelu(inner, count: rows * i)
        layer.outputBias.withUnsafeBufferPointer { RowKernels.broadcastRows($0.baseAddress!, into: output, rows: rows, n: h) }
        layer.outputWeight.withUnsafeBufferPointer { w in
            BLAS.gemmTransposedB(m: rows, n: h, k: i, a: inner, lda: i, b: w.baseAddress!, ldb: i,
                                 beta: 1, c: output, ldc: h)
        }
    }
}
