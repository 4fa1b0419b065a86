import Foundation
import Testing
import TextFeatures

/// Parity with Hugging Face `tokenizers` on every line of `../shared/golden/wordpiece/*.jsonl`.
///
/// A file named `…trunc<N>…` is encoded with truncation N; `…pad…` also pads to N.
@Suite(.enabled(if: TestPaths.hasMiniLM && !TestPaths.wordpieceGoldenFiles.isEmpty))
struct WordPieceGoldenTests {
    static func ints(_ value: Any?) -> [Int] { (value as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.intValue } }

    /// Truncation length encoded in a golden file's name (`visible_trunc128_pad` → 128).
    static func truncation(in name: String) -> Int? {
        guard let r = name.range(of: "trunc") else { return nil }
        return Int(name[r.upperBound...].prefix { $0.isNumber })
    }

    func checkGoldens(_ tokenizer: WordPieceTokenizer) throws {
        var checked = 0
        for file in TestPaths.wordpieceGoldenFiles {
            let name = file.deletingPathExtension().lastPathComponent
            let records = try TestPaths.jsonLines(file)
            let maxLength = Self.truncation(in: name)
            let padding: Padding = name.contains("pad") ? .maxLength(maxLength ?? 0) : .none
            let texts = records.map { $0["text"] as? String ?? "" }
            let encodings = try tokenizer.encodeBatch(texts, truncation: maxLength, padding: padding)
            var failures = 0
            for (record, encoding) in zip(records, encodings) {
                let text = record["text"] as? String ?? ""
                let ids = encoding.ids.map(Int.init)
                let ok = ids == Self.ints(record["ids"])
                    && (record["tokens"] == nil || encoding.tokens == (record["tokens"] as? [String] ?? []))
                    && (record["attention_mask"] == nil || encoding.attentionMask.map(Int.init) == Self.ints(record["attention_mask"]))
                    && (record["token_type_ids"] == nil || encoding.typeIDs.map(Int.init) == Self.ints(record["token_type_ids"]))
                if !ok {
                    failures += 1
                    if failures <= 10 {
                        Issue.record("\(name): \(text.debugDescription): got \(encoding.tokens), expected \(record["tokens"] ?? Self.ints(record["ids"]))")
                    }
                }
                checked += 1
            }
            #expect(failures == 0, "\(failures) of \(records.count) lines differ in \(name)")
        }
        #expect(checked > 0)
    }

    @Test func tokenizerJSONMatchesHuggingFaceOnEveryGoldenLine() throws {
        try checkGoldens(try WordPieceTokenizer(tokenizerJSON: TestPaths.minilm.appendingPathComponent("tokenizer.json")))
    }

    @Test func vocabTXTMatchesHuggingFaceOnEveryGoldenLine() throws {
        try checkGoldens(try WordPieceTokenizer(vocabTXT: TestPaths.minilm.appendingPathComponent("vocab.txt")))
    }

    @Test func singleEncodeAgreesWithBatchEncode() throws {
        let tokenizer = try WordPieceTokenizer(tokenizerJSON: TestPaths.minilm.appendingPathComponent("tokenizer.json"))
        let texts = ["Hello, World!", "café naïve", "", "我爱你 [SEP] x"]
        let batch = try tokenizer.encodeBatch(texts)
        #expect(batch == texts.map { tokenizer.encode($0) })
        #expect(tokenizer.vocabularySize == 30522)
        #expect(tokenizer.id(of: "[CLS]") == 101)
        #expect(tokenizer.id(of: "##ing") == 2075)
        #expect(tokenizer.id(of: "notatoken-xyz") == nil)
    }
}
