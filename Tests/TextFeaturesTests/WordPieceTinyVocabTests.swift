import Foundation
import Testing
import TextFeatures

/// WordPiece behaviour on a 17-token hand-written vocabulary (no model needed).
///
/// `tiny-tokenizer.json` is the same vocabulary with `max_input_chars_per_word: 8`;
/// its expected outputs were checked once against Hugging Face `tokenizers` 0.23.3.
struct WordPieceTinyVocabTests {
    let json: WordPieceTokenizer
    let txt: WordPieceTokenizer

    init() throws {
        json = try WordPieceTokenizer(tokenizerJSON: TestPaths.fixture("tiny-tokenizer.json"))
        txt = try WordPieceTokenizer(vocabTXT: TestPaths.fixture("tiny-vocab.txt"))
    }

    @Test(arguments: [
        ("UNwanted, running!", ["[CLS]", "un", "##want", "##ed", ",", "runn", "##ing", "!", "[SEP]"]),
        ("unx want", ["[CLS]", "[UNK]", "want", "[SEP]"]),
        ("[MASK] want", ["[CLS]", "[MASK]", "want", "[SEP]"]),
        ("wánt", ["[CLS]", "want", "[SEP]"]),
        ("want中want", ["[CLS]", "want", "中", "want", "[SEP]"]),
        ("the ##s", ["[CLS]", "the", "#", "#", "[UNK]", "[SEP]"]),
        ("want\u{200B}ed", ["[CLS]", "want", "##ed", "[SEP]"]),
    ])
    func greedyLongestMatchFirstMatchesHuggingFace(text: String, expected: [String]) {
        #expect(json.encode(text).tokens == expected)
        #expect(txt.encode(text).tokens == expected)
    }

    @Test func idsAreVocabularyLineNumbers() {
        let e = json.encode("UNwanted, running!")
        #expect(e.ids == [2, 5, 6, 7, 11, 9, 10, 12, 3])
        #expect(e.attentionMask == Array(repeating: 1, count: 9))
        #expect(e.typeIDs == Array(repeating: 0, count: 9))
        #expect(json.tokens(e.ids) == e.tokens)
        #expect(json.vocabularySize == 17)
        #expect(json.id(of: "##want") == 6)
        #expect(json.token(for: 13) == "中")
    }

    @Test func wordLongerThanMaxInputCharsIsUnknown() {
        // "wantwanted" has 10 characters > 8 in tiny-tokenizer.json; vocab.txt's limit is 100.
        #expect(json.encode("wantwanted").tokens == ["[CLS]", "[UNK]", "[SEP]"])
        #expect(txt.encode("wantwanted").tokens == ["[CLS]", "want", "##want", "##ed", "[SEP]"])
    }

    @Test func withoutSpecialTokensNothingIsAdded() {
        #expect(json.encode("want", addSpecialTokens: false).ids == [8])
        #expect(json.encode("", addSpecialTokens: false).ids.isEmpty)
    }

    @Test func casedVocabularyKeepsCaseAndAccents() throws {
        let cased = try WordPieceTokenizer(vocabTXT: TestPaths.fixture("tiny-vocab.txt"), lowercase: false)
        #expect(cased.encode("Want want wánt").tokens == ["[CLS]", "[UNK]", "want", "[UNK]", "[SEP]"])
    }

    @Test func pairGetsSegmentIDs() throws {
        let e = try json.encode("want", pair: "runn")
        #expect(e.tokens == ["[CLS]", "want", "[SEP]", "runn", "[SEP]"])
        #expect(e.typeIDs == [0, 0, 0, 1, 1])
    }

    @Test func pairTruncationIsLongestFirst() throws {
        // Budget 7 - 3 = 4 for 3 + 3 tokens: each side keeps 2 (HF LongestFirst).
        let e = try json.encode("want want want", pair: "the the the", maxLength: 7)
        #expect(e.tokens == ["[CLS]", "want", "want", "[SEP]", "the", "the", "[SEP]"])
    }

    @Test func batchTruncatesAndPadsToLongest() throws {
        let batch = try json.encodeBatch(["want want want want", "want", ""], truncation: 4, padding: .longest)
        let ids: [[Int32]] = [[2, 8, 8, 3], [2, 8, 3, 0], [2, 3, 0, 0]]
        let masks: [[Int32]] = [[1, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 0]]
        #expect(batch.map(\.ids) == ids)
        #expect(batch.map(\.attentionMask) == masks)
        #expect(batch[2].tokens == ["[CLS]", "[SEP]", "[PAD]", "[PAD]"])
    }

    @Test func batchPadsToMaxLengthAndKeepsInputOrder() throws {
        let texts = (0..<300).map { String(repeating: "want ", count: $0 % 7) }
        let batch = try json.encodeBatch(texts, padding: .maxLength(10))
        #expect(batch.allSatisfy { $0.count == 10 })
        let real: [Int] = batch.map { Int($0.attentionMask.reduce(0, +)) }
        let expected: [Int] = texts.map { $0.split(separator: " ").count + 2 }
        #expect(real == expected)
    }

    @Test func emptyBatchGivesNoEncodings() throws {
        #expect(try json.encodeBatch([], truncation: 8, padding: .longest).isEmpty)
    }

    @Test func outOfRangeIDsReadAsUnknown() {
        #expect(json.tokens([8, 99, -1]) == ["want", "[UNK]", "[UNK]"])
        #expect(json.token(for: 17) == nil)
    }
}
