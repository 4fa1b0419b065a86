import LabCore
import Transformer

/// `embed DATA with minilm [pooling=cls|mean|mean_normalized] [batch=32] [max_length=N] as NAME`:
/// frozen-encoder features (one vector per text) for DATA and each of its splits,
/// usable by `train` like any numeric features.
enum EmbedDirective {
    static func run(_ inv: Invocation, _ ctx: inout ExecutionContext) throws -> [Output] {
        guard let (path, part) = try inv.names("data").first else { throw inv.failure("embed needs a dataset") }
        let data = try ctx.dataset(path, in: inv, at: part)
        guard let name = inv.binding?.value.asName else {
            throw inv.failure("name the features: embed \(data.name) with minilm … as NAME")
        }
        var modelInv = inv
        if inv.option("model") == nil, let with = inv.slot("model") { modelInv.options.append((key: "model", part: with)) }
        let directory = try PretrainedModel.directory(modelInv, &ctx)
        let tokenizer = try PretrainedModel.tokenizer(at: directory, modelInv, &ctx)
        let encoder = try PretrainedModel.encoder(at: directory, modelInv, &ctx)
        let poolingWord = try inv.text("pooling") ?? "cls"
        guard let pooling = Pooling(rawValue: poolingWord) else {
            throw inv.failure("pooling must be cls, mean or mean_normalized, got '\(poolingWord)'", at: inv.option("pooling"))
        }
        let batch = try inv.int("batch") ?? 32
        let maxLength = try inv.int("max_length") ?? encoder.config.maxPositionEmbeddings
        func features(_ d: Dataset) throws -> Matrix {
            let texts: [String]
            do { texts = try d.texts() } catch { throw inv.failure("\(error)", at: part) }
            let key = EmbeddingMemo.Key(model: directory.path, maxLength: maxLength, batch: batch, texts: texts)
            do {
                let vectors = try ctx.embeddings.vectors(key, pooling: pooling) {
                    let ids = try tokenizer.encodeBatch(texts, truncation: maxLength).map(\.ids)
                    let task = ctx.progress.start("embed \(d.name)", total: texts.count, unit: "sentences")
                    defer { task.finish() }
                    return try encoder.embed(ids: ids, poolings: Pooling.allCases, batchSize: batch) { task.advance(by: $0) }
                }
                guard let vectors else { throw inv.failure("cannot embed '\(d.name)'", at: part) }
                return vectors
            } catch let failure as DirectiveFailure {
                throw failure
            } catch {
                throw inv.failure("cannot embed '\(d.name)': \(error)", at: part)
            }
        }
        var bound = data
        bound.rename(name)
        bound.featureNames = []
        var parts: [Matrix] = []
        for k in bound.splits.indices {
            let m = try features(bound.splits[k].dataset)
            bound.splits[k].dataset.featureOverride = .dense(m)
            bound.splits[k].dataset.featureNames = []
            parts.append(m)
        }
        let splitRows = parts.reduce(0) { $0 + $1.rows }
        if !parts.isEmpty, splitRows == data.rowCount, data.isConcatenationOfSplits {
            bound.featureOverride = .dense(Matrix(rows: splitRows, columns: parts[0].columns, values: parts.flatMap(\.values)))
        } else {
            bound.featureOverride = .dense(try features(data))
        }
        ctx.session.bind(name, .dataset(bound))
        let dims = parts.first?.columns ?? bound.features().columns
        return [.text("`\(name)`: \(dims)-dimensional \(pooling.rawValue) features of `\(data.name)` from the frozen encoder `\(directory.lastPathComponent)` (\(encoder.config.numHiddenLayers) layers), \(bound.splits.isEmpty ? "\(data.rowCount) texts" : bound.splits.map { "\($0.name) \($0.dataset.rowCount)" }.joined(separator: ", "))." )]
    }
}
