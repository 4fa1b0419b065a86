/// Bag of words with scikit-learn's `CountVectorizer` defaults.
///
/// Terms are word n-grams from `(?u)\b\w\w+\b` tokens (see `TextAnalyzer`); the
/// vocabulary is sorted by code point and a term's rank is its column. Hyper-parameters
/// are stored as given and validated in `fit`.
public struct CountVectorizer: Sendable {
    /// Lowercase documents first (Python's `str.lower`).
    public var lowercase: Bool
    /// Lengths of the word n-grams to count (scikit-learn's `ngram_range`).
    public var ngramRange: ClosedRange<Int>
    /// Drop terms found in fewer documents than this.
    public var minDF: DocumentFrequency
    /// Drop terms found in more documents than this.
    public var maxDF: DocumentFrequency
    /// Keep only the most frequent terms over the corpus (ties alphabetical); nil keeps all.
    public var maxFeatures: Int?
    /// Record presence (1) instead of counts.
    public var binary: Bool

    /// Creates a vectorizer; defaults are scikit-learn's.
    public init(lowercase: Bool = true, ngramRange: ClosedRange<Int> = 1...1, minDF: DocumentFrequency = .count(1),
                maxDF: DocumentFrequency = .fraction(1.0), maxFeatures: Int? = nil, binary: Bool = false) {
        self.lowercase = lowercase
        self.ngramRange = ngramRange
        self.minDF = minDF
        self.maxDF = maxDF
        self.maxFeatures = maxFeatures
        self.binary = binary
    }

    var analyzer: TextAnalyzer { TextAnalyzer(lowercase: lowercase, ngramRange: ngramRange) }

    /// The terms `document` contributes, in order (scikit-learn's `build_analyzer()(doc)`).
    public func analyze(_ document: String) -> [String] { analyzer.terms(document) }

    /// Learns the vocabulary and document frequencies of `documents`.
    ///
    /// Complexity: O(total terms) plus O(V log V) to sort a vocabulary of V terms.
    /// - Throws: `VectorizerError` for invalid hyper-parameters or when no term survives.
    public func fit(_ documents: [String]) throws -> FittedCountVectorizer {
        guard ngramRange.lowerBound >= 1 else {
            throw VectorizerError.invalidParameter(name: "ngram_range", value: "\(ngramRange)", expected: "bounds >= 1")
        }
        try minDF.validate(name: "min_df", minimumCount: 1)
        try maxDF.validate(name: "max_df", minimumCount: 1)
        if let maxFeatures, maxFeatures < 1 {
            throw VectorizerError.invalidParameter(name: "max_features", value: "\(maxFeatures)", expected: "an integer >= 1")
        }
        let analyzer = self.analyzer
        var documentCount: [ExactTerm: Int] = [:]
        var totalCount: [ExactTerm: Int] = [:]
        for document in documents {
            var seen = Set<ExactTerm>()
            for term in analyzer.terms(document) {
                let key = ExactTerm(text: term)
                totalCount[key, default: 0] += 1
                if seen.insert(key).inserted { documentCount[key, default: 0] += 1 }
            }
        }
        guard !documentCount.isEmpty else { throw VectorizerError.emptyVocabulary }
        let high = maxDF.documents(of: documents.count)
        let low = minDF.documents(of: documents.count)
        guard high >= low else { throw VectorizerError.maxDFBelowMinDF(maxDocuments: high, minDocuments: low) }
        var kept = documentCount.filter { Double($0.value) <= high && Double($0.value) >= low }.map(\.key.text)
        if let maxFeatures, kept.count > maxFeatures {
            kept.sort { a, b in
                let fa = totalCount[ExactTerm(text: a)] ?? 0, fb = totalCount[ExactTerm(text: b)] ?? 0
                return fa != fb ? fa > fb : ExactTerm.precedes(a, b)
            }
            kept.removeSubrange(maxFeatures...)
        }
        guard !kept.isEmpty else { throw VectorizerError.noTermsRemain }
        kept.sort(by: ExactTerm.precedes)
        return FittedCountVectorizer(vocabulary: kept,
                                     documentFrequencies: kept.map { documentCount[ExactTerm(text: $0)] ?? 0 },
                                     documentCount: documents.count, analyzer: analyzer, binary: binary)
    }
}
