import Testing
import TextFeatures

/// Bad input to the vectorizers fails with scikit-learn's messages.
struct VectorizerErrorTests {
    @Test func emptyVocabularyIsReported() {
        #expect(throws: VectorizerError.emptyVocabulary) { try CountVectorizer().fit(["a b", ""]) }
        #expect(VectorizerError.emptyVocabulary.description == "empty vocabulary; perhaps the documents only contain stop words")
    }

    @Test func maxDFBelowMinDFIsReported() throws {
        let error = #expect(throws: VectorizerError.self) {
            try CountVectorizer(minDF: .count(3), maxDF: .count(1)).fit(["aa bb", "aa cc", "aa dd"])
        }
        #expect(error?.description.hasPrefix("max_df corresponds to < documents than min_df") == true)
    }

    @Test func pruningEverythingIsReported() {
        #expect(throws: VectorizerError.noTermsRemain) {
            try CountVectorizer(minDF: .count(2)).fit(["aa bb", "cc dd"])
        }
        #expect(VectorizerError.noTermsRemain.description == "After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    }

    @Test func invalidHyperParametersAreReported() {
        let error = #expect(throws: VectorizerError.self) { try CountVectorizer(maxDF: .fraction(1.5)).fit(["aa"]) }
        #expect(error?.description == "invalid max_df=1.5: expected a fraction in [0, 1] or an integer count")
        #expect(throws: VectorizerError.self) { try CountVectorizer(maxFeatures: 0).fit(["aa"]) }
        #expect(throws: VectorizerError.self) { try CountVectorizer(ngramRange: 0...1).fit(["aa"]) }
    }
}
