/// A BERT WordPiece tokenizer with exact parity with Hugging Face `tokenizers`.
///
/// Pipeline per text: special tokens written in the text (`[CLS]`, `[SEP]`, … as the
/// file's `added_tokens`, matched case-sensitively, leftmost-longest) are cut out first;
/// each other span goes through `BertNormalizer` (see `BertNormalizerOptions`), is split
/// by `BertPreTokenizer` on whitespace and punctuation, and each word is split greedily
/// longest-match-first into vocabulary pieces (`##` marks a continuation). A word longer
/// than `maxInputCharsPerWord` characters, or with no full match, becomes the unknown token.
/// The post-processor then adds `[CLS] … [SEP]`.
///
/// Hot path: works on UTF-8 bytes; all-ASCII words skip Unicode normalisation; vocabulary
/// lookups hash byte slices (`ByteVocabulary`) without building strings.
/// Thread-safe: a tokenizer is immutable and `Sendable`.
public struct WordPieceTokenizer: Sendable {
    let vocabulary: ByteVocabulary
    let idToToken: [String]
    /// The normalizer switches in effect.
    public let normalizer: BertNormalizerOptions
    /// The unknown token and its id.
    public let unknownToken: String
    let unknownID: Int32
    /// The prefix marking a continuation piece (`##`).
    public let continuingSubwordPrefix: String
    /// Words with more characters than this (after normalisation) become the unknown token.
    public let maxInputCharsPerWord: Int
    let specialTokens: SpecialTokenMatcher
    let postProcessor: PostProcessor
    /// The id, token and segment id used for padding.
    public let padID: Int32
    /// The padding token string.
    public let padToken: String
    let padTypeID: Int32

    /// Number of ids (the largest id + 1).
    public var vocabularySize: Int { idToToken.count }

    /// The id of `token` (exact spelling, `##` included for continuations), or nil.
    public func id(of token: String) -> Int? {
        vocabulary.find(token).map(Int.init)
    }

    /// The vocabulary string of `id`, or nil when out of range.
    public func token(for id: Int) -> String? {
        id >= 0 && id < idToToken.count ? idToToken[id] : nil
    }

    /// The vocabulary strings of `ids`; ids out of range give the unknown token.
    public func tokens<S: Sequence>(_ ids: S) -> [String] where S.Element: BinaryInteger {
        ids.map { id in
            let i = Int(id)
            return i >= 0 && i < idToToken.count ? idToToken[i] : unknownToken
        }
    }
}
