/// A document-frequency bound for `min_df` / `max_df`: an absolute count or a fraction of documents.
public enum DocumentFrequency: Equatable, Sendable {
    /// At least / at most this many documents (scikit-learn's int).
    case count(Int)
    /// At least / at most this fraction of the documents, in [0, 1] (scikit-learn's float).
    case fraction(Double)

    /// The bound in documents for a corpus of `documents` (a fraction is not rounded).
    func documents(of documents: Int) -> Double {
        switch self {
        case let .count(n): return Double(n)
        case let .fraction(f): return f * Double(documents)
        }
    }

    /// Checks the scikit-learn range: a count ≥ `minimumCount`, a fraction in [0, 1].
    func validate(name: String, minimumCount: Int) throws {
        switch self {
        case let .count(n) where n < minimumCount:
            throw VectorizerError.invalidParameter(name: name, value: "\(n)", expected: "an integer >= \(minimumCount) or a fraction in [0, 1]")
        case let .fraction(f) where !(f >= 0 && f <= 1):
            throw VectorizerError.invalidParameter(name: name, value: "\(f)", expected: "a fraction in [0, 1] or an integer count")
        default:
            return
        }
    }
}
