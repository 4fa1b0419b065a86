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

    /// Applies one update with `learningRate` to `parameters` from their gradients.
    @_specialize(where S == Float)
    public func update(_ parameters: [Parameter<S>], learningRate: Double) {
        step += 1
        let correction1 = 1 - pow(beta1, step), correction2Root = (1 - pow(beta2, step)).squareRoot()
        let stepSize = S(learningRate / correction1)
        let b1 = S(beta1), b2 = S(beta2), oneMinusB1 = S(1 - beta1), oneMinusB2 = S(1 - beta2)
        let eps = S(epsilon), root2 = S(correction2Root)
        for parameter in parameters {
            let key = ObjectIdentifier(parameter)
            let state = moments[key] ?? ParameterBlock<S>(count: parameter.count)
            moments[key] = state
            // `value` holds the first moment m and `grad` the second moment v.
            let m = state.value, v = state.grad
            let value = parameter.value, grad = parameter.grad
            let decay = parameter.decays ? S(1 - learningRate * weightDecay) : 1
            for index in 0..<parameter.count {
                let g = grad[index]
                value[index] *= decay
                m[index] = b1 * m[index] + oneMinusB1 * g
                v[index] = b2 * v[index] + oneMinusB2 * g * g
                value[index] -= stepSize * m[index] / (v[index].squareRoot() / root2 + eps)
            }
        }
    }

    private func pow(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<exponent { result *= base }
        return result
    }
}

/// Clips the global L2 norm of the gradients to `maxNorm` as `torch.nn.utils.clip_grad_norm_`:
/// every gradient is multiplied by `min(1, maxNorm / (‖g‖ + 1e-6))`. Returns the norm before clipping.
@discardableResult
@_specialize(where S == Float)
public func clipGradientNorm<S: TrainingScalar>(_ parameters: [Parameter<S>], maxNorm: Double) -> Double {
    var total = 0.0
    for parameter in parameters {
        let grad = parameter.grad
        for index in 0..<parameter.count { total += Double(grad[index]) * Double(grad[index]) }
    }
    let norm = total.squareRoot()
    let coefficient = min(1, maxNorm / (norm + 1e-6))
    if coefficient < 1 {
        let factor = S(coefficient)
        for parameter in parameters {
            let grad = parameter.grad
            for index in 0..<parameter.count { grad[index] *= factor }
        }
    }
    return norm
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
