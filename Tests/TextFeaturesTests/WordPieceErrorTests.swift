import Foundation
import Testing
import TextFeatures

/// Loading and truncation errors name the file and the problem.
struct WordPieceErrorTests {
    @Test func missingFileIsReported() {
        let url = TestPaths.fixture("does-not-exist.json")
        let error = #expect(throws: TokenizerError.self) { try WordPieceTokenizer(tokenizerJSON: url) }
        #expect(error?.description.hasPrefix("cannot read tokenizer file '\(url.path)'") == true)
    }

    @Test func nonWordPieceModelIsRejected() {
        let url = TestPaths.fixture("bpe-tokenizer.json")
        let error = #expect(throws: TokenizerError.self) { try WordPieceTokenizer(tokenizerJSON: url) }
        #expect(error?.description == "'\(url.path)' holds a BPE model; only WordPiece tokenizers are supported")
    }

    @Test func vocabularyWithoutUnknownTokenIsRejected() {
        let url = TestPaths.fixture("no-unk-vocab.txt")
        let error = #expect(throws: TokenizerError.self) { try WordPieceTokenizer(vocabTXT: url) }
        #expect(error?.description == "'\(url.path)': token '[UNK]' is not in the vocabulary")
    }

    @Test func notJSONIsRejected() {
        let url = TestPaths.fixture("tiny-vocab.txt")
        let error = #expect(throws: TokenizerError.self) { try WordPieceTokenizer(tokenizerJSON: url) }
        #expect(error?.description == "'\(url.path)' is not a valid tokenizer.json: invalid JSON")
    }

    @Test func truncationShorterThanSpecialTokensIsRejected() throws {
        let tokenizer = try WordPieceTokenizer(vocabTXT: TestPaths.fixture("tiny-vocab.txt"))
        let error = #expect(throws: TokenizerError.self) { try tokenizer.encodeBatch(["want"], truncation: 1) }
        #expect(error?.description == "max_length 1 cannot hold the 2 special tokens added to each sequence")
    }
}
