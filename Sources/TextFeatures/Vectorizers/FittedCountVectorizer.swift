import LabCore

/// A fitted `CountVectorizer`: its vocabulary (column order) and document frequencies.
public struct FittedCountVectorizer: Sendable {
    /// The terms, sorted by code point; a term's index is its column.
    public let vocabulary: [String]
    /// Number of fit documents containing each term (column order).
    public let documentFrequencies: [Int]
    /// Number of documents the vectorizer was fitted on.
    public let documentCount: Int
    let analyzer: TextAnalyzer
    let binary: Bool
    let index: [ExactTerm: Int]

    init(vocabulary: [String], documentFrequencies: [Int], documentCount: Int, analyzer: TextAnalyzer, binary: Bool) {
        self.vocabulary = vocabulary
        self.documentFrequencies = documentFrequencies
        self.documentCount = documentCount
        self.analyzer = analyzer
        self.binary = binary
        var index: [ExactTerm: Int] = [:]
        for (i, term) in vocabulary.enumerated() { index[ExactTerm(text: term)] = i }
        self.index = index
    }

    /// The column of `term`, or nil when it is not in the vocabulary.
    public func column(of term: String) -> Int? { index[ExactTerm(text: term)] }

    /// Term counts per document: one row per document, columns ascending; unknown terms are ignored.
    ///
    /// Complexity: O(T log T) per document of T terms.
    public func transform(_ documents: [String]) -> SparseMatrix {
        var offsets = [0]
        offsets.reserveCapacity(documents.count + 1)
        var columns: [Int] = []
        var values: [Double] = []
        var row: [Int] = []
        for document in documents {
            row.removeAll(keepingCapacity: true)
            for term in analyzer.terms(document) {
                if let c = index[ExactTerm(text: term)] { row.append(c) }
            }
            row.sort()
            var k = 0
            while k < row.count {
                var j = k
                while j < row.count && row[j] == row[k] { j += 1 }
                columns.append(row[k])
                values.append(binary ? 1 : Double(j - k))
                k = j
            }
            offsets.append(columns.count)
        }
        return SparseMatrix(rows: documents.count, columns: vocabulary.count, rowOffsets: offsets,
                            columnIndices: columns, values: values)
    }
}
