import Foundation

/// One tensor to write: dtype, shape and its little-endian bytes.
public struct SafetensorsTensor: Sendable {
    /// Element type written to the header.
    public let dtype: SafetensorsDType
    /// Dimensions, outermost first.
    public let shape: [Int]
    /// Raw little-endian element bytes.
    public let bytes: [UInt8]

    /// Float values stored as `dtype` (F32, F16, BF16 or F64; rounding to nearest even).
    public init(_ values: [Float], shape: [Int], dtype: SafetensorsDType = .f32) {
        self.dtype = dtype.isFloatingPoint ? dtype : .f32
        self.shape = shape
        var out: [UInt8] = []
        out.reserveCapacity(values.count * self.dtype.byteSize)
        for value in values {
            switch self.dtype {
            case .f32: Self.append(value.bitPattern, to: &out)
            case .f64: Self.append(Double(value).bitPattern, to: &out)
            case .f16: Self.append(HalfPrecision.halfBits(from: value), to: &out)
            case .bf16: Self.append(HalfPrecision.bfloatBits(from: value), to: &out)
            case .i64, .i32: break
            }
        }
        self.bytes = out
    }

    /// Integer values stored as I64.
    public init(int64 values: [Int64], shape: [Int]) {
        self.dtype = .i64
        self.shape = shape
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 8)
        for value in values { Self.append(UInt64(bitPattern: value), to: &out) }
        self.bytes = out
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }
}

/// Serialises tensors to the safetensors format.
///
/// Tensors are laid out in name order, back to back; the JSON header is padded
/// with spaces to a multiple of 8 bytes, as the reference implementation does.
public enum SafetensorsWriter {
    /// The file image for `tensors` (keyed by name) with optional `metadata`.
    /// - Throws: `SafetensorsError.shapeMismatch` when a tensor's bytes do not fit its shape.
    public static func encode(_ tensors: [String: SafetensorsTensor], metadata: [String: String] = [:]) throws -> Data {
        var header = "{"
        var parts: [String] = []
        if !metadata.isEmpty {
            let fields = metadata.keys.sorted().map { "\(quoted($0)):\(quoted(metadata[$0] ?? ""))" }
            parts.append("\"__metadata__\":{\(fields.joined(separator: ","))}")
        }
        var offset = 0
        for name in tensors.keys.sorted() {
            guard let tensor = tensors[name] else { continue }
            let expected = tensor.shape.reduce(tensor.dtype.byteSize, *)
            guard expected == tensor.bytes.count else {
                throw SafetensorsError.shapeMismatch(
                    tensor: name, shape: tensor.shape, dtype: tensor.dtype.rawValue,
                    expectedBytes: expected, actualBytes: tensor.bytes.count)
            }
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            parts.append("\(quoted(name)):{\"dtype\":\"\(tensor.dtype.rawValue)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(offset + expected)]}")
            offset += expected
        }
        header += parts.joined(separator: ",") + "}"
        var headerBytes = Array(header.utf8)
        while headerBytes.count % 8 != 0 { headerBytes.append(0x20) }
        var out = Data()
        out.reserveCapacity(8 + headerBytes.count + offset)
        withUnsafeBytes(of: UInt64(headerBytes.count).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: headerBytes)
        for name in tensors.keys.sorted() { out.append(contentsOf: tensors[name]?.bytes ?? []) }
        return out
    }

    /// Writes `tensors` to `url` atomically.
    /// - Throws: `SafetensorsError.io` when the file cannot be written.
    public static func write(_ tensors: [String: SafetensorsTensor], metadata: [String: String] = [:], to url: URL) throws {
        let image = try encode(tensors, metadata: metadata)
        do {
            try image.write(to: url, options: [.atomic])
        } catch {
            throw SafetensorsError.io(path: url.path, reason: "\(error.localizedDescription)")
        }
    }

    /// A JSON string literal for `text`.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
