/// Why a count / TF-IDF vectorizer could not be fitted (messages follow scikit-learn's).
public enum VectorizerError: Error, Equatable, CustomStringConvertible {
    /// No document held a token.
    case emptyVocabulary
    /// `min_df` / `max_df` / `max_features` removed every term.
    case noTermsRemain
    /// `max_df` resolves to fewer documents than `min_df`.
    case maxDFBelowMinDF(maxDocuments: Double, minDocuments: Double)
    /// A hyper-parameter outside its valid range.
    case invalidParameter(name: String, value: String, expected: String)

    /// A one-line message.
    public var description: String {
        switch self {
        case .emptyVocabulary:
            return "empty vocabulary; perhaps the documents only contain stop words"
        case .noTermsRemain:
            return "After pruning, no terms remain. Try a lower min_df or a higher max_df."
        case let .maxDFBelowMinDF(maxDocuments, minDocuments):
            return "max_df corresponds to < documents than min_df (max_df allows \(maxDocuments) documents, min_df requires \(minDocuments))"
        case let .invalidParameter(name, value, expected):
            return "invalid \(name)=\(value): expected \(expected)"
        }
    }
}
