import Foundation

/// A saved classifier held in memory: the bytes `save(to:)` writes as `config.json` and
/// `model.safetensors` (Hugging Face tensor names, single precision, adapters merged).
///
/// Loading an image gives a model whose logits are bit-identical to those of the folder
/// written from the same model, which is how the result cache stores fine-tuned models.
public struct CheckpointImage: Equatable, Sendable {
    /// The `config.json` bytes (sorted keys).
    public var config: Data
    /// The `model.safetensors` bytes.
    public var weights: Data

    /// Wraps the two files' bytes.
    public init(config: Data, weights: Data) {
        self.config = config
        self.weights = weights
    }
}

extension BertClassifier {
    /// The checkpoint `save(to:)` would write, in memory (without the tokenizer files).
    /// - Throws: `TransformerError.invalidConfig` / `.safetensors` when it cannot be encoded.
    public func checkpointImage() throws -> CheckpointImage {
        let config: Data
        do { config = try configJSON() } catch {
            throw TransformerError.invalidConfig(path: "config.json", reason: "cannot encode: \(error)")
        }
        do {
            return CheckpointImage(config: config, weights: try SafetensorsWriter.encode(exportedTensors(), metadata: ["format": "pt"]))
        } catch let error as SafetensorsError { throw TransformerError.safetensors(error) }
    }

    /// The model held by `image`: its head and labels from the config, every tensor from the weights.
    /// - Throws: `TransformerError` for a bad config or missing, misshapen or damaged weights.
    public static func load(image: CheckpointImage, options: ClassifierOptions = ClassifierOptions(), seed: UInt64 = 0) throws -> BertClassifier<S> {
        let file: SafetensorsFile
        do { file = try SafetensorsFile(data: image.weights) } catch let error as SafetensorsError {
            throw TransformerError.safetensors(error)
        }
        return try load(configJSON: image.config, configPath: "config.json (checkpoint image)", weights: file, options: options, seed: seed)
    }

    /// The model as it is used after training: a fresh classifier built from this one's
    /// exported tensors, so LoRA adapters are merged into their projections (PEFT's
    /// `merge_and_unload`) and its logits are bit-identical to those of the saved
    /// checkpoint and of the cached image.
    /// - Throws: `TransformerError` when the checkpoint cannot be encoded or read back.
    public func mergedForInference() throws -> BertClassifier<S> {
        try Self.load(image: try checkpointImage(), options: options)
    }
}
