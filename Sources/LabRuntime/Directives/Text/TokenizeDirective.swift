import LabCore
import TextFeatures

/// `tokenize DATA with wordpiece model=minilm [max_length=N] [rows=3] [as NAME]`:
/// shows sentences as WordPiece tokens and ids (and binds DATA with `tokens` and
/// `input_ids` columns); `tokenize DATA with tfidf|counts [ngrams=1..2] [min_df=…]
/// [max_df=…] [max_features=…] as NAME`: fits on DATA.train and binds sparse features.
enum TokenizeDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("data").first else { throw inv.failure("tokenize needs a dataset") }
        let data = try ctx.dataset(path, in: inv, at: part)
        let method = try inv.path("tokenizer")?.path.joined(separator: ".") ?? "wordpiece"
        switch method {
        case "wordpiece": return try wordPiece(data, inv, &ctx, at: part)
        case "tfidf", "counts": return try VectorizeText.run(data, method: method, inv, &ctx, at: part)
        default:
            throw inv.failure("unknown tokenizer '\(method)'", at: inv.slot("tokenizer"), hint: "use wordpiece, tfidf or counts")
        }
    }

    static func wordPiece(_ data: Dataset, _ inv: Invocation, _ ctx: inout ExecutionContext, at part: Invocation.Part) throws -> [Output] {
        let directory = try PretrainedModel.directory(inv, &ctx)
        let tokenizer = try PretrainedModel.tokenizer(at: directory, inv, &ctx)
        let texts: [String]
        if let text = try inv.text("text") {
            texts = [text]
        } else {
            do { texts = try data.texts() } catch { throw inv.failure("\(error)", at: part) }
        }
        let maxLength = try inv.int("max_length")
        let encodings: [Encoding]
        do { encodings = try tokenizer.encodeBatch(texts, truncation: maxLength) } catch {
            throw inv.failure("\(error)", at: inv.option("max_length"))
        }
        let shown = min(try inv.int("rows") ?? 3, encodings.count)
        var outputs: [Output] = []
        for i in 0..<shown {
            let e = encodings[i]
            outputs.append(.table(ResultTable(
                caption: "“\(texts[i].count > 100 ? String(texts[i].prefix(99)) + "…" : texts[i])” — \(e.count) tokens",
                header: ["position", "token", "id"],
                rows: (0..<e.count).map { [String($0), "`\(e.tokens[$0])`", String(e.ids[$0])] },
                alignments: [.right, .left, .right])))
        }
        let lengths = encodings.map(\.count)
        if encodings.count > 1 {
            let mean = Double(lengths.reduce(0, +)) / Double(lengths.count)
            outputs.append(.text("\(encodings.count) texts: \(NumberText.fixed(mean, digits: 1)) tokens on average, at most \(lengths.max() ?? 0) (vocabulary of \(tokenizer.vocabularySize) WordPiece tokens)."))
        }
        if let name = inv.binding?.value.asName, inv.option("text") == nil {
            var bound = data
            bound.rename(name)
            addTokenColumns(&bound, tokenizer, maxLength: maxLength)
            ctx.session.bind(name, .dataset(bound))
        }
        return outputs
    }

    private static func addTokenColumns(_ d: inout Dataset, _ tokenizer: WordPieceTokenizer, maxLength: Int?) {
        guard let texts = try? d.texts(), let encodings = try? tokenizer.encodeBatch(texts, truncation: maxLength) else { return }
        d.table.setColumn(Column(name: "tokens", values: .texts(encodings.map { $0.tokens.joined(separator: " ") })))
        d.table.setColumn(Column(name: "input_ids", values: .texts(encodings.map { $0.ids.map(String.init).joined(separator: " ") })))
        for k in d.splits.indices { addTokenColumns(&d.splits[k].dataset, tokenizer, maxLength: maxLength) }
    }
}
