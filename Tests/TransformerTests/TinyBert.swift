import Foundation
import LabCore
import Transformer

/// A 2-layer, hidden-8 BERT with seeded random weights, written to a temporary
/// model directory with `SafetensorsWriter`, plus a plain Double reference forward pass.
struct TinyBert {
    static let config = BertConfig(vocabSize: 50, hiddenSize: 8, numHiddenLayers: 2, numAttentionHeads: 2,
                                   intermediateSize: 16, layerNormEps: 1e-12, maxPositionEmbeddings: 24,
                                   typeVocabSize: 2)
    let directory: URL
    let tensors: [String: [Double]]

    /// Writes the model under a fresh temporary folder (`prefix` is prepended to every weight name).
    init(seed: UInt64 = 7, prefix: String = "", configJSON: String? = nil) throws {
        let c = Self.config
        var generator = SeededGenerator(seed: seed)
        var shapes: [(String, [Int])] = [
            ("embeddings.word_embeddings.weight", [c.vocabSize, c.hiddenSize]),
            ("embeddings.position_embeddings.weight", [c.maxPositionEmbeddings, c.hiddenSize]),
            ("embeddings.token_type_embeddings.weight", [c.typeVocabSize, c.hiddenSize]),
            ("embeddings.LayerNorm.weight", [c.hiddenSize]), ("embeddings.LayerNorm.bias", [c.hiddenSize]),
        ]
        for layer in 0..<c.numHiddenLayers {
            let base = "encoder.layer.\(layer)."
            for part in ["query", "key", "value"] {
                shapes.append((base + "attention.self.\(part).weight", [c.hiddenSize, c.hiddenSize]))
                shapes.append((base + "attention.self.\(part).bias", [c.hiddenSize]))
            }
            shapes += [
                (base + "attention.output.dense.weight", [c.hiddenSize, c.hiddenSize]),
                (base + "attention.output.dense.bias", [c.hiddenSize]),
                (base + "attention.output.LayerNorm.weight", [c.hiddenSize]),
                (base + "attention.output.LayerNorm.bias", [c.hiddenSize]),
                (base + "intermediate.dense.weight", [c.intermediateSize, c.hiddenSize]),
                (base + "intermediate.dense.bias", [c.intermediateSize]),
                (base + "output.dense.weight", [c.hiddenSize, c.intermediateSize]),
                (base + "output.dense.bias", [c.hiddenSize]),
                (base + "output.LayerNorm.weight", [c.hiddenSize]),
                (base + "output.LayerNorm.bias", [c.hiddenSize]),
            ]
        }
        var tensors: [String: [Double]] = [:]
        var file: [String: SafetensorsTensor] = [:]
        for (name, shape) in shapes {
            let count = shape.reduce(1, *)
            let isScale = name.hasSuffix("LayerNorm.weight")
            // Weights large enough that attention is far from uniform.
            let values = (0..<count).map { _ -> Float in
                let u = Float(generator.nextDouble() * 2 - 1)
                return isScale ? 1 + 0.3 * u : 0.8 * u
            }
            tensors[name] = values.map(Double.init)
            file[prefix + name] = SafetensorsTensor(values, shape: shape)
        }
        file[prefix + "embeddings.position_ids"] = SafetensorsTensor(
            int64: (0..<Int64(c.maxPositionEmbeddings)).map { $0 }, shape: [1, c.maxPositionEmbeddings])
        self.tensors = tensors
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("labbook-tinybert-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try SafetensorsWriter.write(file, metadata: ["format": "pt"],
                                    to: directory.appendingPathComponent("model.safetensors"))
        let json = configJSON ?? """
            {"architectures": ["BertModel"], "hidden_act": "gelu", "hidden_size": \(c.hiddenSize),
             "intermediate_size": \(c.intermediateSize), "layer_norm_eps": 1e-12,
             "max_position_embeddings": \(c.maxPositionEmbeddings), "model_type": "bert",
             "num_attention_heads": \(c.numAttentionHeads), "num_hidden_layers": \(c.numHiddenLayers),
             "type_vocab_size": \(c.typeVocabSize), "vocab_size": \(c.vocabSize)}
            """
        try Data(json.utf8).write(to: directory.appendingPathComponent("config.json"))
    }

    /// Removes the temporary model folder.
    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Seeded random token sequences with lengths `lengths`.
    static func sequences(_ lengths: [Int], seed: UInt64 = 3) -> [[Int32]] {
        var generator = SeededGenerator(seed: seed)
        return lengths.map { n in (0..<n).map { _ in Int32(generator.nextInt(below: config.vocabSize)) } }
    }
}
