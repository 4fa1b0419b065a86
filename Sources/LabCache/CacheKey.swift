import Crypto

/// A SHA-256 content address: the name of one cache entry.
public struct CacheKey: Hashable, Sendable, CustomStringConvertible {
    /// The 32 digest bytes.
    public let bytes: [UInt8]

    /// Wraps 32 digest bytes; nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// Parses 64 lower-case hex digits; nil for anything else.
    public init?(hex: String) {
        let scalars = Array(hex.utf8)
        guard scalars.count == 64 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        var k = 0
        while k < 64 {
            guard let hi = CacheKey.nibble(scalars[k]), let lo = CacheKey.nibble(scalars[k + 1]) else { return nil }
            out.append(hi << 4 | lo)
            k += 2
        }
        bytes = out
    }

    /// The key of `data`'s content.
    public static func digest(of data: some Sequence<UInt8>) -> CacheKey {
        var hasher = SHA256()
        hasher.update(data: Array(data))
        return CacheKey(digest: hasher.finalize())
    }

    init(digest: SHA256.Digest) {
        bytes = Array(digest)
    }

    /// 64 lower-case hex digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first 12 hex digits, for messages.
    public var short: String { String(hex.prefix(12)) }

    public var description: String { hex }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
