import LabScript

/// Specs of the text directives: tokenize, embed.
enum TextDirectiveSpecs {
    static let all: [RegisteredDirective] = [tokenize, embed]

    static let wordPieceOptions = [
        OptionSpec("model", .any, summary: "minilm, or a quoted model folder"),
        OptionSpec("max_length", .integer, bounds: .work(lower: 2, .tokens), summary: "truncate to this many tokens"),
        OptionSpec("rows", .integer, bounds: .work(lower: 0, .rows), summary: "how many texts to show (default 3)"),
        OptionSpec("text", .string, summary: "tokenize this sentence instead of the data"),
    ]

    static let vectorizerOptions = [
        OptionSpec("ngrams", .range, bounds: .work(lower: 1, .ngram), summary: "n-gram range, e.g. 1..2"),
        OptionSpec("min_df", .number, bounds: .work(lower: 0, .rows), summary: "ignore terms in fewer documents (count or fraction)"),
        OptionSpec("max_df", .number, bounds: .work(lower: 0, .rows), summary: "ignore terms in more documents (count or fraction)"),
        OptionSpec("max_features", .integer, bounds: .work(lower: 1, .features), summary: "keep the most frequent terms"),
    ]

    static let tokenize = RegisteredDirective(
        spec: DirectiveSpec(
            name: "tokenize", summary: "WordPiece tokens and ids of texts, or TF-IDF / word-count features fitted on DATA.train",
            usage: "tokenize DATA with wordpiece model=minilm [max_length=N] [rows=3] [text=\"…\"] [as NAME] | tokenize DATA with tfidf|counts [ngrams=1..2] [min_df=N] [max_df=F] [max_features=N] as NAME",
            positional: [SlotSpec("data", kind: .reference)],
            clauses: ["with": SlotSpec("tokenizer", kind: .literal(choices: ["wordpiece", "tfidf", "counts"]))],
            variants: VariantSpec(slot: "tokenizer", kinds: [
                KindSpec("wordpiece", summary: "WordPiece tokens and ids", options: wordPieceOptions),
                KindSpec("tfidf", summary: "TF-IDF features", options: vectorizerOptions),
                KindSpec("counts", summary: "word-count features", options: vectorizerOptions),
            ], defaultKind: "wordpiece"),
            binding: .optional(defaultFromPositional: nil)),
        run: TokenizeDirective.run)

    static let embed = RegisteredDirective(
        spec: DirectiveSpec(
            name: "embed", summary: "frozen transformer features ([CLS] or mean pooled) of a text dataset and its splits",
            usage: "embed DATA with minilm [pooling=cls|mean|mean_normalized] [batch=32] [max_length=N] as NAME",
            positional: [SlotSpec("data", kind: .reference)],
            clauses: ["with": SlotSpec("model", kind: .any, required: false)],
            options: [OptionSpec("model", .any, summary: "minilm, or a quoted model folder (instead of with)"),
                      OptionSpec("pooling", .choice(["cls", "mean", "mean_normalized"]), summary: "cls (default): the [CLS] vector of the last layer; mean: masked mean of the tokens"),
                      OptionSpec("batch", .integer, bounds: .work(lower: 1, .batch), summary: "texts per forward pass (default 32)"),
                      OptionSpec("max_length", .integer, bounds: .work(lower: 2, .tokens), summary: "truncate texts to this many tokens")],
            binding: .required),
        run: EmbedDirective.run)
}
