import Foundation
import LabCore

/// A fitted `TfidfVectorizer`: vocabulary, idf weights and the weighting options.
public struct FittedTfidfVectorizer: Sendable {
    /// The fitted counter (vocabulary, document frequencies).
    public let counts: FittedCountVectorizer
    let idfWeights: [Double]?
    /// Row normalisation.
    public let norm: TfidfNorm
    /// Whether `1 + ln(tf)` replaces raw counts.
    public let sublinearTF: Bool

    init(counts: FittedCountVectorizer, idf: [Double]?, norm: TfidfNorm, sublinearTF: Bool) {
        self.counts = counts
        self.idfWeights = idf
        self.norm = norm
        self.sublinearTF = sublinearTF
    }

    /// The terms in column order.
    public var vocabulary: [String] { counts.vocabulary }

    /// The idf weight of each column (all 1 when `useIDF` was off).
    public var idf: [Double] { idfWeights ?? Array(repeating: 1, count: counts.vocabulary.count) }

    /// TF-IDF rows for `documents`: weighted counts, normalised per row; columns ascending.
    ///
    /// A document with no known term is an empty row (norm 0 is left as is).
    public func transform(_ documents: [String]) -> SparseMatrix {
        var m = counts.transform(documents)
        for r in 0..<m.rows {
            let range = m.rowOffsets[r]..<m.rowOffsets[r + 1]
            for k in range {
                var v = m.values[k]
                if sublinearTF { v = Foundation.log(v) + 1 }
                if let idfWeights { v *= idfWeights[m.columnIndices[k]] }
                m.values[k] = v
            }
            var total = 0.0
            switch norm {
            case .none: continue
            case .l2:
                for k in range { total += m.values[k] * m.values[k] }
                total = total.squareRoot()
            case .l1:
                for k in range { total += abs(m.values[k]) }
            }
            if total > 0 { for k in range { m.values[k] /= total } }
        }
        return m
    }
}
