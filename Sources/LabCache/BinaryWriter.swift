/// Appends values to a byte buffer in a fixed little-endian layout.
///
/// Integers are 8 bytes, doubles their IEEE-754 bit pattern (so every value,
/// NaN payloads included, round-trips exactly), strings their UTF-8 length
/// then bytes. The layout never depends on the process (no hashing order).
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ value: UInt8) { bytes.append(value) }

    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func write(_ value: Int) { write(UInt64(bitPattern: Int64(value))) }

    public mutating func write(_ value: Double) { write(value.bitPattern) }

    public mutating func write(_ value: Float) { write(value.bitPattern) }

    public mutating func write(_ value: String) {
        let utf8 = Array(value.utf8)
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// A length-prefixed byte array.
    public mutating func write(bytes other: [UInt8]) {
        write(other.count)
        bytes.append(contentsOf: other)
    }

    public mutating func write(_ values: [Int]) {
        write(values.count)
        for v in values { write(v) }
    }

    /// A length-prefixed array of doubles, copied in bulk on little-endian machines.
    public mutating func write(_ values: [Double]) {
        write(values.count)
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for v in values { write(v) }
        #endif
    }

    public mutating func write(_ values: [Float]) {
        write(values.count)
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for v in values { write(v) }
        #endif
    }

    public mutating func write(_ values: [String]) {
        write(values.count)
        for v in values { write(v) }
    }

    /// An optional: a presence byte, then the value.
    public mutating func write<T>(_ value: T?, _ body: (inout BinaryWriter, T) -> Void) {
        guard let value else { write(UInt8(0)); return }
        write(UInt8(1))
        body(&self, value)
    }

    /// A length-prefixed sequence of elements.
    public mutating func write<T>(_ values: [T], _ body: (inout BinaryWriter, T) -> Void) {
        write(values.count)
        for v in values { body(&self, v) }
    }
}
