/// Why a tokenizer could not be loaded or a request could not be honoured.
public enum TokenizerError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The file is not the JSON shape a `tokenizer.json` has.
    case malformedJSON(path: String, reason: String)
    /// The tokenizer's model is not WordPiece.
    case unsupportedModel(path: String, type: String)
    /// A component (normalizer, pre-tokenizer, post-processor) this implementation does not run.
    case unsupportedComponent(path: String, component: String, type: String)
    /// The vocabulary has no entries.
    case emptyVocabulary(path: String)
    /// A token the configuration needs is missing from the vocabulary.
    case missingToken(path: String, token: String)
    /// `max_length` too small to hold the special tokens.
    case truncationTooShort(maxLength: Int, specialTokens: Int)

    /// A one-line message naming the file and the problem.
    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read tokenizer file '\(path)': \(reason)"
        case let .malformedJSON(path, reason):
            return "'\(path)' is not a valid tokenizer.json: \(reason)"
        case let .unsupportedModel(path, type):
            return "'\(path)' holds a \(type) model; only WordPiece tokenizers are supported"
        case let .unsupportedComponent(path, component, type):
            return "'\(path)': \(component) of type '\(type)' is not supported (expected a BERT-style tokenizer)"
        case let .emptyVocabulary(path):
            return "'\(path)' has an empty vocabulary"
        case let .missingToken(path, token):
            return "'\(path)': token '\(token)' is not in the vocabulary"
        case let .truncationTooShort(maxLength, specialTokens):
            return "max_length \(maxLength) cannot hold the \(specialTokens) special tokens added to each sequence"
        }
    }
}
