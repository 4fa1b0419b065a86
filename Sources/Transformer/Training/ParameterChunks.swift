import Dispatch

/// The elements of a list of parameters cut into ranges of a fixed size: the unit of work
/// that the optimiser step spreads over the cores.
///
/// The cut depends only on the parameters' sizes, never on the number of threads, so a
/// reduction that adds the chunks' partial results in chunk order gives the same bits on
/// every machine and every run.
struct ParameterChunks<S: TrainingScalar> {
    /// One range of one parameter's elements.
    struct Chunk {
        /// Index of the parameter in the list the plan was made from.
        let parameter: Int
        /// First element of the range.
        let start: Int
        /// Elements in the range (at most `size`).
        let count: Int
    }

    /// Elements per chunk: 256 KiB of `Float`, large enough that scheduling costs nothing
    /// next to the work, small enough that the chunks of a 22-million-weight model balance
    /// over the cores.
    static var size: Int { 1 << 16 }

    /// The chunks, parameter by parameter, each parameter's ranges in order.
    let chunks: [Chunk]

    /// Cuts `parameters` (every element, trainable or not: pass only those to visit).
    init(_ parameters: [Parameter<S>]) {
        var chunks: [Chunk] = []
        for (index, parameter) in parameters.enumerated() {
            for start in stride(from: 0, to: parameter.count, by: Self.size) {
                chunks.append(Chunk(parameter: index, start: start, count: min(Self.size, parameter.count - start)))
            }
        }
        self.chunks = chunks
    }

    /// Runs `body` once for every chunk with its index, on all cores; `body` must touch
    /// only its own chunk's elements.
    func forEach(_ body: (Int, Chunk) -> Void) {
        DispatchQueue.concurrentPerform(iterations: chunks.count) { body($0, chunks[$0]) }
    }
}

/// The L2 norm of the gradients of `parameters`, as `torch.nn.utils.clip_grad_norm_` measures
/// it before clipping, accumulated in `Double`: the squares are summed per chunk (four
/// interleaved partial sums, added pairwise) and the chunks' sums in chunk order, so the
/// result is the same whatever the number of cores.
@_specialize(where S == Float)
public func gradientNorm<S: TrainingScalar>(_ parameters: [Parameter<S>]) -> Double {
    let plan = ParameterChunks(parameters)
    let gradients = parameters.map(\.grad)
    var partial = [Double](repeating: 0, count: plan.chunks.count)
    partial.withUnsafeMutableBufferPointer { sums in
        let out = sums.baseAddress!
        plan.forEach { index, chunk in
            let g = gradients[chunk.parameter] + chunk.start
            var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
            var i = 0
            while i + 4 <= chunk.count {
                let a = Double(g[i]), b = Double(g[i + 1]), c = Double(g[i + 2]), d = Double(g[i + 3])
                s0 += a * a; s1 += b * b; s2 += c * c; s3 += d * d
                i += 4
            }
            while i < chunk.count { let a = Double(g[i]); s0 += a * a; i += 1 }
            out[index] = (s0 + s1) + (s2 + s3)
        }
    }
    return partial.reduce(0, +).squareRoot()
}

/// The factor `torch.nn.utils.clip_grad_norm_` multiplies every gradient by:
/// `min(1, maxNorm / (norm + 1e-6))`.
public func clipCoefficient(norm: Double, maxNorm: Double) -> Double {
    min(1, maxNorm / (norm + 1e-6))
}

/// Clips the global L2 norm of the gradients to `maxNorm` as `torch.nn.utils.clip_grad_norm_`:
/// every gradient is multiplied by `clipCoefficient`. Returns the norm before clipping.
/// (The fine-tuner does not call this: it passes the coefficient to `AdamW.update`, which
/// applies it as it reads each gradient, saving a pass over memory.)
@discardableResult
@_specialize(where S == Float)
public func clipGradientNorm<S: TrainingScalar>(_ parameters: [Parameter<S>], maxNorm: Double) -> Double {
    let norm = gradientNorm(parameters)
    let coefficient = clipCoefficient(norm: norm, maxNorm: maxNorm)
    if coefficient < 1 {
        let factor = S(coefficient)
        for parameter in parameters {
            let grad = parameter.grad
            for index in 0..<parameter.count { grad[index] *= factor }
        }
    }
    return norm
}
