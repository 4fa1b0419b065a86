import LabCore
import Foundation

extension WordPieceTokenizer {
    /// Loads a Hugging Face `tokenizer.json` with a WordPiece model.
    ///
    /// Reads `model.vocab`, `model.unk_token`, `model.continuing_subword_prefix`,
    /// `model.max_input_chars_per_word`, the `BertNormalizer` switches, the
    /// `BertPreTokenizer`, the post-processor's special tokens (`TemplateProcessing` or
    /// `BertProcessing`), `added_tokens` and the pad token of `padding`. The file's own
    /// truncation and padding settings are ignored: callers choose them per batch.
    /// - Parameter confinement: the folders the file may resolve into (default: its own folder).
    /// - Throws: `TokenizerError` naming the file and the unsupported or missing part.
    public init(tokenizerJSON url: URL, confinement: FileConfinement? = nil) throws {
        let path = url.path
        let root = try Self.readJSONObject(url, confinement: confinement ?? .directory(url.deletingLastPathComponent()))
        guard let model = root["model"] as? [String: Any] else {
            throw TokenizerError.malformedJSON(path: path, reason: "no 'model' object")
        }
        let type = model["type"] as? String ?? "WordPiece"
        guard type == "WordPiece" else { throw TokenizerError.unsupportedModel(path: path, type: type) }
        guard let vocabObject = model["vocab"] as? [String: Any] else {
            throw TokenizerError.malformedJSON(path: path, reason: "'model.vocab' is not an object of token ids")
        }
        var pairs: [(String, Int32)] = []
        pairs.reserveCapacity(vocabObject.count)
        for (token, value) in vocabObject {
            guard let n = value as? NSNumber, n.intValue >= 0 else {
                throw TokenizerError.malformedJSON(path: path, reason: "vocabulary id of '\(token)' is not a non-negative integer")
            }
            pairs.append((token, Int32(n.intValue)))
        }
        pairs.sort { $0.1 != $1.1 ? $0.1 < $1.1 : Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }

        let normalizer = try Self.parseNormalizer(root["normalizer"], path: path)
        if let pre = root["pre_tokenizer"] as? [String: Any] {
            let preType = pre["type"] as? String ?? "?"
            guard preType == "BertPreTokenizer" else {
                throw TokenizerError.unsupportedComponent(path: path, component: "pre_tokenizer", type: preType)
            }
        } else {
            throw TokenizerError.unsupportedComponent(path: path, component: "pre_tokenizer", type: "null")
        }

        var added: [(String, Int32)] = []
        for item in root["added_tokens"] as? [[String: Any]] ?? [] {
            guard let content = item["content"] as? String, let id = (item["id"] as? NSNumber)?.intValue else { continue }
            if (item["normalized"] as? Bool) == true { continue }
            added.append((content, Int32(id)))
        }
        let vocabulary = ByteVocabulary(tokens: pairs, continuingPrefix: model["continuing_subword_prefix"] as? String ?? "##")
        let lookup: (String) -> Int32? = { token in vocabulary.find(token) ?? added.first { $0.0 == token }?.1 }
        let post = try Self.parsePostProcessor(root["post_processor"], path: path, lookup: lookup)
        let padding = root["padding"] as? [String: Any]
        let padToken = padding?["pad_token"] as? String ?? "[PAD]"
        let padID = (padding?["pad_id"] as? NSNumber).map { Int32($0.intValue) } ?? lookup(padToken) ?? 0
        let padTypeID = (padding?["pad_type_id"] as? NSNumber).map { Int32($0.intValue) } ?? 0
        try self.init(path: path, pairs: pairs + added.filter { vocabulary.find($0.0) == nil }, vocabulary: vocabulary,
                      normalizer: normalizer,
                      unknownToken: model["unk_token"] as? String ?? "[UNK]",
                      prefix: model["continuing_subword_prefix"] as? String ?? "##",
                      maxChars: (model["max_input_chars_per_word"] as? NSNumber)?.intValue ?? 100,
                      added: added, post: post, pad: (padID, padToken, padTypeID))
    }

    /// Loads a bare BERT `vocab.txt` (one token per line, id = line number) with BERT's defaults.
    ///
    /// Defaults: `BertNormalizer` (accents stripped when lowercasing), `[UNK]`, `##`,
    /// 100 characters per word, `[CLS] … [SEP]`, and `[PAD] [UNK] [CLS] [SEP] [MASK]` as
    /// special tokens (those present in the vocabulary).
    /// - Parameter lowercase: lowercase and strip accents (uncased models); false for cased ones.
    /// - Throws: `TokenizerError` when the file is unreadable, empty or lacks `[UNK]`.
    public init(vocabTXT url: URL, lowercase: Bool = true, confinement: FileConfinement? = nil) throws {
        let path = url.path
        let text: String
        do {
            let bytes = try (confinement ?? .directory(url.deletingLastPathComponent())).read(url)
            guard let decoded = String(validating: bytes, as: UTF8.self) else {
                throw TokenizerError.unreadableFile(path: path, reason: "not UTF-8 text")
            }
            text = decoded
        } catch let error as TokenizerError { throw error } catch {
            throw TokenizerError.unreadableFile(path: path, reason: "\(error)")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var s = Substring(line)
            while let last = s.unicodeScalars.last, CharacterClass.isWhitespace(last.value) { s = s.dropLast() }
            return String(s)
        }
        if lines.last == "" { lines.removeLast() }
        guard !lines.isEmpty else { throw TokenizerError.emptyVocabulary(path: path) }
        let pairs = lines.enumerated().map { ($0.element, Int32($0.offset)) }
        let vocabulary = ByteVocabulary(tokens: pairs, continuingPrefix: "##")
        let added = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].compactMap { t in vocabulary.find(t).map { (t, $0) } }
        var post = PostProcessor.none
        if let cls = vocabulary.find("[CLS]"), let sep = vocabulary.find("[SEP]") {
            post = .bert(cls: (cls, "[CLS]"), sep: (sep, "[SEP]"))
        }
        try self.init(path: path, pairs: pairs, vocabulary: vocabulary,
                      normalizer: BertNormalizerOptions(lowercase: lowercase), unknownToken: "[UNK]", prefix: "##",
                      maxChars: 100, added: added, post: post,
                      pad: (vocabulary.find("[PAD]") ?? 0, "[PAD]", 0))
    }

    init(path: String, pairs: [(String, Int32)], vocabulary: ByteVocabulary, normalizer: BertNormalizerOptions,
         unknownToken: String, prefix: String, maxChars: Int, added: [(String, Int32)], post: PostProcessor,
         pad: (Int32, String, Int32)) throws {
        guard !pairs.isEmpty else { throw TokenizerError.emptyVocabulary(path: path) }
        guard let unk = vocabulary.find(unknownToken) else { throw TokenizerError.missingToken(path: path, token: unknownToken) }
        let size = Int(pairs.map(\.1).max() ?? 0) + 1
        var table = [String](repeating: "", count: size)
        for (token, id) in pairs where table[Int(id)].isEmpty { table[Int(id)] = token }
        self.vocabulary = vocabulary
        self.idToToken = table
        self.normalizer = normalizer
        self.unknownToken = unknownToken
        self.unknownID = unk
        self.continuingSubwordPrefix = prefix
        self.maxInputCharsPerWord = maxChars
        self.specialTokens = SpecialTokenMatcher(added)
        self.postProcessor = post
        self.padID = pad.0
        self.padToken = pad.1
        self.padTypeID = pad.2
    }
}
