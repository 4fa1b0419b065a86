import Foundation
import Transformer

/// A deliberately plain Double-precision BERT forward pass (one sequence, no padding,
/// textbook loops, libm `erf` / `exp`) used as the reference for the optimised encoder.
struct NaiveBert {
    let config: BertConfig
    let w: [String: [Double]]

    /// Last hidden states `[tokens][H]` of one sequence.
    func forward(_ ids: [Int32]) -> [[Double]] {
        let h = config.hiddenSize
        var x = ids.enumerated().map { t, id in
            (0..<h).map { j in
                w["embeddings.word_embeddings.weight"]![Int(id) * h + j]
                    + w["embeddings.position_embeddings.weight"]![t * h + j]
                    + w["embeddings.token_type_embeddings.weight"]![j]
            }
        }
        x = x.map { layerNorm($0, "embeddings.LayerNorm") }
        for layer in 0..<config.numHiddenLayers {
            let p = "encoder.layer.\(layer)."
            let q = x.map { linear($0, p + "attention.self.query") }
            let k = x.map { linear($0, p + "attention.self.key") }
            let v = x.map { linear($0, p + "attention.self.value") }
            let d = config.headSize
            var context = [[Double]](repeating: [Double](repeating: 0, count: h), count: x.count)
            for head in 0..<config.numAttentionHeads {
                for i in x.indices {
                    var scores = x.indices.map { j in
                        (0..<d).reduce(0.0) { $0 + q[i][head * d + $1] * k[j][head * d + $1] } / Double(d).squareRoot()
                    }
                    let top = scores.max()!
                    scores = scores.map { Foundation.exp($0 - top) }
                    let total = scores.reduce(0, +)
                    for c in 0..<d {
                        context[i][head * d + c] = x.indices.reduce(0.0) { $0 + scores[$1] / total * v[$1][head * d + c] }
                    }
                }
            }
            let attended = x.indices.map { i in
                layerNorm(zip(linear(context[i], p + "attention.output.dense"), x[i]).map(+), p + "attention.output.LayerNorm")
            }
            x = attended.map { a in
                let inner = linear(a, p + "intermediate.dense").map { 0.5 * $0 * (1 + Foundation.erf($0 / 2.0.squareRoot())) }
                return layerNorm(zip(linear(inner, p + "output.dense"), a).map(+), p + "output.LayerNorm")
            }
        }
        return x
    }

    private func linear(_ input: [Double], _ name: String) -> [Double] {
        let weight = w[name + ".weight"]!, bias = w[name + ".bias"]!
        let inputs = input.count
        return bias.indices.map { o in bias[o] + input.indices.reduce(0.0) { $0 + weight[o * inputs + $1] * input[$1] } }
    }

    private func layerNorm(_ input: [Double], _ name: String) -> [Double] {
        let mean = input.reduce(0, +) / Double(input.count)
        let variance = input.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(input.count)
        let scale = w[name + ".weight"]!, shift = w[name + ".bias"]!
        return input.indices.map { (input[$0] - mean) / (variance + config.layerNormEps).squareRoot() * scale[$0] + shift[$0] }
    }
}
