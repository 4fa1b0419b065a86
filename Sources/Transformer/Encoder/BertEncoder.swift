import Foundation
import LabCore

/// A BERT-family encoder (post-LayerNorm, absolute positions, exact GELU) running on OpenBLAS.
///
/// Takes token ids (with `[CLS]`/`[SEP]` already added, token type 0) and returns
/// the last hidden states or pooled sentence embeddings. Sequences are sorted by
/// length, cut into batches of similar length, right-padded with an additive key
/// mask, and the results returned in the caller's order.
///
/// Not safe to use from several threads at once: it reuses one set of work buffers.
public final class BertEncoder {
    /// The model's hyper-parameters.
    public let config: BertConfig
    /// The model's weights.
    public let weights: BertWeights
    /// The pooling the model's sentence-transformers files ask for (`.cls` when they say nothing).
    public let defaultPooling: Pooling
    let workspace: EncoderWorkspace

    /// Loads an installed model by name (`minilm`) or directory path, via `ModelFiles.locate`.
    /// - Throws: `TransformerError.modelNotFound` (naming `bash scripts/fetch-model.sh`) or a load error.
    public convenience init(model name: String) throws {
        try self.init(directory: try ModelFiles.locate(name: name))
    }

    /// Loads `config.json`, `model.safetensors` and the pooling files from a model directory.
    /// - Throws: `TransformerError` (missing file, bad config, missing or misshapen weight).
    /// - Parameter confinement: the folders its files may resolve into (default: the model folder).
    public convenience init(directory: URL, confinement: FileConfinement? = nil) throws {
        let confinement = confinement ?? .directory(directory)
        let configURL = directory.appendingPathComponent("config.json")
        let weightsURL = directory.appendingPathComponent("model.safetensors")
        for url in [configURL, weightsURL] where !FileManager.default.fileExists(atPath: url.path) {
            throw TransformerError.missingFile(directory: directory.path, file: url.lastPathComponent)
        }
        let config = try BertConfig.load(from: configURL, confinement: confinement)
        let file: SafetensorsFile
        do { file = try SafetensorsFile(contentsOf: weightsURL, confinement: confinement) } catch let error as SafetensorsError {
            throw TransformerError.safetensors(error)
        }
        let weights = try BertWeights.load(from: file, config: config)
        try self.init(config: config, weights: weights, defaultPooling: Pooling.declared(in: directory, confinement: confinement) ?? .cls)
    }

    /// Wraps weights already in memory (for example fine-tuned ones).
    /// - Throws: `TransformerError` when the weights do not fit `config` (see `BertWeights.validate`).
    public init(config: BertConfig, weights: BertWeights, defaultPooling: Pooling = .cls) throws {
        try weights.validate(against: config)
        self.config = config
        self.weights = weights
        self.defaultPooling = defaultPooling
        self.workspace = EncoderWorkspace(hiddenSize: config.hiddenSize, intermediateSize: config.intermediateSize)
    }

    /// The last hidden state of every sequence: one row-major `[tokens × H]` array per sequence.
    /// - Throws: `TransformerError` for an empty sequence, one longer than the position
    ///   table, a token id outside the vocabulary, or `batchSize < 1`.
    public func lastHiddenStates(ids: [[Int32]], batchSize: Int = 32) throws -> [[Float]] {
        let h = config.hiddenSize
        var result = [[Float]](repeating: [], count: ids.count)
        try run(ids, batchSize: batchSize) { index, states in
            result[index] = Array(UnsafeBufferPointer(start: states, count: ids[index].count * h))
        }
        return result
    }

    /// One pooled embedding per sequence, as a `sequences × H` matrix.
    /// - Throws: as `lastHiddenStates(ids:batchSize:)`.
    public func embed(ids: [[Int32]], pooling: Pooling, batchSize: Int = 32) throws -> Matrix {
        let rows = try embedFloats(ids: ids, pooling: pooling, batchSize: batchSize)
        var values: [Double] = []
        values.reserveCapacity(rows.count * config.hiddenSize)
        for row in rows { values.append(contentsOf: row.map(Double.init)) }
        return Matrix(rows: rows.count, columns: config.hiddenSize, values: values)
    }

    /// One pooled embedding per sequence, in single precision.
    /// - Throws: as `lastHiddenStates(ids:batchSize:)`.
    public func embedFloats(ids: [[Int32]], pooling: Pooling, batchSize: Int = 32) throws -> [[Float]] {
        var result = [[Float]](repeating: [], count: ids.count)
        try run(ids, batchSize: batchSize) { index, states in
            result[index] = pooling.pool(states, tokens: ids[index].count, width: config.hiddenSize)
        }
        return result
    }

    /// Several poolings of one forward pass: each sequence goes through the encoder
    /// once, and its hidden states are pooled every way asked for. Each matrix is
    /// identical to `embed(ids:pooling:batchSize:)`'s for that pooling.
    /// - Parameter progress: called with the number of sequences finished after each batch.
    /// - Throws: as `lastHiddenStates(ids:batchSize:)`.
    public func embed(ids: [[Int32]], poolings: [Pooling], batchSize: Int = 32,
                      progress: ((Int) -> Void)? = nil) throws -> [Pooling: Matrix] {
        let h = config.hiddenSize
        var buffers = poolings.map { _ in [Double](repeating: 0, count: ids.count * h) }
        try run(ids, batchSize: batchSize, progress: progress) { index, states in
            for (k, pooling) in poolings.enumerated() {
                let row = pooling.pool(states, tokens: ids[index].count, width: h)
                buffers[k].withUnsafeMutableBufferPointer { out in
                    for j in 0..<min(h, row.count) { out[index * h + j] = Double(row[j]) }
                }
            }
        }
        var result = [Pooling: Matrix]()
        for (k, pooling) in poolings.enumerated() { result[pooling] = Matrix(rows: ids.count, columns: h, values: buffers[k]) }
        return result
    }

    /// Validates, buckets and runs `ids`, handing each sequence's hidden states (`[tokens, H]`,
    /// valid only during the call) to `body` with its original index.
    private func run(_ ids: [[Int32]], batchSize: Int, progress: ((Int) -> Void)? = nil,
                     _ body: (Int, UnsafePointer<Float>) -> Void) throws {
        guard batchSize >= 1 else { throw TransformerError.invalidBatchSize(batchSize) }
        try validate(ids)
        let h = config.hiddenSize
        for bucket in LengthBuckets.make(lengths: ids.map(\.count), batchSize: batchSize) {
            let batch = bucket.indices.map { ids[$0] }
            let states = forward(batch, length: bucket.length)
            for (position, index) in bucket.indices.enumerated() {
                body(index, states + position * bucket.length * h)
            }
            progress?(bucket.indices.count)
        }
    }

    private func validate(_ ids: [[Int32]]) throws {
        for (index, sequence) in ids.enumerated() {
            guard !sequence.isEmpty else { throw TransformerError.emptySequence(index: index) }
            guard sequence.count <= config.maxPositionEmbeddings else {
                throw TransformerError.sequenceTooLong(index: index, length: sequence.count, maximum: config.maxPositionEmbeddings)
            }
            if let position = sequence.firstIndex(where: { $0 < 0 || Int($0) >= config.vocabSize }) {
                throw TransformerError.tokenOutOfRange(index: index, position: position, id: sequence[position], vocabSize: config.vocabSize)
            }
        }
    }
}
