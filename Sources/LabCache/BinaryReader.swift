/// Reads what `BinaryWriter` wrote; every read is bounds-checked and fails
/// with `CacheFormatError.truncated` instead of trapping.
public struct BinaryReader {
    private let bytes: [UInt8]
    /// Offset of the next byte to read.
    public private(set) var offset: Int

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    /// Whether every byte has been read.
    public var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else { throw CacheFormatError.truncated }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    public mutating func readByte() throws -> UInt8 { try take(1).first ?? 0 }

    public mutating func readBool() throws -> Bool {
        switch try readByte() {
        case 0: return false
        case 1: return true
        case let b: throw CacheFormatError.invalid("boolean byte \(b)")
        }
    }

    public mutating func readUInt32() throws -> UInt32 {
        let slice = try take(4)
        return slice.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    public mutating func readUInt64() throws -> UInt64 {
        let slice = try take(8)
        return slice.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    public mutating func readInt() throws -> Int { Int(Int64(bitPattern: try readUInt64())) }

    public mutating func readDouble() throws -> Double { Double(bitPattern: try readUInt64()) }

    public mutating func readFloat() throws -> Float { Float(bitPattern: try readUInt32()) }

    /// A count that must fit in what is left, at `width` bytes per element.
    public mutating func readCount(width: Int = 1) throws -> Int {
        let n = try readInt()
        guard n >= 0, n <= (bytes.count - offset) / max(width, 1) else { throw CacheFormatError.truncated }
        return n
    }

    public mutating func readString() throws -> String {
        let n = try readCount()
        guard let s = String(validating: try take(n), as: UTF8.self) else {
            throw CacheFormatError.invalid("text that is not UTF-8")
        }
        return s
    }

    public mutating func readBytes() throws -> [UInt8] { Array(try take(try readCount())) }

    /// Exactly `count` bytes, without a length prefix.
    public mutating func readRaw(_ count: Int) throws -> [UInt8] { Array(try take(count)) }

    public mutating func readInts() throws -> [Int] {
        let n = try readCount(width: 8)
        return try (0..<n).map { _ in try readInt() }
    }

    public mutating func readDoubles() throws -> [Double] {
        let n = try readCount(width: 8)
        let slice = try take(n * 8)
        #if _endian(little)
        return [Double](unsafeUninitializedCapacity: n) { buffer, initialized in
            slice.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            }
            initialized = n
        }
        #else
        var r = BinaryReader(Array(slice))
        return try (0..<n).map { _ in try r.readDouble() }
        #endif
    }

    public mutating func readFloats() throws -> [Float] {
        let n = try readCount(width: 4)
        let slice = try take(n * 4)
        #if _endian(little)
        return [Float](unsafeUninitializedCapacity: n) { buffer, initialized in
            slice.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            }
            initialized = n
        }
        #else
        var r = BinaryReader(Array(slice))
        return try (0..<n).map { _ in try r.readFloat() }
        #endif
    }

    public mutating func readStrings() throws -> [String] {
        let n = try readCount(width: 8)
        return try (0..<n).map { _ in try readString() }
    }

    /// An optional written with `BinaryWriter.write(_:_:)`.
    public mutating func readOptional<T>(_ body: (inout BinaryReader) throws -> T) throws -> T? {
        switch try readByte() {
        case 0: return nil
        case 1: return try body(&self)
        case let b: throw CacheFormatError.invalid("optional marker \(b)")
        }
    }

    /// A sequence written with `BinaryWriter.write(_:_:)`.
    public mutating func readArray<T>(_ body: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try readCount()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try body(&self)) }
        return out
    }
}

/// Why bytes could not be read back as a cache entry or value.
public enum CacheFormatError: Error, Equatable, CustomStringConvertible {
    /// The bytes end before the value does.
    case truncated
    /// The bytes hold something that is not what was expected.
    case invalid(String)

    public var description: String {
        switch self {
        case .truncated: return "truncated"
        case .invalid(let what): return "invalid content (\(what))"
        }
    }
}
