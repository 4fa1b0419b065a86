/// A token → id table looked up by UTF-8 byte slices, without creating a `String`.
///
/// Two open-addressing hash tables (FNV-1a over the bytes, linear probing): one for
/// word-initial tokens, one for continuation tokens stored *without* their prefix
/// (`##ing` is found by looking up `ing` in the continuation table). Keys compare
/// byte for byte, so canonically equivalent spellings stay distinct, as in HF.
/// Storage is allocated once and never mutated after `init`, so lookups are lock-free.
final class ByteVocabulary: @unchecked Sendable {
    /// One key: `length` bytes at `start` in `bytes`, mapping to token `id`.
    struct Entry {
        var start: Int32
        var length: Int32
        var id: Int32
    }

    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let entries: UnsafeMutableBufferPointer<Entry>
    /// Slots hold entry index + 1 (0 = empty): initial table then continuation table.
    private let slots: (UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Int32>)
    private let masks: (Int, Int)
    /// Longest key in bytes per table: longer candidates are skipped without hashing.
    let longestKey: (Int, Int)

    /// Builds the tables from `(token, id)` pairs; a later duplicate token wins.
    ///
    /// Tokens starting with `prefix` go (without it) into the continuation table as
    /// well as, whole, into the initial table (so `##s` typed in a word is a token too).
    init(tokens: [(String, Int32)], continuingPrefix prefix: String) {
        let prefixBytes = Array(prefix.utf8)
        var allBytes: [UInt8] = []
        var initial: [Entry] = []
        var continuation: [Entry] = []
        for (token, id) in tokens {
            let start = Int32(allBytes.count)
            let utf8 = Array(token.utf8)
            allBytes.append(contentsOf: utf8)
            initial.append(Entry(start: start, length: Int32(utf8.count), id: id))
            if !prefixBytes.isEmpty, utf8.count > prefixBytes.count, utf8.starts(with: prefixBytes) {
                let p = Int32(prefixBytes.count)
                continuation.append(Entry(start: start + p, length: Int32(utf8.count) - p, id: id))
            }
        }
        let byteStore = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, allBytes.count))
        _ = byteStore.initialize(from: allBytes)
        var kept: [Entry] = []
        let a = Self.build(initial, bytes: byteStore, into: &kept)
        let b = Self.build(continuation, bytes: byteStore, into: &kept)
        let entryStore = UnsafeMutableBufferPointer<Entry>.allocate(capacity: max(1, kept.count))
        _ = entryStore.initialize(from: kept)
        bytes = byteStore
        entries = entryStore
        slots = (a.slots, b.slots)
        masks = (a.slots.count - 1, b.slots.count - 1)
        longestKey = (a.longest, b.longest)
    }

    deinit {
        bytes.deallocate()
        entries.deallocate()
        slots.0.deallocate()
        slots.1.deallocate()
    }

    private static func build(
        _ keys: [Entry], bytes: UnsafeMutableBufferPointer<UInt8>, into kept: inout [Entry]
    ) -> (slots: UnsafeMutableBufferPointer<Int32>, longest: Int) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let table = UnsafeMutableBufferPointer<Int32>.allocate(capacity: capacity)
        table.initialize(repeating: 0)
        let mask = capacity - 1
        var longest = 0
        let base = UnsafePointer(bytes.baseAddress!)
        for key in keys {
            var h = hash(base + Int(key.start), Int(key.length)) & mask
            var replaced = false
            while table[h] != 0 {
                let e = Int(table[h] - 1)
                if kept[e].length == key.length,
                   bytesEqual(base + Int(kept[e].start), base + Int(key.start), Int(key.length)) {
                    kept[e].id = key.id
                    replaced = true
                    break
                }
                h = (h + 1) & mask
            }
            if replaced { continue }
            kept.append(key)
            table[h] = Int32(kept.count)
            longest = max(longest, Int(key.length))
        }
        return (table, longest)
    }

    /// FNV-1a offset basis: the running hash of zero bytes.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Extends a running FNV-1a hash by one byte.
    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// Mixes the high bits of a running hash into the low ones (the table index uses the low bits).
    @inline(__always)
    static func fold(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    /// FNV-1a over `count` bytes, folded.
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var h = hashSeed
        for i in 0..<count { h = step(h, p[i]) }
        return fold(h)
    }

    /// The id of the token spelled by `count` bytes at `p`, or -1.
    ///
    /// - Parameter continuation: look the bytes up as a continuation piece (prefix implied).
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ count: Int, continuation: Bool) -> Int32 {
        find(p, count, hash: Self.hash(p, count), continuation: continuation)
    }

    /// Like `find(_:_:continuation:)` with the folded hash of the bytes already computed.
    @inline(__always)
    func find(_ p: UnsafePointer<UInt8>, _ count: Int, hash: Int, continuation: Bool) -> Int32 {
        let longest = continuation ? longestKey.1 : longestKey.0
        if count > longest || count == 0 { return -1 }
        let table = continuation ? slots.1 : slots.0
        let mask = continuation ? masks.1 : masks.0
        let base = UnsafePointer(bytes.baseAddress!)
        var h = hash & mask
        while true {
            let slot = table[h]
            if slot == 0 { return -1 }
            let e = entries[Int(slot - 1)]
            if Int(e.length) == count, bytesEqual(base + Int(e.start), p, count) { return e.id }
            h = (h + 1) & mask
        }
    }

    /// The id of a whole token given as a string, or nil.
    func find(_ token: String) -> Int32? {
        let utf8 = Array(token.utf8)
        let id = utf8.withUnsafeBufferPointer { buf -> Int32 in
            guard let base = buf.baseAddress else { return -1 }
            return find(base, buf.count, continuation: false)
        }
        return id >= 0 ? id : nil
    }
}

/// Byte equality of two ranges of equal length.
@inline(__always)
func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var i = 0
    while i < count {
        if a[i] != b[i] { return false }
        i += 1
    }
    return true
}
