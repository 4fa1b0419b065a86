/// AdamW as PyTorch's `torch.optim.AdamW` (the Hugging Face Trainer's default):
/// decoupled weight decay `θ ← θ(1 - lr·λ)`, then the bias-corrected Adam step
/// `θ ← θ - lr/(1-β₁ᵗ) · m / (√v/√(1-β₂ᵗ) + ε)`. Decay applies only to parameters whose
/// `decays` is true (every weight except biases and LayerNorm tensors).
public final class AdamW<S: TrainingScalar> {
    /// First-moment decay β₁.
    public let beta1: Double
    /// Second-moment decay β₂.
    public let beta2: Double
    /// Denominator guard ε.
    public let epsilon: Double
    /// Decoupled weight decay λ.
    public let weightDecay: Double
    /// Steps taken so far.
    public private(set) var step = 0
    /// First and second moments per parameter (reference storage: updated in place, never copied).
    private var moments: [ObjectIdentifier: ParameterBlock<S>] = [:]

    /// Trainer defaults: β 0.9/0.999, ε 1e-8, no decay.
    public init(beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    /// Applies one update with `learningRate` to `parameters` from their gradients, each
    /// gradient first multiplied by `gradientScale` when that is below 1 (the clipping
    /// coefficient, exactly as if the gradients had been clipped in place beforehand).
    /// With `zeroingGradients` each gradient is set to zero once read, ready for the next
    /// step's accumulation. `rateScales`, one per parameter, multiplies `learningRate` for that
    /// parameter (a PyTorch parameter group with its own rate: its weight decay uses that rate
    /// too); nil trains every parameter at `learningRate`. The elements are updated in parallel chunks (`ParameterChunks`);
    /// each element's arithmetic is independent of the others, so the result does not depend
    /// on the number of cores.
    @_specialize(where S == Float)
    public func update(_ parameters: [Parameter<S>], learningRate: Double, rateScales: [Double]? = nil,
                       gradientScale: Double = 1, zeroingGradients: Bool = false) {
        step += 1
        let correction1 = 1 - pow(beta1, step), correction2Root = (1 - pow(beta2, step)).squareRoot()
        let rates = parameters.indices.map { index in
            rateScales.map { index < $0.count ? learningRate * $0[index] : learningRate } ?? learningRate
        }
        let stepSizes = rates.map { S($0 / correction1) }
        let b1 = S(beta1), b2 = S(beta2), oneMinusB1 = S(1 - beta1), oneMinusB2 = S(1 - beta2)
        let eps = S(epsilon), root2 = S(correction2Root)
        // Multiplying by 1 is exact, so an unclipped step reads the gradients unchanged.
        let factor = gradientScale < 1 ? S(gradientScale) : 1
        // `value` of a moment block holds the first moment m and `grad` the second moment v.
        let states = parameters.map { parameter in
            let key = ObjectIdentifier(parameter)
            let state = moments[key] ?? ParameterBlock<S>(count: parameter.count)
            moments[key] = state
            return state
        }
        let decays = zip(parameters, rates).map { parameter, rate in parameter.decays ? S(1 - rate * weightDecay) : 1 }
        let values = parameters.map(\.value), gradients = parameters.map(\.grad)
        ParameterChunks(parameters).forEach { _, chunk in
            let value = values[chunk.parameter] + chunk.start, grad = gradients[chunk.parameter] + chunk.start
            let m = states[chunk.parameter].value + chunk.start, v = states[chunk.parameter].grad + chunk.start
            Self.step(count: chunk.count, value: value, grad: grad, m: m, v: v,
                      constants: StepConstants(factor: factor, decay: decays[chunk.parameter], b1: b1, oneMinusB1: oneMinusB1,
                                               b2: b2, oneMinusB2: oneMinusB2, stepSize: stepSizes[chunk.parameter], root2: root2, eps: eps))
            if zeroingGradients { grad.update(repeating: 0, count: chunk.count) }
        }
    }

    /// The scalars of one update, the same for every element of a parameter.
    private struct StepConstants {
        let factor: S, decay: S, b1: S, oneMinusB1: S, b2: S, oneMinusB2: S, stepSize: S, root2: S, eps: S
    }

    /// The update of `count` consecutive elements, eight lanes at a time. Every lane computes
    /// exactly the scalar formula (IEEE division and square root are correctly rounded in
    /// vectors as in scalars), so the result is that of the element-by-element loop.
    @inline(__always)
    private static func step(count: Int, value: UnsafeMutablePointer<S>, grad: UnsafeMutablePointer<S>,
                             m: UnsafeMutablePointer<S>, v: UnsafeMutablePointer<S>, constants c: StepConstants) {
        typealias Lanes = SIMD8<S>
        let width = Lanes.scalarCount, stride = MemoryLayout<S>.stride
        let factor = Lanes(repeating: c.factor), decay = Lanes(repeating: c.decay)
        let b1 = Lanes(repeating: c.b1), oneMinusB1 = Lanes(repeating: c.oneMinusB1)
        let b2 = Lanes(repeating: c.b2), oneMinusB2 = Lanes(repeating: c.oneMinusB2)
        let stepSize = Lanes(repeating: c.stepSize), root2 = Lanes(repeating: c.root2), eps = Lanes(repeating: c.eps)
        let rawValue = UnsafeMutableRawPointer(value), rawGrad = UnsafeRawPointer(grad)
        let rawM = UnsafeMutableRawPointer(m), rawV = UnsafeMutableRawPointer(v)
        var index = 0
        while index + width <= count {
            let offset = index * stride
            let g = rawGrad.loadUnaligned(fromByteOffset: offset, as: Lanes.self) * factor
            let p = rawValue.loadUnaligned(fromByteOffset: offset, as: Lanes.self) * decay
            let mNew = b1 * rawM.loadUnaligned(fromByteOffset: offset, as: Lanes.self) + oneMinusB1 * g
            let vNew = b2 * rawV.loadUnaligned(fromByteOffset: offset, as: Lanes.self) + oneMinusB2 * g * g
            rawM.storeBytes(of: mNew, toByteOffset: offset, as: Lanes.self)
            rawV.storeBytes(of: vNew, toByteOffset: offset, as: Lanes.self)
            rawValue.storeBytes(of: p - stepSize * mNew / (vNew.squareRoot() / root2 + eps), toByteOffset: offset, as: Lanes.self)
            index += width
        }
        while index < count {
            let g = grad[index] * c.factor
            let p = value[index] * c.decay
            let mNew = c.b1 * m[index] + c.oneMinusB1 * g
            let vNew = c.b2 * v[index] + c.oneMinusB2 * g * g
            m[index] = mNew
            v[index] = vNew
            value[index] = p - c.stepSize * mNew / (vNew.squareRoot() / c.root2 + c.eps)
            index += 1
        }
    }

    private func pow(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }
}

/// Hugging Face's `get_linear_schedule_with_warmup`: the rate rises linearly from 0 over
/// `warmupSteps`, then falls linearly to 0 at `totalSteps`.
public struct LinearSchedule: Equatable, Sendable {
    /// The rate at the end of warm-up.
    public var peak: Double
    /// Steps of warm-up (`ceil(totalSteps · warmup_ratio)`).
    public var warmupSteps: Int
    /// All optimisation steps of the run.
    public var totalSteps: Int

    /// A schedule with `warmupSteps = ceil(totalSteps · warmupRatio)`.
    public init(peak: Double, totalSteps: Int, warmupRatio: Double) {
        self.peak = peak
        self.totalSteps = totalSteps
        let ratio = warmupRatio.isFinite ? min(max(warmupRatio, 0), 1) : 0
        self.warmupSteps = Int((Double(max(totalSteps, 0)) * ratio).rounded(.up))
    }

    /// The learning rate of the update with 0-based index `step`.
    public func rate(at step: Int) -> Double {
        if step < warmupSteps { return peak * Double(step) / Double(max(1, warmupSteps)) }
        return peak * max(0, Double(totalSteps - step) / Double(max(1, totalSteps - warmupSteps)))
    }
}
