import Foundation
import LabCore
import Testing
import Transformer

private func maxDifference(_ a: [Float], _ b: [Float]) -> Float {
    zip(a, b).map { abs($0 - $1) }.max() ?? 0
}

@Test func hiddenStatesHaveOneRowPerTokenAndPooledMatrixOneRowPerSequence() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let encoder = try BertEncoder(directory: model.directory)
    let ids = TinyBert.sequences([5, 1, 9])
    let states = try encoder.lastHiddenStates(ids: ids)
    #expect(states.map(\.count) == [5 * 8, 1 * 8, 9 * 8])
    let pooled = try encoder.embed(ids: ids, pooling: .mean)
    #expect(pooled.rows == 3 && pooled.columns == 8)
    #expect(try encoder.lastHiddenStates(ids: []).isEmpty)
    #expect(encoder.defaultPooling == .cls)   // no sentence-transformers files
}

@Test func encoderMatchesNaiveDoubleReferenceWithin1e5() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let encoder = try BertEncoder(directory: model.directory)
    let reference = NaiveBert(config: TinyBert.config, w: model.tensors)
    let ids = TinyBert.sequences([1, 3, 7, 12, 24])
    let states = try encoder.lastHiddenStates(ids: ids, batchSize: 2)
    for (sequence, state) in zip(ids, states) {
        let expected = reference.forward(sequence).flatMap { $0.map(Float.init) }
        #expect(maxDifference(state, expected) < 1e-5)
    }
    // The weights make attention non-trivial: outputs differ across positions.
    #expect(maxDifference(Array(states[4][0..<8]), Array(states[4][8..<16])) > 0.1)
}

@Test func paddingInsideABatchDoesNotChangeRealTokens() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let encoder = try BertEncoder(directory: model.directory)
    let short = TinyBert.sequences([4], seed: 11)[0]
    let long = TinyBert.sequences([20], seed: 12)[0]
    let alone = try encoder.lastHiddenStates(ids: [short])[0]
    // Batched with a longer sequence, `short` is padded to 20 tokens with a masked tail.
    // sgemm's blocking depends on the batch shape, so allow float rounding (an unmasked
    // tail would move these values by ~0.1).
    let padded = try encoder.lastHiddenStates(ids: [long, short], batchSize: 2)[1]
    #expect(padded.count == alone.count)
    #expect(maxDifference(padded, alone) < 1e-5)
}

@Test func bucketedBatchesEqualOneByOneAndKeepInputOrder() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let encoder = try BertEncoder(directory: model.directory)
    let ids = TinyBert.sequences([9, 2, 17, 2, 5, 13, 1, 8], seed: 5)
    let batched = try encoder.lastHiddenStates(ids: ids, batchSize: 3)
    let single = try ids.map { try encoder.lastHiddenStates(ids: [$0], batchSize: 1)[0] }
    for (a, b) in zip(batched, single) { #expect(a.count == b.count && maxDifference(a, b) < 1e-5) }
    let pooledBatched = try encoder.embedFloats(ids: ids, pooling: .meanNormalized, batchSize: 4)
    let pooledSingle = try encoder.embedFloats(ids: ids, pooling: .meanNormalized, batchSize: 1)
    for (a, b) in zip(pooledBatched, pooledSingle) { #expect(maxDifference(a, b) < 1e-5) }
}

@Test func poolingTakesClsMeanAndNormalisedMean() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let encoder = try BertEncoder(directory: model.directory)
    let ids = TinyBert.sequences([6], seed: 9)
    let states = try encoder.lastHiddenStates(ids: ids)[0]
    let cls = try encoder.embedFloats(ids: ids, pooling: .cls)[0]
    #expect(cls == Array(states[0..<8]))
    let mean = try encoder.embedFloats(ids: ids, pooling: .mean)[0]
    let expected = (0..<8).map { j in (0..<6).map { Double(states[$0 * 8 + j]) }.reduce(0, +) / 6 }
    #expect(maxDifference(mean, expected.map(Float.init)) < 1e-6)
    let normalized = try encoder.embedFloats(ids: ids, pooling: .meanNormalized)[0]
    let norm = expected.reduce(0) { $0 + $1 * $1 }.squareRoot()
    #expect(maxDifference(normalized, expected.map { Float($0 / norm) }) < 1e-6)
    #expect(Pooling.meanNormalized.pool(states, width: 8) == normalized)
    #expect(Pooling.mean.pool([1, 2], width: 8).isEmpty)
    let matrix = try encoder.embed(ids: ids, pooling: .cls)
    #expect(matrix.row(0) == cls.map(Double.init))
}

