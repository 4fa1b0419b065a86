import LabCore
import Testing
import TextFeatures

/// Parity with scikit-learn 1.9.1 on a small corpus.
///
/// Expected values were computed once with scikit-learn 1.9.1 (Python 3.11) by
/// `TfidfVectorizer().fit_transform(corpus)` (and the variants named in each test),
/// converted with `.tocsr()`, `.sort_indices()`, and printed with `repr(float)`.
struct VectorizerParityTests {
    static let corpus = [
        "The quick brown fox jumps over the lazy dog.",
        "Never jump over the lazy dog quickly!",
        "A quick brown dog outpaces a quick fox; the dog wins.",
        "I_am snake_case 42 x y 3.14 café Café CAFÉ",
        "",
    ]

    static let vocabulary = ["14", "42", "brown", "café", "dog", "fox", "i_am", "jump", "jumps", "lazy", "never",
                             "outpaces", "over", "quick", "quickly", "snake_case", "the", "wins"]

    /// `TfidfVectorizer().fit_transform(corpus)`, row by row as (column, value).
    static let tfidfRows: [[(Int, Double)]] = [
        [(2, 0.31651995124430377), (4, 0.2627401519499599), (5, 0.31651995124430377), (8, 0.3923183211221189), (9, 0.31651995124430377), (12, 0.31651995124430377), (13, 0.31651995124430377), (16, 0.5254803038999198)],
        [(4, 0.29372019905663493), (7, 0.43857710562449553), (9, 0.3538412473118289), (10, 0.43857710562449553), (12, 0.3538412473118289), (14, 0.43857710562449553), (16, 0.29372019905663493)],
        [(2, 0.2826410632872), (4, 0.46923522908076787), (5, 0.2826410632872), (11, 0.35032631274298043), (13, 0.5652821265744), (16, 0.23461761454038393), (17, 0.35032631274298043)],
        [(0, 0.2773500981126146), (1, 0.2773500981126146), (3, 0.8320502943378436), (6, 0.2773500981126146), (15, 0.2773500981126146)],
        [],
    ]

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    static func expectRows(_ m: SparseMatrix, _ expected: [[(Int, Double)]]) {
        #expect(m.rows == expected.count)
        for (r, row) in expected.enumerated() where r < m.rows {
            let got = m.row(r)
            #expect(got.map(\.column) == row.map(\.0), "row \(r) columns")
            for (g, e) in zip(got, row) { #expect(close(g.value, e.1), "row \(r) column \(e.0): \(g.value) vs \(e.1)") }
        }
    }

    @Test func tfidfDefaultsMatchScikitLearn() throws {
        let (fitted, m) = try TfidfVectorizer().fitTransform(Self.corpus)
        #expect(fitted.vocabulary == Self.vocabulary)
        #expect(m.columns == 18)
        let idf = [2.09861228866811, 2.09861228866811, 1.6931471805599454, 2.09861228866811, 1.4054651081081644,
                   1.6931471805599454, 2.09861228866811, 2.09861228866811, 2.09861228866811, 1.6931471805599454,
                   2.09861228866811, 2.09861228866811, 1.6931471805599454, 1.6931471805599454, 2.09861228866811,
                   2.09861228866811, 1.4054651081081644, 2.09861228866811]
        #expect(zip(fitted.idf, idf).allSatisfy { Self.close($0, $1) })
        Self.expectRows(m, Self.tfidfRows)
    }

    @Test func tfidfTransformIgnoresUnknownTermsAndKeepsEmptyRows() throws {
        let fitted = try TfidfVectorizer().fit(Self.corpus)
        // v.transform(["the fox and the unknown zebra", "nothing known here"])
        let m = fitted.transform(["the fox and the unknown zebra", "nothing known here"])
        Self.expectRows(m, [[(5, 0.5159714296904823), (16, 0.8566057924991867)], []])
    }

    @Test func sublinearUnsmoothedL1MatchesScikitLearn() throws {
        // TfidfVectorizer(sublinear_tf=True, smooth_idf=False, norm='l1').fit_transform(corpus[:4]), row 2.
        let v = TfidfVectorizer(norm: .l1, smoothIDF: false, sublinearTF: true)
        let (fitted, m) = try v.fitTransform(Array(Self.corpus.prefix(4)))
        #expect(Self.close(fitted.idf[0], 2.386294361119891))
        #expect(Self.close(fitted.idf[4], 1.2876820724517808))
        Self.expectRows(m.selectingRows([2]), [[(2, 0.11682075388129244), (4, 0.15042799046324207), (5, 0.11682075388129244), (11, 0.16464528863728808), (13, 0.1977947300649976), (16, 0.08884519443459936), (17, 0.16464528863728808)]])
    }

    @Test func countVectorizerPruningMatchesScikitLearn() throws {
        // CountVectorizer(ngram_range=(1,2), min_df=2, max_df=0.9).fit(corpus).get_feature_names_out()
        let pruned = try CountVectorizer(ngramRange: 1...2, minDF: .count(2), maxDF: .fraction(0.9)).fit(Self.corpus)
        #expect(pruned.vocabulary == ["brown", "dog", "fox", "lazy", "lazy dog", "over", "over the", "quick",
                                      "quick brown", "the", "the lazy"])
        // Same with max_features=3 (no tie at the cut): fit_transform(corpus).toarray()
        let v = CountVectorizer(ngramRange: 1...2, minDF: .count(2), maxDF: .fraction(0.9), maxFeatures: 3)
        let fitted = try v.fit(Self.corpus)
        #expect(fitted.vocabulary == ["dog", "quick", "the"])
        let dense = fitted.transform(Self.corpus).dense()
        let expected: [[Double]] = [[1, 1, 2], [1, 0, 1], [2, 2, 1], [0, 0, 0], [0, 0, 0]]
        for r in 0..<5 { #expect(Array(dense.values[(r * 3)..<(r * 3 + 3)]) == expected[r]) }
    }

    @Test func maxFeaturesBreaksFrequencyTiesAlphabetically() throws {
        // Counts: bb 3, aa 2, cc 2, dd 2 → the two most frequent are bb, then aa (before cc, dd).
        let fitted = try CountVectorizer(maxFeatures: 2).fit(["bb dd cc aa", "bb cc aa", "bb dd"])
        #expect(fitted.vocabulary == ["aa", "bb"])
    }

    @Test func bigramsAreSpaceJoinedAndSortedByCodePoint() throws {
        // CountVectorizer(ngram_range=(2,2)).fit(["Zeta alpha beta", "alpha beta"]).get_feature_names_out()
        let f2 = try CountVectorizer(ngramRange: 2...2).fit(["Zeta alpha beta", "alpha beta"])
        #expect(f2.vocabulary == ["alpha beta", "zeta alpha"])
        #expect(f2.column(of: "alpha beta") == 0)
        #expect(f2.transform(["alpha beta alpha beta"]).values == [2])
    }
}
