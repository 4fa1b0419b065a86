import LabCore
import Foundation

/// A safetensors file read into memory (memory-mapped where the system allows).
///
/// Layout: an 8-byte little-endian header length `n`, `n` bytes of JSON header,
/// then the data section that the header's `data_offsets` index. Everything is
/// validated on open (see `SafetensorsHeader`), so the accessors never read out
/// of bounds. Values convert to `Float` on access.
public struct SafetensorsFile {
    /// The tensors in the file, sorted by name.
    public let tensors: [SafetensorsTensorInfo]
    /// The free-form `__metadata__` strings (empty when absent).
    public let metadata: [String: String]

    private let data: Data
    private let dataStart: Int
    private let index: [String: Int]

    /// Opens and validates the file at `url`.
    /// - Throws: `SafetensorsError` naming what is wrong with the file.
    /// - Parameter confinement: the folders the file may resolve into (default: its own folder).
    public init(contentsOf url: URL, confinement: FileConfinement? = nil) throws {
        let bytes: Data
        do {
            let real = try (confinement ?? .directory(url.deletingLastPathComponent())).checkedPath(url)
            bytes = try Data(contentsOf: URL(fileURLWithPath: real), options: [.alwaysMapped])
        } catch let error as FileAccessError {
            throw SafetensorsError.io(path: url.path, reason: error.description)
        } catch {
            throw SafetensorsError.io(path: url.path, reason: "\(error.localizedDescription)")
        }
        try self.init(data: bytes)
    }

    /// Validates an in-memory safetensors image.
    /// - Throws: `SafetensorsError` naming what is wrong with the bytes.
    public init(data bytes: Data) throws {
        let bytes = bytes.startIndex == 0 ? bytes : Data(bytes)
        guard bytes.count >= 8 else { throw SafetensorsError.truncated(fileSize: bytes.count) }
        var headerLength: UInt64 = 0
        for i in 0..<8 { headerLength |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        guard headerLength <= UInt64(bytes.count - 8) else {
            throw SafetensorsError.headerLengthPastEnd(headerLength: headerLength, fileSize: bytes.count)
        }
        let start = 8 + Int(headerLength)
        let parsed = try SafetensorsHeader.parse(bytes.subdata(in: 8..<start), dataSize: bytes.count - start)
        self.tensors = parsed.tensors
        self.metadata = parsed.metadata
        self.data = bytes
        self.dataStart = start
        var index: [String: Int] = [:]
        for (position, tensor) in parsed.tensors.enumerated() { index[tensor.name] = position }
        self.index = index
    }

    /// The header entry for `name`, or nil.
    public func info(_ name: String) -> SafetensorsTensorInfo? {
        index[name].map { tensors[$0] }
    }

    /// The tensor `name` converted to `Float` (F64 rounds, F16/BF16 widen exactly).
    /// - Throws: `.missingTensor`, or `.wrongDType` for integer tensors.
    public func floatTensor(_ name: String) throws -> FloatTensor {
        guard let info = info(name) else { throw SafetensorsError.missingTensor(name) }
        guard info.dtype.isFloatingPoint else {
            throw SafetensorsError.wrongDType(tensor: name, dtype: info.dtype.rawValue, requested: "float")
        }
        let count = info.elementCount
        var values = [Float](repeating: 0, count: count)
        withRawBytes(info) { raw in
            values.withUnsafeMutableBufferPointer { out in
                switch info.dtype {
                case .f32:
                    for i in 0..<count { out[i] = Float(bitPattern: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self).littleEndian) }
                case .f64:
                    for i in 0..<count { out[i] = Float(Double(bitPattern: raw.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self).littleEndian)) }
                case .f16:
                    for i in 0..<count { out[i] = HalfPrecision.float(fromHalf: raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self).littleEndian) }
                case .bf16:
                    for i in 0..<count { out[i] = HalfPrecision.float(fromBFloat: raw.loadUnaligned(fromByteOffset: 2 * i, as: UInt16.self).littleEndian) }
                case .i64, .i32:
                    break
                }
            }
        }
        return FloatTensor(shape: info.shape, values: values)
    }

    /// The integer tensor `name` (I64 or I32) as `Int64` values.
    /// - Throws: `.missingTensor`, or `.wrongDType` for floating-point tensors.
    public func int64Values(_ name: String) throws -> [Int64] {
        guard let info = info(name) else { throw SafetensorsError.missingTensor(name) }
        guard !info.dtype.isFloatingPoint else {
            throw SafetensorsError.wrongDType(tensor: name, dtype: info.dtype.rawValue, requested: "integer")
        }
        let count = info.elementCount
        return withRawBytes(info) { raw in
            (0..<count).map { i in
                info.dtype == .i64
                    ? Int64(littleEndian: raw.loadUnaligned(fromByteOffset: 8 * i, as: Int64.self))
                    : Int64(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: Int32.self)))
            }
        }
    }

    private func withRawBytes<R>(_ info: SafetensorsTensorInfo, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        let range = (dataStart + info.dataOffsets.lowerBound)..<(dataStart + info.dataOffsets.upperBound)
        return data.withUnsafeBytes { all in
            body(UnsafeRawBufferPointer(rebasing: all[range]))
        }
    }
}
