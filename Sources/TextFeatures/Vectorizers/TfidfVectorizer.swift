import Foundation
import LabCore

/// Row normalisation applied after TF-IDF weighting.
public enum TfidfNorm: Equatable, Sendable {
    /// Divide each row by its Euclidean norm (scikit-learn's default).
    case l2
    /// Divide each row by the sum of absolute values.
    case l1
    /// Leave rows as weighted.
    case none
}

/// TF-IDF features with scikit-learn's `TfidfVectorizer` defaults.
///
/// Weight of term t in document d: `tf(t, d) · idf(t)`, then each row scaled to unit L2
/// norm, where `tf` is the raw count (or `1 + ln tf` when `sublinearTF`) and
/// `idf(t) = ln((1 + n) / (1 + df(t))) + 1` with `smoothIDF` (else `ln(n / df(t)) + 1`),
/// n the number of fit documents and df(t) those containing t.
public struct TfidfVectorizer: Sendable {
    /// Tokenisation, n-grams and vocabulary pruning.
    public var counts: CountVectorizer
    /// Row normalisation.
    public var norm: TfidfNorm
    /// Weight by inverse document frequency.
    public var useIDF: Bool
    /// Add one to document frequencies, as if one extra document held every term.
    public var smoothIDF: Bool
    /// Use `1 + ln(tf)` instead of `tf`.
    public var sublinearTF: Bool

    /// Creates a vectorizer; defaults are scikit-learn's.
    public init(counts: CountVectorizer = CountVectorizer(), norm: TfidfNorm = .l2, useIDF: Bool = true,
                smoothIDF: Bool = true, sublinearTF: Bool = false) {
        self.counts = counts
        self.norm = norm
        self.useIDF = useIDF
        self.smoothIDF = smoothIDF
        self.sublinearTF = sublinearTF
    }

    /// Learns the vocabulary and the idf weights of `documents`.
    /// - Throws: `VectorizerError` as `CountVectorizer.fit` does.
    public func fit(_ documents: [String]) throws -> FittedTfidfVectorizer {
        let fitted = try counts.fit(documents)
        let n = Double(fitted.documentCount) + (smoothIDF ? 1 : 0)
        let idf = fitted.documentFrequencies.map { df -> Double in
            Foundation.log(n / (Double(df) + (smoothIDF ? 1 : 0))) + 1
        }
        return FittedTfidfVectorizer(counts: fitted, idf: useIDF ? idf : nil, norm: norm, sublinearTF: sublinearTF)
    }

    /// Fits on `documents` and returns their TF-IDF matrix.
    public func fitTransform(_ documents: [String]) throws -> (FittedTfidfVectorizer, SparseMatrix) {
        let fitted = try fit(documents)
        return (fitted, fitted.transform(documents))
    }
}
