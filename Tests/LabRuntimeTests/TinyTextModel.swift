import Foundation
import LabCore
import Transformer

/// A one-layer, hidden-8 BERT with a 30-word vocabulary (`vocab.txt`), seeded random
/// weights, written as a model folder: small enough to fine-tune in milliseconds.
enum TinyTextModel {
    static let words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "good", "bad", "great", "awful", "fine", "movie", "film",
                        "plot", "the", "a", "is", "was", "not", "very", "and", "boring", "fun", "##s", "it", "this", "acting",
                        "story", "dull", "lovely", "."]

    static func write(in folder: URL) throws {
        let hidden = 8, intermediate = 16, positions = 32
        var generator = SeededGenerator(seed: 11)
        func tensor(_ shape: [Int], scale: Bool = false) -> SafetensorsTensor {
            let values = (0..<shape.reduce(1, *)).map { _ -> Float in
                let u = Float(generator.nextDouble() * 2 - 1)
                return scale ? 1 + 0.2 * u : 0.5 * u
            }
            return SafetensorsTensor(values, shape: shape)
        }
        var file: [String: SafetensorsTensor] = [
            "embeddings.word_embeddings.weight": tensor([words.count, hidden]),
            "embeddings.position_embeddings.weight": tensor([positions, hidden]),
            "embeddings.token_type_embeddings.weight": tensor([2, hidden]),
            "embeddings.LayerNorm.weight": tensor([hidden], scale: true), "embeddings.LayerNorm.bias": tensor([hidden]),
        ]
        let base = "encoder.layer.0."
        for part in ["query", "key", "value"] {
            file[base + "attention.self.\(part).weight"] = tensor([hidden, hidden])
            file[base + "attention.self.\(part).bias"] = tensor([hidden])
        }
        file[base + "attention.output.dense.weight"] = tensor([hidden, hidden])
        file[base + "attention.output.dense.bias"] = tensor([hidden])
        file[base + "attention.output.LayerNorm.weight"] = tensor([hidden], scale: true)
        file[base + "attention.output.LayerNorm.bias"] = tensor([hidden])
        file[base + "intermediate.dense.weight"] = tensor([intermediate, hidden])
        file[base + "intermediate.dense.bias"] = tensor([intermediate])
        file[base + "output.dense.weight"] = tensor([hidden, intermediate])
        file[base + "output.dense.bias"] = tensor([hidden])
        file[base + "output.LayerNorm.weight"] = tensor([hidden], scale: true)
        file[base + "output.LayerNorm.bias"] = tensor([hidden])
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try SafetensorsWriter.write(file, metadata: ["format": "pt"], to: folder.appendingPathComponent("model.safetensors"))
        let config = """
            {"hidden_act": "gelu", "hidden_size": \(hidden), "intermediate_size": \(intermediate), "layer_norm_eps": 1e-12,
             "max_position_embeddings": \(positions), "model_type": "bert", "num_attention_heads": 2,
             "num_hidden_layers": 1, "type_vocab_size": 2, "vocab_size": \(words.count)}
            """
        try Data(config.utf8).write(to: folder.appendingPathComponent("config.json"))
        try Data((words.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("vocab.txt"))
    }

    /// JSON Lines of labelled reviews built from the vocabulary (alternately positive and negative).
    static func reviews(_ count: Int, offset: Int) -> String {
        let positive = ["good movie", "great film", "lovely story", "fun plot", "very good acting", "the film was great"]
        let negative = ["bad movie", "awful film", "dull story", "boring plot", "very bad acting", "the film was awful"]
        return (0..<count).map { i in
            let k = (i / 2 + offset) % positive.count
            return i % 2 == 0 ? "{\"text\": \"\(positive[k])\", \"label\": 1}" : "{\"text\": \"\(negative[k])\", \"label\": 0}"
        }.joined(separator: "\n") + "\n"
    }
}
