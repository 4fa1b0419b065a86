import Foundation
import LabCore
import Testing
@testable import Transformer

private func temporaryFolder() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("labbook-ckpt-\(UUID().uuidString)", isDirectory: true)
}

/// A tiny Float classifier trained for a few steps (so the head is no longer at its initialisation).
private func trainedTinyClassifier(head: ClassifierHeadKind, lora: Bool, pooling: ClassifierPooling = .cls,
                                   targets: [LoRATarget] = [.query, .value]) throws -> BertClassifier<Float> {
    let tiny = try TinyBert()
    defer { tiny.remove() }
    let model = try BertClassifier<Float>(config: TinyBert.config,
                                          options: ClassifierOptions(numLabels: 2, head: head, labelNames: ["neg", "pos"], pooling: pooling),
                                          seed: 2) { tiny.tensors[$0]?.map(Float.init) }
    if lora { try model.attachLoRA(LoRAOptions(rank: 2, alpha: 4, targets: targets), seed: 2) }
    var options = FineTuneOptions()
    options.epochs = 1
    options.learningRate = 1e-2
    options.batchSize = 4
    let ids = TinyBert.sequences([3, 5, 2, 7, 4, 6, 8, 3], seed: 41)
    _ = try FineTuner(model: model, options: options).train(LabeledSequences(ids: ids, labels: ids.map { Int($0[0] % 2) }))
    return model
}

private let probeIDs = TinyBert.sequences([4, 9, 1, 13], seed: 43)

@Test func savedCheckpointReloadsWithTheSameLogitsAndHuggingFaceLayout() throws {
    let model = try trainedTinyClassifier(head: .bert, lora: false)
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try model.save(to: folder)
    let reloaded = try BertClassifier<Float>.load(directory: folder)
    #expect(try reloaded.logits(ids: probeIDs) == model.logits(ids: probeIDs))
    #expect(reloaded.options.labelNames == ["neg", "pos"] && reloaded.options.head == .bert)
    let config = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("config.json"))) as! [String: Any]
    #expect(config["architectures"] as? [String] == ["BertForSequenceClassification"])
    #expect(config["id2label"] as? [String: String] == ["0": "neg", "1": "pos"])
    let names = try SafetensorsFile(contentsOf: folder.appendingPathComponent("model.safetensors")).tensors.map(\.name)
    #expect(names.contains("bert.encoder.layer.1.attention.self.value.weight"))
    #expect(names.contains("bert.pooler.dense.weight") && names.contains("classifier.bias"))
    #expect(names.count == 5 + 2 * 16 + 4)
}

@Test(arguments: [[LoRATarget.query, .value], LoRATarget.allCases])
func loraCheckpointIsMergedAndKeepsTheAdaptedLogits(targets: [LoRATarget]) throws {
    let model = try trainedTinyClassifier(head: .distilbert, lora: true, targets: targets)
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try model.save(to: folder)
    let names = try SafetensorsFile(contentsOf: folder.appendingPathComponent("model.safetensors")).tensors.map(\.name)
    #expect(!names.contains { $0.contains("lora") } && names.contains("pre_classifier.weight"))
    let reloaded = try BertClassifier<Float>.load(directory: folder)
    #expect(reloaded.options.head == .distilbert && reloaded.lora == nil)
    let adapted = try model.logits(ids: probeIDs), merged = try reloaded.logits(ids: probeIDs)
    #expect(zip(adapted.joined(), merged.joined()).allSatisfy { abs($0 - $1) < 1e-5 })
}

@Test func meanPoolingCheckpointNamesItsOwnArchitectureAndReloadsWithItsPooling() throws {
    let model = try trainedTinyClassifier(head: .bert, lora: false, pooling: .mean)
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try model.save(to: folder)
    let config = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("config.json"))) as! [String: Any]
    // Not Hugging Face's BertForSequenceClassification, which would read [CLS] instead.
    #expect(config["architectures"] as? [String] == ["BertWithMeanPoolingForSequenceClassification"])
    #expect(config["labbook_pooling"] as? String == "mean")
    let reloaded = try BertClassifier<Float>.load(directory: folder)
    #expect(reloaded.options.pooling == .mean)
    #expect(try reloaded.logits(ids: probeIDs) == model.logits(ids: probeIDs))
}

@Test func loadingAFolderWithoutWeightsNamesTheMissingFile() throws {
    let folder = temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: TransformerError.missingFile(directory: folder.path, file: "config.json")) {
        try BertClassifier<Float>.load(directory: folder)
    }
}

/// An independent NumPy forward over the saved `model.safetensors` (Hugging Face names) reproduces
/// our logits within 1e-4. Runs where `python3` can import numpy; otherwise it is recorded as skipped.
@Test(.enabled(if: NumPyForward.available)) func numpyForwardOverTheSavedCheckpointReproducesTheLogits() throws {
    for (head, pooling) in [(ClassifierHeadKind.bert, ClassifierPooling.cls), (.distilbert, .cls), (.bert, .mean)] {
        // The LoRA case adapts every linear layer, so that each merged weight is read by NumPy.
        let model = try trainedTinyClassifier(head: head, lora: head == .distilbert, pooling: pooling, targets: LoRATarget.allCases)
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try model.save(to: folder)
        let expected = try model.logits(ids: probeIDs)
        let computed = try NumPyForward.logits(checkpoint: folder, ids: probeIDs)
        #expect(computed.count == expected.count)
        for (row, reference) in zip(computed, expected) {
            #expect(zip(row, reference).allSatisfy { abs($0 - Double($1)) < 1e-4 }, "\(head), \(pooling): \(row) vs \(reference)")
        }
    }
}