@Test func weightsUnderABertPrefixLoad() throws {
    let plain = try TinyBert()
    defer { plain.remove() }
    let prefixed = try TinyBert(prefix: "bert.")
    defer { plain.remove(); prefixed.remove() }
    let ids = TinyBert.sequences([7])
    let a = try BertEncoder(directory: plain.directory).lastHiddenStates(ids: ids)
    let b = try BertEncoder(directory: prefixed.directory).lastHiddenStates(ids: ids)
    #expect(a == b)
}

@Test func badTokenIdsLengthsAndBatchSizesAreErrors() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let encoder = try BertEncoder(directory: model.directory)
    #expect(throws: TransformerError.tokenOutOfRange(index: 1, position: 2, id: 50, vocabSize: 50)) {
        try encoder.lastHiddenStates(ids: [[1], [1, 2, 50]])
    }
    #expect("\(TransformerError.tokenOutOfRange(index: 1, position: 2, id: 50, vocabSize: 50))"
        == "sequence 1 token 2 has id 50, outside the vocabulary 0..<50")
    #expect(throws: TransformerError.emptySequence(index: 0)) { try encoder.embed(ids: [[]], pooling: .cls) }
    let tooLong = [Int32](repeating: 1, count: 25)
    do {
        _ = try encoder.lastHiddenStates(ids: [tooLong])
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "sequence 0 has 25 tokens, more than the model's 24 positions")
    }
    #expect(throws: TransformerError.invalidBatchSize(0)) { try encoder.lastHiddenStates(ids: [[1]], batchSize: 0) }
}

@Test func unsupportedOrBrokenConfigIsAnError() throws {
    let model = try TinyBert(configJSON: #"{"vocab_size": 50, "hidden_size": 8, "num_hidden_layers": 2, "num_attention_heads": 3, "intermediate_size": 16}"#)
    defer { model.remove() }
    do {
        _ = try BertEncoder(directory: model.directory)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)".hasSuffix("config.json: hidden_size 8 is not a multiple of num_attention_heads 3"))
    }
    let missing = try TinyBert(configJSON: #"{"hidden_size": 8}"#)
    defer { missing.remove() }
    #expect(throws: TransformerError.self) { try BertEncoder(directory: missing.directory) }
    do { _ = try BertEncoder(directory: missing.directory) } catch {
        #expect("\(error)".hasSuffix("missing key 'vocab_size'"))
    }
}

@Test func missingWeightIsNamed() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let url = model.directory.appendingPathComponent("model.safetensors")
    let file = try SafetensorsFile(contentsOf: url)
    var kept: [String: SafetensorsTensor] = [:]
    for info in file.tensors where info.name != "encoder.layer.1.output.dense.bias" && info.dtype == .f32 {
        kept[info.name] = SafetensorsTensor(try file.floatTensor(info.name).values, shape: info.shape)
    }
    try SafetensorsWriter.write(kept, to: url)
    #expect(throws: TransformerError.missingWeight("encoder.layer.1.output.dense.bias")) {
        try BertEncoder(directory: model.directory)
    }
}

@Test func missingModelErrorNamesTheFetchCommand() {
    let environment = ["LAB_MODELS_DIR": "/nonexistent/models", "HOME": "/nonexistent/home"]
    do {
        _ = try ModelFiles.locate(name: "minilm", environment: environment)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "model 'minilm' is not installed (looked in /nonexistent/models/minilm, "
            + "/nonexistent/home/.cache/labbook/models/minilm); fetch it with `bash scripts/fetch-model.sh` or set LAB_MODELS_DIR")
    }
}

@Test func locateAcceptsAnExplicitModelDirectory() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let found = try ModelFiles.locate(name: model.directory.path, environment: [:])
    #expect(found.standardizedFileURL.path == model.directory.standardizedFileURL.path)
}

@Test func locateFindsABareNameUnderLabModelsDir() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let root = model.directory.deletingLastPathComponent()
    let found = try ModelFiles.locate(name: model.directory.lastPathComponent,
                                      environment: ["LAB_MODELS_DIR": root.path, "HOME": "/nonexistent"])
    #expect(found.lastPathComponent == model.directory.lastPathComponent)
    #expect(ModelFiles.searchPath(environment: ["HOME": "/h"]).map(\.path) == ["/h/.cache/labbook/models"])
}

@Test func inMemoryWeightsThatDoNotFitTheConfigAreRefused() throws {
    let model = try TinyBert()
    defer { model.remove() }
    let loaded = try BertEncoder(directory: model.directory)
    var weights = loaded.weights
    weights.layers[1].intermediateBias.removeLast()
    do {
        _ = try BertEncoder(config: loaded.config, weights: weights)
        Issue.record("expected an error")
    } catch {
        #expect("\(error)" == "weight 'encoder.layer.1.intermediate.dense.bias' has shape [15], expected [16]")
    }
    let same = try BertEncoder(config: loaded.config, weights: loaded.weights)
    let ids = TinyBert.sequences([4])
    #expect(try same.lastHiddenStates(ids: ids) == loaded.lastHiddenStates(ids: ids))
}
