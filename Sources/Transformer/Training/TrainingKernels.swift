import LabCore

/// Row-wise operations of the training forward and backward passes.
enum TrainingKernels {
    /// Copies `bias[n]` into each of `rows` rows (stride `ld`), ready for a product with beta = 1.
    @inline(__always)
    static func broadcast<S: TrainingScalar>(_ bias: UnsafePointer<S>, into out: UnsafeMutablePointer<S>, rows: Int, n: Int, ld: Int) {
        for row in 0..<rows { (out + row * ld).update(from: bias, count: n) }
    }

    /// `sum[j] += Σ_rows x[row, j]` (bias gradients).
    @inline(__always)
    static func addColumnSums<S: TrainingScalar>(_ x: UnsafePointer<S>, rows: Int, n: Int, ld: Int, into sum: UnsafeMutablePointer<S>) {
        for row in 0..<rows {
            let line = x + row * ld
            for j in 0..<n { sum[j] += line[j] }
        }
    }

    /// Fills `count` dropout multipliers: 0 with probability `rate`, else `1 / (1 - rate)`.
    static func dropoutMask<S: TrainingScalar>(_ mask: UnsafeMutablePointer<S>, count: Int, rate: Double,
                                               generator: inout SeededGenerator) {
        let keep = S(1 / (1 - rate))
        // Compare 24-bit uniforms with the rate: two draws per 64-bit word.
        let threshold = UInt64((rate * 16_777_216).rounded())
        var index = 0
        while index < count {
            let bits = generator.next()
            mask[index] = (bits & 0xFF_FFFF) < threshold ? 0 : keep
            if index + 1 < count { mask[index + 1] = ((bits >> 32) & 0xFF_FFFF) < threshold ? 0 : keep }
            index += 2
        }
    }

    /// `x[i] *= mask[i]`.
    @inline(__always)
    static func multiply<S: TrainingScalar>(_ x: UnsafeMutablePointer<S>, by mask: UnsafePointer<S>, count: Int) {
        for index in 0..<count { x[index] *= mask[index] }
    }

    /// LayerNorm of each row of `x` (width `n`): `x` is replaced by `x̂ = (x - μ)/√(σ² + eps)`,
    /// `inverse[row] = 1/√(σ² + eps)`, and `out = x̂ · scale + shift`.
    static func layerNorm<S: TrainingScalar>(_ x: UnsafeMutablePointer<S>, inverse: UnsafeMutablePointer<S>,
                                             out: UnsafeMutablePointer<S>, rows: Int, n: Int,
                                             scale: UnsafePointer<S>, shift: UnsafePointer<S>, eps: S) {
        let width = S(n)
        for row in 0..<rows {
            let line = x + row * n, target = out + row * n
            var mean: S = 0
            for j in 0..<n { mean += line[j] }
            mean /= width
            var variance: S = 0
            for j in 0..<n { let d = line[j] - mean; variance += d * d }
            variance /= width
            let inv = 1 / (variance + eps).squareRoot()
            inverse[row] = inv
            for j in 0..<n {
                let normed = (line[j] - mean) * inv
                line[j] = normed
                target[j] = normed * scale[j] + shift[j]
            }
        }
    }

    /// Backward of `layerNorm`: from `dy` (`[rows, n]`) writes `dx`, and when the
    /// LayerNorm's parameters are trainable adds `Σ dy·x̂` to `dScale` and `Σ dy` to `dShift`.
    ///
    /// `dx = inv · (g - mean(g) - x̂ · mean(g · x̂))` with `g = dy · scale`.
    static func layerNormBackward<S: TrainingScalar>(_ dy: UnsafePointer<S>, normed: UnsafePointer<S>, inverse: UnsafePointer<S>,
                                                     scale: UnsafePointer<S>, dx: UnsafeMutablePointer<S>, rows: Int, n: Int,
                                                     dScale: UnsafeMutablePointer<S>?, dShift: UnsafeMutablePointer<S>?) {
        let width = S(n)
        for row in 0..<rows {
            let g = dy + row * n, xh = normed + row * n, out = dx + row * n
            var meanG: S = 0, meanGX: S = 0
            for j in 0..<n {
                let gj = g[j] * scale[j]
                meanG += gj
                meanGX += gj * xh[j]
            }
            meanG /= width
            meanGX /= width
            let inv = inverse[row]
            for j in 0..<n { out[j] = inv * (g[j] * scale[j] - meanG - xh[j] * meanGX) }
            if let dScale, let dShift {
                for j in 0..<n {
                    dScale[j] += g[j] * xh[j]
                    dShift[j] += g[j]
                }
            }
        }
    }

    /// Exact GELU `u · Φ(u)`, `Φ(u) = ½(1 + erf(u/√2))`.
    @inline(__always)
    static func gelu<S: TrainingScalar>(_ u: S) -> S {
        S(0.5) * u * (1 + S.errorFunction(u * S(0.70710678118654752440)))
    }

    /// `GELU'(u) = Φ(u) + u · φ(u)`, `φ(u) = e^{-u²/2} / √(2π)`.
    @inline(__always)
    static func geluDerivative<S: TrainingScalar>(_ u: S) -> S {
        let cdf = S(0.5) * (1 + S.errorFunction(u * S(0.70710678118654752440)))
        return cdf + u * S(0.39894228040143267794) * S.exponential(-S(0.5) * u * u)
    }

    /// Softmax of each of `rows` rows of width `n` over the first `valid` entries; the rest get 0.
    static func maskedSoftmax<S: TrainingScalar>(_ scores: UnsafeMutablePointer<S>, rows: Int, n: Int, valid: Int) {
        for row in 0..<rows {
            let line = scores + row * n
            var maximum = line[0]
            for j in 1..<max(valid, 1) where line[j] > maximum { maximum = line[j] }
            var total: S = 0
            for j in 0..<valid { let e = S.exponential(line[j] - maximum); line[j] = e; total += e }
            let inverse = 1 / total
            for j in 0..<valid { line[j] *= inverse }
            for j in valid..<n { line[j] = 0 }
        }
    }

    /// Softmax backward in place: `dS = P ⊙ (dP - rowsum(dP ⊙ P))`, row by row.
    static func softmaxBackward<S: TrainingScalar>(_ dP: UnsafeMutablePointer<S>, probabilities p: UnsafePointer<S>, rows: Int, n: Int) {
        for row in 0..<rows {
            let g = dP + row * n, line = p + row * n
            var dot: S = 0
            for j in 0..<n { dot += g[j] * line[j] }
            for j in 0..<n { g[j] = line[j] * (g[j] - dot) }
        }
    }
}
