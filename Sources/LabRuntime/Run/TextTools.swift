import Foundation
import TextFeatures
import Transformer

/// The tokenizer and encoder behind `lab tokenize` and `lab embed`, writing JSON lines.
public struct TextTools {
    let directory: URL
    let tokenizer: WordPieceTokenizer

    /// Loads the tokenizer of `model` (a name in the model cache, or a folder).
    public init(model: String) throws {
        directory = try ModelFiles.locate(name: model)
        let json = directory.appendingPathComponent("tokenizer.json")
        tokenizer = FileManager.default.fileExists(atPath: json.path)
            ? try WordPieceTokenizer(tokenizerJSON: json)
            : try WordPieceTokenizer(vocabTXT: directory.appendingPathComponent("vocab.txt"))
    }

    /// One `{"ids": [...]}` line per text (with `tokens` and `attention_mask` when asked).
    public func tokenize(_ texts: [String], maxLength: Int?, withTokens: Bool) throws -> [String] {
        try tokenizer.encodeBatch(texts, truncation: maxLength).map { e in
            var pairs: [(String, JSONValue)] = [("ids", .numbers(e.ids.map(Double.init)))]
            if withTokens {
                pairs.append(("tokens", .array(e.tokens.map(JSONValue.string))))
                pairs.append(("attention_mask", .numbers(e.attentionMask.map(Double.init))))
            }
            return JSONValue.object(pairs).serialized()
        }
    }

    /// The `--pooling` values `embed` accepts.
    public static let poolingNames = ["cls", "mean", "mean_normalized"]

    /// One `{"embedding": [...]}` line per text.
    public func embed(_ texts: [String], pooling: String, batch: Int) throws -> [String] {
        guard let mode = Pooling(rawValue: pooling) else {
            throw RunError.badParameter("pooling=\(pooling) (use cls, mean or mean_normalized)")
        }
        let encoder = try BertEncoder(directory: directory)
        let ids = try tokenizer.encodeBatch(texts, truncation: encoder.config.maxPositionEmbeddings).map(\.ids)
        let vectors = try encoder.embedFloats(ids: ids, pooling: mode, batchSize: batch)
        return vectors.map { v in JSONValue.object([("embedding", .numbers(v.map(Double.init)))]).serialized() }
    }
}
