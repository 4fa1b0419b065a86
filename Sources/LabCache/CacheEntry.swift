import Crypto

/// The on-disk form of one cache entry (documented in the README, "Cache").
///
/// ```
/// magic           8 bytes   "LABCACHE"
/// format version  4 bytes   UInt32 little-endian (currently 1)
/// tool version    8-byte length + UTF-8
/// key            32 bytes   the entry's content address (also its file name)
/// payload length  8 bytes   UInt64 little-endian
/// payload         n bytes
/// checksum       32 bytes   SHA-256 of every byte before it
/// ```
///
/// A file that is shorter or longer than its header says, whose checksum does
/// not match, or that was written by another format or tool version is not an
/// entry: the reader reports why and the caller recomputes.
public enum CacheEntry {
    /// The first eight bytes of every entry.
    public static let magic = Array("LABCACHE".utf8)
    /// Bumped when the layout above changes.
    public static let formatVersion: UInt32 = 1

    /// The bytes of an entry holding `payload` under `key`.
    public static func encode(key: CacheKey, payload: [UInt8], toolVersion: String) -> [UInt8] {
        var w = BinaryWriter()
        for b in magic { w.write(b) }
        w.write(formatVersion)
        w.write(toolVersion)
        for b in key.bytes { w.write(b) }
        w.write(UInt64(payload.count))
        var out = w.bytes
        out.reserveCapacity(out.count + payload.count + 32)
        out.append(contentsOf: payload)
        out.append(contentsOf: Array(SHA256.hash(data: out)))
        return out
    }

    /// The payload of `bytes` if they are a sound entry for `key` written by `toolVersion`.
    /// - Throws: `CacheEntryError` saying what is wrong.
    public static func decode(_ bytes: [UInt8], key: CacheKey, toolVersion: String) throws -> [UInt8] {
        guard bytes.count >= magic.count + 32, Array(bytes.prefix(magic.count)) == magic else {
            throw CacheEntryError.foreign
        }
        var r = BinaryReader(bytes, offset: magic.count)
        do {
            let format = try r.readUInt32()
            guard format == formatVersion else { throw CacheEntryError.otherFormat(Int(format)) }
            let tool = try r.readString()
            guard tool == toolVersion else { throw CacheEntryError.otherTool(tool) }
            guard try r.readRaw(32) == key.bytes else { throw CacheEntryError.wrongKey }
            let length = try r.readUInt64()
            guard length <= UInt64(bytes.count), r.offset + Int(length) + 32 == bytes.count else {
                throw CacheEntryError.truncated
            }
            let payloadStart = r.offset
            let payloadEnd = payloadStart + Int(length)
            let expected = Array(SHA256.hash(data: bytes[0..<payloadEnd]))
            guard Array(bytes[payloadEnd...]) == expected else { throw CacheEntryError.checksum }
            return Array(bytes[payloadStart..<payloadEnd])
        } catch let error as CacheFormatError {
            _ = error
            throw CacheEntryError.truncated
        }
    }
}

/// Why a file in the cache is not a usable entry.
public enum CacheEntryError: Error, Equatable, CustomStringConvertible {
    case foreign, truncated, checksum, wrongKey
    case otherFormat(Int)
    case otherTool(String)

    public var description: String {
        switch self {
        case .foreign: return "not a labbook cache entry"
        case .truncated: return "truncated"
        case .checksum: return "checksum mismatch (corrupt)"
        case .wrongKey: return "holds another key"
        case .otherFormat(let v): return "written in entry format \(v)"
        case .otherTool(let v): return "written by lab \(v)"
        }
    }
}
