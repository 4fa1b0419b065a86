/// The classification head on the `[CLS]` token's last hidden state.
public enum ClassifierHeadKind: String, CaseIterable, Sendable {
    /// Hugging Face's `BertForSequenceClassification`: the pre-trained pooler
    /// (dense + tanh), dropout, then a new `classifier` layer.
    case bert
    /// `DistilBertForSequenceClassification`'s head: a new `pre_classifier`
    /// (dense + ReLU), dropout, then a new `classifier` layer.
    case distilbert
}

/// Which token states feed the head.
public enum ClassifierPooling: String, CaseIterable, Sendable {
    /// The `[CLS]` token's last hidden state, as every Hugging Face `…ForSequenceClassification`.
    case cls
    /// The mean of the sequence's last hidden states over its tokens (special tokens included,
    /// padding excluded), as sentence-transformers' `Pooling(mode="mean")`, which is how
    /// all-MiniLM-L6-v2 was trained to represent a sentence.
    case mean
}

/// Shape and regularisation of a sequence classifier built on a BERT encoder.
public struct ClassifierOptions: Equatable, Sendable {
    /// Number of classes (the classifier's output width).
    public var numLabels: Int
    /// Which head sits on the pooled state.
    public var head: ClassifierHeadKind
    /// What the head reads: the `[CLS]` state (default) or the mean of the token states.
    public var pooling: ClassifierPooling
    /// Dropout after the embeddings, the attention output and the feed-forward output (`hidden_dropout_prob`).
    public var hiddenDropout: Double
    /// Dropout on the attention probabilities (`attention_probs_dropout_prob`).
    public var attentionDropout: Double
    /// Dropout before the classifier layer (`classifier_dropout`, which defaults to the hidden dropout).
    public var classifierDropout: Double
    /// Class names by index (`id2label`); nil means `LABEL_0`, `LABEL_1`, … as Hugging Face writes.
    public var labelNames: [String]?

    /// Hugging Face's defaults: 2 labels, the BERT pooler head, dropout 0.1 everywhere.
    public init(numLabels: Int = 2, head: ClassifierHeadKind = .bert, hiddenDropout: Double = 0.1,
                attentionDropout: Double = 0.1, classifierDropout: Double? = nil, labelNames: [String]? = nil,
                pooling: ClassifierPooling = .cls) {
        self.numLabels = numLabels
        self.head = head
        self.pooling = pooling
        self.hiddenDropout = hiddenDropout
        self.attentionDropout = attentionDropout
        self.classifierDropout = classifierDropout ?? hiddenDropout
        self.labelNames = labelNames
    }

    /// The class names, `labelNames` or `LABEL_i`.
    public var resolvedLabelNames: [String] {
        if let labelNames, labelNames.count == numLabels { return labelNames }
        return (0..<numLabels).map { "LABEL_\($0)" }
    }
}

/// A linear layer of each encoder layer that LoRA can adapt, named by the word the
/// `targets=` option takes.
public enum LoRATarget: String, CaseIterable, Sendable {
    /// `attention.self.query`, `attention.self.key`, `attention.self.value`: the three
    /// column blocks of the fused attention product.
    case query, key, value
    /// `attention.output.dense`: the projection of the attention context back to the hidden size.
    case attentionOutput = "attention_output"
    /// `intermediate.dense`: the feed-forward layer's expansion to the intermediate size.
    case intermediate
    /// `output.dense`: the feed-forward layer's projection back to the hidden size.
    case output

    /// The Hugging Face module path inside `bert.encoder.layer.N.`, where PEFT puts `lora_A` / `lora_B`.
    public var modulePath: String {
        switch self {
        case .query, .key, .value: return "attention.self.\(rawValue)"
        case .attentionOutput: return "attention.output.dense"
        case .intermediate: return "intermediate.dense"
        case .output: return "output.dense"
        }
    }

    /// Column block of the fused `[query | key | value]` product (0, 1, 2), nil for the other layers.
    var fusedBlock: Int? {
        switch self {
        case .query: return 0
        case .key: return 1
        case .value: return 2
        case .attentionOutput, .intermediate, .output: return nil
        }
    }

    /// The targets a `targets=` word names: one target, or PEFT's groups — `dense` (every
    /// module PEFT's name `dense` matches inside the encoder: attention output, intermediate,
    /// output) and `all-linear` (every linear layer of the encoder). Nil for an unknown word.
    public static func named(_ word: String) -> [LoRATarget]? {
        switch word {
        case "dense": return [.attentionOutput, .intermediate, .output]
        case "all-linear": return allCases
        default: return LoRATarget(rawValue: word).map { [$0] }
        }
    }

    /// Every word `named` accepts, in the order the documentation lists them.
    public static var words: [String] { allCases.map(\.rawValue) + ["dense", "all-linear"] }
}

/// Low-rank adapters as PEFT's `LoraConfig`: `W x + (alpha / r) · B A dropout(x)`.
public struct LoRAOptions: Equatable, Sendable {
    /// Rank r of the adapters.
    public var rank: Int
    /// Scaling numerator; the update is multiplied by `alpha / rank`.
    public var alpha: Double
    /// Dropout on the adapter's input.
    public var dropout: Double
    /// Adapted linear layers (`query`, `value` by default); repeats are ignored.
    public var targets: [LoRATarget]

    /// PEFT-style options; targets default to query and value.
    public init(rank: Int = 8, alpha: Double = 16, dropout: Double = 0.1, targets: [LoRATarget] = [.query, .value]) {
        self.rank = rank
        self.alpha = alpha
        self.dropout = dropout
        self.targets = targets
    }

    /// `alpha / rank`.
    public var scale: Double { alpha / Double(max(rank, 1)) }
}
