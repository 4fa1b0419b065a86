/// Row-wise loops of the forward pass: bias broadcast, residual + LayerNorm, bias + GELU, softmax.
///
/// All operate on row-major buffers through raw pointers (no bounds checks in the
/// hot loops; callers size the buffers).
enum RowKernels {
    /// Copies `bias[n]` into every one of `rows` rows of `out` (stride `n`), so that a
    /// following `sgemm` with beta = 1 adds the product to it.
    static func broadcastRows(_ bias: UnsafePointer<Float>, into out: UnsafeMutablePointer<Float>, rows: Int, n: Int) {
        for row in 0..<rows { (out + row * n).update(from: bias, count: n) }
    }

    /// `x ← LayerNorm(x + residual) · scale + shift` for each of `rows` rows of width `n`.
    ///
    /// mean μ and biased variance σ² of the row, then `(x - μ) / √(σ² + eps)`.
    /// Pass `residual: nil` for a plain LayerNorm.
    static func addLayerNorm(
        _ x: UnsafeMutablePointer<Float>, residual: UnsafePointer<Float>?, rows: Int, n: Int,
        scale: UnsafePointer<Float>, shift: UnsafePointer<Float>, eps: Float
    ) {
        for row in 0..<rows {
            let line = x + row * n
            if let residual {
                let other = residual + row * n
                for j in 0..<n { line[j] += other[j] }
            }
            let mean = VectorMath.sum(line, n) / Float(n)
            let variance = VectorMath.squaredDeviation(line, n, mean: mean) / Float(n)
            let inverse = 1 / (variance + eps).squareRoot()
            for j in 0..<n { line[j] = (line[j] - mean) * inverse * scale[j] + shift[j] }
        }
    }

    /// `x ← GELU(x)` over `count` contiguous values (bias already added by the product).
    static func gelu(_ x: UnsafeMutablePointer<Float>, count: Int) {
        for index in 0..<count { x[index] = VectorMath.gelu(x[index]) }
    }

    /// Softmax of each of `rows` rows of `scores` (stride `n`) after adding the additive
    /// key mask `mask[n]` (0 for real keys, a large negative number for padding).
    static func maskedSoftmax(_ scores: UnsafeMutablePointer<Float>, rows: Int, n: Int, mask: UnsafePointer<Float>) {
        for row in 0..<rows {
            let line = scores + row * n
            var maximum = -Float.greatestFiniteMagnitude
            for j in 0..<n {
                let value = line[j] + mask[j]
                line[j] = value
                maximum = value > maximum ? value : maximum
            }
            for j in 0..<n { line[j] = VectorMath.exp(line[j] - maximum) }
            let inverse = 1 / VectorMath.sum(line, n)
            for j in 0..<n { line[j] *= inverse }
        }
    }
}
