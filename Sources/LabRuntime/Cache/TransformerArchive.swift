import Foundation
import LabCache
import LabCore
import TextFeatures
import Transformer

/// The cache's binary form of a fine-tuned transformer, stored under its own tag beside
/// `ModelArchive`'s JSON models: the checkpoint image (`config.json` and
/// `model.safetensors` bytes, adapters merged), the folder its tokenizer is read from,
/// its truncation length and how it was trained.
///
/// Layout (`BinaryWriter`): format byte (1), source folder path, max length, optional
/// summary (method, trainable and all parameters, seconds of each epoch), config bytes,
/// weights bytes. The decoded model's logits are bit-identical to the encoded one's.
enum TransformerArchive {
    /// The tag `ValueCodec` files these models under.
    static let tag = "transformer"
    static let format: UInt8 = 1

    static func encode(_ transformer: FineTunedTransformer) throws -> [UInt8] {
        let image = try transformer.model.checkpointImage()
        var w = BinaryWriter()
        w.write(format)
        w.write(transformer.source.path)
        w.write(transformer.maxLength)
        w.write(transformer.training) { w, s in
            w.write(s.method)
            w.write(s.trainableParameters)
            w.write(s.allParameters)
            w.write(s.epochSeconds)
        }
        w.write(bytes: Array(image.config))
        w.write(bytes: Array(image.weights))
        return w.bytes
    }

    /// The model back; its tokenizer is read again from the source folder.
    /// - Throws: `CacheFormatError` for damaged bytes, the loader's error for an unreadable model or tokenizer.
    static func decode(_ bytes: [UInt8]) throws -> FineTunedTransformer {
        var r = BinaryReader(bytes)
        let version = try r.readByte()
        guard version == format else { throw CacheFormatError.invalid("transformer format \(version)") }
        let source = URL(fileURLWithPath: try r.readString())
        let maxLength = try r.readInt()
        let training = try r.readOptional { r in
            FineTuneSummary(method: try r.readString(), trainableParameters: try r.readInt(), allParameters: try r.readInt(),
                            epochSeconds: try r.readDoubles())
        }
        let image = CheckpointImage(config: Data(try r.readBytes()), weights: Data(try r.readBytes()))
        guard r.isAtEnd else { throw CacheFormatError.invalid("trailing bytes") }
        let model = try BertClassifier<Float>.load(image: image)
        let json = source.appendingPathComponent("tokenizer.json")
        let tokenizer = FileManager.default.fileExists(atPath: json.path)
            ? try WordPieceTokenizer(tokenizerJSON: json, confinement: .directory(source))
            : try WordPieceTokenizer(vocabTXT: source.appendingPathComponent("vocab.txt"), confinement: .directory(source))
        return FineTunedTransformer(model: model, tokenizer: tokenizer, source: source, maxLength: maxLength, training: training)
    }
}
