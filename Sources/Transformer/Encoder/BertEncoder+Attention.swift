/// Multi-head self-attention with the padding mask.
extension BertEncoder {
    /// Fills `workspace.context` with softmax(QKᵀ/√d + mask)·V for every sequence and head.
    ///
    /// Q, K, V come from one fused product `hidden · [Wq; Wk; Wv]ᵀ + [bq; bk; bv]`.
    /// Padded keys get an additive `-Float.greatestFiniteMagnitude`, so their weight
    /// is exactly 0 and a sequence's real tokens do not depend on its padding.
    func attention(_ layer: BertLayerWeights, batch: [[Int32]], length: Int, hidden: UnsafeMutablePointer<Float>) {
        let h = config.hiddenSize, d = config.headSize, heads = config.numAttentionHeads
        let rows = batch.count * length
        let qkv = workspace.qkv, scores = workspace.scores, mask = workspace.mask
        layer.qkvBias.withUnsafeBufferPointer { RowKernels.broadcastRows($0.baseAddress!, into: qkv, rows: rows, n: 3 * h) }
        layer.qkvWeight.withUnsafeBufferPointer { w in
            BLAS.gemmTransposedB(m: rows, n: 3 * h, k: h, a: hidden, lda: h, b: w.baseAddress!, ldb: h,
                                 beta: 1, c: qkv, ldc: 3 * h)
        }
        let scale = 1 / Float(d).squareRoot()
        for (b, ids) in batch.enumerated() {
            for t in 0..<length { mask[t] = t < ids.count ? 0 : -Float.greatestFiniteMagnitude }
            let base = qkv + b * length * 3 * h
            for head in 0..<heads {
                let q = base + head * d, k = base + h + head * d, v = base + 2 * h + head * d
                BLAS.gemmTransposedB(m: length, n: length, k: d, alpha: scale, a: q, lda: 3 * h, b: k, ldb: 3 * h,
                                     beta: 0, c: scores, ldc: length)
                RowKernels.maskedSoftmax(scores, rows: length, n: length, mask: mask)
                BLAS.gemm(m: length, n: d, k: length, a: scores, lda: length, b: v, ldb: 3 * h,
                          beta: 0, c: workspace.context + b * length * h + head * d, ldc: h)
            }
        }
    }
}
