import LabCore
import Testing
@testable import Transformer

/// A Float parameter spanning several optimiser chunks, not a multiple of the vector width,
/// with seeded values and gradients.
private func spanningParameter(name: String, seed: UInt64) -> Parameter<Float> {
    let count = 2 * ParameterChunks<Float>.size + 13
    let parameter = Parameter<Float>(name: name, shape: [count])
    var generator = SeededGenerator(seed: seed)
    parameter.values = (0..<count).map { _ in Float(generator.nextDouble() * 2 - 1) }
    parameter.grad.update(from: (0..<count).map { _ in Float((generator.nextDouble() * 2 - 1) * 0.01) }, count: count)
    return parameter
}

@Test func gradientNormOverManyChunksIsTheL2NormOfEveryGradient() {
    let a = spanningParameter(name: "a.weight", seed: 1), b = Parameter<Float>(name: "b.bias", shape: [3])
    b.grad.update(from: [3, -4, 12], count: 3)
    let expected = (a.gradient + b.gradient).reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
    #expect(abs(gradientNorm([a, b]) - expected) <= 1e-12 * expected)
    #expect(gradientNorm([b]) == 13)
    #expect(clipCoefficient(norm: 13, maxNorm: 1) == 1 / (13 + 1e-6))
    #expect(clipCoefficient(norm: 0.5, maxNorm: 1) == 1)
}

/// `base` multiplied by itself `exponent` times, as AdamW forms its bias corrections.
private func power(_ base: Double, _ exponent: Int) -> Double { (0..<exponent).reduce(1.0) { product, _ in product * base } }

@Test func fusedClippedUpdateEqualsClippingThenTheScalarAdamWFormulaBitForBit() {
    // Two identical models: one clipped in place and updated element by element with the
    // formula written out here, the other through the vectorised, chunked, fused step.
    let fused = [spanningParameter(name: "w.weight", seed: 7), spanningParameter(name: "w.bias", seed: 8)]
    let reference = [spanningParameter(name: "w.weight", seed: 7), spanningParameter(name: "w.bias", seed: 8)]
    let optimizer = AdamW<Float>(weightDecay: 0.01)
    var m = reference.map { [Float](repeating: 0, count: $0.count) }, v = m
    for step in 1...3 {
        let learningRate = 1e-3 * Double(step)
        let scale = clipCoefficient(norm: gradientNorm(fused), maxNorm: 0.5)
        #expect(scale < 1)
        optimizer.update(fused, learningRate: learningRate, gradientScale: scale, zeroingGradients: true)
        #expect(fused.allSatisfy { $0.gradient.allSatisfy { $0 == 0 } })
        clipGradientNorm(reference, maxNorm: 0.5)
        let stepSize = Float(learningRate / (1 - power(0.9, step)))
        let root2 = Float((1 - power(0.999, step)).squareRoot())
        for (k, parameter) in reference.enumerated() {
            let decay: Float = parameter.decays ? Float(1 - learningRate * 0.01) : 1
            for i in 0..<parameter.count {
                let g = parameter.grad[i]
                parameter.value[i] *= decay
                m[k][i] = Float(0.9) * m[k][i] + Float(1 - 0.9) * g
                v[k][i] = Float(0.999) * v[k][i] + Float(1 - 0.999) * g * g
                parameter.value[i] -= stepSize * m[k][i] / (v[k][i].squareRoot() / root2 + Float(1e-8))
            }
        }
        #expect(zip(fused, reference).allSatisfy { $0.values == $1.values })
        // Fresh gradients for the next step, the same in both.
        for (a, b) in zip(fused, reference) {
            let g = (0..<a.count).map { Float(($0 % 17) - 8) * Float(step) * 1e-3 }
            a.grad.update(from: g, count: a.count)
            b.grad.update(from: g, count: b.count)
        }
    }
}
