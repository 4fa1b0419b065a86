import LabCore
import Foundation

/// The hyper-parameters of a BERT-family encoder, read from Hugging Face's `config.json`.
///
/// Only the fields the forward pass needs; unknown keys are ignored. `hidden_act`
/// must be `gelu` (the exact erf form); `position_embedding_type`, when present,
/// must be `absolute`.
public struct BertConfig: Decodable, Equatable, Sendable {
    /// Rows of the word-embedding table.
    public var vocabSize: Int
    /// Width of every hidden state (H).
    public var hiddenSize: Int
    /// Number of transformer layers.
    public var numHiddenLayers: Int
    /// Number of attention heads; must divide `hiddenSize`.
    public var numAttentionHeads: Int
    /// Width of the feed-forward layer (I).
    public var intermediateSize: Int
    /// Activation of the feed-forward layer; only `gelu` is supported.
    public var hiddenAct: String
    /// Epsilon added to the variance in every LayerNorm.
    public var layerNormEps: Double
    /// Longest sequence the position table covers.
    public var maxPositionEmbeddings: Int
    /// Rows of the token-type table (segment 0 is used).
    public var typeVocabSize: Int
    /// Position encoding kind; only `absolute` is supported.
    public var positionEmbeddingType: String

    enum CodingKeys: String, CodingKey {
        case vocabSize = "vocab_size", hiddenSize = "hidden_size", numHiddenLayers = "num_hidden_layers"
        case numAttentionHeads = "num_attention_heads", intermediateSize = "intermediate_size"
        case hiddenAct = "hidden_act", layerNormEps = "layer_norm_eps"
        case maxPositionEmbeddings = "max_position_embeddings", typeVocabSize = "type_vocab_size"
        case positionEmbeddingType = "position_embedding_type"
    }

    /// Creates a configuration directly (tests, programmatic models).
    public init(vocabSize: Int, hiddenSize: Int, numHiddenLayers: Int, numAttentionHeads: Int,
                intermediateSize: Int, hiddenAct: String = "gelu", layerNormEps: Double = 1e-12,
                maxPositionEmbeddings: Int = 512, typeVocabSize: Int = 2) {
        self.vocabSize = vocabSize
        self.hiddenSize = hiddenSize
        self.numHiddenLayers = numHiddenLayers
        self.numAttentionHeads = numAttentionHeads
        self.intermediateSize = intermediateSize
        self.hiddenAct = hiddenAct
        self.layerNormEps = layerNormEps
        self.maxPositionEmbeddings = maxPositionEmbeddings
        self.typeVocabSize = typeVocabSize
        self.positionEmbeddingType = "absolute"
    }

    /// Decodes `config.json`; optional keys take BERT's defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        vocabSize = try c.decode(Int.self, forKey: .vocabSize)
        hiddenSize = try c.decode(Int.self, forKey: .hiddenSize)
        numHiddenLayers = try c.decode(Int.self, forKey: .numHiddenLayers)
        numAttentionHeads = try c.decode(Int.self, forKey: .numAttentionHeads)
        intermediateSize = try c.decode(Int.self, forKey: .intermediateSize)
        hiddenAct = try c.decodeIfPresent(String.self, forKey: .hiddenAct) ?? "gelu"
        layerNormEps = try c.decodeIfPresent(Double.self, forKey: .layerNormEps) ?? 1e-12
        maxPositionEmbeddings = try c.decodeIfPresent(Int.self, forKey: .maxPositionEmbeddings) ?? 512
        typeVocabSize = try c.decodeIfPresent(Int.self, forKey: .typeVocabSize) ?? 2
        positionEmbeddingType = try c.decodeIfPresent(String.self, forKey: .positionEmbeddingType) ?? "absolute"
    }

    /// Width of one attention head (H / heads).
    public var headSize: Int { hiddenSize / max(numAttentionHeads, 1) }

    /// Reads and validates `config.json` at `url`.
    /// - Throws: `TransformerError.invalidConfig` naming the file and the problem.
    public static func load(from url: URL, confinement: FileConfinement? = nil) throws -> BertConfig {
        let data: Data
        do { data = try (confinement ?? .directory(url.deletingLastPathComponent())).readData(url) } catch {
            throw TransformerError.invalidConfig(path: url.path, reason: "\(error)")
        }
        return try parse(data, path: url.path)
    }

    /// Decodes and validates the bytes of a `config.json`; `path` names it in errors.
    /// - Throws: `TransformerError.invalidConfig` naming `path` and the problem.
    public static func parse(_ data: Data, path: String) throws -> BertConfig {
        let config: BertConfig
        do { config = try JSONDecoder().decode(BertConfig.self, from: data) } catch {
            throw TransformerError.invalidConfig(path: path, reason: Self.describe(error))
        }
        if let problem = config.problem { throw TransformerError.invalidConfig(path: path, reason: problem) }
        return config
    }

    /// The first inconsistency in the configuration, or nil when it is usable.
    public var problem: String? {
        if vocabSize < 1 || hiddenSize < 1 || numHiddenLayers < 0 || numAttentionHeads < 1
            || intermediateSize < 1 || maxPositionEmbeddings < 1 || typeVocabSize < 1 {
            return "sizes must be positive"
        }
        if hiddenSize % numAttentionHeads != 0 {
            return "hidden_size \(hiddenSize) is not a multiple of num_attention_heads \(numAttentionHeads)"
        }
        if hiddenAct != "gelu" { return "hidden_act '\(hiddenAct)' is not supported (only 'gelu')" }
        if positionEmbeddingType != "absolute" {
            return "position_embedding_type '\(positionEmbeddingType)' is not supported (only 'absolute')"
        }
        if !(layerNormEps >= 0) { return "layer_norm_eps must be non-negative" }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "wrong type for '\(path)'"
        case DecodingError.dataCorrupted: return "not valid JSON"
        default: return "\(error)"
        }
    }
}
