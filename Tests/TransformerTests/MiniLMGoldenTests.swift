import Foundation
import Testing
import Transformer

/// The installed all-MiniLM-L6-v2 directory, or nil (the tests below are then skipped).
private let miniLMDirectory: URL? = try? ModelFiles.locate(name: "minilm")

/// `/work/shared` as CI lays it out: `../shared` beside the repository root.
private let sharedDirectory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

private struct GoldenItem: Decodable {
    let source: String
    let ids: [Int32]
    let cls_first8: [Float]
    let mean_normalized_first8: [Float]
    let mean_normalized: [Float]
}

private struct Golden: Decodable {
    let model_safetensors_sha256: String
    let items: [GoldenItem]
}

private func loadGolden() throws -> Golden {
    let url = sharedDirectory.appendingPathComponent("golden/minilm/visible.json")
    return try JSONDecoder().decode(Golden.self, from: Data(contentsOf: url))
}

private func maxDifference(_ a: [Float], _ b: [Float]) -> Float {
    zip(a, b).map { abs($0 - $1) }.max() ?? .infinity
}

@Test(.enabled(if: miniLMDirectory != nil, "MiniLM not installed: bash scripts/fetch-model.sh"))
func miniLMMatchesGoldenClsAndNormalisedMeanWithin1e4() throws {
    let golden = try loadGolden()
    _ = try #require(miniLMDirectory)
    let encoder = try BertEncoder(model: "minilm")
    #expect(encoder.config.hiddenSize == 384 && encoder.config.numHiddenLayers == 6)
    #expect(encoder.defaultPooling == .meanNormalized)
    let ids = golden.items.map(\.ids)
    // Batched together: sequences of different lengths share padded batches.
    let cls = try encoder.embedFloats(ids: ids, pooling: .cls, batchSize: 3)
    let normalized = try encoder.embedFloats(ids: ids, pooling: .meanNormalized, batchSize: 8)
    #expect(!golden.items.isEmpty)
    for (index, item) in golden.items.enumerated() {
        #expect(maxDifference(Array(cls[index].prefix(8)), item.cls_first8) < 1e-4, "\(item.source)")
        #expect(normalized[index].count == 384)
        #expect(maxDifference(normalized[index], item.mean_normalized) < 1e-4, "\(item.source)")
        #expect(maxDifference(Array(normalized[index].prefix(8)), item.mean_normalized_first8) < 1e-4)
    }
}

@Test(.enabled(if: miniLMDirectory != nil, "MiniLM not installed: bash scripts/fetch-model.sh"))
func miniLMWeightsIncludeTheInt64PositionIds() throws {
    let file = try SafetensorsFile(contentsOf: try #require(miniLMDirectory).appendingPathComponent("model.safetensors"))
    let positions = try file.int64Values("embeddings.position_ids")
    #expect(positions == (0..<512).map(Int64.init))
    #expect(file.info("embeddings.word_embeddings.weight")?.shape == [30522, 384])
}
