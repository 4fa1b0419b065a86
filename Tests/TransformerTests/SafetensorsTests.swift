import Foundation
import Testing
import Transformer

/// Builds a raw safetensors image from a header string and a data section.
private func image(header: String, data: [UInt8] = [], declaredLength: UInt64? = nil) -> Data {
    let headerBytes = Array(header.utf8)
    var out = Data()
    withUnsafeBytes(of: (declaredLength ?? UInt64(headerBytes.count)).littleEndian) { out.append(contentsOf: $0) }
    out.append(contentsOf: headerBytes)
    out.append(contentsOf: data)
    return out
}

private func errorText(_ bytes: Data) -> String? {
    do {
        _ = try SafetensorsFile(data: bytes)
        return nil
    } catch {
        return "\(error)"
    }
}

@Test func roundTripKeepsFloat32ValuesShapesAndMetadata() throws {
    let values: [Float] = [1.5, -2.25, 0, 3.0e-8, 1e30, -7]
    let data = try SafetensorsWriter.encode(
        ["b": SafetensorsTensor(values, shape: [2, 3]), "a": SafetensorsTensor([4], shape: [])],
        metadata: ["format": "pt"])
    let file = try SafetensorsFile(data: data)
    #expect(file.tensors.map(\.name) == ["a", "b"])
    #expect(file.metadata == ["format": "pt"])
    #expect(try file.floatTensor("b") == FloatTensor(shape: [2, 3], values: values))
    #expect(try file.floatTensor("a").values == [4])
}

@Test func halfAndBFloatTensorsWidenToFloat() throws {
    let values: [Float] = [1, -0.5, 65504, 6.0e-8, 0.1]
    let data = try SafetensorsWriter.encode([
        "h": SafetensorsTensor(values, shape: [5], dtype: .f16),
        "b": SafetensorsTensor(values, shape: [5], dtype: .bf16),
    ])
    let file = try SafetensorsFile(data: data)
    let half = try file.floatTensor("h").values
    #expect(half[0...2] == [1, -0.5, 65504])
    #expect(abs(half[3] - 5.96e-8) < 1e-10)           // subnormal half
    #expect(abs(half[4] - 0.1) < 1e-4)
    let bfloat = try file.floatTensor("b").values
    #expect(bfloat[0...1] == [1, -0.5])
    #expect(abs(bfloat[4] - 0.1) < 1e-3)
    #expect(file.info("h")?.dtype == .f16)
}

@Test func int64TensorsReadAsIntegersAndRefuseFloatAccess() throws {
    let data = try SafetensorsWriter.encode(["ids": SafetensorsTensor(int64: [0, 1, -5, 1 << 40], shape: [1, 4])])
    let file = try SafetensorsFile(data: data)
    #expect(try file.int64Values("ids") == [0, 1, -5, 1 << 40])
    #expect(throws: SafetensorsError.wrongDType(tensor: "ids", dtype: "I64", requested: "float")) {
        try file.floatTensor("ids")
    }
    #expect(throws: SafetensorsError.missingTensor("nope")) { try file.floatTensor("nope") }
}

@Test func writerRefusesBytesThatDoNotFitTheShape() {
    #expect(throws: SafetensorsError.self) {
        try SafetensorsWriter.encode(["x": SafetensorsTensor([1, 2, 3], shape: [2, 2])])
    }
}

@Test func truncatedFileIsRefused() {
    #expect(errorText(Data([1, 0, 0])) == "safetensors file is truncated: 3 bytes, fewer than the 8-byte header length")
}

@Test func headerLengthPastEndIsRefused() {
    let bytes = image(header: "{}", declaredLength: 1000)
    #expect(errorText(bytes) == "safetensors header length 1000 runs past the end of the file (10 bytes)")
}

@Test func badJSONHeaderIsRefused() {
    #expect(errorText(image(header: "{\"a\": [")) == "safetensors header is invalid: not valid JSON")
    #expect(errorText(image(header: "[1, 2]")) == "safetensors header is invalid: the top level is not a JSON object")
    #expect(errorText(image(header: #"{"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}}"#, data: [0, 0, 0, 0]))
        == "safetensors header is invalid: entry 'a' has no 'shape' list of non-negative integers")
}

@Test func offsetsOutOfRangeAreRefused() {
    let header = #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}"#
    #expect(errorText(image(header: header, data: [UInt8](repeating: 0, count: 8)))
        == "tensor 'w' data_offsets [4, 12] are out of range for a data section of 8 bytes")
    let reversed = #"{"w":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}}"#
    #expect(errorText(image(header: reversed, data: [UInt8](repeating: 0, count: 8)))
        == "tensor 'w' data_offsets [4, 0] are out of range for a data section of 8 bytes")
}

@Test func shapeAndLengthMismatchIsRefused() {
    let header = #"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#
    #expect(errorText(image(header: header, data: [UInt8](repeating: 0, count: 8)))
        == "tensor 'w' of shape [3] and dtype F32 needs 12 bytes but its data_offsets span 8")
}

@Test func unknownDTypeIsRefused() {
    let header = #"{"w":{"dtype":"Q4","shape":[2],"data_offsets":[0,2]}}"#
    #expect(errorText(image(header: header, data: [0, 0]))
        == "tensor 'w' has unknown dtype 'Q4' (known: F64, F32, F16, BF16, I64, I32)")
}

@Test func overlappingTensorsAreRefused() {
    let header = #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#
    #expect(errorText(image(header: header, data: [UInt8](repeating: 0, count: 8)))
        == "tensors 'a' and 'b' overlap in the data section")
}

@Test func missingFileIsAnIOError() {
    let url = URL(fileURLWithPath: "/nonexistent/labbook/model.safetensors")
    #expect(throws: SafetensorsError.self) { try SafetensorsFile(contentsOf: url) }
}

@Test func float64TensorsNarrowToFloatAndTheFileRoundTripsOnDisk() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("labbook-st-\(UUID().uuidString).safetensors")
    defer { try? FileManager.default.removeItem(at: url) }
    try SafetensorsWriter.write(["d": SafetensorsTensor([0.25, -3], shape: [2, 1], dtype: .f64)], to: url)
    let file = try SafetensorsFile(contentsOf: url)
    #expect(try file.floatTensor("d") == FloatTensor(shape: [2, 1], values: [0.25, -3]))
    #expect(file.info("d")?.dtype == .f64 && file.info("d")?.elementCount == 2)
}
